// The error policy, case by case: each failure reads as category, status and guidance a user can act
// on, retries happen only where they are safe, and the key never shows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connect, errorOf, KEY, quickSleep, text, type Connected } from '../support/harness.js';
import { startRecordingUpstream, type RecordingUpstream } from '../support/recording-upstream.js';

let up: RecordingUpstream;
let mcp: Connected;
const sleeps: number[] = [];

beforeAll(async () => {
  up = await startRecordingUpstream();
  mcp = await connect({
    upstreamUrl: up.url,
    credentials: { apiKey: KEY },
    timeoutMs: 1500,
    sleep: (ms, signal) => (sleeps.push(ms), quickSleep(ms, signal)),
  });
});
afterAll(async () => {
  await mcp.close();
  await up.close();
});
beforeEach(() => {
  up.requests.length = 0;
  up.aborted.length = 0;
  sleeps.length = 0;
  up.respond(undefined);
});

const apiError = (status: number, code: string, message: string, details?: object, headers?: Record<string, string>) => () => ({
  status,
  headers,
  body: { error: { code, message, ...(details ? { details } : {}), request_id: 'req_42' } },
});

describe('answers from MIOSA', () => {
  it('401: the key was refused; check it under API Keys', async () => {
    up.respond(apiError(401, 'UNAUTHORIZED', 'Invalid or revoked API key.'));
    const r = await mcp.call('sandbox_list');
    expect(errorOf(r)).toMatchObject({ category: 'unauthenticated', status: 401, code: 'UNAUTHORIZED', requestId: 'req_test_1', retryable: false, tool: 'sandbox_list' });
    expect(text(r)).toMatch(/refused the API key.*Dashboard → Settings → API Keys/s);
    expect(up.requests.length).toBe(1);
  });

  it('403: names the scope the operation needs', async () => {
    up.respond(apiError(403, 'SCOPE_NOT_ALLOWED', 'API key lacks scope.'));
    const r = await mcp.call('sandbox_create', {});
    expect(errorOf(r)).toMatchObject({ category: 'forbidden', status: 403 });
    expect(text(r)).toMatch(/sandbox_create needs the scope sandboxes:write.*API Keys/s);
  });

  it('402, 404, 409 and 422 each get their category and a hint', async () => {
    up.respond(apiError(402, 'INSUFFICIENT_CREDITS', 'Credit balance is too low.'));
    expect(errorOf(await mcp.call('sandbox_create', {}))).toMatchObject({ category: 'insufficient_credits', status: 402 });
    up.respond(apiError(404, 'NOT_FOUND', 'Sandbox sbx_x not found.'));
    const nf = await mcp.call('sandbox_get', { id: 'sbx_x' });
    expect(errorOf(nf)).toMatchObject({ category: 'not_found', status: 404, message: expect.stringContaining('sbx_x not found') });
    up.respond(apiError(409, 'SANDBOX_NOT_RUNNING', 'Sandbox is paused.', { state: 'paused' }));
    expect(text(await mcp.call('sandbox_exec', { id: 'sbx_1', command: 'ls' }))).toMatch(/Conflict.*The resource is paused/s);
    up.respond(apiError(422, 'VALIDATION_ERROR', 'size must be one of xs, small.', { field: 'size' }));
    expect(errorOf(await mcp.call('sandbox_create', {}))).toMatchObject({ category: 'invalid_arguments', field: 'size', status: 422 });
  });

  it('429 is retried after Retry-After with the same idempotency key, then reported if it persists', async () => {
    up.respond(apiError(429, 'RATE_LIMITED', 'Slow down.', undefined, { 'retry-after': '1' }));
    const r = await mcp.call('database_create', { name: 'db1', wait: false });
    expect(up.requests.length).toBe(4); // 1 + 3 retries
    expect(new Set(up.requests.map((q) => q.headers['idempotency-key'])).size).toBe(1);
    expect(sleeps).toEqual([1000, 1000, 1000]);
    expect(errorOf(r)).toMatchObject({ category: 'rate_limited', retryable: true, retryAfterSeconds: 1 });
  });

  it('a GET is retried on 502/503 and succeeds when MIOSA recovers', async () => {
    let n = 0;
    up.respond(() => (++n < 3 ? { status: n === 1 ? 502 : 503, body: { error: { code: 'UNAVAILABLE', message: 'busy' } } } : undefined));
    const r = await mcp.call('sandbox_list');
    expect(r.isError).toBeFalsy();
    expect(up.requests.length).toBe(3);
  });

  it('a write without an idempotency key is sent once, never twice, even on 503', async () => {
    up.respond(apiError(503, 'UNAVAILABLE', 'Overloaded.'));
    const r = await mcp.call('sandbox_exec', { id: 'sbx_1', command: 'rm -rf build' });
    expect(up.requests.length).toBe(1);
    expect(errorOf(r)).toMatchObject({ category: 'upstream_unavailable', status: 503, retryable: true });
  });

  it('a connection reset on a GET is retried; on a keyless POST it is not', async () => {
    let n = 0;
    up.respond(() => (++n === 1 ? { reset: true } : undefined));
    expect((await mcp.call('sandbox_get', { id: 'sbx_1' })).isError).toBeFalsy();
    expect(up.requests.length).toBe(2);
    up.requests.length = 0;
    up.respond(() => ({ reset: true }));
    const r = await mcp.call('sandbox_exec', { id: 'sbx_1', command: 'ls' });
    expect(up.requests.length).toBe(1);
    expect(errorOf(r)).toMatchObject({ category: 'upstream_unavailable' });
  });

  it('500 is an upstream error; invalid JSON is an upstream error, not a crash', async () => {
    up.respond(apiError(500, 'INTERNAL_ERROR', 'Boom.'));
    expect(errorOf(await mcp.call('sandbox_exec', { id: 'sbx_1', command: 'ls' }))).toMatchObject({ category: 'upstream_error', status: 500 });
    up.respond(() => ({ headers: { 'content-type': 'application/json' }, body: '{"data": {"id": "sbx_' }));
    const r = await mcp.call('sandbox_get', { id: 'sbx_1' });
    expect(errorOf(r)).toMatchObject({ category: 'upstream_error' });
    expect(text(r)).toMatch(/not valid JSON/);
  });

  it('no answer within MIOSA_TIMEOUT_MS: says so with the value and how to raise it', async () => {
    up.respond(() => ({ delayMs: 3000 }));
    const started = Date.now();
    const r = await mcp.call('sandbox_get', { id: 'sbx_1' });
    expect(Date.now() - started).toBeLessThan(2800);
    expect(errorOf(r)).toMatchObject({ category: 'timeout', retryable: true });
    expect(text(r)).toMatch(/within 1500 ms \(MIOSA_TIMEOUT_MS=1500\).*2–8 s.*Raise MIOSA_TIMEOUT_MS/s);
  });

  it('the key never appears in an error, even if MIOSA echoes it', async () => {
    up.respond(apiError(401, 'UNAUTHORIZED', `Key ${KEY} is revoked.`));
    const r = await mcp.call('sandbox_list');
    expect(JSON.stringify(r)).not.toContain(KEY);
  });
});

describe('refused before anything is sent', () => {
  it('invalid arguments name the field and what was expected', async () => {
    const r = await mcp.call('sandbox_create', { size: 'huge' });
    expect(errorOf(r)).toMatchObject({ category: 'invalid_arguments', field: 'size' });
    expect(text(r)).toMatch(/size.*xs.*small/s);
    const missing = await mcp.call('sandbox_exec', { id: 'sbx_1' });
    expect(errorOf(missing)).toMatchObject({ field: 'command' });
    const unknown = await mcp.call('sandbox_get', { id: 'sbx_1', sandboxId: 'x' });
    expect(text(unknown)).toMatch(/unknown argument sandboxId; the tool takes id/);
    expect(up.requests.length).toBe(0);
  });

  it('exactly one of sandboxId and computerId', async () => {
    const r = await mcp.call('cron_create', { schedule: '* * * * *', command: 'true', sandboxId: 'sbx_1', computerId: 'comp_1' });
    expect(errorOf(r)).toMatchObject({ category: 'invalid_arguments', field: 'sandboxId|computerId' });
    expect(text(r)).toMatch(/exactly one of sandboxId, computerId/);
    expect(up.requests.length).toBe(0);
  });

  it('an id or path that is a "." or ".." segment is invalid_arguments naming the argument, not a network failure', async () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['docker_deploy_publish', { sandboxId: '..', templateId: 't' }, 'sandboxId', /^sandboxId "\.\." cannot be used as an id: .*"\." or "\.\." segment/],
      ['sandbox_get', { id: '.' }, 'id', /^id "\." cannot be used as an id: /],
      ['storage_object_get', { bucket: '..', key: 'a' }, 'bucket', /^bucket "\.\." cannot be used in the request path: /],
      ['sandbox_file_read', { id: 'sbx_1', path: '/workspace/../etc/shadow' }, 'path', /^path "\/workspace\/\.\.\/etc\/shadow" cannot be used: it has a "\." or "\.\." segment/],
      ['storage_object_get', { bucket: 'b1', key: 'site/./index.html' }, 'key', /^key "site\/\.\/index\.html" cannot be used: /],
    ];
    for (const [name, args, field, message] of cases) {
      const r = await mcp.call(name, args);
      expect(errorOf(r), `${name} ${JSON.stringify(args)}`).toMatchObject({ category: 'invalid_arguments', retryable: false, field, tool: name });
      expect(String(errorOf(r).message)).toMatch(message);
      expect(String(errorOf(r).hint)).toMatch(/nothing was sent to MIOSA/);
    }
    expect(up.requests).toHaveLength(0);
    // Not a dot segment once encoded: sent as one segment.
    expect((await mcp.call('sandbox_get', { id: '../x' })).isError).toBeFalsy();
    expect(up.requests.at(-1)?.path).toBe('/api/v1/sandboxes/..%2Fx');
    // The same refusal for an id MIOSA gave (the active sandbox) is not the caller's to fix.
    up.requests.length = 0;
    up.respond(() => ({ body: { data: [{ id: '..', state: 'running', created_at: '2026-01-01T00:00:00Z' }] } }));
    const fromMiosa = await mcp.call('sandbox_exec', { command: 'ls' });
    expect(errorOf(fromMiosa)).toMatchObject({ category: 'upstream_error', retryable: false });
    expect(text(fromMiosa)).toMatch(/id "\.\.", taken from an earlier answer of MIOSA, is a "\." or "\.\." path segment/);
    expect(up.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /api/v1/sandboxes']);
  });

  it('a header argument with CR, LF, NUL or a non-byte character is invalid_arguments naming it, not a network failure', async () => {
    for (const [key, why] of [
      ['a\r\nX-Injected: 1', /line break/],
      ['nul\u0000byte', /NUL/],
      ['key-😀', /not a single byte/],
      ['bell\u0007', /control character/],
    ] as const) {
      const r = await mcp.call('database_create', { name: 'db_h', wait: false, idempotencyKey: key });
      expect(errorOf(r), JSON.stringify(key)).toMatchObject({ category: 'invalid_arguments', retryable: false, field: 'idempotencyKey' });
      expect(String(errorOf(r).message)).toMatch(/^idempotencyKey ".*" cannot be sent as the Idempotency-Key header: it contains /s);
      expect(String(errorOf(r).message)).toMatch(why);
      expect(text(r)).toMatch(/omit idempotencyKey/);
    }
    expect(up.requests).toHaveLength(0);
    // Surrounding whitespace is dropped by the platform, not refused.
    expect((await mcp.call('database_create', { name: 'db_h', wait: false, idempotencyKey: ' k-1\n' })).isError).toBeFalsy();
    expect(up.requests.at(-1)?.headers['idempotency-key']).toBe('k-1');
  });

  it('a file path or object key with an empty segment is invalid_arguments, not a request to another route', async () => {
    for (const [name, args, field] of [
      ['sandbox_file_read', { id: 'sbx_1', path: '/workspace/app/' }, 'path'],
      ['storage_object_get', { bucket: 'b1', key: 'site//index.html' }, 'key'],
    ] as const) {
      const r = await mcp.call(name, args);
      expect(errorOf(r), name).toMatchObject({ category: 'invalid_arguments', retryable: false, field });
      expect(String(errorOf(r).message)).toMatch(/cannot be used: it has an empty segment \(a doubled or trailing "\/"\)/);
    }
    expect(up.requests).toHaveLength(0);
    // A leading slash is not an empty segment: /workspace/a.txt is the usual form.
    expect((await mcp.call('sandbox_file_read', { id: 'sbx_1', path: '/workspace/a.txt' })).isError).toBeFalsy();
    expect(up.requests.at(-1)?.path).toBe('/api/v1/sandboxes/sbx_1/files/workspace/a.txt');
  });

  it('content that is not base64 while encoding says base64 is refused, not sent as whatever Node salvages', async () => {
    for (const [name, args, field] of [
      ['storage_object_put', { bucket: 'b1', key: 'a.bin', content: '*not base64*', encoding: 'base64' }, 'content'],
      ['storage_object_put', { bucket: 'b1', key: 'a.bin', content: '==', encoding: 'base64' }, 'content'],
      ['sandbox_files_write_many', { id: 'sbx_1', files: [{ path: 'a', content: 'aGk=', encoding: 'base64' }, { path: 'b', content: 'é', encoding: 'base64' }] }, 'files[].content'],
    ] as const) {
      const r = await mcp.call(name, args);
      expect(errorOf(r), `${name} ${JSON.stringify(args)}`).toMatchObject({ category: 'invalid_arguments', retryable: false, field });
      expect(text(r)).toMatch(/is not base64 \(encoding is "base64"\).*encoding "utf8"/s);
    }
    expect(up.requests).toHaveLength(0);
    // Line-wrapped and URL-safe base64 are base64.
    expect((await mcp.call('storage_object_put', { bucket: 'b1', key: 'a.bin', content: 'aGVs\nbG8=', encoding: 'base64' })).isError).toBeFalsy();
    expect(up.requests.at(-1)?.body.toString()).toBe('hello');
    expect((await mcp.call('storage_object_put', { bucket: 'b1', key: 'b.bin', content: '-_8', encoding: 'base64' })).isError).toBeFalsy();
    expect([...up.requests.at(-1)!.body]).toEqual([0xfb, 0xff]);
  });

  it('no MIOSA_API_KEY: every call says how to set it', async () => {
    const keyless = await connect({ upstreamUrl: up.url, credentials: undefined });
    const r = await keyless.call('sandbox_list');
    expect(errorOf(r)).toMatchObject({ category: 'unauthenticated' });
    expect(text(r)).toMatch(/MIOSA_API_KEY is not set.*Export MIOSA_API_KEY=msk_u_.*by reference.*never goes in the file/s);
    expect(up.requests.length).toBe(0);
    await keyless.close();
  });
});

describe('cancellation', () => {
  it('a cancelled call aborts its upstream request', async () => {
    up.respond(() => ({ delayMs: 5000 }));
    const ac = new AbortController();
    const pending = mcp.client.callTool({ name: 'sandbox_get', arguments: { id: 'sbx_1' } }, undefined, { signal: ac.signal });
    while (up.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
    ac.abort();
    await expect(pending).rejects.toThrow();
    for (let i = 0; i < 100 && up.aborted.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(up.aborted.map((q) => q.path)).toEqual(['/api/v1/sandboxes/sbx_1']);
  });
});
