// Tenant isolation under concurrency against a checking stand-in for MIOSA: `isolationUpstream` is the
// MIOSA side that checks every request carries the key and tenant of the client its resource id
// names, and answers with what it saw; `echoPlan` is what the clients call (through the shared
// driver, test/support/isolation.ts) and how an answer shows it is its caller's own. Point it at any
// server whose upstream echoes what it saw.
import { createHash } from 'node:crypto';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { unfence } from '../../src/fence.js';
import type { IsolationClient, IsolationPlan } from '../support/isolation.js';
import { TINY_PNG, type Recorded, type Reply } from '../support/recording-upstream.js';

export const keyOf = (n: number) => `msk_u_iso_${n}`;
/** What the upstream echoes for a key: the server removes a key from every result, so not the key itself. */
export const keyMark = (key: string) => `key#${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
export const tenantOf = (n: number) => `tenant-iso-${n}`;

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

/**
 * The plan for the shared driver (test/support/isolation.ts): `calls` calls in all, four kinds in
 * turn, client n connecting with its own key and tenant; an answer is its caller's own when what
 * the upstream saw (`keyMark(key)|tenant|resource`) is that client's.
 */
export function echoPlan(serverUrl: string, opts: { clients: number; calls: number }): IsolationPlan<IsolationClient> {
  return {
    serverUrl,
    clients: opts.clients,
    callsPerClient: Math.ceil(opts.calls / opts.clients),
    headers: (n) => ({ Authorization: `Bearer ${keyOf(n)}`, 'X-MIOSA-Tenant': tenantOf(n) }),
    step: ({ n }, j) => {
      const kind = KINDS[(n + j) % KINDS.length];
      const args = argsFor(kind, n, j);
      return {
        name: kind,
        args,
        check: (r, report) => {
          const want = `${keyMark(keyOf(n))}|${tenantOf(n)}|${resourceOf(kind, args)}`;
          const seen = seenIn(kind, r);
          if (seen !== want) report.leak(`client ${n} call ${j} ${kind}: wanted ${want}, got ${seen}`);
        },
      };
    },
  };
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
