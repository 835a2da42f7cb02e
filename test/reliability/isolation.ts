// Tenant isolation under concurrency, as reusable pieces: `runIsolation(serverUrl)` drives many MCP
// clients, each with its own key and tenant, through interleaved calls and checks every answer is
// its own; `isolationUpstream` is the MIOSA side that checks every request carries the key and tenant
// of the client its resource id names, and answers with what it saw. Point `runIsolation` at any
// server (the recording upstream's, or the emulator's) whose answers echo what they saw.
import { createHash } from 'node:crypto';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { unfence } from '../../src/fence.js';
import { httpClient } from '../support/cli.js';
import { TINY_PNG, type Recorded, type Reply } from '../support/recording-upstream.js';

export const keyOf = (n: number) => `msk_u_iso_${n}`;
/** What the upstream echoes for a key: the server removes a key from every result, so not the key itself. */
export const keyMark = (key: string) => `key#${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
export const tenantOf = (n: number) => `tenant-iso-${n}`;

export interface IsolationFigures {
  clients: number;
  calls: number;
  /** Calls in flight at once, at most (one per client). */
  concurrency: number;
  durationMs: number;
  callsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Answers that were not the caller's own. */
  crossTalk: string[];
  /** Calls that failed outright. */
  errors: string[];
}

type Kind = 'sandbox_get' | 'sandbox_list' | 'sandbox_exec' | 'desktop_screenshot';
const KINDS: Kind[] = ['sandbox_get', 'sandbox_list', 'sandbox_exec', 'desktop_screenshot'];

/** The arguments of call j of client n: every resource id names the client. */
function argsFor(kind: Kind, n: number, j: number): Record<string, unknown> {
  switch (kind) {
    case 'sandbox_get':
      return { id: `sbx_iso${n}_${j}` };
    case 'sandbox_list':
      return { tags: `iso${n}` };
    case 'sandbox_exec':
      return { id: `sbx_iso${n}_${j}`, command: `echo ${n}-${j}` };
    case 'desktop_screenshot':
      return { computerId: `comp_iso${n}_${j}` };
  }
}

/** What in the answer says whose it is: `key|tenant|resource`, as the upstream saw the request. */
function seenIn(kind: Kind, r: CallToolResult): string | undefined {
  const s = r.structuredContent as Record<string, any> | undefined;
  switch (kind) {
    case 'sandbox_get':
      return s?.seen;
    case 'sandbox_list':
      return s?.items?.[0]?.seen;
    case 'sandbox_exec':
      // stdout is machine-written: fenced in structuredContent; the check reads inside.
      return unfence(s?.stdout) ?? s?.stdout;
    case 'desktop_screenshot': {
      const img = r.content.find((c) => c.type === 'image') as { data: string } | undefined;
      if (!img) return undefined;
      const bytes = Buffer.from(img.data, 'base64');
      return bytes.subarray(TINY_PNG.length).toString('utf8');
    }
  }
}
function resourceOf(kind: Kind, args: Record<string, unknown>): string {
  return String(args.id ?? args.computerId ?? args.tags);
}

/** One client's calls, in order, each checked to be its own; returns per-call latencies. */
export async function runClient(serverUrl: string, n: number, calls: number, out: IsolationFigures): Promise<number[]> {
  const latencies: number[] = [];
  let client: Client;
  try {
    client = await httpClient(serverUrl, { Authorization: `Bearer ${keyOf(n)}`, 'X-MIOSA-Tenant': tenantOf(n) });
  } catch (err) {
    out.errors.push(`client ${n}: connect: ${(err as Error).message}`);
    return latencies;
  }
  try {
    for (let j = 0; j < calls; j++) {
      const kind = KINDS[(n + j) % KINDS.length];
      const args = argsFor(kind, n, j);
      const t = performance.now();
      let r: CallToolResult;
      try {
        r = (await client.callTool({ name: kind, arguments: args })) as CallToolResult;
      } catch (err) {
        out.errors.push(`client ${n} call ${j} ${kind}: ${(err as Error).message}`);
        continue;
      }
      latencies.push(performance.now() - t);
      out.calls++;
      if (r.isError) {
        out.errors.push(`client ${n} call ${j} ${kind}: ${JSON.stringify(r.content).slice(0, 200)}`);
        continue;
      }
      const want = `${keyMark(keyOf(n))}|${tenantOf(n)}|${resourceOf(kind, args)}`;
      const seen = seenIn(kind, r);
      if (seen !== want) out.crossTalk.push(`client ${n} call ${j} ${kind}: wanted ${want}, got ${seen}`);
    }
  } finally {
    await client.close().catch(() => {});
  }
  return latencies;
}

/** Many clients at once, `calls` calls in all. */
export async function runIsolation(serverUrl: string, opts: { clients: number; calls: number }): Promise<IsolationFigures> {
  const out: IsolationFigures = {
    clients: opts.clients,
    calls: 0,
    concurrency: opts.clients,
    durationMs: 0,
    callsPerSecond: 0,
    p50Ms: 0,
    p95Ms: 0,
    maxMs: 0,
    crossTalk: [],
    errors: [],
  };
  const per = Math.ceil(opts.calls / opts.clients);
  const started = performance.now();
  const all = (await Promise.all(Array.from({ length: opts.clients }, (_, n) => runClient(serverUrl, n, per, out)))).flat();
  out.durationMs = Math.round(performance.now() - started);
  all.sort((a, b) => a - b);
  const at = (q: number) => Math.round(all[Math.min(all.length - 1, Math.floor(q * all.length))] ?? 0);
  out.p50Ms = at(0.5);
  out.p95Ms = at(0.95);
  out.maxMs = Math.round(all.at(-1) ?? 0);
  out.callsPerSecond = Math.round((out.calls / out.durationMs) * 1000);
  return out;
}

/**
 * The MIOSA side for the recording upstream: the client a request belongs to is read from its
 * resource id (or its tags); the key and tenant must be that client's. Violations are collected and
 * answered with a 500, and every answer echoes `keyMark(key)|tenant|resource` as seen.
 */
export function isolationUpstream(violations: string[]): (q: Recorded) => Reply {
  return (q) => {
    const key = (q.headers.authorization ?? '').replace(/^Bearer /, '');
    const tenant = q.headers['x-miosa-tenant'] ?? '';
    const m = /\/(?:sandboxes|computers)\/((?:sbx|comp)_iso(\d+)_\d+)/.exec(q.path);
    const tags = typeof q.query.tags === 'string' ? /^iso(\d+)$/.exec(q.query.tags) : null;
    const n = m ? Number(m[2]) : tags ? Number(tags[1]) : NaN;
    const resource = m ? m[1] : (q.query.tags as string | undefined) ?? '';
    if (!Number.isInteger(n) || key !== keyOf(n) || tenant !== tenantOf(n)) {
      violations.push(`${q.method} ${q.path}?tags=${q.query.tags ?? ''} arrived with key ${key} tenant ${tenant}`);
      return { status: 500, body: { error: { code: 'CROSS_TALK', message: 'request carried another client\'s credentials' } } };
    }
    const seen = `${keyMark(key)}|${tenant}|${resource}`;
    if (q.path.endsWith('/desktop/screenshot')) {
      return { headers: { 'content-type': 'image/png' }, body: Buffer.concat([TINY_PNG, Buffer.from(seen)]) };
    }
    if (q.path.endsWith('/exec')) return { body: { data: { exit_code: 0, stdout: seen, stderr: '', duration_ms: 1 } } };
    if (tags) return { body: { data: [{ id: `sbx_list_${n}`, state: 'running', created_at: '2026-01-01T00:00:00Z', seen }] } };
    return { body: { data: { id: resource, state: 'running', created_at: '2026-01-01T00:00:00Z', seen } } };
  };
}
