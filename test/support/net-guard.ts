// Keeps in-process tests on loopback: fetch and node:http(s) requests (the API client's pool, the
// deploy probe) refuse any host but 127.0.0.1/localhost/[::1] and record what was attempted, so a
// request that escapes its origin shows instead of leaving the box.
import { createRequire, syncBuiltinESMExports } from 'node:module';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const require = createRequire(import.meta.url);
// The CommonJS objects: patched there and synced, ESM importers of node:http see the guard too.
const http = require('node:http') as typeof import('node:http');
const https = require('node:https') as typeof import('node:https');

export interface NetGuard {
  /** URLs of refused (non-loopback) requests. */
  blocked: string[];
  restore(): void;
}

function refusal(host: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(`test network guard: ${host} is not loopback`), { code: 'ENETUNREACH' }) });
}

/** The host a node:http(s) request is for, from any of its call forms. */
function hostOf(args: unknown[]): string {
  const [first, second] = args;
  if (typeof first === 'string' || first instanceof URL) return new URL(String(first)).hostname;
  const o = (first ?? second ?? {}) as { hostname?: string; host?: string };
  return (o.hostname ?? o.host ?? 'localhost').replace(/:\d+$/, '');
}

export function guardNetwork(): NetGuard {
  const blocked: string[] = [];
  const originalFetch = globalThis.fetch;
  globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!LOOPBACK.has(url.hostname)) {
      blocked.push(url.toString());
      throw refusal(url.host);
    }
    return originalFetch(input, init);
  }) as typeof fetch;

  const originals = [http, https].map((mod) => ({ mod, request: mod.request, get: mod.get }));
  for (const { mod, request } of originals) {
    const guarded = (...args: unknown[]) => {
      const host = hostOf(args);
      if (!LOOPBACK.has(host)) {
        blocked.push(`${mod === https ? 'https' : 'http'}://${host}`);
        throw refusal(host);
      }
      return (request as (...a: unknown[]) => unknown)(...args);
    };
    mod.request = guarded as typeof mod.request;
    mod.get = ((...args: unknown[]) => {
      const req = guarded(...args) as import('node:http').ClientRequest;
      req.end();
      return req;
    }) as typeof mod.get;
  }
  syncBuiltinESMExports();

  return {
    blocked,
    restore: () => {
      globalThis.fetch = originalFetch;
      for (const { mod, request, get } of originals) {
        mod.request = request;
        mod.get = get;
      }
      syncBuiltinESMExports();
    },
  };
}
