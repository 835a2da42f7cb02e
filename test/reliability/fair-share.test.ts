// One tenant must not starve the others (issue 15, finding 4): while one key floods a 5 s route with
// 300 calls, another key's instant calls all succeed, and the flooder's extra calls are refused at
// once as rate_limited with a retry hint, not left to time out. The lanes themselves: per-key
// turns, a bounded queue, cancellation while waiting, nothing kept once a key is idle.
import { describe, expect, it } from 'vitest';
import { exceptionFailure, KeyOverLimit } from '../../src/errors.js';
import { FairShare } from '../../src/fair-share.js';
import { buildSurface } from '../../src/surface.js';
import { runFlood } from './flood.js';

describe('a flooding tenant', () => {
  it('300 calls to a 5 s route by one key leave another key\'s instant calls untouched', async () => {
    const f = await runFlood({ flood: 300, probes: 50 });
    console.log(
      `fair share (MIOSA_KEY_CONCURRENCY 16, MIOSA_KEY_QUEUE 64, MIOSA_TIMEOUT_MS 4000): flooder ${JSON.stringify(f.floodOutcomes)}; ` +
        `neighbour ${f.probes} calls, p50 ${f.probeP50Ms} ms, p99 ${f.probeP99Ms} ms, max ${f.probeMaxMs} ms, failures ${f.probeFailures.length}`,
    );
    expect(f.probeFailures.slice(0, 3)).toEqual([]);
    // 16 running + 64 waiting; the other 220 are refused at once.
    expect(f.floodOutcomes.rate_limited).toBe(220);
    expect(f.floodOutcomes.timeout).toBe(80);
  }, 60_000);
});

describe('FairShare', () => {
  const gate = () => {
    let open!: () => void;
    const p = new Promise<void>((r) => (open = r));
    return { p, open };
  };

  it('runs a key\'s requests in turns, refuses past its queue, and keeps nothing once idle', async () => {
    const lanes = new FairShare({ concurrency: 2, queue: 1 });
    const never = new AbortController().signal;
    const g = gate();
    const order: string[] = [];
    const run = (name: string) => lanes.run('msk_u_a', never, async () => (order.push(name), g.p));
    const running = [run('1'), run('2'), run('3')];
    await Promise.resolve();
    expect(order).toEqual(['1', '2']);
    await expect(run('4')).rejects.toBeInstanceOf(KeyOverLimit);
    // Another key is not held up.
    expect(await lanes.run('msk_u_b', never, async () => 'b')).toBe('b');
    g.open();
    await Promise.all(running);
    expect(order).toEqual(['1', '2', '3']);
    expect(lanes.activeKeys).toBe(0);
  });

  it('lets a waiting request leave when its call is cancelled', async () => {
    const lanes = new FairShare({ concurrency: 1, queue: 5 });
    const g = gate();
    const first = lanes.run('msk_u_a', new AbortController().signal, () => g.p);
    const ac = new AbortController();
    const waiting = lanes.run('msk_u_a', ac.signal, async () => 'never');
    ac.abort(new DOMException('gone', 'AbortError'));
    await expect(waiting).rejects.toThrow('gone');
    g.open();
    await first;
    expect(lanes.activeKeys).toBe(0);
  });

  it('becomes a rate_limited failure with a retry hint', () => {
    const tool = buildSurface({}, false).tools.find((t) => t.name === 'sandbox_list')!;
    const f = exceptionFailure(tool, new KeyOverLimit(16, 64), 25_000);
    expect(f).toMatchObject({ category: 'rate_limited', retryable: true, retryAfterSeconds: 1 });
    expect(f.message).toMatch(/16 requests .* running and 64 waiting/);
    expect(f.hint).toMatch(/MIOSA_KEY_CONCURRENCY/);
  });
});
