// The built CLI, spawned, driven by the SDK's own client over real stdio and real HTTP.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { httpClient, rpc, startHttpServer, stdioClient, type HttpServerProcess } from '../support/cli.js';
import { keyMark } from '../reliability/isolation.js';
import { useRecordingUpstream } from '../support/recording-upstream.js';

const KEY = 'msk_u_cli_test_key';
const upstream = useRecordingUpstream({ beforeAll, afterAll, beforeEach });

const textOf = (r: CallToolResult) => r.content.map((c) => (c.type === 'text' ? c.text : `[${c.type}]`)).join('\n');

describe('stdio', () => {
  it('lists 145 tools and calls one with the key and tenant from the environment', async () => {
    const s = await stdioClient({ MIOSA_API_KEY: KEY, MIOSA_TENANT: 'acme', MIOSA_BASE_URL: upstream.current.url });
    try {
      expect((await s.client.listTools()).tools).toHaveLength(145);
      const r = (await s.client.callTool({ name: 'sandbox_exec', arguments: { id: 'sbx_9', command: 'echo hi' } })) as CallToolResult;
      expect(r.isError).toBeFalsy();
      const req = upstream.current.requests[0];
      expect(req.path).toBe('/api/v1/sandboxes/sbx_9/exec');
      expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(req.headers['x-miosa-tenant']).toBe('acme');
      const shot = (await s.client.callTool({ name: 'desktop_screenshot', arguments: { computerId: 'comp_1' } })) as CallToolResult;
      expect(shot.content[0]).toMatchObject({ type: 'image', mimeType: 'image/png' });
      // stdout is the protocol channel: logs go to stderr.
      expect(s.stderr()).toMatch(/serving 145 tools over stdio/);
    } finally {
      await s.close();
    }
  });

  it('without MIOSA_API_KEY it starts, lists, says so on stderr, and each call explains the fix', async () => {
    const s = await stdioClient({ MIOSA_BASE_URL: upstream.current.url });
    try {
      expect((await s.client.listTools()).tools).toHaveLength(145);
      const r = (await s.client.callTool({ name: 'sandbox_list', arguments: {} })) as CallToolResult;
      expect(r.isError).toBe(true);
      expect(textOf(r)).toMatch(/MIOSA_API_KEY is not set.*Export MIOSA_API_KEY=msk_u_.*by reference.*never goes in the file/s);
      expect(s.stderr()).toMatch(/MIOSA_API_KEY is not set/);
      expect(upstream.current.requests).toHaveLength(0);
    } finally {
      await s.close();
    }
  });
});

describe('HTTP', () => {
  let srv: HttpServerProcess;
  beforeAll(async () => {
    // An environment key is present on purpose: HTTP mode must never use it.
    srv = await startHttpServer({ MIOSA_BASE_URL: upstream.current.url, MIOSA_API_KEY: 'msk_u_env_key_never_used' }, ['--max-body-bytes', '65536']);
  });
  afterAll(async () => {
    expect(await srv.stop()).toBe(0);
  });

  it('serves a real client: the key and tenant of each request reach MIOSA', async () => {
    const client = await httpClient(srv.url, { Authorization: `Bearer ${KEY}`, 'X-MIOSA-Tenant': 'acme' });
    expect(client.getServerVersion()?.name).toBe('miosa-mcp');
    expect(client.getInstructions()).toMatch(/sandbox_create/);
    expect((await client.listTools()).tools).toHaveLength(145);
    const r = (await client.callTool({ name: 'database_credentials', arguments: { id: 'db_1' } })) as CallToolResult;
    expect(r.isError).toBeFalsy();
    expect(upstream.current.requests.at(-1)).toMatchObject({ path: '/api/v1/databases/db_1/credentials' });
    expect(upstream.current.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(upstream.current.requests.at(-1)?.headers['x-miosa-tenant']).toBe('acme');
    await client.close();
  });

  it('a header that is not "Bearer msk_…" is a 401 that says how to write it', async () => {
    const res = await rpc(srv.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, { Authorization: KEY });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/starts with "Bearer msk_u_" and is not the key alone/);
    expect(JSON.stringify(body)).not.toContain(KEY);
  });

  it('with no header, discovery works and tools/call is a 401 with the same guidance', async () => {
    const client = await httpClient(srv.url);
    expect((await client.listTools()).tools).toHaveLength(145);
    await client.ping();
    await client.close();
    const res = await rpc(srv.url, { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'sandbox_list', arguments: {} } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Missing Authorization header.*Bearer msk_u_/s);
    expect(upstream.current.requests).toHaveLength(0);
  });

  it('GET and DELETE /mcp are 405; /healthz tells the version and the tool count', async () => {
    expect((await fetch(srv.url)).status).toBe(405);
    expect((await fetch(srv.url, { method: 'DELETE' })).status).toBe(405);
    const health = await fetch(srv.url.replace('/mcp', '/healthz'));
    expect(await health.json()).toMatchObject({ ok: true, tools: 145, version: expect.any(String) });
  });

  it('refuses foreign Host and Origin headers (DNS rebinding), oversized bodies and invalid JSON', async () => {
    const list = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
    expect((await rpc(srv.url, list, { Origin: 'https://evil.example' })).status).toBe(403);
    const port = new URL(srv.url).port;
    const viaEvilHost = await new Promise<number>((resolve, reject) => {
      // fetch cannot forge Host; a raw request can, as a rebinding page's browser would send it.
      import('node:http').then(({ request }) => {
        const req = request({ host: '127.0.0.1', port, path: '/mcp', method: 'POST', headers: { Host: `evil.example:${port}`, 'content-type': 'application/json' } }, (res) => resolve(res.statusCode ?? 0));
        req.on('error', reject);
        req.end(JSON.stringify(list));
      });
    });
    expect(viaEvilHost).toBe(403);
    const big = await rpc(srv.url, { ...list, params: { pad: 'x'.repeat(70_000) } });
    expect(big.status).toBe(413);
    const bad = await rpc(srv.url, '{"jsonrpc": "2.0", "id": 1,');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: number } }).error.code).toBe(-32700);
    // And it is still serving.
    expect((await rpc(srv.url, list)).status).toBe(200);
  });

  it('20 concurrent clients with 20 keys: every upstream request carries its caller\'s key, every answer reaches its caller', async () => {
    // The upstream answers with the key it received, so a crossed wire shows in the result.
    upstream.current.respond((q) => ({ body: { data: { id: q.path.split('/').pop(), state: 'running', created_at: '2026-11-24T00:00:00Z', seen_key: keyMark(q.headers.authorization ?? '') } } }));
    const clients = await Promise.all(
      Array.from({ length: 20 }, (_, i) => httpClient(srv.url, { Authorization: `Bearer msk_u_tenant_${i}` })),
    );
    const results = await Promise.all(
      clients.flatMap((c, i) =>
        Array.from({ length: 5 }, async (_, j) => {
          const r = (await c.callTool({ name: 'sandbox_get', arguments: { id: `sbx_c${i}_${j}` } })) as CallToolResult;
          return { i, j, r };
        }),
      ),
    );
    for (const { i, j, r } of results) {
      expect(r.structuredContent).toMatchObject({ id: `sbx_c${i}_${j}`, seen_key: keyMark(`Bearer msk_u_tenant_${i}`) });
    }
    const mine = upstream.current.requests.filter((q) => q.path.includes('/sbx_c'));
    expect(mine).toHaveLength(100);
    for (const q of mine) {
      const i = /sbx_c(\d+)_/.exec(q.path)![1];
      expect(q.headers.authorization).toBe(`Bearer msk_u_tenant_${i}`);
    }
    expect(upstream.current.requests.some((q) => q.headers.authorization?.includes('env_key_never_used'))).toBe(false);
    await Promise.all(clients.map((c) => c.close()));
  });

  it('answers plain JSON unless the request asked for progress; then an event stream that carries it', async () => {
    // A sandbox that is provisioning when created and running at the first poll: one progress report.
    upstream.current.respond((q) => {
      const sandbox = (state: string) => ({ data: { id: 'sbx_p', state, created_at: '2026-11-24T00:00:00Z' } });
      return q.method === 'POST' ? { status: 201, body: sandbox('provisioning') } : { body: sandbox('running') };
    });
    const auth = { Authorization: `Bearer ${KEY}` };
    const call = (params: Record<string, unknown>) => ({ jsonrpc: '2.0', id: 3, method: 'tools/call', params });

    const plain = await rpc(srv.url, call({ name: 'sandbox_create', arguments: { name: 'p' } }), auth);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await plain.json()).toMatchObject({ jsonrpc: '2.0', id: 3, result: { structuredContent: { id: 'sbx_p', state: 'running' } } });
    const batch = await rpc(srv.url, [{ jsonrpc: '2.0', id: 1, method: 'tools/list' }, { jsonrpc: '2.0', id: 2, method: 'ping' }], auth);
    expect(batch.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await batch.json()) as { id: number }[]).map((m) => m.id).sort()).toEqual([1, 2]);

    const streamed = await rpc(srv.url, call({ name: 'sandbox_create', arguments: { name: 'p' }, _meta: { progressToken: 'tok-1' } }), auth);
    expect(streamed.status).toBe(200);
    expect(streamed.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = (await streamed.text())
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => JSON.parse(l.slice(6)) as { method?: string; params?: { progressToken?: string; message?: string }; id?: number; result?: unknown });
    expect(events.filter((e) => e.method === 'notifications/progress')).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ progressToken: 'tok-1', message: 'sbx_p: state provisioning' }) }),
    ]);
    expect(events.at(-1)).toMatchObject({ id: 3, result: { structuredContent: { state: 'running' } } });

    // A real client: its progress handler is called over HTTP, and a call without one still answers.
    const client = await httpClient(srv.url, auth);
    const seen: unknown[] = [];
    const r = (await client.callTool({ name: 'sandbox_create', arguments: { name: 'p' } }, undefined, { onprogress: (p) => seen.push(p) })) as CallToolResult;
    expect(r.structuredContent).toMatchObject({ state: 'running' });
    expect(seen).toEqual([expect.objectContaining({ progress: 1, message: 'sbx_p: state provisioning' })]);
    expect(((await client.callTool({ name: 'sandbox_get', arguments: { id: 'sbx_p' } })) as CallToolResult).isError).toBeFalsy();
    await client.close();
  });
});
