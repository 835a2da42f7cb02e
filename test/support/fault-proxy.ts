// A proxy in front of a MIOSA stand-in (the recording upstream or the emulator) that injects the
// faults a real network and a real API produce: slow answers, 5xx, 429, resets before and after the
// headers, truncated or invalid JSON, the wrong content type, huge bodies and redirects. It records
// every request it receives, so tests can count attempts and check what was sent.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface Seen {
  method: string;
  /** The raw request target, query included. */
  url: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export type Fault =
  /** Wait, then pass through (the client may give up first). */
  | { kind: 'delay'; ms: number }
  /** Answer this status (and body) instead of the API. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  /** Destroy the connection before any answer. */
  | { kind: 'drop' }
  /** Send the status line and headers (and maybe part of a body), then destroy the socket. */
  | { kind: 'reset-after-headers'; status?: number; contentType?: string; partial?: string }
  /** A complete answer whose body is exactly these bytes. */
  | { kind: 'raw'; status?: number; contentType: string; body: string | Buffer }
  /** A body of `bytes` bytes, streamed in chunks; with or without a Content-Length announcing it. */
  | { kind: 'huge'; bytes: number; declareLength: boolean; contentType?: string }
  /** A redirect to another place. */
  | { kind: 'redirect'; status?: number; location: string };

export interface FaultProxy {
  url: string;
  requests: Seen[];
  /** Requests whose client went away before the answer was complete. */
  abandoned: Seen[];
  /** Bytes of huge bodies actually written to the socket. */
  hugeBytesWritten: number;
  /** Decide a fault per request; undefined passes the request through unchanged. */
  plan(fn: ((req: Seen, nth: number) => Fault | undefined) | undefined): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  let planner: ((req: Seen, nth: number) => Fault | undefined) | undefined;
  const state = { requests: [] as Seen[], abandoned: [] as Seen[], hugeBytesWritten: 0 };
  const sockets = new Set<Socket>();

  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const seen: Seen = {
      method: req.method ?? '',
      url: req.url ?? '',
      path: (req.url ?? '').split('?')[0],
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      body: Buffer.concat(chunks),
    };
    state.requests.push(seen);
    res.on('close', () => {
      if (!res.writableFinished) state.abandoned.push(seen);
    });
    const fault = planner?.(seen, state.requests.length);
    try {
      await apply(fault, seen, req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  });

  async function apply(fault: Fault | undefined, seen: Seen, req: IncomingMessage, res: ServerResponse): Promise<void> {
    switch (fault?.kind) {
      case undefined:
        return forward(seen, res);
      case 'delay':
        await new Promise((r) => setTimeout(r, fault.ms));
        if (res.destroyed) return;
        return forward(seen, res);
      case 'status': {
        const isString = typeof fault.body === 'string';
        res.writeHead(fault.status, {
          ...(fault.body !== undefined ? { 'content-type': isString ? 'text/plain' : 'application/json' } : {}),
          ...fault.headers,
        });
        return void res.end(fault.body === undefined ? undefined : isString ? (fault.body as string) : JSON.stringify(fault.body));
      }
      case 'drop':
        return void req.socket.destroy();
      case 'reset-after-headers':
        res.writeHead(fault.status ?? 200, { 'content-type': fault.contentType ?? 'application/json' });
        res.flushHeaders();
        if (fault.partial) res.write(fault.partial);
        await new Promise((r) => setTimeout(r, 50));
        return void req.socket.destroy();
      case 'raw':
        res.writeHead(fault.status ?? 200, { 'content-type': fault.contentType, 'content-length': String(Buffer.byteLength(fault.body)) });
        return void res.end(fault.body);
      case 'huge':
        return streamHuge(fault, res);
      case 'redirect':
        res.writeHead(fault.status ?? 302, { location: fault.location, 'content-type': 'text/plain' });
        return void res.end(`Found. Redirecting to ${fault.location}`);
    }
  }

  async function streamHuge(fault: Extract<Fault, { kind: 'huge' }>, res: ServerResponse): Promise<void> {
    res.writeHead(200, {
      'content-type': fault.contentType ?? 'application/json',
      ...(fault.declareLength ? { 'content-length': String(fault.bytes) } : {}),
    });
    // A JSON array of one long string, so a parser that read it all would accept it.
    const head = Buffer.from('{"data":["');
    const tail = Buffer.from('"]}');
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let left = fault.bytes;
    const write = (b: Buffer): Promise<boolean> =>
      new Promise((resolve) => {
        if (res.destroyed) return resolve(false);
        state.hugeBytesWritten += b.length;
        if (res.write(b)) return resolve(true);
        const done = (ok: boolean) => {
          res.off('drain', onDrain);
          res.off('close', onClose);
          resolve(ok);
        };
        const onDrain = () => done(true);
        const onClose = () => done(false);
        res.on('drain', onDrain);
        res.on('close', onClose);
      });
    if (!(await write(head))) return;
    left -= head.length + tail.length;
    while (left > 0) {
      const b = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= b.length;
      if (!(await write(b))) return;
    }
    if (!(await write(tail))) return;
    res.end();
  }

  function forward(seen: Seen, res: ServerResponse): Promise<void> {
    return new Promise((resolve) => {
      const headers = { ...seen.headers, host: target.host };
      const out = httpRequest(
        { host: target.hostname, port: target.port, method: seen.method, path: seen.url, headers },
        (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
          upRes.on('end', resolve);
          upRes.on('error', () => (res.destroy(), resolve()));
        },
      );
      out.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":{"code":"BAD_GATEWAY","message":"fault proxy: target unreachable"}}');
        resolve();
      });
      res.on('close', () => out.destroy());
      out.end(seen.body);
    });
  }

  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    get abandoned() {
      return state.abandoned;
    },
    get hugeBytesWritten() {
      return state.hugeBytesWritten;
    },
    set hugeBytesWritten(n: number) {
      state.hugeBytesWritten = n;
    },
    plan: (fn) => void (planner = fn),
    reset() {
      state.requests.length = 0;
      state.abandoned.length = 0;
      state.hugeBytesWritten = 0;
      planner = undefined;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** Resident memory of a process, from /proc (Linux), in bytes. */
export async function rssOf(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]) * 1024;
}
