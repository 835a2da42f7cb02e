// The API client of one caller: openapi-fetch over the generated path types, with that caller's key
// and tenant and nobody else's. The fetch underneath is where the upstream rules live: only the
// configured origin, no redirects followed, bounded bodies, and retries only where they are safe.
import createClient from 'openapi-fetch';
import type { paths } from '../generated/api.js';
import type { Credentials, UpstreamConfig } from './settings.js';
import { DeadlinePassed, InvalidKey, isConnectionError, RefusedDestination, retryAfterSeconds, UnsendableValue } from './errors.js';
import { FairShare } from './fair-share.js';
import { BodyTooLarge, keepAliveFetch, type Net } from './keepalive-fetch.js';
import { reportUpstreamAnswer, reportUpstreamRetry } from './telemetry/events.js';
import type { MiosaApi } from './tool-def.js';
import { USER_AGENT } from './version.js';
import { clientPathSerializer, multiSegmentOf } from './path-encoding.js';

export const MAX_RETRIES = 3;
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
/** Larger answers are refused rather than held in memory. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export interface UpstreamOptions extends UpstreamConfig {
  /** Test seam: the network. */
  fetch?: Net;
  /** Test seam: how retries wait. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export function createApi(creds: Credentials, opts: UpstreamOptions): MiosaApi {
  // A header refuses such a key with an error that quotes it, and redaction stops at the odd character.
  if (!/^[\x21-\x7e]+$/.test(creds.apiKey)) {
    throw new InvalidKey();
  }
  const headers: Record<string, string> = {
    Authorization: `Bearer ${creds.apiKey}`,
    'User-Agent': USER_AGENT,
    Accept: 'application/json',
  };
  if (creds.tenant) headers['X-MIOSA-Tenant'] = creds.tenant;
  return refusingUnsendable(
    createClient<paths>({ baseUrl: opts.baseUrl, headers, fetch: guardedFetch(opts, creds.apiKey), Request: DotSafeRequest(), pathSerializer: clientPathSerializer }),
  );
}

const VERBS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/** What refuseUnsendable reads of a request's options (openapi-fetch's own, loosely typed). */
interface SendInit {
  params?: { path?: Record<string, unknown>; header?: Record<string, unknown> };
  headers?: unknown;
}

/**
 * The client with every request's path parameters and header values checked before openapi-fetch
 * builds it, so a value that cannot be sent is refused as an UnsendableValue naming the parameter,
 * not as whatever the URL or header code happens to throw.
 */
function refusingUnsendable(client: MiosaApi): MiosaApi {
  const checked: Record<string, unknown> = { ...client };
  for (const verb of VERBS) {
    const send = client[verb] as unknown as (url: string, init?: SendInit) => Promise<unknown>;
    checked[verb] = async (url: string, init?: SendInit) => {
      refuseUnsendable(url, init);
      return send(url, init);
    };
  }
  const request = client.request as unknown as (method: string, url: string, init?: SendInit) => Promise<unknown>;
  checked.request = async (method: string, url: string, init?: SendInit) => {
    refuseUnsendable(url, init);
    return request(method, url, init);
  };
  return checked as unknown as MiosaApi;
}

const isDotSegment = (s: string) => s === '.' || s === '..';

function refuseUnsendable(url: string, init: SendInit | undefined): void {
  const keepSlashes = multiSegmentOf(url);
  for (const [wire, raw] of Object.entries(init?.params?.path ?? {})) {
    if (raw === undefined || raw === null) continue;
    const value = String(raw);
    // A file path or an object key keeps its slashes, so each of its segments must be a real one;
    // any other parameter is encoded whole, and only "." or ".." itself stays a dot segment.
    const multiSegment = keepSlashes.includes(wire);
    const segments = multiSegment ? value.replace(/^\/+/, '').split('/') : [value];
    if (segments.some(isDotSegment)) throw new UnsendableValue('path', wire, value, 'a "." or ".." segment');
    // "a//b" or "dir/" would reach a route with an empty segment, which names nothing.
    if (multiSegment && segments.some((s) => s === '')) throw new UnsendableValue('path', wire, value, 'an empty segment (a doubled or trailing "/")');
  }
  const plain = (h: unknown) => (h && typeof h === 'object' && !(h instanceof Headers) && !Array.isArray(h) ? Object.entries(h) : []);
  for (const [name, raw] of [...plain(init?.params?.header), ...plain(init?.headers)]) {
    for (const v of [raw].flat()) {
      if (v === undefined || v === null) continue;
      const problem = headerValueProblem(String(v));
      if (problem) throw new UnsendableValue('header', name, String(v), problem);
    }
  }
}

/**
 * Why a header value cannot be sent, or undefined when it can. Surrounding spaces, tabs and line
 * breaks are dropped as fetch drops them; what is left must be one line of bytes without controls.
 */
export function headerValueProblem(raw: string): string | undefined {
  const v = raw.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  if (/[\r\n]/.test(v)) return 'a line break (CR or LF)';
  if (v.includes('\0')) return 'a NUL character';
  if (/[^\x00-\xff]/.test(v)) return 'a character that is not a single byte (an emoji, or a letter outside Latin-1)';
  if (/[\x01-\x08\x0b-\x1f\x7f]/.test(v)) return 'a control character';
  return undefined;
}

/**
 * A URL parser resolves "." and ".." segments (raw or as %2e) away, so an id of ".." would turn
 * /sandboxes/{id}/exec into /exec. The URL is checked as built, before anything resolves it: the
 * last line of defence behind refuseUnsendable, for a URL that some other way came out with one.
 */
let dotSafeRequest: typeof Request | undefined;
/** Made on first use: reading the global Request loads Node's fetch (undici), 10–30 ms of a stdio start. */
function DotSafeRequest(): typeof Request {
  return (dotSafeRequest ??= class DotSafeRequest extends Request {
    constructor(input: ConstructorParameters<typeof Request>[0], init?: RequestInit) {
      if (typeof input === 'string' && hasDotSegment(input)) {
        throw new UnsendableValue('path', '', input, 'a "." or ".." segment');
      }
      super(input, init);
    }
  });
}

function hasDotSegment(url: string): boolean {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/)[0];
  return path.split(/[/\\]/).some((s) => /^(?:\.|%2e){1,2}$/i.test(s));
}

/** Whether repeating this request cannot act twice: safe verbs, or a write carrying an idempotency key. */
export function isRetrySafe(req: Request): boolean {
  return SAFE_METHODS.has(req.method) || req.headers.has('idempotency-key');
}

/** One FairShare per upstream configuration, that is per server process (and per test server). */
const LANES = new WeakMap<UpstreamOptions, FairShare>();

function lanesOf(opts: UpstreamOptions): FairShare {
  let lanes = LANES.get(opts);
  if (!lanes) LANES.set(opts, (lanes = new FairShare(opts.keyLimits)));
  return lanes;
}

function guardedFetch(opts: UpstreamOptions, apiKey: string): (req: Request) => Promise<Response> {
  const base = new URL(opts.baseUrl);
  const lanes = lanesOf(opts);
  const net = opts.fetch ?? NET;
  const sleep = opts.sleep ?? abortableSleep;
  return async (req: Request) => {
    const url = new URL(req.url);
    // The key goes to the configured MIOSA API and nowhere else, whatever a path turned into.
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
      throw new RefusedDestination(`Refused to send a request outside ${base.origin}${base.pathname} (MIOSA_API_URL)`);
    }
    const body = req.body ? new Uint8Array(await req.arrayBuffer()) : undefined;
    const retrySafe = isRetrySafe(req);
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        // Redirects are never followed: the key would go wherever a Location points. Each attempt
        // takes a turn in its key's lane (a retry's wait holds none).
        res = await lanes.run(apiKey, req.signal, () => net(url, { method: req.method, headers: req.headers, body, signal: req.signal }));
        reportUpstreamAnswer(res.status);
      } catch (err) {
        reportUpstreamAnswer(undefined);
        if (!retrySafe || attempt >= MAX_RETRIES || req.signal.aborted || !isConnectionError(err)) throw err;
        reportUpstreamRetry();
        await sleep(backoff(attempt), req.signal);
        continue;
      }
      if (retrySafe && attempt < MAX_RETRIES && RETRY_STATUSES.has(res.status)) {
        const after = retryAfterSeconds(res.headers);
        const wait = after !== undefined ? after * 1000 : backoff(attempt);
        // A wait longer than the time left would only turn a clear 429/503 into a timeout.
        if (wait <= Math.min(30_000, opts.timeoutMs - (Date.now() - started))) {
          await res.body?.cancel().catch(() => {});
          reportUpstreamRetry();
          await sleep(wait, req.signal);
          continue;
        }
      }
      return capBody(res);
    }
  };
}

function backoff(attempt: number): number {
  return Math.min(4000, 250 * 2 ** attempt) + Math.floor(Math.random() * 100);
}

/**
 * Runs `work` with a signal that aborts when `outer` does (the caller cancelled) or after `ms`, and
 * clears the timer and the listener the moment it settles, so a finished call leaves nothing
 * running (AbortSignal.timeout's timer would live on for the full `ms`). Time running out rejects
 * with DeadlinePassed, whatever the aborted work threw; the caller's cancellation passes through.
 */
export async function withDeadline<T>(outer: AbortSignal, ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ac = new AbortController();
  const onAbort = () => ac.abort(outer.reason);
  if (outer.aborted) onAbort();
  else outer.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ac.abort(new DeadlinePassed(ms));
  }, ms);
  try {
    return await work(ac.signal);
  } catch (err) {
    if (timedOut && !outer.aborted) throw new DeadlinePassed(ms);
    throw err;
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', onAbort);
  }
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

/** One pool for the process; see keepalive-fetch.ts for why not undici's fetch. */
const NET = keepAliveFetch(MAX_RESPONSE_BYTES);

/** Passes the body through while counting, and fails past the cap instead of buffering it all. */
function capBody(res: Response): Response {
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_RESPONSE_BYTES) {
    void res.body?.cancel().catch(() => {});
    throw new BodyTooLarge(MAX_RESPONSE_BYTES);
  }
  // A declared length is held to by the HTTP parser: nothing to count.
  if (!res.body || res.headers.has('content-length')) return res;
  let seen = 0;
  const counted = res.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > MAX_RESPONSE_BYTES) controller.error(new BodyTooLarge(MAX_RESPONSE_BYTES));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Response(counted, { status: res.status, statusText: res.statusText, headers: res.headers });
}
