// Where the time goes, for the goals the benchmarks miss:
//   npx tsx bench/profile.ts http [--seconds 10] [--cli dist/src/cli.js]   CPU profile of the HTTP server under load
//   npx tsx bench/profile.ts cold [--cli dist/src/cli.js]                  what loading the CLI's modules costs
// `--cli` profiles another build of the server (e.g. a patched copy) with the same harness.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { callBody, MCP_HEADERS, runLoad } from './lib/load.js';
import { BENCH_KEY, buildCli, childEnv, CLI, pinSelf, removeLogs, ROOT, startEmulatorProcess, startProc, upstreamSandbox } from './lib/procs.js';
import { int, mb, ms, table } from './lib/stats.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: '10' },
    cli: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    /** Keep the .cpuprofile (for Chrome DevTools or speedscope) instead of removing it. */
    'keep-profile': { type: 'boolean', default: false },
  },
});
const what = positionals[0] ?? 'http';
const cli = values.cli ? resolve(values.cli) : CLI;
if (!values.cli && !values['no-build']) buildCli();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Who a frame belongs to: our code, a package, Node's fetch, Node itself, or the engine. */
function owner(url: string, fn: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /\/(src|generated)\/([^/]+)$/.exec(url) ?? /\/(generated)\/tools\//.exec(url);
  if (ours) return ours[1] === 'generated' ? 'ours: generated/' : `ours: src/${ours[2]}`;
  if (url.includes('internal/deps/undici')) return 'node: fetch (undici)';
  if (url.includes('webstreams')) return 'node: web streams';
  if (url.startsWith('node:')) return 'node: core';
  if (!url) return fn.startsWith('(') ? fn : 'native (I/O, JSON, strings)';
  return url;
}

function summarizeProfile(file: string): string {
  const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  p.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (p.timeDeltas[i] ?? 0)));
  let total = 0;
  const byOwner = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    total += t;
    // The bundle puts zod, the SDK and openapi-fetch into dist/ files too: name frames by function.
    const fn = `${n.callFrame.functionName || '(anonymous)'} (${n.callFrame.url.replace(/^.*\//, '') || 'native'}:${n.callFrame.lineNumber + 1})`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
    const o = owner(n.callFrame.url, n.callFrame.functionName);
    byOwner.set(o, (byOwner.get(o) ?? 0) + t);
    const seen = new Set<string>();
    for (let j: number | undefined = id; j !== undefined; j = parent.get(j)) {
      const f = byId.get(j)!.callFrame;
      const o2 = owner(f.url, f.functionName);
      if (!o2.startsWith('ours') && !o2.startsWith('@modelcontextprotocol') && o2 !== 'openapi-fetch' && o2 !== 'zod') continue;
      const where = f.url.replace(/^.*node_modules\//, '').replace(/^.*\/(src|generated)\//, '$1/').replace(/\/dist\/(esm\/)?/, '/');
      const label = `${f.functionName || '(anonymous)'} (${where}:${f.lineNumber + 1})`;
      if (seen.has(label)) continue;
      seen.add(label);
      inclusive.set(label, (inclusive.get(label) ?? 0) + t);
    }
  }
  const pctOf = (t: number) => `${((t / total) * 100).toFixed(1)}%`;
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    `Profile: ${file} (${ms(total / 1000)} sampled)`,
    '',
    table(['self time by owner', 'share'], top(byOwner, 20).map(([k, v]) => [k, pctOf(v)])),
    '',
    table(['inclusive time: our code, the SDK, openapi-fetch, zod', 'share'], top(inclusive, 25).map(([k, v]) => [k, pctOf(v)])),
    '',
    table(['self time by function', 'share'], top(byFunction, 30).map(([k, v]) => [k, pctOf(v)])),
  ].join('\n');
}

if (what === 'http') {
  const dir = mkdtempSync(join(os.tmpdir(), 'miosa-bench-prof-'));
  const emulator = await startEmulatorProcess({ core: 1 });
  try {
    const id = await upstreamSandbox(emulator.url, BENCH_KEY);
    const server = await startProc({
      name: 'profiled-server',
      cmd: process.execPath,
      args: ['--cpu-prof', '--cpu-prof-dir', dir, cli, '--transport', 'http', '--port', '0'],
      env: childEnv({ MIOSA_BASE_URL: emulator.url }),
      core: 0,
      ready: /at (http:\/\/[^ ]+\/mcp)/,
    });
    pinSelf(1);
    const r = await runLoad({
      url: server.match[1],
      bodies: [callBody('sandbox_get', { id })],
      headers: { ...MCP_HEADERS, authorization: `Bearer ${BENCH_KEY}` },
      connections: 50,
      durationSec: Number(values.seconds),
      verify: (b) => b.includes('"result"') && !b.includes('"isError":true'),
      pid: server.pid,
    });
    await server.stop();
    process.stdout.write(`${int(r.rps)} calls/s (profiling on), p99 ${ms(r.p99)}, RSS peak ${mb(r.memoryEnd?.hwm)}, failed ${r.failedResults + r.errors + r.non2xx}\n\n`);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('the server wrote no profile');
    process.stdout.write(`${summarizeProfile(join(dir, file))}\n`);
  } finally {
    await emulator.stop();
    if (values['keep-profile']) process.stdout.write(`\nprofile kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
    removeLogs();
  }
} else if (what === 'cold') {
  // Each step imported in order in one fresh process: what it adds to what came before.
  const sdk = '@modelcontextprotocol/sdk';
  const distRoot = join(cli, '..', '..');
  const steps = [
    ['zod', 'zod'],
    [`${sdk} types`, `${sdk}/types.js`],
    [`${sdk} Server (ajv included)`, `${sdk}/server/index.js`],
    [`${sdk} stdio transport`, `${sdk}/server/stdio.js`],
    ['openapi-fetch', 'openapi-fetch'],
    ['generated/ (145 tool modules)', join(distRoot, 'generated/index.js')],
    ['src/server.js and the rest of src/', join(distRoot, 'src/server.js')],
    [`src/http.js (${sdk} Streamable HTTP, @hono/node-server)`, join(distRoot, 'src/http.js')],
  ];
  const script = `const out = []; for (const [name, spec] of ${JSON.stringify(steps)}) { const t = performance.now(); await import(spec.startsWith('/') ? 'file://' + spec : spec); out.push([name, performance.now() - t]); } console.log(JSON.stringify(out));`;
  const runs: [string, number][][] = [];
  for (let i = 0; i < 7; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(JSON.parse(r.stdout) as [string, number][]);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const rows = steps.map(([name], i) => [name, ms(median(runs.map((r) => r[i][1])))]);
  rows.push(['all of the above', ms(median(runs.map((r) => r.reduce((a, [, t]) => a + t, 0))))]);
  process.stdout.write(`${table(['module (imported in this order, one fresh process, median of 7)', 'adds'], rows)}\n`);
} else {
  throw new Error(`unknown profile "${what}": use http or cold`);
}
