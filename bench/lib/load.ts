// HTTP load with autocannon (programmatic), every answer checked, and the server's memory sampled
// while it runs.
import autocannon from 'autocannon';
import { memoryOf, type Memory } from './procs.js';

export interface LoadSpec {
  url: string;
  /** JSON-RPC bodies POSTed in turn on each connection; `[<id>]` becomes a unique id per request. */
  bodies: string[];
  /** GET the url instead (bodies ignored): the upstream on its own. */
  get?: boolean;
  headers: Record<string, string>;
  connections: number;
  durationSec?: number;
  amount?: number;
  /** Whether a 2xx answer's body is a success (a tool error in a 200 is still a failure). */
  verify: (body: string) => boolean;
  /** Server to sample /proc memory of while the load runs. */
  pid?: number;
  /** Called about once a second with the calls completed so far. */
  onTick?: (done: number) => void;
}

export interface LoadResult {
  connections: number;
  durationSec: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx answers that were not a successful tool result. */
  failedResults: number;
  memoryPeak?: Memory;
  memoryEnd?: Memory;
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let peak: Memory | undefined;
  let done = 0;
  const sample = () => {
    if (spec.pid === undefined) return;
    const m = memoryOf(spec.pid);
    if (m && (!peak || m.rss > peak.rss)) peak = { rss: m.rss, hwm: m.hwm };
  };
  const timer = setInterval(() => {
    sample();
    spec.onTick?.(done);
  }, 1000);
  try {
    const instance = autocannon({
      url: spec.url,
      connections: spec.connections,
      ...(spec.amount !== undefined ? { amount: spec.amount } : { duration: spec.durationSec ?? 10 }),
      timeout: 30,
      requests: spec.get
        ? [{ method: 'GET', headers: spec.headers }]
        : spec.bodies.map((body) => ({ method: 'POST', headers: spec.headers, body })),
      idReplacement: true,
      verifyBody: spec.verify,
    });
    instance.on('response', () => void done++);
    const r = await instance;
    sample();
    const memoryEnd = spec.pid !== undefined ? memoryOf(spec.pid) : undefined;
    const seconds = r.duration;
    return {
      connections: spec.connections,
      durationSec: seconds,
      requests: r.requests.total,
      rps: r.requests.total / seconds,
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      max: r.latency.max,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      failedResults: r.mismatches,
      ...(peak ? { memoryPeak: peak } : {}),
      ...(memoryEnd ? { memoryEnd } : {}),
    };
  } finally {
    clearInterval(timer);
  }
}

/** A tools/call body for autocannon, with a fresh id per request. */
export function callBody(name: string, args: Record<string, unknown>): string {
  return JSON.stringify({ jsonrpc: '2.0', id: '[<id>]', method: 'tools/call', params: { name, arguments: args } });
}

export const MCP_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
};
