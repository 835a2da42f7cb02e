// Stopping a hosted process without failing a call. On SIGTERM: /readyz answers 503 at once (a load
// balancer that probes it stops sending), answers carry "Connection: close"; after the drain delay
// (time for the balancer to notice) the listener closes; calls in flight finish; the process exits.
// The drain lasts at least as long as the longest call, a create that waits included, so a wait is
// not cut off by a socket close; if an operator sets a shorter drain, waits still running near its end
// stop early and answer "still starting: poll <tool>" instead of an error.
import type { Server } from 'node:http';
import { DEFAULT_WAIT_MS, parseWhole, type UpstreamConfig } from './settings.js';

export interface DrainSettings {
  /** Time between SIGTERM and closing the listener, serving as usual (MIOSA_DRAIN_DELAY_MS). */
  delayMs: number;
  /** Time from SIGTERM until the process exits whatever is left (MIOSA_DRAIN_MS). */
  boundMs: number;
  /**
   * With a /metrics port of its own: how long it stays open after the last call is answered, so a
   * final scrape sees the final counts (MIOSA_METRICS_LINGER_MS, default 0). Within boundMs.
   */
  lingerMs: number;
}

/** Waits are stopped this long before the bound, so their answers are written before the exit. */
const CUT_MARGIN_MS = 1500;

/** The longest a call can run: its first request, the whole wait, and the last poll's own timeout. */
export function longestCallMs(upstream: Pick<UpstreamConfig, 'timeoutMs' | 'waitMs'>): number {
  return 2 * upstream.timeoutMs + (upstream.waitMs ?? DEFAULT_WAIT_MS);
}

export function drainSettingsFromEnv(upstream: Pick<UpstreamConfig, 'timeoutMs' | 'waitMs'>, env: NodeJS.ProcessEnv = process.env): DrainSettings {
  const whole = (name: string, fallback: number, min: number, max: number) => parseWhole(name, env[name], fallback, min, max, 'milliseconds');
  const delayMs = whole('MIOSA_DRAIN_DELAY_MS', 0, 0, 120_000);
  const boundMs = whole('MIOSA_DRAIN_MS', delayMs + longestCallMs(upstream) + 2000, 1000, 3_600_000);
  const lingerMs = whole('MIOSA_METRICS_LINGER_MS', 0, 0, 600_000);
  return { delayMs, boundMs, lingerMs };
}

/** Whether this process still takes new work; read by /readyz and the HTTP handler. */
export const drainState = { draining: false };

const cut = new AbortController();
/** Fires when waits must stop and answer with what they have (the drain is nearly over). */
export const drainCut: AbortSignal = cut.signal;

/**
 * A signal that aborts with `caller` or at the drain cut, and `release` to drop its listeners. (Not
 * AbortSignal.any: its tie to the process-long drainCut would outlive every poll that made one.)
 */
export function callerOrDrainCut(caller: AbortSignal): { signal: AbortSignal; release(): void } {
  const ac = new AbortController();
  const onCaller = () => ac.abort(caller.reason);
  const onCut = () => ac.abort(drainCut.reason);
  if (caller.aborted) onCaller();
  else if (drainCut.aborted) onCut();
  caller.addEventListener('abort', onCaller, { once: true });
  drainCut.addEventListener('abort', onCut, { once: true });
  return {
    signal: ac.signal,
    release: () => {
      caller.removeEventListener('abort', onCaller);
      drainCut.removeEventListener('abort', onCut);
    },
  };
}

export interface DrainHooks {
  log: (line: string) => void;
  onDraining?: () => void;
  /** Other listeners to close with the main one (a separate /metrics port). */
  alsoClose?: Server[];
  exit?: (code: number) => void;
}

/** Starts the drain; a second call does nothing. */
export function drainAndExit(server: Server, settings: DrainSettings, hooks: DrainHooks): void {
  if (drainState.draining) return;
  drainState.draining = true;
  hooks.onDraining?.();
  const exit = hooks.exit ?? ((code: number) => process.exit(code));
  hooks.log(
    `stopping: /readyz answers 503, the listener closes ${settings.delayMs ? `in ${settings.delayMs} ms` : 'now'}; calls in flight finish (at most ${Math.round(settings.boundMs / 1000)} s)`,
  );
  const others = hooks.alsoClose ?? [];
  setTimeout(() => {
    server.close(() => {
      if (!others.length || !settings.lingerMs) return exit(0);
      hooks.log(`stopped: every call answered; the metrics port closes in ${settings.lingerMs} ms`);
      setTimeout(() => exit(0), settings.lingerMs).unref();
    });
    server.closeIdleConnections();
  }, settings.delayMs).unref();
  setTimeout(() => cut.abort(new DOMException('the server is shutting down', 'AbortError')), Math.max(settings.delayMs, settings.boundMs - CUT_MARGIN_MS)).unref();
  setTimeout(() => {
    hooks.log('stopping: the drain time is up; exiting with calls still open');
    exit(0);
  }, settings.boundMs).unref();
}
