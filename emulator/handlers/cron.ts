// Cron jobs (scheduled for real by the runtime's minute timer) and runs (a command on a sandbox or
// computer, tracked as a durable record).
import { CronError, parseCron } from '../cron-expr.js';
import { conflict, created, invalid, iso, isoOrNull, newId, noContent, ok, sleep, type Ctx, type Handlers } from '../handler-kit.js';
import { MAX_TIMEOUT_S, type Target } from '../world.js';
import type { CronExecutionRec, CronJobRec, RunRec } from '../records.js';
import type { Schema } from '../api-types.js';

function cronView(ctx: Ctx, j: CronJobRec): Schema<'CronJob'> {
  return {
    id: j.id,
    name: j.name,
    schedule: j.schedule,
    command: j.command,
    sandbox_id: j.sandboxId,
    computer_id: j.computerId,
    state: j.state,
    last_run_at: isoOrNull(j.lastRunAt),
    next_run_at: ctx.world.nextCronRun(j),
    created_at: iso(j.createdAt),
    updated_at: iso(j.updatedAt),
  };
}

function executionView(e: CronExecutionRec): Schema<'CronExecution'> {
  return {
    id: e.id,
    cron_job_id: e.cronJobId,
    status: e.status,
    exit_code: e.exitCode,
    output: e.output,
    error: e.error,
    started_at: isoOrNull(e.startedAt),
    finished_at: isoOrNull(e.finishedAt),
    duration_ms: e.durationMs,
  };
}

function checkSchedule(schedule: string): void {
  try {
    parseCron(schedule);
  } catch (e) {
    if (e instanceof CronError) throw invalid('schedule', `schedule "${schedule}" is not a 5-field cron expression: ${e.message}.`);
    throw e;
  }
}

function targetOf(ctx: Ctx, kind: 'sandbox' | 'computer', id: string): Target {
  if (kind === 'sandbox') {
    const rec = ctx.tenant.sandboxes.getOr404(id);
    ctx.world.refreshSandbox(rec);
    return { kind, rec };
  }
  return { kind, rec: ctx.tenant.computers.getOr404(id) };
}

function runView(r: RunRec): Schema<'Run'> {
  return {
    id: r.id,
    target_kind: r.targetKind,
    target_id: r.targetId,
    runner: r.runner,
    provider: r.provider,
    model: r.model,
    instruction: r.instruction,
    status: r.status,
    metadata: r.metadata,
    started_at: iso(r.startedAt),
    finished_at: isoOrNull(r.finishedAt),
    created_at: iso(r.createdAt),
  };
}

function activity(r: RunRec, type: string, message: string): void {
  r.activity.push({ id: newId('act_'), type, message, t: Date.now() });
}

export const cronHandlers: Handlers = {
  listCronJobs(ctx) {
    const q = ctx.query;
    const keep = (j: CronJobRec) => (!q.state || j.state === q.state) && (!q.sandbox_id || j.sandboxId === q.sandbox_id) && (!q.computer_id || j.computerId === q.computer_id);
    return ok(ctx.tenant.cronJobs.page(q, (j) => cronView(ctx, j), keep));
  },

  createCronJob(ctx) {
    // The API takes what the SDKs require, name and schedule; a job without a command or a target
    // is kept, and its runs fail saying so.
    const b = ctx.body;
    if (b.sandbox_id !== undefined && b.computer_id !== undefined) {
      throw invalid('computer_id', 'Give at most one of sandbox_id and computer_id.');
    }
    if (b.command !== undefined && !b.command.trim()) throw invalid('command', 'command may not be empty.');
    checkSchedule(b.schedule);
    if (b.sandbox_id) targetOf(ctx, 'sandbox', b.sandbox_id);
    else if (b.computer_id) targetOf(ctx, 'computer', b.computer_id);
    const now = Date.now();
    const j = ctx.tenant.cronJobs.add({
      id: newId('cron_'),
      name: b.name ?? null,
      schedule: b.schedule,
      command: b.command ?? null,
      sandboxId: b.sandbox_id ?? null,
      computerId: b.computer_id ?? null,
      state: 'active',
      lastRunAt: null,
      createdAt: now,
      updatedAt: now,
      executions: [],
    });
    return created({ data: cronView(ctx, j) });
  },

  getCronJob(ctx) {
    return ok({ data: cronView(ctx, ctx.tenant.cronJobs.getOr404(ctx.path.id)) });
  },

  updateCronJob(ctx) {
    const j = ctx.tenant.cronJobs.getOr404(ctx.path.id);
    const b = ctx.body;
    if (b.schedule !== undefined) checkSchedule(b.schedule);
    if (b.command !== undefined && !b.command.trim()) throw invalid('command', 'command may not be empty.');
    if (b.name !== undefined) j.name = b.name;
    if (b.schedule !== undefined) j.schedule = b.schedule;
    if (b.command !== undefined) j.command = b.command;
    j.updatedAt = Date.now();
    return ok({ data: cronView(ctx, j) });
  },

  deleteCronJob(ctx) {
    ctx.tenant.cronJobs.remove(ctx.path.id);
    return noContent();
  },

  pauseCronJob(ctx) {
    const j = ctx.tenant.cronJobs.getOr404(ctx.path.id);
    if (j.state !== 'paused') {
      j.state = 'paused';
      j.updatedAt = Date.now();
    }
    return ok({ data: cronView(ctx, j) });
  },

  resumeCronJob(ctx) {
    const j = ctx.tenant.cronJobs.getOr404(ctx.path.id);
    const target = ctx.world.cronTarget(ctx.tenant, j);
    const gone = !target || (target.kind === 'sandbox' ? target.rec.state === 'destroyed' : target.rec.status === 'destroyed');
    if (gone) throw conflict('CRON_TARGET_GONE', `The ${j.sandboxId ? 'sandbox' : 'computer'} of ${j.id} no longer exists; create a new job.`, j.state);
    if (j.state !== 'active') {
      j.state = 'active';
      j.updatedAt = Date.now();
    }
    return ok({ data: cronView(ctx, j) });
  },

  async runCronJobNow(ctx) {
    const j = ctx.tenant.cronJobs.getOr404(ctx.path.id);
    if (!j.command || (!j.sandboxId && !j.computerId)) {
      throw conflict('CRON_NOTHING_TO_RUN', `${j.id} has no command or no sandbox_id/computer_id to run it on; create a job with both.`, j.state);
    }
    const target = ctx.world.cronTarget(ctx.tenant, j);
    if (!target) throw conflict('CRON_TARGET_GONE', `The ${j.sandboxId ? 'sandbox' : 'computer'} of ${j.id} no longer exists.`, 'destroyed');
    ctx.world.requireTargetRunnable(target);
    const exe = ctx.world.runCron(ctx.tenant, j, target);
    // Short commands answer finished; longer ones answer running and finish in the executions list.
    await Promise.race([exe.done, sleep(5000)]);
    return ok({ data: executionView(exe) });
  },

  listCronExecutions(ctx) {
    const j = ctx.tenant.cronJobs.getOr404(ctx.path.id);
    return ok({ data: j.executions.map(executionView) });
  },

  async createRun(ctx) {
    const b = ctx.body;
    if (b.instruction === undefined && b.command === undefined) throw invalid('command', 'Give command (a shell command) or instruction (for an agent).');
    const target = targetOf(ctx, b.target_kind, b.target_id);
    ctx.world.requireTargetRunnable(target);
    if (b.cwd !== undefined) ctx.world.cwdFor(target.rec.machine, b.cwd);
    const now = Date.now();
    const r = ctx.tenant.runs.add({
      id: newId('run_'),
      targetKind: b.target_kind,
      targetId: b.target_id,
      runner: b.runner ?? (b.command !== undefined ? 'command' : 'agent'),
      provider: b.command !== undefined ? null : 'emulator',
      model: b.model ?? null,
      instruction: b.instruction ?? null,
      command: b.command ?? null,
      status: 'running',
      metadata: b.metadata ?? {},
      startedAt: now,
      finishedAt: null,
      createdAt: now,
      stdout: null,
      stderr: null,
      exitCode: null,
      activity: [],
      diagnostics: [],
      done: Promise.resolve(),
    });
    activity(r, 'started', `run started on ${b.target_kind} ${b.target_id}`);
    if (b.command === undefined) {
      r.status = 'failed';
      r.finishedAt = Date.now();
      r.diagnostics.push({
        code: 'AGENT_NOT_EMULATED',
        message: 'The local emulator runs commands, not agents: the instruction was recorded but no agent ran. Pass command to run a shell command.',
        retryable: false,
      });
      activity(r, 'failed', 'no agent runner in the emulator');
    } else {
      const abort = new AbortController();
      r.cancel = () => abort.abort();
      r.done = ctx.world
        .exec(ctx.tenant, target, b.command, { cwd: b.cwd, env: b.env, timeoutSec: Math.min(b.timeout ?? MAX_TIMEOUT_S, MAX_TIMEOUT_S), signal: abort.signal })
        .then((res) => {
          r.stdout = res.stdout;
          r.stderr = res.stderr;
          r.exitCode = res.exitCode;
          if (r.status === 'running') r.status = res.exitCode === 0 ? 'succeeded' : 'failed';
          if (res.timedOut) r.diagnostics.push({ code: 'TIMEOUT', message: 'The command ran out of time and was killed.', retryable: true });
          activity(r, r.status, `command exited with ${res.exitCode}`);
        })
        .catch((e: unknown) => {
          r.status = 'failed';
          r.diagnostics.push({ code: 'EXEC_FAILED', message: e instanceof Error ? e.message : String(e), retryable: true });
        })
        .finally(() => {
          r.finishedAt ??= Date.now();
          r.cancel = undefined;
        });
      if (b.wait) await r.done;
    }
    return created({ data: runView(r) });
  },

  listRuns(ctx) {
    const q = ctx.query;
    const keep = (r: RunRec) => (!q.target_kind || r.targetKind === q.target_kind) && (!q.target_id || r.targetId === q.target_id) && (!q.status || r.status === q.status);
    return ok({ data: ctx.tenant.runs.list(runView, keep) });
  },

  getRun(ctx) {
    return ok({ data: runView(ctx.tenant.runs.getOr404(ctx.path.id)) });
  },

  async cancelRun(ctx) {
    const r = ctx.tenant.runs.getOr404(ctx.path.id);
    if (r.status === 'running') {
      r.status = 'canceled';
      r.finishedAt = Date.now();
      activity(r, 'canceled', 'canceled by request');
      r.cancel?.();
      await Promise.race([r.done, sleep(2000)]);
    }
    return ok({ data: runView(r) });
  },

  getRunOutputs(ctx) {
    const r = ctx.tenant.runs.getOr404(ctx.path.id);
    const finished = r.status !== 'running';
    return ok({
      data: {
        run_id: r.id,
        status: r.status,
        result: finished && r.exitCode !== null ? { exit_code: r.exitCode } : null,
        message: r.command === null ? r.diagnostics[0]?.message ?? null : finished ? `Command exited with ${r.exitCode ?? 'no code'}.` : null,
        messages: r.instruction ? [{ id: `${r.id}_msg_1`, role: 'user', type: 'text', text: r.instruction, created_at: iso(r.createdAt) }] : [],
        command_output: { stdout: r.stdout, stderr: r.stderr, exit_code: r.exitCode },
        activity: r.activity.map((a, i) => ({ id: a.id, sequence: i + 1, type: a.type, message: a.message, created_at: iso(a.t) })),
        files: [],
        downloads: [],
        previews: [],
        diagnostics: r.diagnostics,
      },
    });
  },
};
