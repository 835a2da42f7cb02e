// A pass-through HTTP proxy between the server under test and an upstream (the emulator, or Prism),
// keeping every exchange exactly as it went over the wire, so a test can judge what the server sent
// and what it was answered.
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Res, WireRequest } from './spec-checker.js';

export interface Exchange {
  request: WireRequest;
  response: Res;
}

export interface JudgingProxy {
  url: string;
  exchanges: Exchange[];
  close(): Promise<void>;
}

export async function startJudgingProxy(opts: {
  target: string;
  /** Removed from each path before forwarding (Prism serves the spec's paths at its root). */
  stripPrefix?: string;
  /** Rewrites the forwarded path (what is recorded is what the server sent). */
  rewritePath?: (method: string, path: string) => string;
}): Promise<JudgingProxy> {
  const target = new URL(opts.target);
  const exchanges: Exchange[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const [path, query = ''] = (req.url ?? '/').split(/\?(.*)/s, 2);
      const wire: WireRequest = { method: req.method ?? 'GET', path, query, headers: flat(req.headers), body };
      const stripped = opts.stripPrefix && path.startsWith(opts.stripPrefix) ? path.slice(opts.stripPrefix.length) : path;
      const forwardPath = opts.rewritePath ? opts.rewritePath(wire.method, stripped) : stripped;
      const up = request(
        { host: target.hostname, port: target.port, method: req.method, path: forwardPath + (query ? `?${query}` : ''), headers: { ...req.headers, host: target.host } },
        (upRes) => {
          const got: Buffer[] = [];
          upRes.on('data', (c: Buffer) => got.push(c));
          upRes.on('end', () => {
            const bytes = Buffer.concat(got);
            const headers = new Headers();
            for (const [k, v] of Object.entries(upRes.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
            const text = bytes.toString('utf8');
            let json: unknown;
            if ((headers.get('content-type') ?? '').includes('json')) {
              try {
                json = JSON.parse(text);
              } catch {
                json = undefined;
              }
            }
            exchanges.push({ request: wire, response: { status: upRes.statusCode ?? 0, headers, bytes, json, text } });
            const { 'transfer-encoding': _te, connection: _c, ...pass } = upRes.headers;
            res.writeHead(upRes.statusCode ?? 502, { ...pass, 'content-length': String(bytes.length) });
            res.end(bytes);
          });
        },
      );
      up.on('error', (err) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`judging proxy: upstream failed: ${err.message}`);
      });
      up.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function flat(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}
