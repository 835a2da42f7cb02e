// Starting, stopping and scaling out: SIGTERM lets calls in flight finish while refusing new
// connections, stdio ends with its stdin, and two stateless HTTP servers behind a round-robin proxy
// carry one client's conversation with no session affinity.
import { spawn } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI, childEnv, httpClient, startHttpServer, stdioClient } from '../support/cli.js';
import { accepts, until } from '../support/hosted.js';
import { exampleReply, useRecordingUpstream } from '../support/recording-upstream.js';

const KEY = 'msk_u_lifecycle_key_1';
const upstream = useRecordingUpstream({ beforeAll, afterAll, beforeEach });

describe('graceful shutdown', () => {
  it('SIGTERM: calls in flight complete, new connections are refused, exit 0 promptly', async () => {
    upstream.current.respond((q) => (q.path.startsWith('/api/v1/sandboxes/sbx_slow') ? { ...exampleReply('getSandbox'), delayMs: 500 } : undefined));
    const srv = await startHttpServer({ MIOSA_BASE_URL: upstream.current.url });
    const port = Number(new URL(srv.url).port);
    const client = await httpClient(srv.url, { Authorization: `Bearer ${KEY}` });
    const exited = new Promise<{ code: number | null; at: number }>((r) => srv.child.once('exit', (code) => r({ code, at: Date.now() })));

    const N = 6;
    const calls = Array.from({ length: N }, (_, i) =>
      client.callTool({ name: 'sandbox_get', arguments: { id: `sbx_slow_${i}` } }).then((r) => ({ r: r as CallToolResult, at: Date.now() })),
    );
    await until(() => upstream.current.requests.filter((q) => q.path.includes('sbx_slow')).length === N, 5000, 'the calls to reach the upstream');
    const termAt = Date.now();
    srv.child.kill('SIGTERM');
    await until(() => /stopping/.test(srv.stderr()), 2000, 'the server to log that it is stopping');
    expect(await accepts(port)).toBe(false);

    const done = await Promise.all(calls);
    for (const [i, { r, at }] of done.entries()) {
      expect(r.isError, JSON.stringify(r)).toBeFalsy();
      expect(r.structuredContent).toMatchObject({ id: expect.any(String) });
      expect(at).toBeGreaterThan(termAt); // answered after the signal, not cut off by it
      expect(i).toBeLessThan(N);
    }
    expect(upstream.current.aborted).toHaveLength(0);
    const { code, at } = await exited;
    expect(code).toBe(0);
    console.log(`SIGTERM with ${N} calls in flight (upstream 500 ms): all answered, exit 0 after ${at - termAt} ms`);
    // Not a keep-alive timeout (5 s) later: the connections of the answered calls are closed at once.
    expect(at - termAt).toBeLessThan(3000);
    await client.close().catch(() => {});
  }, 20_000);

  it('SIGTERM on an idle server exits 0 at once', async () => {
    const srv = await startHttpServer({ MIOSA_BASE_URL: upstream.current.url });
    const client = await httpClient(srv.url, { Authorization: `Bearer ${KEY}` });
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    const t = Date.now();
    expect(await srv.stop()).toBe(0);
    expect(Date.now() - t).toBeLessThan(2000);
    await client.close().catch(() => {});
  });

  it('SIGTERM sent the instant the "serving" line appears stops gracefully (HTTP, stdio, emulator)', async () => {
    // A supervisor that waits for the readiness line and then stops the process: the handler must
    // already be there, or the signal kills it (no exit code, no stopping line).
    for (const [what, args, ready] of [
      ['HTTP', ['--transport', 'http', '--port', '0'], /serving .* over HTTP/],
      ['stdio', [], /serving .* over stdio/],
      ['emulator', ['emulator', '--port', '0'], /emulator listening at/],
    ] as const) {
      const child = spawn(process.execPath, [CLI, ...args], {
        env: childEnv({ MIOSA_API_KEY: KEY, MIOSA_BASE_URL: upstream.current.url }),
        stdio: ['pipe', 'pipe', 'pipe'], // stdin stays open: stdio must not stop for its end
      });
      let err = '';
      child.stderr.on('data', (d) => {
        err += String(d);
        if (ready.test(err) && child.signalCode === null && !child.killed) child.kill('SIGTERM');
      });
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((r) => child.once('exit', (c, s) => r([c, s])));
      expect({ what, code, signal }, err).toEqual({ what, code: 0, signal: null });
      expect(err, what).toMatch(/stopping/);
    }
  }, 30_000);

  it('stdio: exits 0 when its stdin closes, idle or with a call in flight', async () => {
    const s = await stdioClient({ MIOSA_API_KEY: KEY, MIOSA_BASE_URL: upstream.current.url });
    expect((await s.client.listTools()).tools.length).toBeGreaterThan(0);
    await s.close(); // closes stdin, and the SDK waits for the child

    upstream.current.respond(() => ({ delayMs: 3000 }));
    const child = spawn(process.execPath, [CLI], { env: childEnv({ MIOSA_API_KEY: KEY, MIOSA_BASE_URL: upstream.current.url }), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    const exited = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } })}\n`);
    await until(() => out.includes('"id":1'), 5000, 'initialize');
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'sandbox_get', arguments: { id: 'sbx_1' } } })}\n`);
    await until(() => upstream.current.requests.length > 0, 5000, 'the call to reach the upstream');
    const t = Date.now();
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(Date.now() - t).toBeLessThan(2000);
  });
});

describe('beyond one machine', () => {
  let backends: Awaited<ReturnType<typeof startHttpServer>>[];
  let proxy: Server;
  let proxyUrl: string;
  const served: number[] = [0, 0];

  beforeAll(async () => {
    backends = await Promise.all([startHttpServer({ MIOSA_BASE_URL: upstream.current.url }), startHttpServer({ MIOSA_BASE_URL: upstream.current.url })]);
    let next = 0;
    // A tiny round-robin balancer: each request to the next backend, no affinity of any kind.
    proxy = createServer((req, res) => {
      const i = next++ % backends.length;
      served[i]++;
      const target = new URL(backends[i].url);
      const out = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        },
      );
      out.on('error', () => res.headersSent || res.writeHead(502).end());
      req.pipe(out);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}/mcp`;
  });
  afterAll(async () => {
    proxy.closeAllConnections();
    await new Promise<void>((r) => proxy.close(() => r()));
    for (const b of backends) expect(await b.stop()).toBe(0);
  });

  it('two server processes behind a round-robin proxy carry one whole conversation', async () => {
    const client = await httpClient(proxyUrl, { Authorization: `Bearer ${KEY}`, 'X-MIOSA-Tenant': 'acme' });
    expect(client.getServerVersion()?.name).toBe('miosa-mcp');
    expect((await client.listTools()).tools).toHaveLength(145);
    const calls: [string, Record<string, unknown>][] = [
      ['sandbox_list', {}],
      ['sandbox_get', { id: 'sbx_rr1' }],
      ['sandbox_exec', { id: 'sbx_rr1', command: 'echo hi' }],
      ['desktop_screenshot', { computerId: 'comp_rr1' }],
      ['database_credentials', { id: 'db_rr1' }],
      ['sandbox_get', { id: 'sbx_rr2' }],
    ];
    for (const [name, args] of calls) {
      const r = (await client.callTool({ name, arguments: args })) as CallToolResult;
      expect(r.isError, `${name}: ${JSON.stringify(r).slice(0, 200)}`).toBeFalsy();
    }
    await client.ping();
    await client.close();
    console.log(`round robin: backend A served ${served[0]} requests, backend B ${served[1]}`);
    expect(served[0]).toBeGreaterThanOrEqual(3);
    expect(served[1]).toBeGreaterThanOrEqual(3);
    expect(upstream.current.requests.length).toBe(calls.length);
    for (const q of upstream.current.requests) {
      expect(q.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(q.headers['x-miosa-tenant']).toBe('acme');
    }
  });
});
