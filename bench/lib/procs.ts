// The processes a benchmark runs: the emulator, our HTTP server, the peer's; pinned to cores with
// taskset where the machine allows it, their output kept in files (a pipe nobody reads would stall
// a chatty server, and reading it would cost the load generator), their memory read from /proc.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist/src/cli.js');
export const BENCH_KEY = 'msk_u_bench';

let pinnable: boolean | undefined;
/** taskset exists and there are two cores to separate the server from its load. */
export function canPin(): boolean {
  if (pinnable === undefined) {
    pinnable = os.cpus().length >= 2 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  }
  return pinnable;
}

/** Moves this process (all its threads) to one core; a no-op where pinning is unavailable. */
export function pinSelf(core: number): void {
  if (canPin()) spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], { stdio: 'ignore' });
}

/** Lets this process (and the children it starts from now on) run on every core again. */
export function unpinSelf(): void {
  if (canPin()) spawnSync('taskset', ['-a', '-p', '-c', `0-${os.cpus().length - 1}`, String(process.pid)], { stdio: 'ignore' });
}

export function pinned(core: number | undefined, cmd: string, args: string[]): [string, string[]] {
  return core !== undefined && canPin() ? ['taskset', ['-c', String(core), cmd, ...args]] : [cmd, args];
}

/** A child's environment: only what a client would pass, never the benchmark's own. */
export function childEnv(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...extra };
}

let logDir: string | undefined;
export function logsDir(): string {
  logDir ??= mkdtempSync(join(os.tmpdir(), 'miosa-bench-logs-'));
  return logDir;
}

/** Removes the servers' logs (kept only when a run wants them). */
export function removeLogs(): void {
  if (logDir) rmSync(logDir, { recursive: true, force: true });
  logDir = undefined;
}

/** Children still running, stopped if this process ends early (an error half-way through a run). */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

export interface Proc {
  name: string;
  child: ChildProcess;
  pid: number;
  /** The first match of `ready` in the output. */
  match: RegExpExecArray;
  logFile: string;
  output(): string;
  stop(): Promise<void>;
}

export interface ProcSpec {
  name: string;
  cmd: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  core?: number;
  /** Matched against stdout+stderr; the process is up once it matches. */
  ready: RegExp;
  timeoutMs?: number;
}

export async function startProc(spec: ProcSpec): Promise<Proc> {
  const logFile = join(logsDir(), `${spec.name}-${Date.now()}.log`);
  const fd = openSync(logFile, 'w');
  const [cmd, args] = pinned(spec.core, spec.cmd, spec.args);
  const child = spawn(cmd, args, { cwd: spec.cwd ?? ROOT, env: spec.env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const output = () => readFileSync(logFile, 'utf8');
  let exited = false;
  live.add(child);
  child.once('exit', () => {
    exited = true;
    live.delete(child);
  });
  const deadline = Date.now() + (spec.timeoutMs ?? 30_000);
  for (;;) {
    const m = spec.ready.exec(output());
    if (m) {
      const proc: Proc = {
        name: spec.name,
        child,
        pid: child.pid!,
        match: m,
        logFile,
        output,
        stop: () => stopChild(child),
      };
      return proc;
    }
    if (exited) throw new Error(`${spec.name} exited before it was ready (code ${child.exitCode}):\n${output().slice(-2000)}`);
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`${spec.name} was not ready within ${spec.timeoutMs ?? 30_000} ms:\n${output().slice(-2000)}`);
    }
    await sleep(20);
  }
}

export function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface Memory {
  /** Resident set now, bytes. */
  rss: number;
  /** Peak resident set, bytes. */
  hwm: number;
}

export function memoryOf(pid: number): Memory | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/**
 * The emulator as it ships (`node dist/src/cli.js emulator`, the bundle; not tsx, whose transpiling
 * loader made the ceiling look lower than it is), in its own process pinned to `core`, answering at
 * `url`/api/v1. Sandboxes boot in its default 800 ms.
 */
export async function startEmulatorProcess(opts: { core?: number } = {}): Promise<Proc & { url: string }> {
  const p = await startProc({
    name: 'emulator',
    cmd: process.execPath,
    args: [CLI, 'emulator', '--port', '0'],
    env: childEnv({}),
    core: opts.core,
    ready: /emulator\b.*?(http:\/\/127\.0\.0\.1:\d+)/,
  });
  return Object.assign(p, { url: p.match[1] });
}

/** Our CLI serving stateless HTTP (pinned to `core`); `url` is its POST /mcp endpoint. */
export async function startOurHttp(
  upstream: string,
  opts: { core?: number; env?: Record<string, string>; nodeFlags?: string[]; cli?: string } = {},
): Promise<Proc & { url: string }> {
  const p = await startProc({
    name: 'miosa-mcp-http',
    cmd: process.execPath,
    args: [...(opts.nodeFlags ?? []), opts.cli ?? CLI, '--transport', 'http', '--port', '0'],
    env: childEnv({ MIOSA_BASE_URL: upstream, ...opts.env }),
    core: opts.core,
    ready: /at (http:\/\/[^ ]+\/mcp)/,
  });
  return Object.assign(p, { url: p.match[1] });
}

/** Compiles the CLI as `make build` does, so what is measured is the current source. */
export function buildCli(): void {
  const r = spawnSync('bash', ['scripts/build.sh'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`build failed (bash scripts/build.sh exited ${r.status})`);
}

/** A sandbox owned by `key`, created straight on the upstream and waited for until running. */
export async function upstreamSandbox(upstream: string, key: string): Promise<string> {
  const headers = { Authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json' };
  const res = await fetch(`${upstream}/api/v1/sandboxes`, { method: 'POST', headers, body: '{}' });
  const body = (await res.json()) as { data?: { id?: string } };
  const id = body.data?.id;
  if (!res.ok || !id) throw new Error(`could not create a sandbox on the emulator: ${res.status} ${JSON.stringify(body)}`);
  for (let i = 0; i < 200; i++) {
    const got = (await (await fetch(`${upstream}/api/v1/sandboxes/${id}`, { headers })).json()) as { data?: { state?: string } };
    if (got.data?.state === 'running') return id;
    await sleep(50);
  }
  throw new Error(`sandbox ${id} did not reach running`);
}
