// What the runtime reports about its work, for whoever listens (the /metrics registry, the call log).
// Dependency-free on purpose: stdio loads neither prom-client nor pino unless asked, and the hooks in
// the call path cost one array walk when nobody listens.
//
// Only bounded, non-secret values travel here: a tool name from the generated surface, an outcome
// category, a status class, a reason from a fixed list. Never a key, a tenant or an argument value.
import { AsyncLocalStorage } from 'node:async_hooks';

/** Why the HTTP layer refused a request before any tool ran (a metric label: keep the list short). */
export type RefusalReason = 'unauthenticated' | 'body_too_large' | 'host_or_origin' | 'rate_limited' | 'bad_request';

export interface CallRecord {
  requestId: string;
  /** The tool's generated name, or "(unknown)" for a name the surface does not have. */
  tool: string;
  /** "ok", or the failure category errors.ts decided. */
  outcome: string;
  /** The last HTTP status MIOSA answered during the call, if it answered. */
  upstreamStatus?: number;
  retries: number;
  durationMs: number;
}

export interface TelemetrySink {
  callStarted?(tool: string): void;
  callEnded?(call: CallRecord): void;
  /** One upstream attempt: its HTTP status, or undefined when no answer came (network error). */
  upstreamAnswer?(status: number | undefined): void;
  upstreamRetry?(): void;
  refused?(reason: RefusalReason): void;
}

const sinks: TelemetrySink[] = [];

export function addSink(sink: TelemetrySink): () => void {
  sinks.push(sink);
  return () => {
    const i = sinks.indexOf(sink);
    if (i >= 0) sinks.splice(i, 1);
  };
}

function emit<K extends keyof TelemetrySink>(event: K, ...args: Parameters<NonNullable<TelemetrySink[K]>>): void {
  for (const s of sinks) {
    try {
      (s[event] as ((...a: unknown[]) => void) | undefined)?.(...args);
    } catch {
      // A broken listener must not fail the call it observes.
    }
  }
}

/** What one tool call learns about its upstream exchanges while it runs. */
interface CallScope {
  upstreamStatus?: number;
  retries: number;
}

const callScope = new AsyncLocalStorage<CallScope>();
/** The id of the HTTP request (or stdio message) being served: the one id a log line and a user quote. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** A request id from a proxy (nginx's $request_id) is kept only when it cannot carry anything else. */
export function acceptableRequestId(raw: string | string[] | undefined): string | undefined {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v !== undefined && /^[A-Za-z0-9._-]{8,64}$/.test(v) ? v : undefined;
}

let counter = 0;
const prefix = Math.random().toString(36).slice(2, 8);
/** Short, unique in the process, and random across processes: no clock or host in it. */
export function newRequestId(): string {
  return `${prefix}-${(++counter).toString(36)}`;
}

/** Runs one tool call, reporting its start, its end and what MIOSA answered during it. */
export async function observeCall<T>(tool: string, outcomeOf: (r: T) => string, work: () => Promise<T>): Promise<T> {
  const requestId = requestScope.getStore()?.requestId ?? newRequestId();
  const scope: CallScope = { retries: 0 };
  const started = performance.now();
  emit('callStarted', tool);
  let outcome = 'internal';
  try {
    const result = await callScope.run(scope, work);
    outcome = outcomeOf(result);
    return result;
  } catch (err) {
    // A protocol-level refusal (an unknown tool) is thrown as a JSON-RPC error, not returned.
    outcome = (err as { code?: unknown })?.code === -32602 ? 'invalid_request' : 'internal';
    throw err;
  } finally {
    emit('callEnded', {
      requestId,
      tool,
      outcome,
      ...(scope.upstreamStatus !== undefined ? { upstreamStatus: scope.upstreamStatus } : {}),
      retries: scope.retries,
      durationMs: performance.now() - started,
    });
  }
}

/** Called by the upstream fetch for every attempt it makes. */
export function reportUpstreamAnswer(status: number | undefined): void {
  const scope = callScope.getStore();
  if (scope && status !== undefined) scope.upstreamStatus = status;
  emit('upstreamAnswer', status);
}

export function reportUpstreamRetry(): void {
  const scope = callScope.getStore();
  if (scope) scope.retries++;
  emit('upstreamRetry');
}

export function reportRefused(reason: RefusalReason): void {
  emit('refused', reason);
}

/** The refusal reason of an HTTP status the server itself answered with. */
export function refusalReason(status: number): RefusalReason {
  if (status === 401) return 'unauthenticated';
  if (status === 413) return 'body_too_large';
  if (status === 403) return 'host_or_origin';
  if (status === 429) return 'rate_limited';
  return 'bad_request';
}
