// The HTTP fast path (src/fast-path.ts) against the SDK path, request for request: two servers on
// the same upstream, one with the fast path and one forced through the SDK's Server and transport,
// get the same raw HTTP requests: every tool (arguments from its schema, hostile ones, upstream
// answers good and bad), initialize at every protocol version, tools/list under several selections,
// unknown methods, malformed envelopes, odd headers, notifications. Their answers must be the same
// bytes (status, the headers that carry meaning, body), and the upstream must get the same requests.
// Each case also says which path the fast server must have taken, so the comparison cannot pass by
// both servers quietly running the SDK path.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { Agent, request, type Server as HttpServer } from 'node:http';
import { LATEST_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOLS } from '../../generated/index.js';
import { normalizeBaseUrl } from '../../src/settings.js';
import { PATH_CHANNEL } from '../../src/fast-path.js';
import { DEFAULT_MAX_BODY_BYTES, startHttp } from '../../src/http.js';
import { buildSurface, SurfaceCache } from '../../src/surface.js';
import { quickSleep } from '../support/harness.js';
import { exampleReply, startRecordingUpstream, type Recorded, type RecordingUpstream, type Reply } from '../support/recording-upstream.js';
import { hostileArgsOf, validArgsOf } from '../support/schema-arbitrary.js';

const KEY = 'msk_u_differential_key';
const SEED = Number(process.env.FC_SEED ?? 17);
/** Headers whose differences mean nothing: the clock, the connection's own bookkeeping, the per-request id. */
const TRANSIENT = new Set(['date', 'connection', 'keep-alive', 'x-request-id']);
/** Upstream failures the error policy turns into results, one per tool in turn. */
const FAILURES: Reply[] = [
  { status: 400, body: { error: { code: 'VALIDATION_ERROR', message: 'name is too long' } } },
  { status: 401, body: { error: { code: 'UNAUTHORIZED', message: 'invalid key' } } },
  { status: 403, body: { error: { code: 'FORBIDDEN', message: 'missing scope sandboxes:write' } } },
  { status: 404, body: { error: { code: 'NOT_FOUND', message: 'no such thing' } } },
  { status: 409, body: { error: { code: 'CONFLICT', message: 'already exists' } } },
  { status: 429, headers: { 'retry-after': '7' }, body: { error: { code: 'RATE_LIMITED', message: 'slow down' } } },
  { status: 500, body: 'upstream exploded <script>alert(1)</script>' },
];

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Case {
  label: string;
  /** A JSON value (serialized here) or the raw body text. */
  body: unknown;
  raw?: boolean;
  /** Headers besides the defaults; undefined leaves a default header out. */
  headers?: Record<string, string | undefined>;
  /** Query string of the endpoint, with its leading "?". */
  query?: string;
  /** Whether the fast server must answer this on its fast path. */
  fast: boolean;
  /** How the upstream answers while this case runs (default: the spec's example). */
  upstream?: Reply;
}

let upstream: RecordingUpstream;
let upstreamReply: Reply | undefined;
const servers: { fast?: HttpServer; sdk?: HttpServer } = {};
const urls = { fast: '', sdk: '' };
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
const paths: boolean[] = [];
const onPath = (m: unknown) => paths.push((m as { fast: boolean }).fast);

/** A server on the fast path (false), forced onto the SDK path (true), or left to MIOSA_HTTP_SDK_PATH (undefined). */
async function serve(sdkPathOnly: boolean | undefined): Promise<[HttpServer, string]> {
  const server = await startHttp(new SurfaceCache(buildSurface()), {
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    allowedHosts: [],
    allowedOrigins: ['http://127.0.0.1:5173'],
    upstream: { baseUrl: normalizeBaseUrl(upstream.url), timeoutMs: 5000, waitMs: 200, pollMs: 50, sleep: quickSleep },
    log: () => {},
    sdkPathOnly,
  });
  return [server, `http://127.0.0.1:${(server.address() as { port: number }).port}/mcp`];
}

function post(url: string, c: Case): Promise<Answer> {
  const body = c.raw ? String(c.body) : JSON.stringify(c.body);
  const target = new URL(url + (c.query ?? ''));
  const headers = Object.fromEntries(
    Object.entries({
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${KEY}`,
      'content-length': String(Buffer.byteLength(body)),
      ...c.headers,
    }).filter(([, v]) => v !== undefined),
  );
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      { method: 'POST', agent, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i].toLowerCase();
            if (!TRANSIENT.has(name)) headers[name] = headers[name] === undefined ? res.rawHeaders[i + 1] : `${headers[name]}, ${res.rawHeaders[i + 1]}`;
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** What the upstream received, minus what is random by design (the idempotency key of each call). */
function sent(requests: Recorded[]): unknown[] {
  return requests.map((r) => {
    const { 'idempotency-key': _key, host: _host, ...headers } = r.headers;
    const json = r.json && typeof r.json === 'object' ? { ...(r.json as object), idempotencyKey: undefined } : r.json;
    return { method: r.method, path: r.path, query: r.query, headers, body: json === undefined ? r.body.toString('base64') : json };
  });
}

interface Outcome {
  c: Case;
  sdk: Answer;
  fast: Answer;
  tookFast: boolean | undefined;
  sentSdk: unknown[];
  sentFast: unknown[];
}
const outcomes: Outcome[] = [];

/** The same request to both servers, one after the other, each with the upstream to itself. */
async function both(c: Case): Promise<Outcome> {
  upstreamReply = c.upstream;
  const a = upstream.requests.length;
  const sdk = await post(urls.sdk, c);
  const b = upstream.requests.length;
  paths.length = 0;
  const fast = await post(urls.fast, c);
  const out: Outcome = {
    c,
    sdk,
    fast,
    // The SDK-path server reports too (fast: false); the fast server's report is the last one.
    tookFast: paths.length ? paths[paths.length - 1] : undefined,
    sentSdk: sent(upstream.requests.slice(a, b)),
    sentFast: sent(upstream.requests.slice(b)),
  };
  outcomes.push(out);
  return out;
}

/**
 * The answer with its fence markers numbered in order of appearance: each answer draws its own
 * random marker (so upstream text cannot forge the closing one), the only difference allowed.
 */
function unfenced(body: string): string {
  const seen = new Map<string, string>();
  return body.replace(/untrusted-data-[A-Za-z0-9_-]+/g, (tag) => {
    if (!seen.has(tag)) seen.set(tag, `untrusted-data-#${seen.size + 1}`);
    return seen.get(tag)!;
  });
}

function expectSame(o: Outcome): void {
  const where = `${o.c.label}: ${JSON.stringify(o.c.body).slice(0, 200)}`;
  expect(o.fast.status, where).toBe(o.sdk.status);
  expect(o.fast.headers, where).toEqual(o.sdk.headers);
  expect(unfenced(o.fast.body), where).toBe(unfenced(o.sdk.body));
  // Only where a marker was drawn may the bytes differ, and then only in their length.
  if (o.fast.body !== o.sdk.body) expect(o.fast.body).toMatch(/untrusted-data-/);
  expect(o.sentFast, where).toEqual(o.sentSdk);
  // Requests refused before the fast path is consulted (auth, Host, body) report no path at all.
  if (o.tookFast !== undefined || o.c.fast) expect(o.tookFast, `${where}: path taken`).toBe(o.c.fast);
}

const rpcCall = (id: number | string, method: string, params?: unknown) => ({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
const init = (version: unknown) => ({ protocolVersion: version, capabilities: {}, clientInfo: { name: 'differential', version: '1.0.0' } });

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  // Every answer from the spec's example unless a case says otherwise, with one request id, so
  // that the two paths' results can be compared byte for byte.
  upstream.respond((rec) => {
    const reply = upstreamReply ?? (rec.operationId ? exampleReply(rec.operationId) : undefined);
    return reply && { ...reply, headers: { 'x-request-id': 'req_differential', ...reply.headers } };
  });
  [servers.fast, urls.fast] = await serve(false);
  [servers.sdk, urls.sdk] = await serve(true);
  subscribe(PATH_CHANNEL.name, onPath);
});

afterAll(async () => {
  unsubscribe(PATH_CHANNEL.name, onPath);
  agent.destroy();
  for (const s of [servers.fast, servers.sdk]) if (s) await new Promise((r) => s.close(r));
  await upstream?.close();
});

describe('the fast path answers as the SDK path does, byte for byte', () => {
  it('initialize at every protocol version, and with params the SDK refuses', async () => {
    const cases: Case[] = [
      ...SUPPORTED_PROTOCOL_VERSIONS.map((v, i) => ({ label: `initialize ${v}`, body: rpcCall(i + 1, 'initialize', init(v)), fast: true })),
      { label: 'initialize, unknown version', body: rpcCall('init-str', 'initialize', init('1999-01-01')), fast: true },
      { label: 'initialize, with the version header', body: rpcCall(20, 'initialize', init(LATEST_PROTOCOL_VERSION)), headers: { 'mcp-protocol-version': '2025-06-18' }, fast: true },
      { label: 'initialize, extra client fields', body: rpcCall(21, 'initialize', { ...init('2025-06-18'), capabilities: { roots: { listChanged: true }, sampling: {} }, _meta: { x: 1 } }), fast: true },
      { label: 'initialize, no clientInfo', body: rpcCall(22, 'initialize', { protocolVersion: '2025-06-18', capabilities: {} }), fast: false },
      { label: 'initialize, version not a string', body: rpcCall(23, 'initialize', init(20250618)), fast: false },
      { label: 'initialize, no params', body: rpcCall(24, 'initialize'), fast: false },
    ];
    for (const c of cases) expectSame(await both(c));
  });

  it('tools/list under several selections, and ping', async () => {
    const cases: Case[] = [
      { label: 'tools/list', body: rpcCall(1, 'tools/list'), fast: true },
      { label: 'tools/list, empty params', body: rpcCall(2, 'tools/list', {}), fast: true },
      { label: 'tools/list, a cursor', body: rpcCall(3, 'tools/list', { cursor: 'abc' }), fast: true },
      { label: 'tools/list, toolsets', body: rpcCall(4, 'tools/list'), query: '?toolsets=sandbox,storage', fast: true },
      { label: 'tools/list, read-only', body: rpcCall(5, 'tools/list'), query: '?readonly=true', fast: true },
      { label: 'tools/list, dynamic', body: rpcCall(6, 'tools/list'), query: '?dynamic=1', fast: true },
      { label: 'tools/list, tools header', body: rpcCall(7, 'tools/list'), headers: { 'x-mcp-tools': 'sandbox_get,sandbox_list' }, fast: true },
      { label: 'tools/list, exclude header', body: rpcCall(8, 'tools/list'), headers: { 'x-mcp-exclude-tools': TOOLS[0].name }, fast: true },
      { label: 'tools/list, unknown toolset', body: rpcCall(9, 'tools/list'), query: '?toolsets=nope', fast: false },
      { label: 'tools/list, cursor not a string', body: rpcCall(10, 'tools/list', { cursor: 5 }), fast: false },
      { label: 'tools/list, string id', body: rpcCall('list-\u00e9\u2028', 'tools/list'), fast: true },
      { label: 'tools/list, CORS origin', body: rpcCall(11, 'tools/list'), headers: { origin: 'http://127.0.0.1:5173' }, fast: true },
      { label: 'ping', body: rpcCall(12, 'ping'), fast: true },
      { label: 'ping, params', body: rpcCall(13, 'ping', { _meta: { a: 1 } }), fast: true },
    ];
    for (const c of cases) expectSame(await both(c));
  });

  it('unknown methods, malformed envelopes, batches and odd headers go to the SDK path and get its answer', async () => {
    const cases: Case[] = [
      ...['resources/list', 'prompts/list', 'logging/setLevel', 'completion/complete', 'tasks/list', 'x/y'].map((m, i) => ({ label: `method ${m}`, body: rpcCall(100 + i, m, {}), fast: false })),
      { label: 'not JSON', body: '{"jsonrpc":', raw: true, fast: false },
      { label: 'a string', body: 'hello', fast: false },
      { label: 'a number', body: 42, fast: false },
      { label: 'null', body: null, fast: false },
      { label: 'jsonrpc 1.0', body: { jsonrpc: '1.0', id: 1, method: 'tools/list' }, fast: false },
      { label: 'no jsonrpc', body: { id: 1, method: 'tools/list' }, fast: false },
      { label: 'id null', body: { jsonrpc: '2.0', id: null, method: 'tools/list' }, fast: false },
      { label: 'id an object', body: { jsonrpc: '2.0', id: { a: 1 }, method: 'tools/list' }, fast: false },
      { label: 'method a number', body: { jsonrpc: '2.0', id: 1, method: 5 }, fast: false },
      { label: 'params an array', body: { jsonrpc: '2.0', id: 1, method: 'tools/list', params: [1] }, fast: false },
      { label: 'a stray top-level key', body: { ...rpcCall(1, 'tools/list'), extra: true }, fast: false },
      { label: 'batch of two', body: [rpcCall(1, 'tools/list'), rpcCall(2, 'ping')], fast: false },
      { label: 'empty batch', body: [], fast: false },
      { label: 'Accept JSON only', body: rpcCall(1, 'tools/list'), headers: { accept: 'application/json' }, fast: false },
      { label: 'Content-Type text/plain', body: rpcCall(1, 'tools/list'), headers: { 'content-type': 'text/plain' }, fast: false },
      { label: 'Content-Type with charset', body: rpcCall(1, 'tools/list'), headers: { 'content-type': 'application/json; charset=utf-8' }, fast: true },
      { label: 'unsupported protocol version header', body: rpcCall(1, 'tools/list'), headers: { 'mcp-protocol-version': '2020-01-01' }, fast: false },
      { label: 'supported protocol version header', body: rpcCall(1, 'tools/list'), headers: { 'mcp-protocol-version': '2025-03-26' }, fast: true },
      { label: 'a session id (stateless: ignored)', body: rpcCall(1, 'tools/list'), headers: { 'mcp-session-id': 'abc' }, fast: true },
      { label: 'no Authorization, tools/list', body: rpcCall(1, 'tools/list'), headers: { authorization: undefined }, fast: true },
      { label: 'progress token on tools/list (SSE)', body: rpcCall(1, 'tools/list', { _meta: { progressToken: 'p1' } }), fast: false },
    ];
    for (const c of cases) expectSame(await both(c));
  });

  it('notifications and responses get 202 and no body', async () => {
    const cases: Case[] = [
      { label: 'initialized', body: { jsonrpc: '2.0', method: 'notifications/initialized' }, fast: true },
      { label: 'cancelled', body: { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1, reason: 'x' } }, fast: true },
      { label: 'cancelled, bad params', body: { jsonrpc: '2.0', method: 'notifications/cancelled', params: { nope: 1 } }, fast: true },
      { label: 'unknown notification', body: { jsonrpc: '2.0', method: 'notifications/whatever' }, fast: true },
      { label: 'a result response', body: { jsonrpc: '2.0', id: 9, result: {} }, fast: true },
      { label: 'an error response', body: { jsonrpc: '2.0', id: 9, error: { code: -1, message: 'x' } }, fast: true },
      { label: 'batch of notifications', body: [{ jsonrpc: '2.0', method: 'notifications/initialized' }], fast: false },
    ];
    for (const c of cases) {
      const o = await both(c);
      expectSame(o);
      expect(o.fast.status).toBe(202);
      expect(o.fast.body).toBe('');
    }
  });

  it('tools/call: every tool with generated, hostile and failing calls; names it does not know or offer', async () => {
    let id = 1000;
    let toolIndex = 0;
    for (const tool of TOOLS) {
      const valid = fc.sample(validArgsOf(tool), { numRuns: 2, seed: SEED });
      const hostile = fc.sample(hostileArgsOf(tool.inputSchema as Record<string, unknown>), { numRuns: 2, seed: SEED });
      const failure = FAILURES[toolIndex++ % FAILURES.length];
      const cases: Case[] = [
        { label: `${tool.name} valid`, body: rpcCall(id++, 'tools/call', { name: tool.name, arguments: valid[0] }), fast: true },
        { label: `${tool.name} valid, upstream ${failure.status}`, body: rpcCall(id++, 'tools/call', { name: tool.name, arguments: valid[1] }), fast: true, upstream: failure },
        ...hostile.map((args) => ({ label: `${tool.name} hostile`, body: rpcCall(id++, 'tools/call', { name: tool.name, arguments: args }), fast: true })),
        ...tool.aliases.map((alias) => ({ label: `${alias} (old name)`, body: rpcCall(id++, 'tools/call', { name: alias, arguments: valid[0] }), fast: true })),
      ];
      for (const c of cases) expectSame(await both(c));
    }
    expect(outcomes.filter((o) => o.c.label.endsWith(' valid')).length).toBe(TOOLS.length);
  }, 120_000);

  it('tools/call: edge cases of the request itself', async () => {
    const cases: Case[] = [
      { label: 'unknown tool', body: rpcCall(1, 'tools/call', { name: 'no_such_tool' }), fast: true },
      { label: 'unknown tool, dynamic', body: rpcCall(2, 'tools/call', { name: 'no_such_tool' }), query: '?dynamic=1', fast: true },
      { label: 'not offered by the selection', body: rpcCall(3, 'tools/call', { name: TOOLS.find((t) => !t.annotations.readOnlyHint)!.name, arguments: {} }), query: '?readonly=1', fast: true },
      { label: 'no arguments', body: rpcCall(4, 'tools/call', { name: 'sandbox_list' }), fast: true },
      { label: 'arguments null', body: rpcCall(5, 'tools/call', { name: 'sandbox_list', arguments: null }), fast: false },
      { label: 'arguments an array', body: rpcCall(6, 'tools/call', { name: 'sandbox_list', arguments: [] }), fast: false },
      { label: 'name a number', body: rpcCall(7, 'tools/call', { name: 7 }), fast: false },
      { label: 'no params', body: rpcCall(8, 'tools/call'), fast: false },
      { label: 'a stray param', body: rpcCall(9, 'tools/call', { name: 'sandbox_list', arguments: {}, extra: 1 }), fast: true },
      { label: 'meta without progress', body: rpcCall(10, 'tools/call', { name: 'sandbox_list', arguments: {}, _meta: { trace: 'x' } }), fast: true },
      { label: 'a progress token (SSE)', body: rpcCall(11, 'tools/call', { name: 'sandbox_list', arguments: {}, _meta: { progressToken: 7 } }), fast: false },
      { label: 'a task', body: rpcCall(12, 'tools/call', { name: 'sandbox_list', arguments: {}, task: { ttl: 1000 } }), fast: false },
      { label: 'dynamic search', body: rpcCall(13, 'tools/call', { name: 'miosa_search_tools', arguments: { query: 'sandbox' } }), query: '?dynamic=1', fast: true },
      { label: 'dynamic describe', body: rpcCall(14, 'tools/call', { name: 'miosa_describe_tool', arguments: { name: 'sandbox_get' } }), query: '?dynamic=1', fast: true },
      { label: 'dynamic call', body: rpcCall(15, 'tools/call', { name: 'miosa_call_tool', arguments: { name: 'sandbox_get', arguments: { id: 'sbx_1' } } }), query: '?dynamic=1', fast: true },
      { label: 'dynamic call of a meta tool', body: rpcCall(16, 'tools/call', { name: 'miosa_call_tool', arguments: { name: 'miosa_call_tool', arguments: {} } }), query: '?dynamic=1', fast: true },
      { label: 'upstream answers non-JSON', body: rpcCall(17, 'tools/call', { name: 'sandbox_get', arguments: { id: 'sbx_1' } }), fast: true, upstream: { status: 200, headers: { 'content-type': 'application/json' }, body: '{not json' } },
      { label: 'no Authorization, tools/call', body: rpcCall(18, 'tools/call', { name: 'sandbox_list' }), headers: { authorization: undefined }, fast: false },
      { label: 'a bad key, tools/list', body: rpcCall(19, 'tools/list'), headers: { authorization: 'Bearer nope' }, fast: false },
    ];
    for (const c of cases) expectSame(await both(c));
  });

  it('a client that hangs up mid-call stops the upstream request, on both paths', async () => {
    upstreamReply = { ...exampleReply('getSandbox'), delayMs: 5000 };
    try {
      for (const url of [urls.sdk, urls.fast]) {
        upstream.aborted.length = 0;
        const before = upstream.requests.length;
        const body = JSON.stringify(rpcCall(1, 'tools/call', { name: 'sandbox_get', arguments: { id: 'sbx_hangup' } }));
        const req = request(new URL(url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${KEY}` },
        });
        req.on('error', () => {}); // the hang-up below
        req.end(body);
        for (let i = 0; i < 200 && upstream.requests.length === before; i++) await new Promise((r) => setTimeout(r, 10));
        req.destroy();
        for (let i = 0; i < 200 && upstream.aborted.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
        expect(upstream.aborted.map((q) => q.path), url).toEqual(['/api/v1/sandboxes/sbx_hangup']);
      }
    } finally {
      upstreamReply = undefined;
    }
  });

  it('MIOSA_HTTP_SDK_PATH=1, read when the server starts, sends every request the SDK way', async () => {
    process.env.MIOSA_HTTP_SDK_PATH = '1';
    let server: HttpServer, url: string;
    try {
      [server, url] = await serve(undefined);
    } finally {
      delete process.env.MIOSA_HTTP_SDK_PATH;
    }
    try {
      paths.length = 0;
      const a = await post(url, { label: 'ping', body: rpcCall(1, 'ping'), fast: false });
      expect(a.status).toBe(200);
      expect(paths).toEqual([false]);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('the fast path really answered most of what it was sent', () => {
    const fast = outcomes.filter((o) => o.tookFast === true).length;
    console.log(`fast path: ${fast} of ${outcomes.length} requests answered on the fast path, all identical to the SDK path`);
    expect(fast).toBeGreaterThan(TOOLS.length * 4);
  });
});
