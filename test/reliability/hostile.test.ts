// Hostile input, by property and by hand: arbitrary arguments for every tool, ids and paths built to
// escape their URL segment, CR/LF aimed at headers, and JSON-RPC garbage over HTTP and stdio. The
// server answers each with a result or a protocol error, sends nothing it should not, and keeps serving.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TOOLS } from '../../generated/index.js';
import { withoutNullOptionals } from '../../src/call.js';
import { normalizeBaseUrl } from '../../src/settings.js';
import { buildServer } from '../../src/server.js';
import { buildSurface } from '../../src/surface.js';
import type { ToolDef } from '../../src/tool-def.js';
import { CLI, childEnv, httpClient, rpc, startHttpServer, type HttpServerProcess } from '../support/cli.js';
import { quickSleep } from '../support/harness.js';
import { guardNetwork, type NetGuard } from '../support/net-guard.js';
import { startRecordingUpstream, type Recorded, type RecordingUpstream } from '../support/recording-upstream.js';
import { hostileArgsOf, validArgsOf, validationSchemaOf } from '../support/schema-arbitrary.js';

const KEY = 'msk_u_hostile_key_1';
/** Fixed for reproducible runs; FC_SEED=<n> explores other inputs. */
const SEED = Number(process.env.FC_SEED ?? 4242);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Which path parameters hold a file path or an object key (several segments), from the IR. */
const IR = JSON.parse(readFileSync(join(import.meta.dirname, '../../generated/tools.json'), 'utf8')) as {
  tools: { name: string; args: { name: string; wire: string; in: string; multiSegment?: boolean }[] }[];
};
const MULTI = new Set(IR.tools.flatMap((t) => t.args.filter((a) => a.multiSegment).map((a) => `${t.name}.${a.name}`)));

let up: RecordingUpstream;
let guard: NetGuard;
let client: Client;
let closeServer: () => Promise<void>;
const ACTIVE = { sandbox: 'sbx_active', computer: 'comp_active' } as const;

beforeAll(async () => {
  // docker_deploy_doctor probes a deployment's public URL: keep every fetch on loopback.
  guard = guardNetwork();
  up = await startRecordingUpstream();
  const server = buildServer(buildSurface(), {
    credentials: { apiKey: KEY },
    upstream: { baseUrl: normalizeBaseUrl(up.url), timeoutMs: 5000, waitMs: 30, pollMs: 10, sleep: quickSleep },
  });
  const [a, b] = InMemoryTransport.createLinkedPair();
  client = new Client({ name: 'hostile', version: '0' });
  await Promise.all([server.connect(a), client.connect(b)]);
  closeServer = async () => {
    await client.close();
    await server.close();
  };
});
afterAll(async () => {
  await closeServer();
  await up.close();
  guard.restore();
});
beforeEach(() => {
  up.requests.length = 0;
  up.respond(activeLists);
});

/** The listings the active-resource rule reads: one running sandbox, one running computer. */
function activeLists(q: Recorded) {
  if (q.method !== 'GET') return undefined;
  const at = '2026-01-01T00:00:00Z';
  if (q.path === '/api/v1/sandboxes') return { body: { data: [{ id: ACTIVE.sandbox, state: 'running', created_at: at }] } };
  if (q.path === '/api/v1/computers') return { body: { data: [{ id: ACTIVE.computer, status: 'running', created_at: at }] } };
  // A public URL on loopback (nothing listens on port 9), so a probe never leaves the machine.
  if (/^\/api\/v1\/deployments\/[^/]+$/.test(q.path)) {
    return { body: { data: { id: 'dep_1', state: 'running', deployment_product: 'docker_deploy', public_url: 'http://127.0.0.1:9' } } };
  }
  return undefined;
}

async function callRaw(name: string, args: unknown): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args as Record<string, unknown> })) as CallToolResult;
}
const errorOf = (r: CallToolResult) => (r.isError ? (r.structuredContent as { error: Record<string, unknown> }).error : undefined);
const refusedBeforeSending = (r: CallToolResult) => errorOf(r)?.category === 'invalid_arguments' && /nothing was sent/.test(String(errorOf(r)?.hint));

/** What the server accepts: the served schema, or where it checks more, the schema it checks against; closed. */
function strictSchema(tool: ToolDef<any>): object {
  return { ...validationSchemaOf(tool), additionalProperties: false };
}
function exactlyOneHolds(tool: ToolDef<any>, args: Record<string, unknown>): boolean {
  return (tool.exactlyOne ?? []).every((g) => g.filter((k) => args[k] !== undefined && args[k] !== null).length === 1);
}
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: false, useDefaults: false }));
const validators = new Map(TOOLS.map((t) => [t.name, ajv.compile(strictSchema(t))]));

const isDotSegment = (s: string) => s === '.' || s === '..';

/** The request path a tool's arguments must produce, or 'refused' when the value must not be sent. */
function expectedPath(tool: ToolDef<any>, args: Record<string, unknown>): RegExp | 'refused' {
  let refused = false;
  let out = '';
  const template = tool.operation.path;
  let last = 0;
  for (const m of template.matchAll(/\{([^}]+)\}/g)) {
    out += escapeRe(template.slice(last, m.index));
    last = m.index! + m[0].length;
    const arg = tool.args.find((a) => a.in === 'path' && a.wire === m[1]);
    const value = arg ? args[arg.name] : undefined;
    if (value === undefined) {
      // Omitted: the active resource.
      out += escapeRe(tool.active?.kind === 'computer' ? ACTIVE.computer : ACTIVE.sandbox);
      continue;
    }
    const s = String(value);
    if (MULTI.has(`${tool.name}.${arg!.name}`)) {
      const segs = s.replace(/^\/+/, '').split('/');
      if (segs.some((seg) => isDotSegment(seg) || seg === '')) refused = true;
      out += escapeRe(segs.map(encodeURIComponent).join('/'));
    } else {
      if (isDotSegment(s)) refused = true;
      out += escapeRe(encodeURIComponent(s));
    }
  }
  out += escapeRe(template.slice(last));
  // A header value must be a byte string without CR, LF or NUL; the served schema does not say so
  // (any string is valid), and such a value is refused before sending.
  for (const a of tool.args.filter((x) => x.in === 'header')) {
    const v = args[a.name];
    if (typeof v === 'string' && !/^[\t\x20-\x7e\x80-\xff]*$/.test(v.trim())) refused = true;
  }
  return refused ? 'refused' : new RegExp(`^/api/v1${out}$`);
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every tool, arbitrary arguments', () => {
  it('anything at all is either accepted or an invalid_arguments result; invalid input never reaches MIOSA', async () => {
    let refused = 0;
    let accepted = 0;
    for (const tool of TOOLS) {
      const valid = validators.get(tool.name)!;
      await fc.assert(
        fc.asyncProperty(hostileArgsOf(tool.inputSchema), async (args) => {
          const before = up.requests.length;
          const r = await callRaw(tool.name, args);
          const sent = up.requests.length - before;
          // zod drops an own "__proto__" key instead of refusing it as unknown (harmless: it is not
          // copied, so nothing is polluted); the served schema is checked without it.
          const { ['__proto__']: _dropped, ...rest } = Object.fromEntries(Object.entries(args));
          // An optional argument given as null counts as not given (what strict-mode clients send).
          const given = withoutNullOptionals(tool, rest);
          const schemaOk = valid(given) && exactlyOneHolds(tool, given);
          if (refusedBeforeSending(r)) {
            refused++;
            expect(sent).toBe(0);
            expect(errorOf(r)).toMatchObject({ tool: tool.name, retryable: false });
          } else {
            accepted++;
            // Accepted: the served schema agrees it is valid (a drift between the zod validator
            // and the served JSON Schema shows here).
            expect(schemaOk, `${tool.name} accepted ${JSON.stringify(args)}`).toBe(true);
          }
          if (!schemaOk) expect(sent, `${tool.name} sent ${JSON.stringify(args)}`).toBe(0);
        }),
        { numRuns: 20, seed: SEED, endOnFailure: true },
      );
    }
    console.log(`arbitrary arguments: ${TOOLS.length} tools x 20 runs: ${refused} refused as invalid_arguments, ${accepted} accepted`);
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  }, 60_000);

  it('arguments that are not an object, or a tool that does not exist, are protocol errors, not crashes', async () => {
    for (const args of [[1, 2], 'rm -rf /', 42, true]) {
      const before = up.requests.length;
      await expect(callRaw('sandbox_get', args)).rejects.toThrow(/-32602|Invalid|expected/i);
      expect(up.requests.length).toBe(before);
    }
    await expect(callRaw('../../sandbox_get', {})).rejects.toThrow(/Unknown tool/);
    await expect(callRaw('', {})).rejects.toThrow(/Unknown tool/);
    expect((await client.listTools()).tools).toHaveLength(TOOLS.length);
  });

  it('valid arguments generated from each served schema reach MIOSA with the right method and path', async () => {
    let calls = 0;
    for (const tool of TOOLS) {
      await fc.assert(
        fc.asyncProperty(validArgsOf(tool), async (args) => {
          const before = up.requests.length;
          const r = await callRaw(tool.name, args);
          const sent = up.requests.slice(before);
          calls++;
          const want = expectedPath(tool, args);
          if (want === 'refused') {
            // Valid by the schema but unsendable (a dot segment, a header with a line break): the
            // caller's argument to fix, not a failure to reach MIOSA.
            expect(errorOf(r), `${tool.name} ${JSON.stringify(args)}`).toMatchObject({ category: 'invalid_arguments', retryable: false, tool: tool.name });
            expect(refusedBeforeSending(r)).toBe(true);
            expect(sent.filter((q) => q.method === tool.operation.method)).toHaveLength(0);
            return;
          }
          expect(refusedBeforeSending(r), `${tool.name} refused ${JSON.stringify(args)}: ${JSON.stringify(errorOf(r))}`).toBe(false);
          // Composites make requests of their own choosing; each of them is still checked below.
          expect(
            tool.composite ? sent.length > 0 : sent.some((q) => q.method === tool.operation.method && want.test(q.path)),
            `${tool.name} ${JSON.stringify(args)} sent ${sent.map((q) => `${q.method} ${q.path}`).join(', ')}; wanted ${tool.operation.method} ${want}`,
          ).toBe(true);
          for (const q of sent) {
            expect(q.path.startsWith('/api/v1/')).toBe(true);
            expect(q.path.split('/').some(isDotSegment)).toBe(false);
            expect(q.headers.host).toBe(new URL(up.url).host);
            expect(q.headers.authorization).toBe(`Bearer ${KEY}`);
          }
        }),
        { numRuns: 8, seed: SEED + 1, endOnFailure: true },
      );
    }
    expect(calls).toBe(TOOLS.length * 8);
  }, 60_000);
});

describe('ids and paths built to escape their segment', () => {
  const tricky = fc.oneof(
    fc.constantFrom(
      '..', '.', '../', '../..', '..%2F..%2Fadmin', '%2e%2e', '%2E%2e', '.%2e', '%2F', 'a%2Fb', '?admin=1', 'x?y=1#z', '#frag',
      'a\nb', 'a\r\nHost: evil.example', 'nul\u0000byte', '\\..\\..\\', 'https://evil.example/x', '//evil.example', '@evil.example',
      'é😀中文', '\u202e\u0000', ' ', '%', '%%', '%00', 'a b', '/', '//', '~root', ';x=1', '%252e%252e',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
    fc.array(fc.constantFrom('..', '.', '/', '%2F', '?', '#', '\n', '\r', '\u0000', 'é', 'evil', '\\', '%2e'), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
  );
  const targets: [string, (v: string) => Record<string, unknown>][] = [
    ['sandbox_get', (v) => ({ id: v })],
    ['sandbox_exec', (v) => ({ id: v, command: 'true' })],
    ['database_delete', (v) => ({ id: v })],
    ['desktop_screenshot', (v) => ({ computerId: v })],
    ['sandbox_file_read', (v) => ({ id: 'sbx_1', path: v })],
    ['sandbox_file_read', (v) => ({ id: v, path: '/etc/hosts' })],
    ['storage_object_get', (v) => ({ bucket: 'b1', key: v })],
    ['storage_object_get', (v) => ({ bucket: v, key: 'k1' })],
  ];

  it('never change the path prefix, add a segment, a query or the host', async () => {
    let sentCount = 0;
    let refusedCount = 0;
    for (const [name, mk] of targets) {
      const tool = TOOLS.find((t) => t.name === name)!;
      await fc.assert(
        fc.asyncProperty(tricky, async (v) => {
          const args = mk(v);
          const before = up.requests.length;
          const r = await callRaw(name, args);
          const sent = up.requests.slice(before);
          const want = expectedPath(tool, args);
          if (want === 'refused' || sent.length === 0) {
            // Refused: an error result and nothing sent (a "." or ".." segment).
            refusedCount++;
            expect(want, `${name} ${JSON.stringify(args)} sent nothing: ${JSON.stringify(errorOf(r))}`).toBe('refused');
            expect(errorOf(r), `${name} ${JSON.stringify(args)}`).toMatchObject({ category: 'invalid_arguments', retryable: false });
            expect(refusedBeforeSending(r)).toBe(true);
            expect(sent).toHaveLength(0);
            return;
          }
          sentCount++;
          expect(sent).toHaveLength(1);
          const q = sent[0];
          expect(q.method).toBe(tool.operation.method);
          expect(q.path, JSON.stringify(args)).toMatch(want);
          expect(q.query).toEqual({});
          expect(q.headers.host).toBe(new URL(up.url).host);
        }),
        { numRuns: 60, seed: SEED + 2, endOnFailure: true },
      );
    }
    console.log(`tricky ids/paths: ${sentCount} sent as one encoded segment (or encoded segments), ${refusedCount} refused`);
    expect(refusedCount).toBeGreaterThan(0);
  }, 60_000);

  it('by hand: ".." as an id does not turn /sandboxes/{id}/exec into /exec, nor a bucket into /storage/objects', async () => {
    for (const [name, args] of [
      ['sandbox_exec', { id: '..', command: 'id' }],
      ['sandbox_get', { id: '.' }],
      ['storage_object_get', { bucket: '..', key: 'a' }],
      ['sandbox_file_read', { id: 'sbx_1', path: '/workspace/../../etc/shadow' }],
    ] as const) {
      const before = up.requests.length;
      const r = await callRaw(name, args);
      expect(errorOf(r), `${name} ${JSON.stringify(args)}`).toMatchObject({ category: 'invalid_arguments', retryable: false });
      expect(up.requests.length).toBe(before);
      expect(String(errorOf(r)?.message)).toMatch(/"\." or "\.\." segment/);
    }
    const r = await callRaw('sandbox_get', { id: '%2e%2e' });
    expect(r.isError).toBeFalsy();
    expect(up.requests.at(-1)?.path).toBe('/api/v1/sandboxes/%252e%252e');
  });

  it('CR/LF in a header-bound value (idempotencyKey) never injects a header', async () => {
    const crlf = fc
      .tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\r\n', '\n', '\r', '\r\n\r\n', '\u0000'), fc.string({ maxLength: 8 }))
      .map(([a, sep, b]) => `${a}${sep}X-Injected: ${b}`);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(crlf, async (key) => {
        const before = up.requests.length;
        const r = await callRaw('database_create', { name: 'db_h', wait: false, idempotencyKey: key });
        const sent = up.requests.slice(before);
        for (const q of sent) {
          expect(Object.keys(q.headers).filter((h) => /injected/i.test(h))).toEqual([]);
          expect(q.headers['idempotency-key'] ?? '').not.toMatch(/[\r\n\0]/);
        }
        if (sent.length === 0) {
          refused++;
          expect(errorOf(r), JSON.stringify(key)).toMatchObject({ category: 'invalid_arguments', retryable: false, field: 'idempotencyKey' });
          expect(refusedBeforeSending(r)).toBe(true);
        }
      }),
      { numRuns: 40, seed: SEED + 3, endOnFailure: true },
    );
    expect(refused).toBeGreaterThan(0);
  });
});

describe('JSON-RPC garbage over HTTP', () => {
  let srv: HttpServerProcess;
  beforeAll(async () => {
    srv = await startHttpServer({ MIOSA_BASE_URL: up.url }, ['--allowed-origins', 'https://app.example']);
  });
  afterAll(async () => {
    expect(await srv.stop()).toBe(0);
  });
  const list = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
  const auth = { Authorization: `Bearer ${KEY}` };

  async function stillServing(): Promise<void> {
    const res = await rpc(srv.url, list);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/"tools":\[/);
    expect(srv.child.exitCode).toBeNull();
  }

  it('each malformed message is a protocol error (4xx with a JSON-RPC error body); the server keeps serving', async () => {
    const deepArray = '['.repeat(10_000) + ']'.repeat(10_000);
    const deepObject = '{"a":'.repeat(10_000) + '0' + '}'.repeat(10_000);
    const garbage: [string, string][] = [
      ['not JSON', '{"jsonrpc": "2.0", "id": 1,'],
      ['empty body', ''],
      ['binary', '\u0000\u0001\u0002\uFFFD'],
      ['a number', '42'],
      ['null', 'null'],
      ['method is a number', JSON.stringify({ jsonrpc: '2.0', id: 1, method: 5 })],
      ['params is a string', JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: 'x' })],
      ['params is an array', JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: [1, 2] })],
      ['no jsonrpc field', JSON.stringify({ id: 1, method: 'tools/list' })],
      ['id is an object', JSON.stringify({ jsonrpc: '2.0', id: { a: 1 }, method: 'tools/list' })],
      ['10,000 nested arrays', deepArray],
      ['10,000 nested objects', deepObject],
      ['a batch of garbage', JSON.stringify([1, 'x', null])],
    ];
    for (const [what, body] of garbage) {
      const res = await rpc(srv.url, body, auth);
      expect(res.status, what).toBeGreaterThanOrEqual(400);
      expect(res.status, what).toBeLessThan(500);
      const err = ((await res.json()) as { jsonrpc: string; error: { code: number } }).error;
      expect([-32700, -32600, -32602], what).toContain(err.code);
    }
    await stillServing();
  });

  it('well-formed but wrong: unknown method, tools/call with wrong param types, nesting inside arguments', async () => {
    const cases: [string, unknown, RegExp][] = [
      ['unknown method', { jsonrpc: '2.0', id: 7, method: 'no/such/method' }, /"code":-32601/],
            // The SDK answers a request whose params fail its schema with -32603 (internal) rather than -32602.
      ['name is a number', { jsonrpc: '2.0', id: 8, method: 'tools/call', params: { name: 5, arguments: {} } }, /"code":-3260[23]/],
      ['arguments is a string', { jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name: 'sandbox_get', arguments: 'x' } }, /"code":-3260[23]/],
      [
        '10,000 levels inside an argument',
        { jsonrpc: '2.0', id: 10, method: 'tools/call', params: { name: 'sandbox_get', arguments: { id: 'x' } } },
        /invalid_arguments/,
      ],
    ];
    for (const [what, msg, want] of cases) {
      let body = JSON.stringify(msg);
      if (what.startsWith('10,000')) body = body.replace('"x"', '['.repeat(10_000) + ']'.repeat(10_000));
      const res = await rpc(srv.url, body, auth);
      expect(res.status, what).toBe(200);
      expect(await res.text(), what).toMatch(want);
    }
    await stillServing();
  });

  it('a batch is answered message by message (the SDK accepts JSON-RPC batches), garbage in it is not executed', async () => {
    const res = await rpc(srv.url, [list, { jsonrpc: '2.0', id: 2, method: 'ping' }], auth);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/"id":1/);
    expect(text).toMatch(/"id":2/);
    const bad = await rpc(srv.url, [list, { jsonrpc: '2.0', id: 3, method: 42 }], auth);
    expect(bad.status).toBe(400);
    await stillServing();
  });

  it('a 2 MB message is refused with 413, announced or streamed, and the next request is served', async () => {
    const big = JSON.stringify({ ...list, params: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    const announced = await rpc(srv.url, big, auth);
    expect(announced.status).toBe(413);
    expect(((await announced.json()) as { error: { message: string } }).error.message).toMatch(/larger than 1048576 bytes/);
    // Chunked: no Content-Length, so the cap is enforced while reading.
    const streamed = await new Promise<number>((resolve, reject) => {
      const u = new URL(srv.url);
      const req = httpRequest(
        { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      let left = 2 * 1024 * 1024;
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const pump = () => {
        while (left > 0) {
          left -= chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      req.write('{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"pad":"');
      pump();
    });
    expect(streamed).toBe(413);
    await stillServing();
  });

  it('CORS: no Access-Control-Allow-Origin unless the origin is configured; a configured origin is served and preflighted', async () => {
    const plain = await rpc(srv.url, list);
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    const loopbackPage = await rpc(srv.url, list, { Origin: 'http://127.0.0.1:5173' });
    expect(loopbackPage.status).toBe(200);
    expect(loopbackPage.headers.get('access-control-allow-origin')).toBeNull();
    const foreign = await rpc(srv.url, list, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const lookalike = await rpc(srv.url, list, { Origin: 'https://app.example.evil.example' });
    expect(lookalike.status).toBe(403);

    const configured = await rpc(srv.url, list, { Origin: 'https://app.example' });
    expect(configured.status).toBe(200);
    expect(configured.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(configured.headers.get('vary')).toMatch(/Origin/);
    const preflight = await fetch(srv.url, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type, mcp-protocol-version' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization.*Content-Type.*Mcp-Protocol-Version/);
    const foreignPreflight = await fetch(srv.url, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    expect(foreignPreflight.status).toBe(403);
    expect(foreignPreflight.headers.get('access-control-allow-origin')).toBeNull();
    // The configured origin's page can see a 401's guidance too.
    const unauth = await rpc(srv.url, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'sandbox_list', arguments: {} } }, { Origin: 'https://app.example' });
    expect(unauth.status).toBe(401);
    expect(unauth.headers.get('access-control-allow-origin')).toBe('https://app.example');
    // A real client from the configured origin.
    const c = await httpClient(srv.url, { ...auth, Origin: 'https://app.example' });
    expect((await c.callTool({ name: 'sandbox_get', arguments: { id: 'sbx_cors' } })).isError).toBeFalsy();
    await c.close();
  });
});

describe('JSON-RPC garbage over stdio', () => {
  it('invalid lines on stdin are dropped without a crash or a stray line on stdout; the next request is answered', async () => {
    const child = spawn(process.execPath, [CLI], { env: childEnv({ MIOSA_API_KEY: KEY, MIOSA_BASE_URL: up.url }), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (err += String(d)));
    const send = (line: string) => child.stdin.write(`${line}\n`);
    const lines = () => out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id?: unknown; result?: unknown; error?: { code: number } });
    const waitFor = async (id: number) => {
      for (let i = 0; i < 200; i++) {
        const hit = lines().find((m) => m.id === id);
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`no answer to id ${id}; stdout: ${out.slice(0, 500)}; stderr: ${err}`);
    };
    send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } }));
    await waitFor(1);
    send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
    for (const g of [
      'this is not json',
      '{"jsonrpc":"2.0","id":2,"method":5}',
      '{"jsonrpc":"2.0","id":3,"method":"tools/list","params":"x"}',
      '[1,2,3]',
      '\u0000\u0001\u0002',
      '{"jsonrpc":',
      '['.repeat(10_000) + ']'.repeat(10_000),
      '{"a":'.repeat(10_000) + '0' + '}'.repeat(10_000),
      JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'tools/list', params: { pad: 'x'.repeat(2 * 1024 * 1024) } }).slice(0, -2),
    ]) {
      send(g);
    }
    send(JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'no/such' }));
    expect((await waitFor(5)).error?.code).toBe(-32601);
    send(JSON.stringify({ jsonrpc: '2.0', id: 6, method: 'tools/call', params: { name: 'sandbox_get', arguments: { id: ['x'] } } }));
    expect(JSON.stringify(await waitFor(6))).toMatch(/invalid_arguments/);
    send(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/list' }));
    expect(((await waitFor(7)).result as { tools: unknown[] }).tools).toHaveLength(TOOLS.length);
    // A valid 2 MB message is simply served (stdio has no body cap; the editor is the only writer).
    send(JSON.stringify({ jsonrpc: '2.0', id: 8, method: 'tools/list', params: { _meta: { pad: 'x'.repeat(2 * 1024 * 1024) } } }));
    expect(((await waitFor(8)).result as { tools: unknown[] }).tools).toHaveLength(TOOLS.length);
    // stdout carried protocol messages only (every line parsed above), and the process is alive.
    expect(child.exitCode).toBeNull();
    child.stdin.end();
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(err).not.toMatch(/fatal|Uncaught|RangeError/);
  });
});
