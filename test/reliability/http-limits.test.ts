// Slow clients against the HTTP server (issue 15, finding 6): a request without a key is refused
// before its body is read, headers and whole requests have short time limits, open connections are
// capped (the oldest unauthenticated or idle ones make room), /healthz answers while hundreds of
// slow-header connections are open, and an aborted request is not logged as an internal error.
import { connect, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServerProcess } from '../support/cli.js';

/** Nothing listens there: these tests never reach an upstream. */
const NO_UPSTREAM = { MIOSA_BASE_URL: 'http://127.0.0.1:9' };
const servers: HttpServerProcess[] = [];
const sockets: Socket[] = [];

afterAll(async () => {
  for (const s of sockets) s.destroy();
  for (const srv of servers) await srv.stop();
});

async function server(env: Record<string, string> = {}, maxOpenFiles?: number): Promise<HttpServerProcess> {
  const srv = await startHttpServer({ ...NO_UPSTREAM, ...env }, [], { maxOpenFiles });
  servers.push(srv);
  return srv;
}

interface Slow {
  socket: Socket;
  received: () => string;
  closed: Promise<void>;
}

/** A raw connection that sends `head` and then nothing more (or whatever the test writes). */
function slowClient(url: string, head: string): Promise<Slow> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(u.port), u.hostname);
    sockets.push(socket);
    let got = '';
    socket.on('data', (d) => (got += String(d)));
    socket.on('error', () => {});
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.once('connect', () => {
      socket.write(head);
      resolve({ socket, received: () => got, closed });
    });
    socket.once('error', reject);
  });
}

function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms).unref())]);
}

const postHead = (path: string, headers: string) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n${headers}\r\n`;

describe('a request without a key', () => {
  it('is answered 401 before its body is read, and its connection is closed', async () => {
    const srv = await server();
    const c = await slowClient(srv.url, postHead(new URL(srv.url).pathname, 'Content-Length: 100000\r\n'));
    c.socket.write('{"jsonrpc":');
    await within(5000, 'the connection closed', c.closed);
    expect(c.received()).toMatch(/^HTTP\/1\.1 401 /);
    expect(c.received()).toMatch(/Missing Authorization header/);
  });

  it('with an invalid key, is answered 401 and closed, with its body unread', async () => {
    const srv = await server();
    const c = await slowClient(srv.url, postHead(new URL(srv.url).pathname, 'Content-Length: 100000\r\nAuthorization: Bearer nope\r\n'));
    await within(5000, 'the connection closed', c.closed);
    expect(c.received()).toMatch(/^HTTP\/1\.1 401 /);
  });
});

describe('time limits', () => {
  it('closes a connection that is slow to send its headers', async () => {
    const srv = await server({ MIOSA_HTTP_HEADERS_TIMEOUT_MS: '400', MIOSA_HTTP_REQUEST_TIMEOUT_MS: '1000' });
    const c = await slowClient(srv.url, 'POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await within(5000, 'the slow-header connection closed', c.closed);
  });

  it('closes an authenticated request whose body is too slow, without logging an internal error', async () => {
    const srv = await server({ MIOSA_HTTP_HEADERS_TIMEOUT_MS: '400', MIOSA_HTTP_REQUEST_TIMEOUT_MS: '800' });
    const c = await slowClient(srv.url, postHead('/mcp', 'Content-Length: 1000\r\nAuthorization: Bearer msk_u_slow_body\r\n'));
    c.socket.write('{');
    await within(5000, 'the slow-body connection closed', c.closed);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408 |^$/);
    expect(srv.stderr()).not.toMatch(/internal error/);
  });

  it('does not log an aborted request as an internal error', async () => {
    const srv = await server();
    const c = await slowClient(srv.url, postHead('/mcp', 'Content-Length: 1000\r\nAuthorization: Bearer msk_u_aborts\r\n'));
    c.socket.write('{"jsonrpc":"2.0",');
    await new Promise((r) => setTimeout(r, 200));
    c.socket.destroy();
    // The server sees the abort; a later request shows it is done handling it.
    await new Promise((r) => setTimeout(r, 200));
    expect((await fetch(srv.url.replace(/\/mcp$/, '/healthz'))).status).toBe(200);
    expect(srv.stderr()).not.toMatch(/internal error|aborted/);
  });
});

describe('many slow clients', () => {
  it('answers /healthz while 500 slow-header connections are open', async () => {
    const srv = await server();
    const slow: Slow[] = [];
    for (let i = 0; i < 500; i++) slow.push(await slowClient(srv.url, 'POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le'));
    const started = performance.now();
    const r = await fetch(srv.url.replace(/\/mcp$/, '/healthz'));
    const ms = performance.now() - started;
    expect(r.status).toBe(200);
    console.log(`/healthz with 500 slow-header connections open: ${ms.toFixed(1)} ms`);
    for (const s of slow) s.socket.destroy();
  });

  it('answers /healthz under ulimit -n 128 while 150 slow-header connections are open', async () => {
    const srv = await server({}, 128);
    const slow: Slow[] = [];
    for (let i = 0; i < 150; i++) slow.push(await slowClient(srv.url, 'POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le'));
    const r = await within(5000, '/healthz', fetch(srv.url.replace(/\/mcp$/, '/healthz')));
    expect(r.status).toBe(200);
    expect(srv.stderr()).toMatch(/at most \d+ connections \(open files limit 128\)/);
    for (const s of slow) s.socket.destroy();
  });

  it('at the connection cap, makes room by closing the oldest slow client, never an authenticated request', async () => {
    const srv = await server({ MIOSA_HTTP_MAX_CONNECTIONS: '50' });
    // An authenticated request in progress (its body still coming) is protected from eviction.
    const busy = await slowClient(srv.url, postHead('/mcp', 'Content-Length: 1000\r\nAuthorization: Bearer msk_u_protected\r\n'));
    busy.socket.write('{');
    await new Promise((r) => setTimeout(r, 100));
    const slow: Slow[] = [];
    for (let i = 0; i < 200; i++) slow.push(await slowClient(srv.url, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
    const r = await fetch(srv.url.replace(/\/mcp$/, '/healthz'));
    expect(r.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    const stillOpen = slow.filter((s) => !s.socket.destroyed && s.socket.readyState === 'open').length;
    expect(stillOpen).toBeLessThanOrEqual(50);
    expect(busy.socket.destroyed).toBe(false);
    for (const s of slow) s.socket.destroy();
  });
});
