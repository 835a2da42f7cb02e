// Prometheus metrics for the hosted endpoint (prom-client, loaded only when HTTP mode starts).
// Every label value comes from a bounded set: tool names of the generated surface, outcome
// categories, status classes, refusal reasons. No key, tenant or argument ever becomes a label.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { addSink, type TelemetrySink } from './events.js';

export interface Metrics {
  registry: Registry;
  /** Whether this process takes new work (0 from the moment it starts draining). */
  setReady(ready: boolean): void;
  /** Stops listening to the runtime's events (tests build several registries in one process). */
  detach(): void;
}

/** Seconds: a cached read is milliseconds, a create that waits for its sandbox is up to ~70 s. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 60, 120];

export function createMetrics(opts: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const calls = new Counter({
    name: 'miosa_mcp_tool_calls_total',
    help: 'Tool calls answered, by tool and outcome ("ok" or the error category).',
    labelNames: ['tool', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'miosa_mcp_tool_call_duration_seconds',
    help: 'Time from a tools/call arriving to its answer, by tool.',
    labelNames: ['tool'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const inFlight = new Gauge({ name: 'miosa_mcp_tool_calls_in_flight', help: 'Tool calls being served now.', registers: [registry] });
  const upstream = new Counter({
    name: 'miosa_mcp_upstream_responses_total',
    help: 'Answers from the MIOSA API by status class (1xx-5xx), or "error" when none came (network, timeout).',
    labelNames: ['status_class'] as const,
    registers: [registry],
  });
  const retries = new Counter({ name: 'miosa_mcp_upstream_retries_total', help: 'Upstream attempts repeated (429/502/503/504 or a failed connection, safe requests only).', registers: [registry] });
  const refused = new Counter({
    name: 'miosa_mcp_http_requests_refused_total',
    help: 'HTTP requests refused before any tool ran, by reason.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const ready = new Gauge({ name: 'miosa_mcp_ready', help: '1 while the process takes new work, 0 once it drains.', registers: [registry] });
  ready.set(1);
  // Zero series for every refusal reason, so a rate() over them exists before the first refusal.
  for (const reason of ['unauthenticated', 'body_too_large', 'host_or_origin', 'rate_limited', 'bad_request']) refused.inc({ reason }, 0);

  const sink: TelemetrySink = {
    callStarted: () => inFlight.inc(),
    callEnded: (c) => {
      inFlight.dec();
      calls.inc({ tool: c.tool, outcome: c.outcome });
      latency.observe({ tool: c.tool }, c.durationMs / 1000);
    },
    upstreamAnswer: (status) => upstream.inc({ status_class: status === undefined ? 'error' : `${Math.floor(status / 100)}xx` }),
    upstreamRetry: () => retries.inc(),
    refused: (reason) => refused.inc({ reason }),
  };
  const detach = addSink(sink);
  return { registry, setReady: (r) => ready.set(r ? 1 : 0), detach };
}
