// Heap flags and the upstream pool size, chosen by measurement (issue 17): each variant of the HTTP
// server under the throughput load of run.ts, in interleaved rounds that each start with the
// emulator alone, so a variant is judged by its ratios to the ceiling measured minutes before.
//
//   npx tsx bench/tuning.ts [--rounds 2] [--duration 8] [--no-build]
//
// Pool sizes are tried on a copy of the bundle with its agent's maxSockets changed (the shipped
// value is in src/keepalive-fetch.ts); heap flags are given to node. Prints one table; nothing saved.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_KEY, buildCli, pinSelf, removeLogs, ROOT, startEmulatorProcess, upstreamSandbox } from './lib/procs.js';
import { median, mb, table } from './lib/stats.js';
import { measureCeiling, measureOurs, type ServerLoad, type Target } from './lib/throughput.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    duration: { type: 'string', default: '8' },
    'no-build': { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(values.rounds);
const DURATION = Number(values.duration);
const say = (line: string) => process.stderr.write(`[tuning] ${line}\n`);
if (!values['no-build']) buildCli();

/** A copy of the package's runnable parts with the upstream pool's maxSockets set to `n`. */
function poolVariant(n: number, dir: string): string {
  const root = join(dir, `pool-${n}`);
  cpSync(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  mkdirSync(join(root, 'openapi'));
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  copyFileSync(join(ROOT, 'openapi/instructions.md'), join(root, 'openapi/instructions.md'));
  let patched = 0;
  const chunks = join(root, 'dist/src/chunks');
  for (const f of [join(root, 'dist/src/cli.js'), ...readdirSync(chunks).map((c) => join(chunks, c))]) {
    const text = readFileSync(f, 'utf8');
    const next = text.replace(/maxSockets: \d+/g, () => (patched++, `maxSockets: ${n}`));
    if (next !== text) writeFileSync(f, next);
  }
  if (patched !== 1) throw new Error(`expected one maxSockets in the bundle, found ${patched}: update bench/tuning.ts`);
  return join(root, 'dist/src/cli.js');
}

const tmp = mkdtempSync(join(os.tmpdir(), 'miosa-bench-tuning-'));
const variants: { name: string; nodeFlags?: string[]; cli?: string }[] = [
  { name: 'as shipped' },
  { name: '--max-semi-space-size=4' },
  { name: '--max-semi-space-size=32' },
  { name: '--max-old-space-size=64' },
  { name: 'upstream pool maxSockets 16', cli: poolVariant(16, tmp) },
  { name: 'upstream pool maxSockets 64', cli: poolVariant(64, tmp) },
].map((v) => (v.name.startsWith('--') ? { ...v, nodeFlags: [v.name] } : v));

const emulator = await startEmulatorProcess({ core: 1 });
try {
  const sandbox = await upstreamSandbox(emulator.url, BENCH_KEY);
  pinSelf(1);
  const target: Target = { emulatorUrl: emulator.url, emulatorPid: emulator.pid, sandbox, key: BENCH_KEY, connections: 50 };
  const got = new Map<string, { load: ServerLoad; ceilingRps: number; ceilingP99: number }[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    say(`round ${round}/${ROUNDS}: the ceiling, then ${variants.length} variants, ${DURATION} s each`);
    const ceiling = await measureCeiling(target, Math.min(DURATION, 5));
    for (const v of variants) {
      const load = await measureOurs(target, { warmupSec: 2, durationSec: DURATION, nodeFlags: v.nodeFlags, cli: v.cli });
      got.set(v.name, [...(got.get(v.name) ?? []), { load, ceilingRps: ceiling.rps, ceilingP99: ceiling.p99 }]);
    }
  }
  const rows = variants.map((v) => {
    const runs = got.get(v.name)!;
    const rps = runs.map((r) => r.load.rps / r.ceilingRps);
    const p99 = runs.map((r) => r.load.p99 / r.ceilingP99);
    const hwm = runs.map((r) => r.load.memoryEnd?.hwm ?? Number.NaN);
    const fmt = (a: number[], f: (x: number) => string) => `${f(median(a))} (${a.map(f).join(', ')})`;
    return [
      v.name,
      fmt(rps, (x) => `${x.toFixed(2)}×`),
      fmt(p99, (x) => `${x.toFixed(2)}×`),
      fmt(hwm, mb),
      String(runs.reduce((a, r) => a + r.load.errors + r.load.timeouts + r.load.non2xx + r.load.failedResults, 0)),
    ];
  });
  process.stdout.write(
    `\n### Tuning (${ROUNDS} rounds, ${DURATION} s per variant, 50 connections, tools/call sandbox_get)\n\n` +
      table(['variant', 'calls/s ÷ ceiling: median (each round)', 'p99 ÷ emulator p99', 'RSS peak (VmHWM)', 'failures'], rows) +
      '\n',
  );
} finally {
  await emulator.stop();
  rmSync(tmp, { recursive: true, force: true });
  removeLogs();
}
