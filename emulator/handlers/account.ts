// Organization, workspaces, regions, credits and usage; API keys, egress secrets, webhooks,
// functions and health checks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGIONS } from '../catalog.js';
import { conflict, created, invalid, iso, isoOrNull, newId, noContent, ok, randomToken, type Ctx, type Handlers } from '../handler-kit.js';
import { baseEnv, runCommand } from '../exec.js';
import { keyForScopes } from '../key-scopes.js';
import type { ApiKeyRec, FunctionRec, SecretRec, Tenant, WebhookRec } from '../records.js';
import type { Schema } from '../api-types.js';

function orgView(t: Tenant): Schema<'Organization'> {
  return {
    id: t.id,
    name: t.name,
    slug: t.slug,
    role: 'owner',
    plan: 'pro',
    plan_name: 'Pro (emulated)',
    credit_balance: t.balance,
    inserted_at: iso(t.createdAt),
    updated_at: iso(),
  };
}

function keyView(k: ApiKeyRec): Schema<'ApiKey'> {
  return {
    id: k.id,
    name: k.name,
    prefix: k.token.slice(0, 12),
    scopes: k.scopes,
    expires_at: isoOrNull(k.expiresAt),
    last_used_at: isoOrNull(k.lastUsedAt),
    created_at: iso(k.createdAt),
  };
}

function mask(value: string): string {
  return value.length <= 6 ? '••••••' : `${value.slice(0, 3)}••••••${value.slice(-2)}`;
}

function secretView(s: SecretRec): Schema<'Secret'> {
  return {
    id: s.id,
    name: s.name,
    type: s.type,
    scope: s.scope,
    workspace_id: s.workspaceId,
    resource_id: s.resourceId,
    resource_type: s.resourceType,
    masked_value: mask(s.value),
    expires_at: isoOrNull(s.expiresAt),
    metadata: s.exposeAsEnv ? { expose_as_env: s.exposeAsEnv } : {},
    created_at: iso(s.createdAt),
  };
}

function functionView(f: FunctionRec): Schema<'FunctionDefinition'> {
  return {
    id: f.id,
    name: f.name,
    state: 'ready',
    runtime: f.runtime,
    handler: f.handler,
    memory_mb: f.memoryMb,
    timeout_sec: f.timeoutSec,
    env: f.env,
    created_at: iso(f.createdAt),
  };
}

function webhookView(w: WebhookRec): Schema<'Webhook'> {
  return { id: w.id, url: w.url, events: w.events, enabled: w.enabled, state: w.enabled ? 'active' : 'disabled', created_at: iso(w.createdAt) };
}

function usagePeriod(period: string | undefined): string {
  if (period) return period;
  const d = new Date();
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Compute hours of a tenant's sandboxes and computers (rough, from their runtimes). */
function computeHours(t: Tenant): number {
  let ms = 0;
  const now = Date.now();
  for (const s of t.sandboxes.values()) ms += s.runtimeMs + (s.runningSince !== undefined ? now - s.runningSince : 0);
  return Math.round((ms / 3_600_000) * 1000) / 1000;
}

/** Runs a function's code with its payload: node (.mjs / .cjs) and python runtimes run for real. */
async function invoke(ctx: Ctx, f: FunctionRec, payload: unknown): Promise<{ status: 'succeeded' | 'failed'; result: unknown; error: string | null; duration_ms: number }> {
  const started = Date.now();
  const fail = (error: string) => ({ status: 'failed' as const, result: null, error, duration_ms: Date.now() - started });
  if (!f.code) return fail('The function has no code (create it with code to invoke it in the emulator).');
  const runtime = f.runtime.toLowerCase();
  const fn = (f.handler ?? 'handler').split('.').pop() || 'handler';
  const dir = mkdtempSync(join(ctx.world.mkdir('functions'), `${f.id}-`));
  try {
    let command: string;
    writeFileSync(join(dir, 'payload.json'), JSON.stringify(payload ?? {}));
    if (runtime.startsWith('node') || runtime.startsWith('javascript') || runtime === 'js') {
      const cjs = /\bmodule\.exports\b|\bexports\.\w+\s*=/.test(f.code);
      const file = cjs ? 'index.cjs' : 'index.mjs';
      writeFileSync(join(dir, file), f.code);
      writeFileSync(
        join(dir, 'run.mjs'),
        `import { readFileSync } from 'node:fs';
const mod = await import('./${file}');
const fn = mod[${JSON.stringify(fn)}] ?? mod.default?.[${JSON.stringify(fn)}] ?? (typeof mod.default === 'function' ? mod.default : undefined);
if (typeof fn !== 'function') { console.error('handler ${fn} is not exported'); process.exit(2); }
const result = await fn(JSON.parse(readFileSync('payload.json', 'utf8')), {});
process.stdout.write('\\n__MIOSA_RESULT__' + JSON.stringify(result === undefined ? null : result));
`,
      );
      command = 'node run.mjs';
    } else if (runtime.startsWith('python')) {
      writeFileSync(join(dir, 'main.py'), f.code);
      writeFileSync(
        join(dir, 'run.py'),
        `import json, sys, importlib
sys.path.insert(0, '.')
mod = importlib.import_module('main')
fn = getattr(mod, ${JSON.stringify(fn)}, None)
if not callable(fn):
    print('handler ${fn} is not defined', file=sys.stderr); sys.exit(2)
result = fn(json.load(open('payload.json')), {})
sys.stdout.write('\\n__MIOSA_RESULT__' + json.dumps(result))
`,
      );
      command = 'python3 run.py';
    } else {
      return fail(`The emulator runs node and python functions only, not ${f.runtime}.`);
    }
    const r = await runCommand(ctx.world.registry, {
      command,
      cwd: dir,
      env: { ...baseEnv(dir), ...f.env },
      timeoutMs: Math.min(f.timeoutSec ?? 30, 300) * 1000,
    });
    const marker = r.stdout.lastIndexOf('__MIOSA_RESULT__');
    if (r.exitCode !== 0 || marker < 0) return fail((r.stderr || r.stdout || `exit code ${r.exitCode}`).slice(-4000));
    let result: unknown = null;
    try {
      result = JSON.parse(r.stdout.slice(marker + '__MIOSA_RESULT__'.length));
    } catch {
      result = r.stdout.slice(marker + '__MIOSA_RESULT__'.length);
    }
    return { status: 'succeeded', result, error: null, duration_ms: r.durationMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const accountHandlers: Handlers = {
  listOrganizations(ctx) {
    return ok({ data: [orgView(ctx.tenant)] });
  },

  getCurrentOrganization(ctx) {
    return ok({ data: orgView(ctx.tenant) });
  },

  listWorkspaces(ctx) {
    return ok({ data: [...ctx.tenant.workspaces.values()].map((w) => ({ id: w.id, name: w.name, description: w.description, created_at: iso(w.createdAt) })) });
  },

  getWorkspaceUsage(ctx) {
    ctx.tenant.workspaces.getOr404(ctx.path.id);
    const hours = computeHours(ctx.tenant);
    return ok({
      data: {
        workspace_id: ctx.path.id,
        period: usagePeriod(ctx.query.period),
        compute_hours: hours,
        storage_gb: 0,
        bandwidth_gb: 0,
        credits_used: Math.round((ctx.tenant.startingCredits - ctx.tenant.balance) * 1000) / 1000,
      },
    });
  },

  listRegions() {
    return ok({ data: REGIONS });
  },

  getCreditBalance(ctx) {
    return ok({ balance: ctx.tenant.balance, expires_at: null });
  },

  getUsageSummary(ctx) {
    const today = new Date().toISOString().slice(0, 10);
    const start = ctx.query.period_start ?? `${today.slice(0, 8)}01`;
    const end = ctx.query.period_end ?? today;
    if (start > end) throw invalid('period_start', 'period_start must not be after period_end.');
    const compute = Math.round(ctx.tenant.spent.compute * 1000) / 1000;
    const ai = Math.round(ctx.tenant.spent.ai * 1000) / 1000;
    return ok({ period_start: start, period_end: end, total_credits: compute + ai, compute_credits: compute, ai_credits: ai });
  },

  listApiKeys(ctx) {
    return ok(ctx.tenant.apiKeys.page(ctx.query, keyView));
  },

  createApiKey(ctx) {
    const b = ctx.body;
    const expiresAt = b.expires_at ? Date.parse(b.expires_at) : null;
    if (expiresAt !== null && expiresAt <= Date.now()) throw invalid('expires_at', 'expires_at must be in the future.');
    const known = new Set(ctx.world.spec.operations.flatMap((o) => o.scopes));
    (b.scopes ?? []).forEach((s, i) => {
      if (!known.has(s)) throw invalid(`scopes[${i}]`, `Unknown scope ${s}.`);
    });
    const scopes = [...new Set(b.scopes ?? [])];
    const token = keyForScopes(scopes, randomToken(24).replace(/[^A-Za-z0-9]/g, 'x'));
    const rec = ctx.tenant.apiKeys.add({ id: newId('key_'), name: b.name, token, scopes, expiresAt, lastUsedAt: null, createdAt: Date.now() });
    ctx.world.keys.set(token, { tenantId: ctx.tenant.id, keyId: rec.id });
    return created({ data: { ...keyView(rec), token } });
  },

  deleteApiKey(ctx) {
    ctx.tenant.apiKeys.remove(ctx.path.id);
    return noContent();
  },

  listSecrets(ctx) {
    const q = ctx.query;
    const data = ctx.tenant.secrets.list(
      secretView,
      (s) =>
        (!q.scope || s.scope === q.scope) &&
        (!q.workspace_id || s.workspaceId === q.workspace_id) &&
        (!q.resource_id || s.resourceId === q.resource_id) &&
        (!q.resource_type || s.resourceType === q.resource_type),
    );
    return ok({ data });
  },

  createSecret(ctx) {
    const b = ctx.body;
    let type = b.resource_type ?? null;
    if (b.resource_id) {
      type ??= b.resource_id.startsWith('sbx_') ? 'sandbox' : b.resource_id.startsWith('comp_') ? 'computer' : null;
      if (!type) throw invalid('resource_type', 'resource_type is required when resource_id is not a sbx_ or comp_ id.');
      (type === 'sandbox' ? ctx.tenant.sandboxes : ctx.tenant.computers).getOr404(b.resource_id);
    } else if (b.resource_type) {
      throw invalid('resource_id', 'resource_id is required with resource_type.');
    }
    if (b.expose_as_env && !b.resource_id) throw invalid('resource_id', 'expose_as_env needs resource_id: the sandbox or computer that sees the variable.');
    for (const s of ctx.tenant.secrets.values()) {
      if (s.name === b.name && s.resourceId === (b.resource_id ?? null) && s.scope === (b.scope ?? 'user')) {
        throw conflict('SECRET_EXISTS', `A secret named ${b.name} already exists here (${s.id}); rotate it instead.`);
      }
    }
    const now = Date.now();
    const rec = ctx.tenant.secrets.add({
      id: newId('sec_'),
      name: b.name,
      value: b.value,
      type: b.type ?? 'api_key',
      scope: b.scope ?? 'user',
      workspaceId: b.scope === 'workspace' ? ctx.tenant.defaultWorkspace.id : null,
      resourceId: b.resource_id ?? null,
      resourceType: type,
      exposeAsEnv: b.expose_as_env ?? null,
      expiresAt: null,
      createdAt: now,
      updatedAt: now,
    });
    return created({ data: secretView(rec) });
  },

  rotateSecret(ctx) {
    const s = ctx.tenant.secrets.getOr404(ctx.path.id);
    const b = ctx.body;
    s.value = b.value;
    if (b.expires_at !== undefined) s.expiresAt = Date.parse(b.expires_at);
    s.updatedAt = Date.now();
    return ok({ data: secretView(s) });
  },

  deleteSecret(ctx) {
    ctx.tenant.secrets.remove(ctx.path.id);
    return noContent();
  },

  listWebhooks(ctx) {
    return ok(ctx.tenant.webhooks.page(ctx.query, webhookView));
  },

  createWebhook(ctx) {
    const b = ctx.body;
    const w = ctx.tenant.webhooks.add({ id: newId('whk_'), url: b.url, events: b.events, enabled: b.enabled ?? true, secret: b.secret ?? null, createdAt: Date.now() });
    return created({ data: webhookView(w) });
  },

  testWebhook(ctx) {
    const w = ctx.tenant.webhooks.getOr404(ctx.path.id);
    if (!w.enabled) throw conflict('WEBHOOK_DISABLED', `Webhook ${w.id} is disabled.`, 'disabled');
    // The emulator sends nothing outside this machine: the delivery is recorded, not made.
    return ok({ data: { status: 'simulated', delivery_id: newId('dlv_'), response_status: null } });
  },

  listFunctions(ctx) {
    return ok(ctx.tenant.functions.page(ctx.query, functionView));
  },

  createFunction(ctx) {
    const b = ctx.body;
    ctx.tenant.functions.assertNameFree(b.name, 'FUNCTION_EXISTS');
    const f = ctx.tenant.functions.add({
      id: newId('fn_'),
      name: b.name,
      runtime: b.runtime,
      code: b.code ?? null,
      handler: b.handler ?? 'index.handler',
      memoryMb: b.memory_mb ?? 256,
      timeoutSec: b.timeout_sec ?? 30,
      env: b.env ?? {},
      createdAt: Date.now(),
    });
    return created({ data: functionView(f) });
  },

  async invokeFunction(ctx) {
    const f = ctx.tenant.functions.getOr404(ctx.path.id);
    const r = await invoke(ctx, f, ctx.body?.payload ?? {});
    ctx.tenant.spend(0.0005);
    return ok({ data: r });
  },

  listHealthChecks(ctx) {
    return ok(ctx.tenant.healthChecks.page(ctx.query, healthView));
  },

  createHealthCheck(ctx) {
    const b = ctx.body;
    const h = ctx.tenant.healthChecks.add({
      id: newId('hc_'),
      name: b.name,
      url: b.url,
      intervalSec: b.interval_sec ?? 60,
      timeoutSec: b.timeout_sec ?? 10,
      method: b.method ?? 'GET',
      expectedStatus: b.expected_status ?? 200,
      createdAt: Date.now(),
    });
    return created({ data: healthView(h) });
  },
};

function healthView(h: { id: string; name: string; url: string; intervalSec: number; timeoutSec: number; method: string; expectedStatus: number; createdAt: number }): Schema<'HealthCheck'> {
  return {
    id: h.id,
    name: h.name,
    url: h.url,
    state: 'active',
    interval_sec: h.intervalSec,
    timeout_sec: h.timeoutSec,
    method: h.method,
    expected_status: h.expectedStatus,
    last_checked_at: null,
    last_status: null,
    created_at: iso(h.createdAt),
  };
}
