// Fair sharing of the upstream between API keys. Every request to MIOSA runs in its key's lane: at
// most `concurrency` at once per key, then up to `queue` waiting in order; past that the call is
// refused at once as rate_limited (errors.ts, KeyOverLimit) instead of waiting for a timeout. One
// tenant's slow or numerous calls thus hold at most `concurrency` of the shared connection pool, and
// another tenant's calls start at once. A lane exists only while its key has requests running or
// waiting (nothing about a caller outlives its requests), and is named by a hash, never the key.
import { createHash } from 'node:crypto';
import { parseWhole } from './settings.js';
import { KeyOverLimit } from './errors.js';

export interface FairShareLimits {
  /** Upstream requests of one key running at once (MIOSA_KEY_CONCURRENCY). */
  concurrency: number;
  /** Requests of one key waiting for a turn; past that, rate_limited (MIOSA_KEY_QUEUE). */
  queue: number;
}

export const DEFAULT_FAIR_SHARE: FairShareLimits = { concurrency: 16, queue: 64 };

interface Lane {
  running: number;
  waiting: Array<() => void>;
}

export class FairShare {
  private readonly lanes = new Map<string, Lane>();

  constructor(readonly limits: FairShareLimits = DEFAULT_FAIR_SHARE) {}

  /** Runs `work` in the lane of `apiKey` once it has a turn; a waiting call leaves when `signal` aborts. */
  async run<T>(apiKey: string, signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    const id = createHash('sha256').update(apiKey).digest('base64url');
    let lane = this.lanes.get(id);
    if (!lane) this.lanes.set(id, (lane = { running: 0, waiting: [] }));
    if (lane.running >= this.limits.concurrency) await this.waitTurn(lane, signal);
    else lane.running++;
    try {
      return await work();
    } finally {
      const next = lane.waiting.shift();
      if (next) next(); // the turn passes on: `running` stays the same
      else if (--lane.running === 0) this.lanes.delete(id);
    }
  }

  /** Keys with requests running or waiting now (tests: lanes do not outlive their requests). */
  get activeKeys(): number {
    return this.lanes.size;
  }

  private waitTurn(lane: Lane, signal: AbortSignal): Promise<void> {
    if (lane.waiting.length >= this.limits.queue) throw new KeyOverLimit(this.limits.concurrency, this.limits.queue);
    return new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const turn = (): void => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = (): void => {
        const i = lane.waiting.indexOf(turn);
        if (i >= 0) lane.waiting.splice(i, 1);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      lane.waiting.push(turn);
    });
  }
}

export function fairShareFromEnv(env: NodeJS.ProcessEnv = process.env): FairShareLimits {
  return {
    concurrency: parseWhole('MIOSA_KEY_CONCURRENCY', env.MIOSA_KEY_CONCURRENCY, DEFAULT_FAIR_SHARE.concurrency, 1, 100_000, 'requests'),
    queue: parseWhole('MIOSA_KEY_QUEUE', env.MIOSA_KEY_QUEUE, DEFAULT_FAIR_SHARE.queue, 0, 1_000_000, 'requests'),
  };
}
