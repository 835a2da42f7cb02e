// The network under the API client: node:http(s) over one keep-alive pool per process, answering
// with a Response whose body is already read (and capped). Under load, undici's fetch and the web
// streams around it were a quarter of the server's CPU (bench/profile.ts http). A pooled connection
// carries no credentials of its own (each request sends its own Authorization), so callers sharing
// the pool share nothing of theirs. Failures look like fetch's: a TypeError (ConnectionFailed) with
// the cause, or the signal's reason when it was aborted; an answer that is not HTTP is a
// MalformedAnswer. The error policy tells them apart by class.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface NetInit {
  method: string;
  headers: Headers;
  body?: Uint8Array;
  signal: AbortSignal;
}

export type Net = (url: URL, init: NetInit) => Promise<Response>;

export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
  constructor(maxBytes: number) {
    super(`MIOSA's answer is larger than ${maxBytes / 1024 / 1024} MiB; it was not read.`);
  }
}

/** The connection failed (refused, reset, closed mid-answer, a name that does not resolve). */
export class ConnectionFailed extends TypeError {
  override name = 'TypeError';
  constructor(cause: unknown) {
    super('fetch failed', { cause });
  }
}

/** The other end answered with something that is not an HTTP answer this client can use. */
export class MalformedAnswer extends Error {
  override name = 'MalformedAnswer';
}

// An idle pooled connection is dropped after 4 s (undici's default too): servers commonly close idle
// ones after 5 s, and a request written onto a connection the server is closing fails, which only
// safe requests would retry. A request in progress is not cut by this; the call's deadline rules it.
const POOL = { maxSockets: 256, maxFreeSockets: 64, timeout: 4_000 };
const httpAgent = new HttpAgent({ keepAlive: true, ...POOL });
const httpsAgent = new HttpsAgent({ keepAlive: true, ...POOL });
/** Statuses whose Response may not have a body. */
const NO_BODY = new Set([101, 204, 205, 304]);

export function keepAliveFetch(maxBytes: number): Net {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      if (init.signal.aborted) return reject(init.signal.reason);
      const headers: Record<string, string> = Object.fromEntries(init.headers);
      if (init.body) headers['content-length'] = String(init.body.byteLength);
      const https = url.protocol === 'https:';
      const fail = (err: unknown) => reject(init.signal.aborted ? init.signal.reason : new ConnectionFailed(err));
      const req = (https ? httpsRequest : httpRequest)(
        url,
        { method: init.method, headers, agent: https ? httpsAgent : httpAgent, signal: init.signal },
        (res) => read(res, maxBytes).then(resolve, (err) => (err instanceof BodyTooLarge || err instanceof MalformedAnswer ? reject(err) : fail(err))),
      );
      req.on('error', fail);
      req.end(init.body);
    });
}

async function read(res: IncomingMessage, maxBytes: number): Promise<Response> {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) {
    res.destroy();
    throw new MalformedAnswer(`invalid HTTP status ${status}`);
  }
  if (Number(res.headers['content-length']) > maxBytes) {
    res.destroy();
    throw new BodyTooLarge(maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      res.destroy();
      throw new BodyTooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  // A connection closed before the declared length arrived ends the loop without an error.
  if (!res.complete) throw new Error('the connection closed before the answer was complete');
  const out = new Headers();
  for (let i = 0; i < res.rawHeaders.length; i += 2) out.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
  // The body is whole: its length is known, whatever framing it came in.
  out.delete('transfer-encoding');
  out.set('content-length', String(size));
  const body = NO_BODY.has(status) ? null : Buffer.concat(chunks, size);
  return new Response(body, { status, statusText: res.statusMessage ?? '', headers: out });
}
