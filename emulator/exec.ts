// Commands really run here: `bash -c` as the current user, in the machine's directory, with a time
// limit and capped output. Every child is started in its own process group so that a timeout, a
// stop or the emulator's close ends it with everything it spawned.
import { spawn, type ChildProcess } from 'node:child_process';
import { userInfo } from 'node:os';

/** Most bytes of stdout (and, separately, stderr) kept from one command. */
export const OUTPUT_CAP = 1024 * 1024;

export interface ProcessRegistry {
  add(child: ChildProcess): void;
  delete(child: ChildProcess): void;
}

export interface RunOptions {
  command: string;
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  /** Applied to stdout and stderr (host paths back to virtual ones). */
  mapOutput?: (s: string) => string;
  cap?: number;
  signal?: AbortSignal;
  /** Called with the child once it is spawned (to cancel it from elsewhere). */
  onSpawn?: (child: ChildProcess) => void;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
  killed: boolean;
}

/** The environment a command starts with: a small base, not the emulator's own variables. */
export function baseEnv(home: string): Record<string, string> {
  let user = 'user';
  try {
    user = userInfo().username;
  } catch {
    /* keep the default */
  }
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    USER: user,
    LOGNAME: user,
    SHELL: '/bin/bash',
    LANG: process.env.LANG ?? 'C.UTF-8',
    TERM: 'dumb',
    MIOSA_EMULATOR: '1',
  };
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

class Capped {
  private chunks: Buffer[] = [];
  private size = 0;
  truncated = false;
  constructor(private readonly cap: number) {}
  push(b: Buffer): void {
    if (this.size >= this.cap) {
      this.truncated = true;
      return;
    }
    const take = b.subarray(0, this.cap - this.size);
    if (take.length < b.length) this.truncated = true;
    this.chunks.push(take);
    this.size += take.length;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8') + (this.truncated ? '\n[output truncated by the emulator]\n' : '');
  }
}

export function runCommand(reg: ProcessRegistry, opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const cap = opts.cap ?? OUTPUT_CAP;
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', opts.command], {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    reg.add(child);
    opts.onSpawn?.(child);
    const out = new Capped(cap);
    const err = new Capped(cap);
    let timedOut = false;
    let killed = false;
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, opts.timeoutMs);
    timer.unref();
    const onAbort = (): void => {
      killed = true;
      killGroup(child);
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null, spawnError?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      reg.delete(child);
      const map = opts.mapOutput ?? ((s: string) => s);
      let stderr = map(err.text());
      if (spawnError) stderr += `emulator: could not start bash: ${spawnError.message}\n`;
      if (timedOut) stderr += `emulator: command timed out after ${Math.round(opts.timeoutMs / 1000)} s and was killed\n`;
      const exitCode = spawnError ? 127 : timedOut ? 124 : code ?? (signal ? 128 + (signalNumber(signal) ?? 9) : 1);
      resolve({ exitCode, stdout: map(out.text()), stderr, durationMs: Date.now() - started, timedOut, killed });
    };
    child.on('error', (e) => finish(null, null, e));
    child.on('close', (code, signal) => finish(code, signal));
    // A command that leaves something running in the background (`server &`) keeps the pipes open:
    // answer shortly after bash itself exits, and leave the rest of its group running (it stays in
    // the registry, so close() still ends it).
    child.on('exit', (code, signal) => {
      const t = setTimeout(() => {
        if (settled) return;
        child.stdout?.destroy();
        child.stderr?.destroy();
        const leftover = child;
        finish(code, signal);
        reg.add(leftover);
      }, 250);
      t.unref();
    });
  });
}

function signalNumber(sig: NodeJS.Signals): number | undefined {
  const table: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 };
  return table[sig];
}

export interface LogLine {
  t: number;
  stream: 'stdout' | 'stderr';
  line: string;
}

/** A long-running command (sandbox process, computer service, dynamic deployment). */
export class Background {
  readonly child: ChildProcess;
  readonly startedAt = Date.now();
  readonly lines: LogLine[] = [];
  state: 'running' | 'exited' | 'stopped' = 'running';
  exitCode: number | null = null;
  finishedAt?: number;
  private partial: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  private readonly exitWaiters: Array<() => void> = [];
  private stopping = false;

  constructor(
    reg: ProcessRegistry,
    opts: { command: string; cwd: string; env: Record<string, string>; mapOutput?: (s: string) => string; maxLines?: number },
  ) {
    const maxLines = opts.maxLines ?? 5000;
    const map = opts.mapOutput ?? ((s: string) => s);
    this.child = spawn('bash', ['-c', opts.command], {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    reg.add(this.child);
    const onData = (stream: 'stdout' | 'stderr') => (b: Buffer) => {
      const text = this.partial[stream] + b.toString('utf8');
      const parts = text.split('\n');
      this.partial[stream] = parts.pop() ?? '';
      if (this.partial[stream].length > 64 * 1024) {
        parts.push(this.partial[stream]);
        this.partial[stream] = '';
      }
      for (const line of parts) this.lines.push({ t: Date.now(), stream, line: map(line) });
      if (this.lines.length > maxLines) this.lines.splice(0, this.lines.length - maxLines);
    };
    this.child.stdout!.on('data', onData('stdout'));
    this.child.stderr!.on('data', onData('stderr'));
    const done = (code: number | null, e?: Error): void => {
      if (this.state !== 'running') return;
      for (const stream of ['stdout', 'stderr'] as const) {
        if (this.partial[stream]) this.lines.push({ t: Date.now(), stream, line: map(this.partial[stream]) });
        this.partial[stream] = '';
      }
      if (e) this.lines.push({ t: Date.now(), stream: 'stderr', line: `emulator: could not start bash: ${e.message}` });
      this.state = this.stopping ? 'stopped' : 'exited';
      this.exitCode = e ? 127 : code ?? 137;
      this.finishedAt = Date.now();
      reg.delete(this.child);
      for (const w of this.exitWaiters.splice(0)) w();
    };
    this.child.on('error', (e) => done(null, e));
    this.child.on('close', (code) => done(code));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** The last `n` lines, oldest first. */
  tail(n: number): LogLine[] {
    return this.lines.slice(Math.max(0, this.lines.length - n));
  }

  wait(): Promise<void> {
    if (this.state !== 'running') return Promise.resolve();
    return new Promise((r) => this.exitWaiters.push(r));
  }

  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves when it has exited. */
  async stop(graceMs = 1500): Promise<void> {
    if (this.state !== 'running') return;
    this.stopping = true;
    killGroup(this.child, 'SIGCONT');
    killGroup(this.child, 'SIGTERM');
    const t = setTimeout(() => killGroup(this.child, 'SIGKILL'), graceMs);
    t.unref();
    await this.wait();
    clearTimeout(t);
  }

  signal(sig: NodeJS.Signals): void {
    if (this.state === 'running') killGroup(this.child, sig);
  }
}
