// The fault switch: makes chosen requests fail the way a real network and server do, so that a
// client's retries, timeouts and error handling can be tested against the emulator.

export interface Fault {
  /** Requests whose path (with `/api/v1`, without the query) matches: a RegExp, or a string the path contains. Default every path. */
  path?: RegExp | string;
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Answer this status with an error body in the spec's shape (429 → RATE_LIMITED, 5xx → INTERNAL_ERROR…). */
  status?: number;
  /** Seconds, sent as `Retry-After` (and as `error.retry_after`). */
  retryAfter?: number;
  /** Wait this long before answering (or before handling normally when nothing else is set). */
  delayMs?: number;
  /** Destroy the socket: `true` after sending the headers and part of the body, `'before-response'` before sending anything. */
  reset?: boolean | 'before-response';
  /** Raw body to answer (e.g. truncated JSON), with `status` (default 200) and `contentType`. */
  body?: string;
  contentType?: string;
  /** Answer a body of this many bytes (a JSON string that never ends), with `status` (default 200). */
  bytes?: number;
  /** How many matching requests it applies to (default: all until cleared). */
  times?: number;
}

export interface FaultSwitch {
  /** Adds a fault; the first active fault matching a request applies. Answers a function that removes it. */
  set(fault: Fault): () => void;
  /** Removes every fault. */
  clear(): void;
  /** The active faults. */
  readonly active: readonly Fault[];
}

export function createFaultSwitch(): FaultSwitch & { take(method: string, path: string): Fault | undefined } {
  let faults: Array<{ fault: Fault; left: number }> = [];
  return {
    set(fault: Fault) {
      const entry = { fault: { ...fault }, left: fault.times ?? Infinity };
      faults.push(entry);
      return () => {
        faults = faults.filter((f) => f !== entry);
      };
    },
    clear() {
      faults = [];
    },
    get active() {
      return faults.map((f) => f.fault);
    },
    take(method: string, path: string) {
      for (const entry of faults) {
        if (!faultMatches(entry.fault, method, path)) continue;
        entry.left--;
        if (entry.left <= 0) faults = faults.filter((f) => f !== entry);
        return entry.fault;
      }
      return undefined;
    },
  };
}

export function faultMatches(f: Fault, method: string, path: string): boolean {
  if (f.method && f.method.toUpperCase() !== method.toUpperCase()) return false;
  if (f.path === undefined) return true;
  return typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path);
}

/** A fault from the `X-Emulator-Fault` header: JSON of a Fault (path as a string; `pathRegex` for a RegExp). */
export function parseFaultHeader(value: string): Fault {
  const raw = JSON.parse(value) as Fault & { pathRegex?: string };
  if (typeof raw !== 'object' || raw === null) throw new Error('X-Emulator-Fault must be a JSON object');
  const { pathRegex, ...rest } = raw;
  return { ...rest, ...(pathRegex ? { path: new RegExp(pathRegex) } : {}) };
}

export function faultCode(status: number): string {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  if (status === 502) return 'BAD_GATEWAY';
  if (status === 504) return 'GATEWAY_TIMEOUT';
  if (status >= 500) return 'INTERNAL_ERROR';
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 402) return 'INSUFFICIENT_CREDITS';
  if (status === 422) return 'VALIDATION_ERROR';
  return 'ERROR';
}
