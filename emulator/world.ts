// The world one running emulator simulates: its configuration, the organizations it has met (one per
// API key), the processes it started, and the clock that moves resources through their lifecycles.
// Handlers reach it as `ctx.world`.
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError, conflict, iso, newId, uuid } from './handler-kit.js';
import { matches, nextRun, parseCron } from './cron-expr.js';
import { Background, baseEnv, killGroup, runCommand, type RunResult } from './exec.js';
import { makeMachine, rewriteIn, rewriteOut, toHost, type Machine } from './machine.js';
import { scopesFromKey, type Scopes } from './key-scopes.js';
import type { Spec } from './spec.js';
import { log, Tenant, type ComputerRec, type CronExecutionRec, type CronJobRec, type SandboxRec } from './records.js';

export interface WorldConfig {
  /**
   * The origin of the pages (published sites, previews, exports, desktop pages): every URL handlers
   * answer points there. It is not the API's origin, so a published page cannot call the API.
   */
  url: string;
  bootMs: number;
  dataDir: string;
  log: (line: string) => void;
}

export interface Caller {
  tenant: Tenant;
  scopes: Scopes;
  keyId: string;
}

/** A sandbox or a computer that commands run on. */
export type Target = { kind: 'sandbox'; rec: SandboxRec } | { kind: 'computer'; rec: ComputerRec };

/** Exec time limit: the request's seconds, default 60, at most 300. */
export const DEFAULT_TIMEOUT_S = 60;
export const MAX_TIMEOUT_S = 300;

export class World {
  readonly tenants = new Map<string, Tenant>();
  /** API key text → the tenant and key record it stands for. */
  readonly keys = new Map<string, { tenantId: string; keyId: string }>();
  readonly children = new Set<ChildProcess>();
  /**
   * Every process group started (a child is its group's leader: all are spawned detached). Kept after
   * the child exits: what it left running (`nohup sleep 60 &`) stays in the group, and is ended on close.
   */
  readonly groups = new Set<number>();
  readonly backgrounds = new Set<Background>();
  readonly timers = new Set<NodeJS.Timeout>();
  closed = false;

  constructor(
    readonly config: WorldConfig,
    readonly spec: Spec,
  ) {}

  get url(): string {
    return this.config.url;
  }

  get bootMs(): number {
    return this.config.bootMs;
  }

  log(line: string): void {
    this.config.log(line);
  }

  readonly registry = {
    add: (c: ChildProcess) => {
      this.children.add(c);
      this.pruneGroups();
      if (c.pid !== undefined) this.groups.add(c.pid);
    },
    delete: (c: ChildProcess) => this.children.delete(c),
  };

  /** Creates a directory under the data directory and answers its path. */
  mkdir(...parts: string[]): string {
    const dir = join(this.config.dataDir, ...parts);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  // ── auth ────────────────────────────────────────────────────────────────
  authenticate(authorization: string | undefined): Caller {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!authorization) throw new ApiError(401, 'UNAUTHORIZED', 'Missing API key: send Authorization: Bearer msk_...');
    if (!m || !/^msk_[A-Za-z0-9._~+/=-]+$/.test(m[1])) {
      throw new ApiError(401, 'UNAUTHORIZED', 'Invalid or revoked API key.');
    }
    const key = m[1];
    let entry = this.keys.get(key);
    if (!entry) {
      const hash = createHash('sha256').update(key).digest('hex');
      const tenant = new Tenant(uuid(), `Emulated org ${hash.slice(0, 6)}`, `org-${hash.slice(0, 8)}`, this.mkdir('tenants', hash.slice(0, 16)));
      const scopes = scopesFromKey(key);
      const keyId = newId('key_');
      tenant.apiKeys.set(keyId, {
        id: keyId,
        name: 'emulator key',
        token: key,
        scopes: scopes === 'all' ? [] : [...scopes],
        expiresAt: null,
        lastUsedAt: null,
        createdAt: Date.now(),
      });
      this.tenants.set(tenant.id, tenant);
      entry = { tenantId: tenant.id, keyId };
      this.keys.set(key, entry);
      // The slug comes from a hash of the key; no part of the key itself is ever logged.
      this.log(`new tenant ${tenant.slug}`);
    }
    const tenant = this.tenants.get(entry.tenantId)!;
    const rec = tenant.apiKeys.get(entry.keyId);
    if (!rec) throw new ApiError(401, 'UNAUTHORIZED', 'Invalid or revoked API key.');
    if (rec.expiresAt !== null && rec.expiresAt <= Date.now()) throw new ApiError(401, 'UNAUTHORIZED', 'The API key has expired.');
    rec.lastUsedAt = Date.now();
    return { tenant, scopes: rec.scopes.length ? new Set(rec.scopes) : 'all', keyId: rec.id };
  }

  // ── lifecycles ──────────────────────────────────────────────────────────
  /** Moves this tenant's resources along with the clock (boots finish, lifetimes run out). */
  refresh(t: Tenant): void {
    const now = Date.now();
    for (const s of t.sandboxes.values()) this.refreshSandbox(s, now);
    for (const c of t.computers.values()) this.refreshComputer(c, now);
  }

  refreshComputer(c: ComputerRec, now = Date.now()): void {
    if (c.status === 'provisioning' && c.bootUntil !== undefined && now >= c.bootUntil) {
      c.status = 'active';
      c.updatedAt = now;
      log(c.logs, 'desktop session ready (display :0, 1024x768)');
    }
  }

  refreshSandbox(s: SandboxRec, now = Date.now()): void {
    if (s.state === 'provisioning' && s.bootUntil !== undefined && now >= s.bootUntil) {
      s.state = 'running';
      s.startedAt ??= s.bootUntil;
      s.readyAt = s.bootUntil;
      s.runningSince = s.bootUntil;
      s.deadline = s.bootUntil + s.timeoutSec * 1000;
      log(s.logs, `boot: ready in ${s.bootMs ?? this.bootMs} ms`);
      log(s.logs, 'envd: listening on :49983');
    }
    if (s.state === 'running' && !s.alwaysOn && s.deadline !== undefined && now >= s.deadline) {
      if (s.persistent) {
        this.pauseSandbox(s, 'lifetime reached; paused (persistent)');
      } else {
        void this.destroySandbox(s, 'lifetime reached; destroyed');
      }
    }
  }

  pauseSandbox(s: SandboxRec, why = 'paused'): void {
    if (s.runningSince !== undefined) s.runtimeMs += Date.now() - s.runningSince;
    s.runningSince = undefined;
    s.state = 'paused';
    for (const p of s.processes.values()) p.bg.signal('SIGSTOP');
    log(s.logs, why);
  }

  resumeSandbox(s: SandboxRec, bootMs = this.bootMs): void {
    for (const p of s.processes.values()) p.bg.signal('SIGCONT');
    s.state = 'provisioning';
    s.bootMs = bootMs;
    s.bootUntil = Date.now() + bootMs;
    log(s.logs, 'resuming');
    this.refreshSandbox(s);
  }

  async destroySandbox(s: SandboxRec, why = 'destroyed'): Promise<void> {
    if (s.state === 'destroyed') return;
    if (s.runningSince !== undefined) s.runtimeMs += Date.now() - s.runningSince;
    s.runningSince = undefined;
    s.state = 'destroyed';
    s.destroyedAt = Date.now();
    log(s.logs, why);
    await Promise.all([...s.processes.values()].map((p) => p.bg.stop(500)));
  }

  // ── running commands ────────────────────────────────────────────────────
  /** 409 unless the sandbox can run commands now; a paused persistent sandbox is resumed at once. */
  requireRunning(s: SandboxRec): void {
    this.refreshSandbox(s);
    if (s.state === 'paused' && s.persistent) this.resumeSandbox(s, 0);
    if (s.state !== 'running') {
      const hint = s.state === 'provisioning' ? 'it is still booting; poll it until running' : s.state === 'paused' ? 'resume it first' : 'create a new one';
      throw conflict('SANDBOX_NOT_RUNNING', `Sandbox ${s.id} is ${s.state}; ${hint}.`, s.state);
    }
  }

  requireActive(c: ComputerRec): void {
    if (c.status !== 'active') {
      const hint = c.status === 'provisioning' ? 'it is still booting; poll it until active' : 'start it first';
      throw conflict('COMPUTER_NOT_RUNNING', `Computer ${c.id} is ${c.status}; ${hint}.`, c.status);
    }
  }

  requireTargetRunnable(t: Target): void {
    if (t.kind === 'sandbox') this.requireRunning(t.rec);
    else this.requireActive(t.rec);
  }

  /** The environment of commands on a target: base, bound secrets, the machine's env, then `extra`. */
  envFor(tenant: Tenant, t: Target, extra: Record<string, string> = {}): Record<string, string> {
    const machine = t.rec.machine;
    const env = baseEnv(toHost(machine, '/home/user') ?? machine.root);
    env.TMPDIR = toHost(machine, '/tmp') ?? machine.root;
    for (const sec of tenant.secrets.values()) {
      if (sec.exposeAsEnv && sec.resourceId === t.rec.id) env[sec.exposeAsEnv] = sec.value;
    }
    if (t.kind === 'sandbox') {
      env.MIOSA_SANDBOX_ID = t.rec.id;
      for (const [k, v] of t.rec.env) env[k] = rewriteIn(machine, v.value);
    } else {
      env.MIOSA_COMPUTER_ID = t.rec.id;
      env.DISPLAY = ':0';
      for (const [k, v] of t.rec.env) env[k] = rewriteIn(machine, v);
    }
    for (const [k, v] of Object.entries(extra)) env[k] = rewriteIn(machine, v);
    return env;
  }

  /** Host directory of a virtual cwd, or a 422 naming `field`. */
  cwdFor(machine: Machine, cwd: string | undefined, field = 'cwd'): string {
    const host = toHost(machine, cwd ?? machine.home);
    if (!host) throw new ApiError(422, 'VALIDATION_ERROR', `${field} must be inside ${machine.mounts.map((m) => m.at).join(', ')}.`, { field });
    mkdirIfHome(machine, cwd, host);
    if (!statSync(host, { throwIfNoEntry: false })?.isDirectory()) {
      throw new ApiError(422, 'VALIDATION_ERROR', `${field} ${cwd} is not a directory.`, { field });
    }
    return host;
  }

  async exec(
    tenant: Tenant,
    t: Target,
    command: string,
    opts: { cwd?: string; env?: Record<string, string>; timeoutSec?: number; signal?: AbortSignal; onSpawn?: (c: ChildProcess) => void } = {},
  ): Promise<RunResult> {
    const machine = t.rec.machine;
    const cwd = this.cwdFor(machine, opts.cwd);
    const timeoutSec = Math.min(Math.max(opts.timeoutSec ?? DEFAULT_TIMEOUT_S, 1), MAX_TIMEOUT_S);
    const result = await runCommand(this.registry, {
      command: rewriteIn(machine, command),
      cwd,
      env: this.envFor(tenant, t, opts.env),
      timeoutMs: timeoutSec * 1000,
      mapOutput: (s) => rewriteOut(machine, s),
      signal: opts.signal,
      onSpawn: opts.onSpawn,
    });
    const logs = t.rec.logs;
    log(logs, `exec: ${command.length > 200 ? command.slice(0, 200) + '…' : command} → exit ${result.exitCode} (${result.durationMs} ms)`);
    tenant.spend(0.001);
    return result;
  }

  background(
    tenant: Tenant,
    t: Target,
    command: string,
    opts: { cwd?: string; env?: Record<string, string>; field?: string } = {},
  ): Background {
    const machine = t.rec.machine;
    const cwd = this.cwdFor(machine, opts.cwd, opts.field ?? 'cwd');
    return this.spawn(machine, command, this.envFor(tenant, t, opts.env), cwd);
  }

  /** Starts a long-running command on a machine (paths rewritten both ways); stopped on close. */
  spawn(machine: Machine, command: string, env: Record<string, string>, cwdHost: string): Background {
    const bg = new Background(this.registry, {
      command: rewriteIn(machine, command),
      cwd: cwdHost,
      env,
      mapOutput: (s) => rewriteOut(machine, s),
    });
    this.backgrounds.add(bg);
    void bg.wait().then(() => this.backgrounds.delete(bg));
    return bg;
  }

  // ── cron ────────────────────────────────────────────────────────────────
  cronTarget(tenant: Tenant, job: CronJobRec): Target | undefined {
    if (job.sandboxId) {
      const rec = tenant.sandboxes.get(job.sandboxId);
      return rec ? { kind: 'sandbox', rec } : undefined;
    }
    const rec = job.computerId ? tenant.computers.get(job.computerId) : undefined;
    return rec ? { kind: 'computer', rec } : undefined;
  }

  /** Starts one execution of a job; `done` settles when it has finished. */
  runCron(tenant: Tenant, job: CronJobRec, target: Target): CronExecutionRec {
    const exe: CronExecutionRec = {
      id: newId('exec_'),
      cronJobId: job.id,
      status: 'running',
      exitCode: null,
      output: null,
      error: null,
      startedAt: Date.now(),
      finishedAt: null,
      durationMs: null,
      done: Promise.resolve(),
    };
    job.lastRunAt = exe.startedAt;
    job.executions.unshift(exe);
    if (job.executions.length > 100) job.executions.length = 100;
    exe.done = this.exec(tenant, target, job.command ?? '', { timeoutSec: MAX_TIMEOUT_S })
      .then((r) => {
        exe.exitCode = r.exitCode;
        exe.status = r.exitCode === 0 ? 'succeeded' : 'failed';
        const output = r.stdout + r.stderr;
        exe.output = output.length > 64 * 1024 ? output.slice(0, 64 * 1024) + '\n[truncated]\n' : output;
        if (r.exitCode !== 0) exe.error = r.timedOut ? 'timed out' : `exit code ${r.exitCode}`;
      })
      .catch((e: unknown) => {
        exe.status = 'failed';
        exe.error = e instanceof Error ? e.message : String(e);
      })
      .finally(() => {
        exe.finishedAt = Date.now();
        exe.durationMs = exe.finishedAt - (exe.startedAt ?? exe.finishedAt);
      });
    return exe;
  }

  nextCronRun(job: CronJobRec): string | null {
    if (job.state !== 'active') return null;
    try {
      const next = nextRun(parseCron(job.schedule), new Date());
      return next ? iso(next.getTime()) : null;
    } catch {
      return null;
    }
  }

  /** Checks every active job at each minute boundary (UTC). */
  startScheduler(): void {
    const arm = (): void => {
      if (this.closed) return;
      const now = Date.now();
      const wait = 60_000 - (now % 60_000) + 50;
      const t = setTimeout(() => {
        this.timers.delete(t);
        this.tickCron(new Date());
        arm();
      }, wait);
      t.unref();
      this.timers.add(t);
    };
    arm();
  }

  tickCron(at: Date): void {
    const minute = new Date(at.getTime());
    minute.setUTCSeconds(0, 0);
    for (const tenant of this.tenants.values()) {
      this.refresh(tenant);
      for (const job of tenant.cronJobs.values()) {
        if (job.state !== 'active') continue;
        let due = false;
        try {
          due = matches(parseCron(job.schedule), minute);
        } catch {
          job.state = 'error';
        }
        if (!due) continue;
        const target = this.cronTarget(tenant, job);
        try {
          if (!job.command || (!job.sandboxId && !job.computerId)) throw new Error('the job has no command or no target to run it on');
          if (!target) throw new Error('target no longer exists');
          this.requireTargetRunnable(target);
          this.runCron(tenant, job, target);
        } catch (e) {
          const now = Date.now();
          job.lastRunAt = now;
          job.executions.unshift({
            id: newId('exec_'),
            cronJobId: job.id,
            status: 'failed',
            exitCode: null,
            output: null,
            error: e instanceof Error ? e.message : String(e),
            startedAt: now,
            finishedAt: now,
            durationMs: 0,
            done: Promise.resolve(),
          });
        }
      }
    }
  }

  // ── close ───────────────────────────────────────────────────────────────
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.all([...this.backgrounds].map((b) => b.stop(300)));
    this.killAll();
  }

  /** Forgets groups with no process left, so a group id reused later by someone else is never signalled. */
  private pruneGroups(): void {
    for (const pgid of this.groups) {
      try {
        process.kill(-pgid, 0);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ESRCH') this.groups.delete(pgid);
      }
    }
  }

  /** SIGKILL to every process group started, synchronously (also from an exit handler). */
  killAll(): void {
    for (const c of this.children) killGroup(c);
    this.children.clear();
    for (const pgid of this.groups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* the group is gone */
      }
    }
    this.groups.clear();
  }

  newMachine(root: string, home: string): Machine {
    return makeMachine(
      root,
      [
        ['/workspace', join(root, 'workspace')],
        ['/home', join(root, 'home')],
        ['/tmp', join(root, 'tmp')],
        ['/opt', join(root, 'opt')],
      ],
      home,
    );
  }
}

function mkdirIfHome(machine: Machine, cwd: string | undefined, host: string): void {
  // The default directories always exist, even if a command removed them.
  if (cwd === undefined || cwd === machine.home) mkdirSync(host, { recursive: true });
}
