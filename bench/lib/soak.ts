// Soak: many HTTP tool calls at moderate concurrency against the emulator, watching the server's
// resident memory every second. Growth is measured from a late window to the end: the median RSS of
// the samples taken between 50% and 60% of the calls against the median of those in the last 10%.
// By half-way the heap has grown to its working size and been collected many times, so what still
// grows after that is retention, not warm-up; medians of a few samples each smooth the sawtooth of
// the garbage collector, which a single reading at either end would mistake for growth or shrinkage.
import { callBody, MCP_HEADERS, runLoad, type LoadResult } from './load.js';
import { BENCH_KEY, memoryOf, pinSelf, sleep, startEmulatorProcess, startOurHttp, upstreamSandbox, type Memory } from './procs.js';
import { int, mb, median, ms, pct, table } from './stats.js';

export interface SoakOptions {
  calls: number;
  connections?: number;
  /** An emulator already running (its own process); otherwise one is started and stopped here. */
  emulatorUrl?: string;
  say?: (line: string) => void;
}

export interface SoakResult {
  calls: number;
  warmupCalls: number;
  connections: number;
  mix: string;
  durationSec: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  failedResults: number;
  memory: { start: Memory; afterWarmup: Memory; end: Memory; peakRss: number };
  /** (end window − late window) / late window, of the median resident set in each (see above). */
  growth: number;
  /** Median RSS of the late window (50–60% of the calls) and of the end window (last 10%), bytes. */
  windows: { late: number; end: number; lateSamples: number; endSamples: number };
  /** (end − after warm-up) / after warm-up, as earlier runs measured it (warm-up = first 10%). */
  growthAfterWarmup: number;
  /** RSS every ~1 s of the main phase, bytes. */
  series: { calls: number; rss: number }[];
  /**
   * After each full (mark-compact) collection, from the server's --trace-gc: the live heap and the
   * heap V8 keeps committed, MB. A leak shows as live heap that keeps rising; RSS can grow while it
   * stays flat, because V8 raises its heap limit under a high allocation rate and keeps the space.
   */
  fullGcs: { live: number; committed: number }[];
  targetGrowth: number;
  met: boolean;
}

export const SOAK_TARGET_GROWTH = 0.1;

export async function runSoak(opts: SoakOptions): Promise<SoakResult> {
  const say = opts.say ?? (() => {});
  const connections = opts.connections ?? 16;
  const key = `${BENCH_KEY}_soak`;
  const emulator = opts.emulatorUrl ? undefined : await startEmulatorProcess({ core: 1 });
  const upstream = opts.emulatorUrl ?? emulator!.url;
  const server = await startOurHttp(upstream, { core: 0, nodeFlags: ['--trace-gc'] });
  pinSelf(1);
  try {
    const id = await upstreamSandbox(upstream, key);
    await sleep(500);
    const start = memoryOf(server.pid)!;
    const bodies = [callBody('sandbox_get', { id }), callBody('sandbox_list', {})];
    const headers = { ...MCP_HEADERS, authorization: `Bearer ${key}` };
    const verify = (b: string) => b.includes('"result"') && !b.includes('"isError":true');
    const warmupCalls = Math.min(10_000, Math.max(1000, Math.round(opts.calls * 0.1)));
    const mainCalls = Math.max(0, opts.calls - warmupCalls);
    say(`soak: warm-up ${int(warmupCalls)} calls, ${connections} connections`);
    const warm = await runLoad({ url: server.url, bodies, headers, connections, amount: warmupCalls, verify, pid: server.pid });
    await sleep(500);
    const afterWarmup = memoryOf(server.pid)!;
    say(`soak: main ${int(mainCalls)} calls (RSS after warm-up ${mb(afterWarmup.rss)})`);
    const series: { calls: number; rss: number }[] = [];
    let lastLog = Date.now();
    const main = await runLoad({
      url: server.url,
      bodies,
      headers,
      connections,
      amount: mainCalls,
      verify,
      pid: server.pid,
      onTick: (done) => {
        series.push({ calls: warmupCalls + done, rss: memoryOf(server.pid)?.rss ?? Number.NaN });
        if (Date.now() - lastLog > 10_000) {
          lastLog = Date.now();
          say(`soak: ${int(warmupCalls + done)} / ${int(opts.calls)} calls`);
        }
      },
    });
    const end = memoryOf(server.pid)!;
    const fullGcs = [...server.output().matchAll(/Mark-Compact[^\n]*? -> ([\d.]+) \(([\d.]+)\) MB/g)].map((m) => ({ live: Number(m[1]), committed: Number(m[2]) }));
    series.push({ calls: opts.calls, rss: end.rss });
    const both: LoadResult[] = [warm, main];
    const duration = both.reduce((a, r) => a + r.durationSec, 0);
    const windowMedian = (from: number, to: number) => {
      const v = series.filter((x) => x.calls >= from * opts.calls && x.calls <= to * opts.calls && Number.isFinite(x.rss)).map((x) => x.rss);
      return { median: median(v), n: v.length };
    };
    const late = windowMedian(0.5, 0.6);
    const last = windowMedian(0.9, 1);
    const growth = (last.median - late.median) / late.median;
    return {
      calls: both.reduce((a, r) => a + r.requests, 0),
      warmupCalls,
      connections,
      mix: 'sandbox_get, sandbox_list alternating',
      durationSec: duration,
      rps: main.rps,
      p50: main.p50,
      p99: main.p99,
      errors: both.reduce((a, r) => a + r.errors + r.timeouts + r.non2xx, 0),
      failedResults: both.reduce((a, r) => a + r.failedResults, 0),
      memory: { start, afterWarmup, end, peakRss: Math.max(end.hwm, ...series.map((s) => s.rss)) },
      growth,
      windows: { late: late.median, end: last.median, lateSamples: late.n, endSamples: last.n },
      growthAfterWarmup: (end.rss - afterWarmup.rss) / afterWarmup.rss,
      series,
      fullGcs,
      targetGrowth: SOAK_TARGET_GROWTH,
      met: growth < SOAK_TARGET_GROWTH,
    };
  } finally {
    await server.stop();
    await emulator?.stop();
  }
}

export function soakTable(r: SoakResult): string {
  return table(
    ['calls', 'connections', 'duration', 'calls/s', 'p50', 'p99', 'errors', 'failed results', 'RSS start', 'RSS after warm-up', 'RSS late window (50–60%)', 'RSS end window (90–100%)', 'RSS end', 'peak (VmHWM)', 'growth, late window → end', 'target < 10%', 'growth after warm-up (old measure)', 'live heap after full GCs: first, half-way, last, max (committed at the last)'],
    [
      [
        int(r.calls),
        r.connections,
        `${r.durationSec.toFixed(1)} s`,
        int(r.rps),
        ms(r.p50),
        ms(r.p99),
        r.errors,
        r.failedResults,
        mb(r.memory.start.rss),
        mb(r.memory.afterWarmup.rss),
        `${mb(r.windows.late)} (${r.windows.lateSamples} samples)`,
        `${mb(r.windows.end)} (${r.windows.endSamples} samples)`,
        mb(r.memory.end.rss),
        mb(r.memory.peakRss),
        pct(r.growth),
        r.met ? 'met' : 'MISSED',
        pct(r.growthAfterWarmup),
        liveHeap(r.fullGcs),
      ],
    ],
  );
}

function liveHeap(gcs: SoakResult['fullGcs']): string {
  if (!gcs.length) return 'no full GC';
  const mbs = (v: number) => `${v.toFixed(1)} MB`;
  const last = gcs[gcs.length - 1];
  const max = Math.max(...gcs.map((g) => g.live));
  return `${gcs.length} GCs: ${mbs(gcs[0].live)}, ${mbs(gcs[Math.floor(gcs.length / 2)].live)}, ${mbs(last.live)}, max ${mbs(max)} (${mbs(last.committed)})`;
}
