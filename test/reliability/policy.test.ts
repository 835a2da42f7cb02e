// Issue 15, part B: one total error policy, one redaction rule and one loopback rule, bounded error
// results and images, deep nesting refused where it enters. Each case drives the server as a client
// would (an MCP client in-process, or over HTTP) against a recording stand-in for MIOSA.
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rpc } from '../support/cli.js';
import { startEmulator } from '../../emulator/index.js';
import type { CallEnv } from '../../src/call.js';
import { normalizeBaseUrl, type Credentials } from '../../src/settings.js';
import { scrub } from '../../src/commands/doctor/report.js';
import { startHttp } from '../../src/http.js';
import { BodyTooLarge, type Net } from '../../src/keepalive-fetch.js';
import { isLoopbackHost } from '../../vocabulary/loopback.js';
import { redact } from '../../src/redact.js';
import { buildServer } from '../../src/server.js';
import { SurfaceCache } from '../../src/surface.js';
import { errorOf, quickSleep, surface, text } from '../support/harness.js';
import { startRecordingUpstream, TINY_PNG, type RecordingUpstream } from '../support/recording-upstream.js';

let up: RecordingUpstream;
beforeAll(async () => {
  up = await startRecordingUpstream();
});
afterAll(() => up.close());
afterEach(() => {
  up.respond(undefined);
  up.requests.length = 0;
  vi.restoreAllMocks();
});

const KEY = 'msk_u_policy_key_7Hq2';

/** An MCP client on a server built as stdio builds it: one caller, its key from the environment. */
async function connectWith(opts: { credentials?: Credentials; fetch?: Net; maxResultTokens?: number; timeoutMs?: number } = {}) {
  const env: CallEnv = {
    credentials: opts.credentials ?? { apiKey: KEY },
    upstream: { baseUrl: normalizeBaseUrl(up.url), timeoutMs: opts.timeoutMs ?? 5000, sleep: quickSleep, ...(opts.fetch ? { fetch: opts.fetch } : {}) },
    maxResultTokens: opts.maxResultTokens,
  };
  const server = buildServer(surface, env);
  const [a, b] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'policy-test', version: '0' });
  await Promise.all([server.connect(a), client.connect(b)]);
  return {
    call: async (name: string, args: Record<string, unknown> = {}) => (await client.callTool({ name, arguments: args })) as CallToolResult,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

async function callOnce(name: string, args: Record<string, unknown>, opts: Parameters<typeof connectWith>[0] = {}): Promise<CallToolResult> {
  const mcp = await connectWith(opts);
  try {
    return await mcp.call(name, args);
  } finally {
    await mcp.close();
  }
}

/** The HTTP transport in-process, on a free loopback port, in front of the recording upstream. */
function startLocalHttp(): Promise<HttpServer> {
  return startHttp(new SurfaceCache(surface), {
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: 1 << 20,
    allowedHosts: [],
    allowedOrigins: [],
    upstream: { baseUrl: normalizeBaseUrl(up.url), timeoutMs: 5000, sleep: quickSleep },
    log: () => {},
  });
}

/** Everything a client reads of a result, image bytes aside. */
const readable = (r: CallToolResult) => JSON.stringify({ t: text(r), s: r.structuredContent ?? null });

/** Collects what the server writes to stderr while `work` runs. */
async function stderrOf<T>(work: () => Promise<T>): Promise<{ value: T; stderr: string }> {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => ((stderr += String(chunk)), true));
  const value = await work();
  vi.restoreAllMocks();
  return { value, stderr };
}

describe('a total error policy (finding 14)', () => {
  it('a key that cannot be sent is unauthenticated, not an outage to retry', async () => {
    const r = await callOnce('sandbox_list', {}, { credentials: { apiKey: 'msk_u_abc def' } });
    expect(errorOf(r)).toMatchObject({ category: 'unauthenticated', retryable: false });
    expect(text(r)).toMatch(/copy the API key again/);
    expect(text(r)).not.toMatch(/Check the network|Could not reach/);
    expect(up.requests).toHaveLength(0);
  });

  it('a bug (a TypeError that is no connection failure) is internal: sent once, not retried, an id to report, the stack on stderr without the key', async () => {
    let attempts = 0;
    const buggy: Net = async () => {
      attempts++;
      throw new TypeError(`Cannot read properties of undefined (reading 'status') near ${KEY}`);
    };
    const { value: r, stderr } = await stderrOf(() => callOnce('sandbox_list', {}, { fetch: buggy }));
    const f = errorOf(r);
    expect(f).toMatchObject({ category: 'internal', retryable: false });
    expect(f.requestId).toMatch(/^mcp_[0-9a-f]{16}$/);
    expect(text(r)).toContain(String(f.requestId));
    expect(text(r)).not.toMatch(/Could not reach|Cannot read properties/);
    expect(attempts).toBe(1);
    expect(stderr).toContain(`internal error ${f.requestId} in sandbox_list`);
    expect(stderr).toMatch(/TypeError: Cannot read properties[\s\S]*\n\s+at /);
    expect(stderr).not.toContain(KEY);
    expect(readable(r)).not.toContain(KEY);
  });

  it('a real connection failure is still retried for a safe request and reported as upstream_unavailable', async () => {
    let attempts = 0;
    const refused: Net = async () => {
      attempts++;
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    };
    const r = await callOnce('sandbox_list', {}, { fetch: refused });
    expect(errorOf(r)).toMatchObject({ category: 'upstream_unavailable', retryable: true });
    expect(text(r)).toMatch(/Could not reach MIOSA: ECONNREFUSED/);
    expect(attempts).toBe(4);
  });

  it('errors are told apart by class: an error merely named BodyTooLarge is not one', async () => {
    const real = await callOnce('sandbox_list', {}, { fetch: async () => Promise.reject(new BodyTooLarge(8 * 1024 * 1024)) });
    expect(errorOf(real)).toMatchObject({ category: 'upstream_error', retryable: false });
    expect(text(real)).toMatch(/larger than 8 MiB/);
    const impostor = Object.assign(new Error('something else'), { name: 'BodyTooLarge' });
    const fake = await stderrOf(() => callOnce('sandbox_list', {}, { fetch: async () => Promise.reject(impostor) }));
    expect(errorOf(fake.value)).toMatchObject({ category: 'internal' });
  });

  it('a missing path parameter is the caller\'s to fix, not an outage', async () => {
    // Only reachable through the handler (the schema requires ids); the generated wire code names it.
    const { pathSerializer } = await import('../../src/path-encoding.js');
    const { exceptionFailure } = await import('../../src/errors.js');
    const { sandboxGet } = await import('../../generated/tools/sandbox_get.js');
    let thrown: unknown;
    try {
      pathSerializer()('/sandboxes/{id}', {});
    } catch (err) {
      thrown = err;
    }
    expect(exceptionFailure(sandboxGet, thrown, 1000)).toMatchObject({ category: 'invalid_arguments', field: 'id', retryable: false });
  });

  it('a call the client cancelled has its own category (cancelled), not internal, and logs nothing', async () => {
    const { callTool } = await import('../../src/call.js');
    const { sandboxList } = await import('../../generated/tools/sandbox_list.js');
    up.respond(() => ({ delayMs: 2000, body: { data: [] } }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('client cancelled')), 50);
    const env: CallEnv = { credentials: { apiKey: KEY }, upstream: { baseUrl: normalizeBaseUrl(up.url), timeoutMs: 5000, sleep: quickSleep } };
    const { value: r, stderr } = await stderrOf(() => callTool(sandboxList, {}, env, ac.signal));
    expect(errorOf(r)).toMatchObject({ category: 'cancelled', retryable: false });
    expect(stderr).toBe('');
  });

  it('a bad ?dynamic= or ?readonly= names that setting, not read-only', async () => {
    const http = await startLocalHttp();
    try {
      const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`;
      const init = { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} };
      for (const [query, header, name] of [
        ['?dynamic=maybe', {}, /dynamic \(\?dynamic= or the X-MCP-Dynamic header\) must be true or false \(got "maybe"\)/],
        ['', { 'X-MCP-Dynamic': 'perhaps' }, /dynamic .* must be true or false \(got "perhaps"\)/],
        ['?readonly=sure', {}, /readonly .* must be true or false/],
      ] as const) {
        const res = await rpc(`${base}${query}`, init, header);
        expect(res.status).toBe(400);
        const message = ((await res.json()) as { error: { message: string } }).error.message;
        expect(message).toMatch(name);
        if (query.includes('dynamic') || 'X-MCP-Dynamic' in header) expect(message).not.toMatch(/read-only/);
      }
    } finally {
      await new Promise((r) => http.close(r));
    }
  });
});

describe('one loopback rule (finding 14)', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', true],
    ['127.0.0.2', true],
    ['127.255.255.254', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['[::1]', true],
    ['::1', true],
    ['127.0.0.256', false],
    ['127.0.0.1.evil.example', false],
    ['localhost.evil.example', false],
    ['0.0.0.0', false],
    ['10.0.0.1', false],
    ['[::]', false],
    ['evil.example', false],
  ];

  it('the rule itself', () => {
    for (const [host, loop] of cases) expect(isLoopbackHost(host), host).toBe(loop);
  });

  it('MIOSA_BASE_URL, the HTTP Host check and the emulator bind agree, 127.0.0.2 included', async () => {
    const http = await startLocalHttp();
    const port = (http.address() as AddressInfo).port;
    try {
      for (const host of ['127.0.0.2', 'localhost', '0.0.0.0', 'evil.example']) {
        const loop = isLoopbackHost(host);
        // http:// is allowed only where the rule says loopback.
        const url = () => normalizeBaseUrl(`http://${host}:4010`);
        if (loop) expect(url()).toBe(`http://${host}:4010/api/v1`);
        else expect(url).toThrow(/must use https/);
        // The Host header a local listener accepts.
        const status = await hostStatus(port, `${host}:${port}`);
        expect(status, host).toBe(loop ? 200 : 403);
      }
      // The emulator binds where the rule allows, and nowhere else.
      const emu = await startEmulator({ host: '127.0.0.2', port: 0, bootMs: 0 });
      expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
      await emu.close();
      await expect(startEmulator({ host: '0.0.0.0', port: 0 })).rejects.toThrow(/loopback only/);
    } finally {
      await new Promise((r) => http.close(r));
    }
  });
});

/** The status of GET /healthz sent with this Host header (fetch does not let a caller set Host). */
async function hostStatus(port: number, host: string): Promise<number> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('redaction in one place (finding 7)', () => {
  it('over HTTP a short key that is accepted (msk_u_abc) is also redacted when MIOSA echoes it', async () => {
    const http = await startLocalHttp();
    const client = new Client({ name: 'redact-http', version: '0' });
    try {
      const url = new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`);
      await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { Authorization: 'Bearer msk_u_abc' } } }));
      up.respond((q) => ({ status: 401, body: { error: { code: 'UNAUTHORIZED', message: `Invalid API key ${q.headers.authorization}` } } }));
      const refused = (await client.callTool({ name: 'sandbox_list', arguments: {} })) as CallToolResult;
      expect(errorOf(refused)).toMatchObject({ category: 'unauthenticated' });
      up.respond((q) => ({ body: { data: { id: 'sbx_1', state: 'running', note: `hello ${q.headers.authorization}` } } }));
      const ok = (await client.callTool({ name: 'sandbox_get', arguments: { id: 'sbx_1' } })) as CallToolResult;
      expect(ok.isError).toBeFalsy();
      for (const r of [refused, ok]) {
        expect(readable(r)).not.toContain('msk_u_abc');
        expect(readable(r)).toContain('msk_…');
      }
    } finally {
      await client.close();
      await new Promise((r) => http.close(r));
    }
  });

  it('over stdio the exact key goes, whatever its shape, from errors and from successful results', async () => {
    for (const key of ['msk_u_abc.SECRETPART99', 'sk-live-Zx81SECRETtail', 'msk_u_q"uote\\back', 'msk_u_a/b+SECRET=']) {
      const echo = (q: { headers: Record<string, string> }) => q.headers.authorization.replace(/^Bearer /, '');
      const mcp = await connectWith({ credentials: { apiKey: key } });
      up.respond((q) => ({ status: 422, body: { error: { code: `E_${echo(q)}`, message: `bad key ${echo(q)}`, request_id: echo(q) } } }));
      const failed = await mcp.call('sandbox_list');
      up.respond((q) => ({ body: { data: { id: 'sbx_1', state: 'running', [`k_${echo(q)}`]: echo(q), nested: [{ seen: `Bearer ${echo(q)}`, next: `https://x.example/?key=${encodeURIComponent(echo(q))}` }] } } }));
      const ok = await mcp.call('sandbox_get', { id: 'sbx_1' });
      // A long output is trimmed: the cut must not leave a piece of the key behind.
      const stdout = `${'x'.repeat(400_000)} ${echo({ headers: { authorization: `Bearer ${key}` } })} ${'y'.repeat(400_000)}`;
      up.respond(() => ({ body: { data: { exit_code: 0, stdout, stderr: '', duration_ms: 1 } } }));
      const long = await mcp.call('sandbox_exec', { id: 'sbx_1', command: 'cat .env' });
      await mcp.close();
      expect(failed.isError, key).toBe(true);
      expect(ok.isError, key).toBeFalsy();
      expect(long.isError, key).toBeFalsy();
      for (const r of [failed, ok, long]) {
        const seen = readable(r);
        expect(seen, key).not.toContain(key);
        expect(seen, key).not.toContain('SECRET');
        expect(seen, key).not.toContain(JSON.stringify(key).slice(1, -1));
        expect(seen, key).not.toContain(encodeURIComponent(key));
      }
    }
  });

  it('the server and doctor find keys by the same rule', () => {
    // The rule itself, pinned: a pattern that matched nothing would otherwise leave both agreeing.
    const cases: Array<[string, boolean]> = [
      ['msk_u_abc', true],
      ['msk_abcd', true],
      ['msk_u_' + 'z'.repeat(60), true],
      ['token msk_live_x-y_z end', true],
      ['msk_ab', false],
      ['msk_u_', false],
      ['sk-live-abc', false],
    ];
    for (const [s, isKey] of cases) {
      expect(redact(s) !== s, s).toBe(isKey);
      expect(scrub(s) !== s, s).toBe(isKey);
    }
  });
});

describe('bounded error results (finding 5)', () => {
  it('a 422 whose message is 7 MiB stays within MIOSA_MAX_RESULT_TOKENS in the text and in structuredContent', async () => {
    const huge = `field x is wrong: ${'e'.repeat(7 * 1024 * 1024)} (end)`;
    up.respond(() => ({ status: 422, body: { error: { code: 'VALIDATION_ERROR', message: huge } } }));
    const budgetTokens = 2000;
    const r = await callOnce('sandbox_list', {}, { maxResultTokens: budgetTokens });
    const f = errorOf(r);
    expect(f).toMatchObject({ category: 'invalid_arguments', status: 422 });
    const textChars = text(r).length;
    const structuredChars = JSON.stringify(r.structuredContent).length;
    // Three characters a token is how the budget is counted (result-budget.ts).
    expect(textChars + structuredChars).toBeLessThanOrEqual(budgetTokens * 3);
    for (const part of [text(r), String(f.message)]) {
      expect(part).toMatch(/field x is wrong/);
      expect(part).toMatch(/characters omitted/);
    }
  });
});

describe('images (findings 5 and 11)', () => {
  const shot = (contentType: string, body: Buffer) => () => ({ headers: { 'content-type': contentType }, body });
  const screenshot = () => callOnce('desktop_screenshot', { computerId: 'comp_1' });

  it('PNG, JPEG, GIF and WebP whose bytes match their type are returned as images', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xc0, 0x00, 0x11, 8, 0x03, 0x00, 0x04, 0x00, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.from(';')]);
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([30, 0, 0, 0]), Buffer.from('WEBPVP8L'), Buffer.from([10, 0, 0, 0, 0x2f, 0, 0, 0, 0, 0, 0, 0, 0, 0])]);
    for (const [type, bytes] of [['image/png', TINY_PNG], ['image/jpeg', jpeg], ['image/gif', gif], ['image/webp', webp]] as const) {
      up.respond(shot(type, bytes));
      const r = await screenshot();
      expect(r.isError, type).toBeFalsy();
      expect(r.content.find((c) => c.type === 'image')).toMatchObject({ mimeType: type, data: bytes.toString('base64') });
    }
  });

  it('SVG, bytes that are not what the type says, and a made-up type are refused, not passed as images', async () => {
    for (const [type, body, why] of [
      ['image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /not a PNG, JPEG, GIF or WebP/],
      ['image/png', Buffer.from('just some text, not a PNG at all'), /bytes are not a PNG image/],
      ['image/../../etc', TINY_PNG, /not a PNG, JPEG, GIF or WebP/],
      ['image/jpeg', TINY_PNG, /bytes are not a JPEG image/],
    ] as const) {
      up.respond(shot(type, body));
      const r = await screenshot();
      expect(errorOf(r), type).toMatchObject({ category: 'upstream_error', retryable: false });
      expect(text(r), type).toMatch(why);
      expect(r.content.some((c) => c.type === 'image'), type).toBe(false);
      expect(readable(r)).not.toContain('<script>');
    }
  });

  it('an oversized image is refused with a hint to fetch the file with the file tools', async () => {
    // 7 MiB of PNG: past what a model takes.
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(7 * 1024 * 1024)]);
    up.respond(shot('image/png', big));
    const r = await screenshot();
    expect(errorOf(r)).toMatchObject({ category: 'upstream_error', retryable: false });
    expect(text(r)).toMatch(/7\.0 MiB.*not returned.*computer_file_read/s);
    expect(JSON.stringify(r).length).toBeLessThan(10_000);
    // Small in bytes, but 20000×20000 pixels: more tokens than the result budget.
    const wide = Buffer.from(TINY_PNG);
    wide.writeUInt32BE(20_000, 16);
    wide.writeUInt32BE(20_000, 20);
    up.respond(shot('image/png', wide));
    const tall = await screenshot();
    expect(text(tall)).toMatch(/20000×20000 pixels.*MIOSA_MAX_RESULT_TOKENS/s);
  });
});

describe('deep nesting (finding 12)', () => {
  const nest = (levels: number): unknown => {
    let v: unknown = 'core';
    for (let i = 0; i < levels; i++) v = { a: v };
    return v;
  };

  it('an argument nested 5,000 levels is invalid_arguments, not retryable, and nothing is sent', async () => {
    const r = await callOnce('function_invoke', { id: 'fn_1', payload: nest(5000) });
    expect(errorOf(r)).toMatchObject({ category: 'invalid_arguments', field: 'payload', retryable: false });
    expect(text(r)).toMatch(/nests deeper than 128 levels/);
    expect(up.requests).toHaveLength(0);
    // A payload nested a reasonable depth still goes through.
    const ok = await callOnce('function_invoke', { id: 'fn_1', payload: nest(50) });
    expect(ok.isError).toBeFalsy();
  });

  it('an answer nested 1M levels is a non-retryable upstream_error, not an outage', async () => {
    const levels = 1_000_000;
    up.respond(() => ({ body: `{"data":{"id":"sbx_1","deep":${'['.repeat(levels)}${']'.repeat(levels)}}}` }));
    const r = await callOnce('sandbox_get', { id: 'sbx_1' });
    expect(errorOf(r)).toMatchObject({ category: 'upstream_error', retryable: false });
    expect(text(r)).toMatch(/nested deeper than 128 levels/);
    expect(text(r)).not.toMatch(/Could not reach|Maximum call stack/);
  });
});
