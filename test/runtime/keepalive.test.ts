// The network under the API client (src/keepalive-fetch.ts): connections are reused, a connection
// the server closed while idle is not, bodies are capped, and failures look like fetch's so the
// retry and error policy above it reads them unchanged.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyTooLarge, keepAliveFetch } from '../../src/keepalive-fetch.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => (s.closeAllConnections(), s.close(r)));
});

async function serve(handler: Parameters<typeof createServer>[1], keepAliveTimeout = 5000): Promise<{ url: URL; connections: () => number }> {
  const server = createServer(handler);
  server.keepAliveTimeout = keepAliveTimeout;
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/x`), connections: () => connections };
}

const get = (net: ReturnType<typeof keepAliveFetch>, url: URL, signal = new AbortController().signal) =>
  net(url, { method: 'GET', headers: new Headers({ authorization: 'Bearer msk_u_keepalive' }), signal });

describe('keepAliveFetch', () => {
  it('reuses one connection for calls in a row, and answers a whole Response', async () => {
    const s = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    const net = keepAliveFetch(1024);
    for (let i = 0; i < 5; i++) {
      const r = await get(net, s.url);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-length')).toBe('11');
      expect(await r.json()).toEqual({ ok: true });
    }
    expect(s.connections()).toBe(1);
  });

  it('does not reuse a connection the server closed while it was idle', async () => {
    const s = await serve((_req, res) => res.end('fine'), 200);
    const net = keepAliveFetch(1024);
    expect(await (await get(net, s.url)).text()).toBe('fine');
    await new Promise((r) => setTimeout(r, 400));
    expect(await (await get(net, s.url)).text()).toBe('fine');
    expect(s.connections()).toBe(2);
  });

  it('refuses a body over the cap, declared or streamed, without reading it all', async () => {
    const s = await serve((req, res) => {
      if (req.url?.endsWith('declared')) return res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000));
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      res.end();
    });
    const net = keepAliveFetch(2048);
    await expect(get(net, new URL(`${s.url}?declared`))).rejects.toBeInstanceOf(BodyTooLarge);
    await expect(get(net, new URL(`${s.url}/streamed`))).rejects.toThrow(/larger than/);
  });

  it('fails as fetch fails: TypeError with the cause, or the abort reason', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200);
      res.write('partial');
      // Never ends: the caller gives up.
    });
    const net = keepAliveFetch(1024);
    const refused = await get(net, new URL('http://127.0.0.1:9/api/v1/x')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as TypeError).cause).toMatchObject({ code: 'ECONNREFUSED' });
    const ac = new AbortController();
    const pending = get(net, s.url, ac.signal);
    setTimeout(() => ac.abort(new DOMException('no answer within 50 ms', 'TimeoutError')), 50);
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('a connection reset in the middle of a body is a connection error, not a short answer', async () => {
    const s = await serve((req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"data":');
      setTimeout(() => req.socket.destroy(), 20);
    });
    const err = await get(keepAliveFetch(1024), s.url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
  });
});
