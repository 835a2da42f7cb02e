// upstream.ts on its own: the API client of one caller, driven through its `fetch` seam (no server),
// so each rule is checked where it is made: what goes on the wire, what is refused before sending,
// when a request is retried, and the deadline and sleep helpers.
import { describe, expect, it } from 'vitest';
import { DeadlinePassed, InvalidKey, RefusedDestination, UnsendableValue } from '../../src/errors.js';
import type { Net, NetInit } from '../../src/keepalive-fetch.js';
import { abortableSleep, createApi, headerValueProblem, isRetrySafe, MAX_RETRIES, withDeadline, type UpstreamOptions } from '../../src/upstream.js';

const BASE = 'http://127.0.0.1:9/api/v1';
const KEY = 'msk_u_unit_test_key';

interface Sent {
  url: URL;
  init: NetInit;
}

/** A network that records each request and answers from `answers` in turn (the last one repeats). */
function net(...answers: Array<() => Response | Promise<Response>>): { fetch: Net; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch: Net = async (url, init) => {
    sent.push({ url, init });
    return answers[Math.min(sent.length - 1, answers.length - 1)]!();
  };
  return { fetch, sent };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function api(fetch: Net, extra: Partial<UpstreamOptions> = {}, tenant?: string) {
  const slept: number[] = [];
  const opts: UpstreamOptions = { baseUrl: BASE, timeoutMs: 60_000, fetch, sleep: async (ms) => void slept.push(ms), ...extra };
  return { client: createApi({ apiKey: KEY, ...(tenant ? { tenant } : {}) }, opts), slept };
}
const signal = () => new AbortController().signal;

describe('createApi: what goes on the wire', () => {
  it('sends the key, the tenant, the user agent and JSON accept to the configured API', async () => {
    const n = net(json(200, { data: { id: 'sbx_1' } }));
    const { client } = api(n.fetch, {}, 'acme');
    const r = await client.GET('/sandboxes/{id}', { params: { path: { id: 'sbx_1' } }, signal: signal() });
    expect(r.data).toEqual({ data: { id: 'sbx_1' } });
    expect(n.sent).toHaveLength(1);
    const { url, init } = n.sent[0]!;
    expect(url.href).toBe(`${BASE}/sandboxes/sbx_1`);
    const h = new Headers(init.headers as ConstructorParameters<typeof Headers>[0]);
    expect(h.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(h.get('x-miosa-tenant')).toBe('acme');
    expect(h.get('accept')).toBe('application/json');
    expect(h.get('user-agent')).toMatch(/^miosa-mcp\//);
  });

  it('refuses a key that a header cannot carry, before anything is built', () => {
    expect(() => createApi({ apiKey: 'msk_u_with space' }, { baseUrl: BASE, timeoutMs: 1000 })).toThrow(InvalidKey);
    expect(() => createApi({ apiKey: 'msk_u_é' }, { baseUrl: BASE, timeoutMs: 1000 })).toThrow(InvalidKey);
  });

  it('encodes an id whole, and keeps the slashes of a file path segment by segment (the client-level serializer)', async () => {
    const n = net(json(200, { data: {} }));
    const { client } = api(n.fetch);
    await client.GET('/sandboxes/{id}', { params: { path: { id: 'a/b?c#d' } }, signal: signal() });
    await client.GET('/sandboxes/{id}/files/{path}', { params: { path: { id: 'sbx_1', path: '/workspace/my dir/a#1.txt' } }, signal: signal() });
    await client.GET('/storage/buckets/{bucket}/objects/{key}', { params: { path: { bucket: 'b/x', key: 'logs/2026/01.txt' } }, signal: signal() });
    expect(n.sent.map((s) => s.url.pathname)).toEqual([
      '/api/v1/sandboxes/a%2Fb%3Fc%23d',
      '/api/v1/sandboxes/sbx_1/files/workspace/my%20dir/a%231.txt',
      '/api/v1/storage/buckets/b%2Fx/objects/logs/2026/01.txt',
    ]);
  });

  it('refuses "." and ".." segments and empty segments before sending, naming the parameter', async () => {
    const n = net(json(200, {}));
    const { client } = api(n.fetch);
    const refused = async (p: Promise<unknown>) => {
      const err = await p.then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(UnsendableValue);
      return err as UnsendableValue;
    };
    expect((await refused(client.GET('/sandboxes/{id}', { params: { path: { id: '..' } }, signal: signal() }))).wire).toBe('id');
    const dot = await refused(client.GET('/sandboxes/{id}/files/{path}', { params: { path: { id: 'sbx_1', path: '/workspace/../etc/passwd' } }, signal: signal() }));
    expect([dot.wire, dot.problem]).toEqual(['path', 'a "." or ".." segment']);
    const empty = await refused(client.GET('/sandboxes/{id}/files/{path}', { params: { path: { id: 'sbx_1', path: '/workspace//a' } }, signal: signal() }));
    expect(empty.problem).toMatch(/empty segment/);
    // An id is one segment, so "a/.." inside it is encoded, not a dot segment.
    await client.GET('/sandboxes/{id}', { params: { path: { id: 'a/..' } }, signal: signal() });
    expect(n.sent.map((s) => s.url.pathname)).toEqual(['/api/v1/sandboxes/a%2F..']);
  });

  it('refuses a header value with a line break, naming the header', async () => {
    const n = net(json(200, {}));
    const { client } = api(n.fetch);
    const err = await client
      .POST('/sandboxes', { body: { name: 'x' } as never, params: { header: { 'Idempotency-Key': 'a\r\nX-Evil: 1' } } as never, signal: signal() })
      .then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(UnsendableValue);
    expect((err as UnsendableValue).wire).toBe('Idempotency-Key');
    expect(n.sent).toHaveLength(0);
  });

  it('never sends the key outside the configured API, whatever a path turns into', async () => {
    const n = net(json(200, {}));
    const { client } = api(n.fetch);
    for (const baseUrl of ['http://evil.example/api/v1', 'http://127.0.0.1:9/other', 'https://127.0.0.1:9/api/v1']) {
      const err = await client.GET('/sandboxes', { baseUrl, signal: signal() }).then(() => undefined, (e: unknown) => e);
      expect(err, baseUrl).toBeInstanceOf(RefusedDestination);
    }
    expect(n.sent).toHaveLength(0);
  });
});

describe('createApi: retries', () => {
  it('retries a safe request on 503, honouring Retry-After, then answers', async () => {
    const n = net(json(503, {}, { 'retry-after': '2' }), json(200, { data: { id: 'sbx_1' } }));
    const { client, slept } = api(n.fetch);
    const r = await client.GET('/sandboxes/{id}', { params: { path: { id: 'sbx_1' } }, signal: signal() });
    expect(r.response.status).toBe(200);
    expect(n.sent).toHaveLength(2);
    expect(slept).toEqual([2000]);
  });

  it('gives up after MAX_RETRIES and hands back the last answer', async () => {
    const n = net(json(502, { error: { code: 'BAD_GATEWAY' } }));
    const { client, slept } = api(n.fetch);
    const r = await client.GET('/sandboxes', { signal: signal() });
    expect(r.response.status).toBe(502);
    expect(n.sent).toHaveLength(MAX_RETRIES + 1);
    expect(slept).toHaveLength(MAX_RETRIES);
  });

  it('sends a write without an idempotency key once, even on 503 or a reset connection', async () => {
    const n = net(json(503, {}));
    const { client } = api(n.fetch);
    expect((await client.POST('/sandboxes', { body: { name: 'x' } as never, signal: signal() })).response.status).toBe(503);
    expect(n.sent).toHaveLength(1);
    const reset = net(() => Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })));
    const err = await api(reset.fetch).client.POST('/sandboxes', { body: { name: 'x' } as never, signal: signal() }).then(() => undefined, (e: unknown) => e);
    expect((err as Error).message).toMatch(/socket hang up/);
    expect(reset.sent).toHaveLength(1);
  });

  it('retries a write that carries an idempotency key, with the same key', async () => {
    const n = net(json(503, {}), json(201, { data: { id: 'sbx_2' } }));
    const { client } = api(n.fetch);
    const r = await client.POST('/sandboxes', { body: { name: 'x' } as never, params: { header: { 'Idempotency-Key': 'k-1' } } as never, signal: signal() });
    expect(r.response.status).toBe(201);
    expect(n.sent.map((s) => new Headers(s.init.headers as ConstructorParameters<typeof Headers>[0]).get('idempotency-key'))).toEqual(['k-1', 'k-1']);
  });

  it('does not wait past the time left: a long Retry-After is answered at once', async () => {
    const n = net(json(429, {}, { 'retry-after': '120' }));
    const { client, slept } = api(n.fetch, { timeoutMs: 10_000 });
    expect((await client.GET('/sandboxes', { signal: signal() })).response.status).toBe(429);
    expect(n.sent).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it('isRetrySafe: safe verbs, or a write with an idempotency key', () => {
    const req = (method: string, headers: Record<string, string> = {}) => new Request(`${BASE}/x`, { method, headers });
    expect(['GET', 'HEAD', 'PUT', 'DELETE'].map((m) => isRetrySafe(req(m)))).toEqual([true, true, true, true]);
    expect(isRetrySafe(req('POST'))).toBe(false);
    expect(isRetrySafe(req('PATCH'))).toBe(false);
    expect(isRetrySafe(req('POST', { 'Idempotency-Key': 'k' }))).toBe(true);
  });
});

describe('helpers', () => {
  it('headerValueProblem names what a header cannot carry, and accepts what fetch would trim', () => {
    expect(headerValueProblem('  fine-value\t')).toBeUndefined();
    expect(headerValueProblem('a\nb')).toMatch(/line break/);
    expect(headerValueProblem('a\0b')).toMatch(/NUL/);
    expect(headerValueProblem('a😀')).toMatch(/not a single byte/);
    expect(headerValueProblem('a\x07b')).toMatch(/control character/);
  });

  it('withDeadline: answers in time; past the time rejects with DeadlinePassed; the caller\'s cancel passes through', async () => {
    expect(await withDeadline(signal(), 1000, async () => 'done')).toBe('done');
    const hang = (s: AbortSignal) => new Promise((_, reject) => s.addEventListener('abort', () => reject(new Error('aborted'))));
    await expect(withDeadline(signal(), 5, hang)).rejects.toBeInstanceOf(DeadlinePassed);
    const outer = new AbortController();
    const p = withDeadline(outer.signal, 60_000, hang);
    outer.abort(new Error('cancelled by the caller'));
    await expect(p).rejects.toThrow('aborted');
  });

  it('withDeadline leaves no listener on the caller\'s signal once settled', async () => {
    const outer = new AbortController();
    let added = 0;
    let removed = 0;
    const add = outer.signal.addEventListener.bind(outer.signal);
    const remove = outer.signal.removeEventListener.bind(outer.signal);
    outer.signal.addEventListener = ((...a: Parameters<typeof add>) => (added++, add(...a))) as typeof add;
    outer.signal.removeEventListener = ((...a: Parameters<typeof remove>) => (removed++, remove(...a))) as typeof remove;
    for (let i = 0; i < 3; i++) await withDeadline(outer.signal, 1000, async () => i);
    expect([added, removed]).toEqual([3, 3]);
  });

  it('abortableSleep resolves, or rejects with the signal\'s reason', async () => {
    await expect(abortableSleep(1, signal())).resolves.toBeUndefined();
    const ac = new AbortController();
    const p = abortableSleep(60_000, ac.signal);
    ac.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
    await expect(abortableSleep(1, ac.signal)).rejects.toThrow('stop');
  });
});
