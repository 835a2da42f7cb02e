// Shared by the emulator tests: a plain-fetch client, a poll helper, and the spec-backed checker.
import { join } from 'node:path';
import type { Res } from '../support/spec-checker.js';

export const ROOT = join(import.meta.dirname, '../..');

export interface CallOptions {
  body?: unknown;
  raw?: Buffer | string;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** API key; null sends no Authorization header. */
  key?: string | null;
}

export function client(baseUrl: string, defaultKey = 'msk_u_test_default') {
  return async function call(method: string, path: string, opts: CallOptions = {}): Promise<Res> {
    const url = new URL(`${baseUrl}/api/v1${path}`);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const key = opts.key === undefined ? defaultKey : opts.key;
    if (key !== null) headers.Authorization ??= `Bearer ${key}`;
    let body: RequestInit['body'];
    if (opts.raw !== undefined) {
      body = typeof opts.raw === 'string' ? opts.raw : new Uint8Array(opts.raw);
      headers['Content-Type'] ??= 'application/octet-stream';
    } else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const r = await fetch(url, { method, headers, body });
    const bytes = Buffer.from(await r.arrayBuffer());
    const text = bytes.toString('utf8');
    let json: unknown;
    if ((r.headers.get('content-type') ?? '').includes('json')) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return { status: r.status, headers: r.headers, json, bytes, text };
  };
}

export type Call = ReturnType<typeof client>;

export async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export { specChecker, type Res } from '../support/spec-checker.js';
