// Codegen from scratch, timed in a temporary copy of the repo (the real generated/ is never
// touched): delete generated/, run `npx tsx codegen/main.ts`, compare the output with the repo's.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './procs.js';
import { summarize, type Summary } from './stats.js';

export interface CodegenResult {
  runs: number;
  wallMs: Summary;
  files: number;
  bytes: number;
  /** Output identical, file for file, to the repo's generated/. */
  identicalToRepo: boolean;
  differences: string[];
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

export function timeCodegen(runs = 3): CodegenResult {
  const copy = mkdtempSync(join(os.tmpdir(), 'miosa-bench-codegen-'));
  const skip = new Set(['node_modules', 'dist', '.git', 'generated']);
  try {
    cpSync(ROOT, copy, { recursive: true, filter: (src) => !skip.has(relative(ROOT, src).split('/')[0]) });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(join(copy, 'generated'), { recursive: true, force: true });
      const t0 = performance.now();
      const r = spawnSync('npx', ['tsx', 'codegen/main.ts'], { cwd: copy, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
      times.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`codegen failed (exit ${r.status}): ${(r.stderr || r.stdout).slice(-2000)}`);
    }
    const ours = listFiles(join(copy, 'generated'));
    const repo = listFiles(join(ROOT, 'generated'));
    const differences: string[] = [];
    for (const f of new Set([...ours, ...repo])) {
      const a = join(copy, 'generated', f);
      const b = join(ROOT, 'generated', f);
      if (!existsSync(a)) differences.push(`${f}: only in the repo`);
      else if (!existsSync(b)) differences.push(`${f}: only in the fresh output`);
      else if (!readFileSync(a).equals(readFileSync(b))) differences.push(`${f}: differs`);
    }
    return {
      runs,
      wallMs: summarize(times),
      files: ours.length,
      bytes: ours.reduce((n, f) => n + statSync(join(copy, 'generated', f)).size, 0),
      identicalToRepo: differences.length === 0,
      differences: differences.slice(0, 20),
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
