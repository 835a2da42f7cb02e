// The API client of one caller: openapi-fetch over the generated path types, with that caller's key
// and tenant and nobody else's. The fetch underneath is where the upstream rules live: only the
// configured origin, no redirects followed, bounded bodies, and retries only where they are safe.
import createClient from 'openapi-fetch';
import type { paths } from '../generated/api.js';
import type { Credentials, UpstreamConfig } from './config.js';
import { retryAfterSeconds } from './errors.js';
import type { MiosaApi } from './tool-def.js';
import { USER_AGENT } from './version.js';

export const MAX_RETRIES = 3;
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
/** Larger answers are refused rather than held in memory. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export interface UpstreamOptions extends UpstreamConfig {
  /** Test seam: the network. */
  fetch?: typeof fetch;
  /** Test seam: how retries wait. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export function createApi(creds: Credentials, opts: UpstreamOptions): MiosaApi {
  // A header refuses such a key with an error that quotes it, and redaction stops at the odd character.
  if (!/^[\x21-\x7e]+$/.test(creds.apiKey)) {
    throw new Error('the API key contains a space, a line break or a non-ASCII character; copy the API key again');
  }
  const headers: Record<string, string> = {
    Authorization: `Bearer ${creds.apiKey}`,
    'User-Agent': USER_AGENT,
    Accept: 'application/json',
  };
  if (creds.tenant) headers['X-MIOSA-Tenant'] = creds.tenant;
  return createClient<paths>({ baseUrl: opts.baseUrl, headers, fetch: guardedFetch(opts), Request: DotSafeRequest });
}

/**
 * A URL parser resolves "." and ".." segments (raw or as %2e) away, so an id of ".." would turn
 * /sandboxes/{id}/exec into /exec. The URL is checked as built, before anything resolves it.
 */
class DotSafeRequest extends Request {
  constructor(input: ConstructorParameters<typeof Request>[0], init?: RequestInit) {
    if (typeof input === 'string' && hasDotSegment(input)) {
      throw new Error('refused to send a request whose path has a "." or ".." segment');
    }
    super(input, init);
  }
}

function hasDotSegment(url: string): boolean {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/)[0];
  return path.split(/[/\\]/).some((s) => /^(?:\.|%2e){1,2}$/i.test(s));
}

/** Whether repeating this request cannot act twice: safe verbs, or a write carrying an idempotency key. */
export function isRetrySafe(req: Request): boolean {
  return SAFE_METHODS.has(req.method) || req.headers.has('idempotency-key');
}

function guardedFetch(opts: UpstreamOptions): (req: Request) => Promise<Response> {
  const base = new URL(opts.baseUrl);
  const net = opts.fetch ?? fetch;
  const sleep = opts.sleep ?? abortableSleep;
  return async (req: Request) => {
    const url = new URL(req.url);
    // The key goes to the configured MIOSA API and nowhere else, whatever a path turned into.
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
      throw new Error(`refused to send a request outside ${base.origin}${base.pathname}`);
    }
    const body = req.body ? new Uint8Array(await req.arrayBuffer()) : undefined;
    const retrySafe = isRetrySafe(req);
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        res = await net(url, { method: req.method, headers: req.headers, body, signal: req.signal, redirect: 'manual' });
      } catch (err) {
        if (!retrySafe || attempt >= MAX_RETRIES || req.signal.aborted || !isConnectionError(err)) throw err;
        await sleep(backoff(attempt), req.signal);
        continue;
      }
      if (retrySafe && attempt < MAX_RETRIES && RETRY_STATUSES.has(res.status)) {
        const after = retryAfterSeconds(res.headers);
        const wait = after !== undefined ? after * 1000 : backoff(attempt);
        // A wait longer than the time left would only turn a clear 429/503 into a timeout.
        if (wait <= Math.min(30_000, opts.timeoutMs - (Date.now() - started))) {
          await res.body?.cancel().catch(() => {});
          await sleep(wait, req.signal);
          continue;
        }
      }
      return capBody(res);
    }
  };
}

function isConnectionError(err: unknown): boolean {
  const e = err as { name?: string; cause?: { code?: string } };
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return false;
  return e?.name === 'TypeError' || typeof e?.cause?.code === 'string';
}

function backoff(attempt: number): number {
  return Math.min(4000, 250 * 2 ** attempt) + Math.floor(Math.random() * 100);
}

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

/** Passes the body through while counting, and fails past the cap instead of buffering it all. */
function capBody(res: Response): Response {
  const declared = Number(res.headers.get('content-length'));
  const tooLarge = () =>
    new BodyTooLarge(`MIOSA's answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB; it was not read.`);
  if (declared > MAX_RESPONSE_BYTES) {
    void res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!res.body) return res;
  let seen = 0;
  const counted = res.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > MAX_RESPONSE_BYTES) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Response(counted, { status: res.status, statusText: res.statusText, headers: res.headers });
}
