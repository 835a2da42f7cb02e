// Upstream faults, end to end: the built server over real HTTP, a real MCP client, and a fault proxy
// between the server and a recording MIOSA stand-in. Each fault gets the right answer within the
// time allowed, writes without an idempotency key go out exactly once, and the server stays up.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { httpClient, startHttpServer, type HttpServerProcess } from '../support/cli.js';
import { rssOf, startFaultProxy, type Fault, type FaultProxy } from '../support/fault-proxy.js';
import { startRecordingUpstream, type RecordingUpstream } from '../support/recording-upstream.js';

const KEY = 'msk_u_faults_key_1';
const TIMEOUT_MS = 3000;

let up: RecordingUpstream;
let proxy: FaultProxy;
let srv: HttpServerProcess;
let client: Client;

beforeAll(async () => {
  up = await startRecordingUpstream();
  proxy = await startFaultProxy(up.url);
  srv = await startHttpServer({ MIOSA_BASE_URL: proxy.url, MIOSA_TIMEOUT_MS: String(TIMEOUT_MS) });
  client = await httpClient(srv.url, { Authorization: `Bearer ${KEY}` });
});
afterAll(async () => {
  await client?.close();
  expect(await srv.stop()).toBe(0);
  await proxy.close();
  await up.close();
});
beforeEach(() => proxy.reset());
afterEach(() => {
  // Whatever the fault, the server process is still there.
  expect(srv.child.exitCode).toBeNull();
  expect(srv.child.signalCode).toBeNull();
});

async function call(name: string, args: Record<string, unknown>): Promise<{ r: CallToolResult; ms: number }> {
  const started = Date.now();
  const r = (await client.callTool({ name, arguments: args })) as CallToolResult;
  return { r, ms: Date.now() - started };
}
function failure(r: CallToolResult): Record<string, unknown> {
  expect(r.isError, JSON.stringify(r).slice(0, 300)).toBe(true);
  return (r.structuredContent as { error: Record<string, unknown> }).error;
}
const textOf = (r: CallToolResult) => r.content.map((c) => (c.type === 'text' ? c.text : `[${c.type}]`)).join('\n');
const always = (f: Fault) => () => f;
const firstN = (n: number, f: Fault) => (_: unknown, nth: number) => (nth <= n ? f : undefined);
const apiError = (status: number, extra: Record<string, string> = {}): Fault => ({
  kind: 'status',
  status,
  headers: extra,
  body: { error: { code: `E${status}`, message: `fault ${status}` } },
});

const GET = ['sandbox_get', { id: 'sbx_f1' }] as const;
const KEYLESS_WRITE = ['sandbox_exec', { id: 'sbx_f1', command: 'echo once' }] as const;
const KEYED_WRITE = ['database_create', { name: 'db_f1', wait: false }] as const;

describe('slow and failing answers', () => {
  it('latency beyond MIOSA_TIMEOUT_MS: a timeout result near the bound, and the upstream request is abandoned', async () => {
    proxy.plan(always({ kind: 'delay', ms: 6000 }));
    const { r, ms } = await call(...GET);
    expect(failure(r)).toMatchObject({ category: 'timeout', retryable: true });
    expect(textOf(r)).toMatch(new RegExp(`within ${TIMEOUT_MS} ms`));
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(ms).toBeLessThan(TIMEOUT_MS + 1500);
    expect(proxy.requests).toHaveLength(1); // a timeout is not retried
    for (let i = 0; i < 50 && proxy.abandoned.length === 0; i++) await new Promise((res) => setTimeout(res, 20));
    expect(proxy.abandoned).toHaveLength(1);
  });

  it('500: an upstream error with the API message, not retried', async () => {
    proxy.plan(always(apiError(500)));
    const { r } = await call(...GET);
    expect(failure(r)).toMatchObject({ category: 'upstream_error', status: 500, code: 'E500', retryable: true });
    expect(proxy.requests).toHaveLength(1);
  });

  it('502 that persists: a GET is retried a bounded number of times (1 + 3), then reported', async () => {
    proxy.plan(always(apiError(502)));
    const { r, ms } = await call(...GET);
    expect(failure(r)).toMatchObject({ category: 'upstream_unavailable', status: 502, retryable: true });
    expect(proxy.requests).toHaveLength(4);
    expect(ms).toBeLessThan(TIMEOUT_MS + 500);
  });

  it('503 once: the GET is retried and succeeds', async () => {
    proxy.plan(firstN(1, apiError(503)));
    const { r } = await call(...GET);
    expect(r.isError).toBeFalsy();
    expect(proxy.requests).toHaveLength(2);
  });

  it('504 on a write with an idempotency key: retried with the same key', async () => {
    proxy.plan(firstN(2, apiError(504)));
    const { r } = await call(...KEYED_WRITE);
    expect(r.isError, textOf(r)).toBeFalsy();
    expect(proxy.requests).toHaveLength(3);
    expect(new Set(proxy.requests.map((q) => q.headers['idempotency-key'])).size).toBe(1);
    expect(proxy.requests[0].headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('429 with Retry-After', () => {
  it('honours Retry-After, keeps the idempotency key, and succeeds when the limit lifts', async () => {
    proxy.plan(firstN(1, apiError(429, { 'retry-after': '1' })));
    const { r, ms } = await call(...KEYED_WRITE);
    expect(r.isError, textOf(r)).toBeFalsy();
    expect(proxy.requests).toHaveLength(2);
    expect(new Set(proxy.requests.map((q) => q.headers['idempotency-key'])).size).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(950); // the 1 s it was told to wait
    expect(ms).toBeLessThan(TIMEOUT_MS);
  });

  it('a 429 that persists is retried at most 3 times, then reported as rate_limited', async () => {
    proxy.plan(always(apiError(429, { 'retry-after': '0' })));
    const { r } = await call(...KEYED_WRITE);
    expect(failure(r)).toMatchObject({ category: 'rate_limited', status: 429, retryable: true, retryAfterSeconds: 0 });
    expect(proxy.requests).toHaveLength(4);
    expect(new Set(proxy.requests.map((q) => q.headers['idempotency-key'])).size).toBe(1);
  });

  it('a Retry-After longer than the time left is reported at once, not slept into a timeout', async () => {
    proxy.plan(always(apiError(429, { 'retry-after': '10' })));
    const { r, ms } = await call(...KEYED_WRITE);
    expect(failure(r)).toMatchObject({ category: 'rate_limited', retryAfterSeconds: 10 });
    expect(proxy.requests).toHaveLength(1);
    expect(ms).toBeLessThan(1000);
  });
});

describe('a write without an idempotency key is sent exactly once under every retryable fault', () => {
  const cases: [string, Fault, string][] = [
    ['429 Retry-After 0', apiError(429, { 'retry-after': '0' }), 'rate_limited'],
    ['502', apiError(502), 'upstream_unavailable'],
    ['503', apiError(503), 'upstream_unavailable'],
    ['504', apiError(504), 'upstream_unavailable'],
    ['502 HTML page from a proxy', { kind: 'status', status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }, 'upstream_unavailable'],
    ['connection dropped before the answer', { kind: 'drop' }, 'upstream_unavailable'],
    ['connection reset after the headers', { kind: 'reset-after-headers', partial: '{"data":{"exit_' }, 'upstream_unavailable'],
  ];
  for (const [what, fault, category] of cases) {
    it(what, async () => {
      proxy.plan(always(fault));
      const { r } = await call(...KEYLESS_WRITE);
      expect(failure(r)).toMatchObject({ category, tool: 'sandbox_exec' });
      expect(proxy.requests).toHaveLength(1);
      expect(proxy.requests[0].headers['idempotency-key']).toBeUndefined();
    });
  }
});

describe('answers that are not what was promised', () => {
  it('connection reset mid-response on a GET: a clear error, no crash', async () => {
    proxy.plan(always({ kind: 'reset-after-headers', partial: '{"data":{"id":"sbx_f1","state":"runn' }));
    const { r, ms } = await call(...GET);
    const f = failure(r);
    expect(f).toMatchObject({ category: 'upstream_unavailable', retryable: true });
    expect(String(f.message)).toMatch(/Could not reach MIOSA/);
    expect(ms).toBeLessThan(TIMEOUT_MS);
  });

  it('truncated JSON (complete HTTP answer, cut body)', async () => {
    proxy.plan(always({ kind: 'raw', contentType: 'application/json', body: '{"data": {"id": "sbx_f1", "sta' }));
    const { r } = await call(...GET);
    expect(failure(r)).toMatchObject({ category: 'upstream_error' });
    expect(textOf(r)).toMatch(/not valid JSON/);
  });

  it('invalid JSON', async () => {
    proxy.plan(always({ kind: 'raw', contentType: 'application/json', body: "{'data': NaN, }" }));
    const { r } = await call('sandbox_list', {});
    expect(failure(r)).toMatchObject({ category: 'upstream_error' });
    expect(textOf(r)).toMatch(/not valid JSON/);
  });

  it('HTML where JSON was promised (a captive portal or a misconfigured MIOSA_BASE_URL)', async () => {
    proxy.plan(always({ kind: 'raw', contentType: 'text/html; charset=utf-8', body: '<!doctype html><html><body>Sign in to Wi-Fi</body></html>' }));
    const { r } = await call(...GET);
    expect(failure(r)).toMatchObject({ category: 'upstream_error' });
    expect(textOf(r)).toMatch(/not valid JSON.*MIOSA_BASE_URL/s);
  });

  it('JSON where a screenshot (image/png) was promised', async () => {
    proxy.plan(always({ kind: 'raw', contentType: 'application/json', body: '{"data":{"ok":true}}' }));
    const { r } = await call('desktop_screenshot', { computerId: 'comp_f1' });
    expect(failure(r)).toMatchObject({ category: 'upstream_error', status: 200 });
    expect(textOf(r)).toMatch(/application\/json where an image was expected/);
    expect(r.content.some((c) => c.type === 'image')).toBe(false);
  });
});

describe('a 50 MB answer', () => {
  const FIFTY_MB = 50 * 1024 * 1024;

  it('is refused as too large, announced or not, and the server does not keep it in memory', async () => {
    // Warm up, then take the baseline: the first calls load code and fill caches.
    for (let i = 0; i < 3; i++) expect((await call('sandbox_list', {})).r.isError).toBeFalsy();
    const before = await rssOf(srv.child.pid!);
    const samples: number[] = [];
    for (const declareLength of [true, false, true, false, true, false]) {
      proxy.reset();
      proxy.plan(always({ kind: 'huge', bytes: FIFTY_MB, declareLength }));
      const { r, ms } = await call('sandbox_list', {});
      expect(failure(r)).toMatchObject({ category: 'upstream_error', retryable: false });
      expect(textOf(r)).toMatch(/larger than 8 MiB; it was not read/);
      expect(proxy.requests).toHaveLength(1);
      expect(ms).toBeLessThan(TIMEOUT_MS);
      // Announced: refused from the headers. Chunked: reading stops at the cap, well short of 50 MB.
      expect(proxy.hugeBytesWritten).toBeLessThan(declareLength ? 8 * 1024 * 1024 : 20 * 1024 * 1024);
      samples.push(await rssOf(srv.child.pid!));
    }
    const growth = Math.max(...samples) - before;
    console.log(
      `50 MB answers x6: RSS before ${(before / 2 ** 20).toFixed(1)} MiB, after each ${samples.map((s) => (s / 2 ** 20).toFixed(1)).join(', ')} MiB; max growth ${(growth / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(growth).toBeLessThan(60 * 1024 * 1024);
  });
});

describe('after every fault', () => {
  it('the server still lists its tools and makes a good call', async () => {
    expect((await client.listTools()).tools).toHaveLength(145);
    const { r } = await call(...GET);
    expect(r.isError, textOf(r)).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ id: expect.any(String) });
    expect(proxy.requests.map((q) => q.path)).toEqual(['/api/v1/sandboxes/sbx_f1']);
    const health = await fetch(srv.url.replace('/mcp', '/healthz'));
    expect(await health.json()).toMatchObject({ ok: true });
    // And a client that connects afresh is served too.
    const fresh = await httpClient(srv.url, { Authorization: `Bearer ${KEY}` });
    expect((await fresh.callTool({ name: 'sandbox_list', arguments: {} })).isError).toBeFalsy();
    await fresh.close();
  });
});
