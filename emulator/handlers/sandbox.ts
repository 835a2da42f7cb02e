// Sandboxes: lifecycle, exec, processes, files, exports, snapshots, previews, env, templates.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_REGION, findTemplate, PRODUCTS, REGIONS, TEMPLATES } from '../catalog.js';
import { Collection } from '../collection.js';
import { ApiError, conflict, created, invalid, iso, isoOrNull, newId, newestFirst, noContent, notFound, ok, randomToken, type Ctx, type Handlers } from '../handler-kit.js';
import { BASE64, hostPath, listDir, readFile, statFile, statOf, tree, writeFile } from '../files.js';
import { normalize } from '../machine.js';
import type { World } from '../world.js';
import { log, SIZES, type PreviewRec, type ProcessRec, type SandboxRec, type Size, type SnapshotRec, type Tenant } from '../records.js';
import type { Schema } from '../api-types.js';

const execFileP = promisify(execFile);

export function getSandbox(ctx: Ctx, id: string = ctx.path.id): SandboxRec {
  const s = ctx.tenant.sandboxes.getOr404(id);
  ctx.world.refreshSandbox(s);
  return s;
}

export function sandboxView(world: World, s: SandboxRec): Schema<'Sandbox'> {
  const now = Date.now();
  const size = SIZES[s.size];
  const runtimeMs = s.runtimeMs + (s.runningSince !== undefined ? now - s.runningSince : 0);
  return {
    id: s.id,
    state: s.state,
    ready: s.state === 'running',
    name: s.name,
    slug: s.slug,
    template_id: s.templateId,
    image_id: `img_${s.templateId.replace(/[^a-z0-9]/gi, '_')}_emulator`,
    cpu_count: size.cpu,
    memory_mb: size.memory,
    disk_size_mb: 10240,
    timeout_sec: s.timeoutSec,
    timeout_remaining_ms: s.state === 'running' && s.deadline !== undefined && !s.alwaysOn ? Math.max(0, s.deadline - now) : null,
    idle_timeout_sec: s.idleTimeoutSec,
    persistent: s.persistent,
    always_on: s.alwaysOn,
    tags: s.tags,
    boot_ms: s.readyAt !== undefined ? s.bootMs ?? world.bootMs : null,
    preview_url: s.previewUrl,
    url_class: s.alwaysOn ? 'always_on_preview' : 'temporary_preview',
    stable_for_embedding: false,
    recommended_next_action: s.previewUrl ? 'create_alias_or_publish' : null,
    metadata: s.metadata,
    total_runtime_sec: Math.floor(runtimeMs / 1000),
    created_at: iso(s.createdAt),
    started_at: isoOrNull(s.startedAt),
    ready_at: isoOrNull(s.readyAt),
    destroyed_at: isoOrNull(s.destroyedAt),
  };
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'sandbox';
}

export function resolveSandboxTemplate(tenant: Tenant, id: string): string | undefined {
  const builtin = findTemplate(id, 'sandbox');
  if (builtin) return builtin.id;
  for (const t of tenant.sandboxTemplates.values()) if (t.id === id || t.slug === id) return t.slug;
  return undefined;
}

function checkWorkspace(tenant: Tenant, id: string | undefined, field = 'workspace_id'): string | null {
  if (id === undefined) return tenant.defaultWorkspace.id;
  if (!tenant.workspaces.has(id)) throw invalid(field, `${field} ${id} is not a workspace of this organization (see workspace_list).`);
  return id;
}

function checkRegion(region: string | undefined, field = 'region'): string {
  if (region === undefined) return DEFAULT_REGION;
  if (!REGIONS.some((r) => r.id === region)) throw invalid(field, `${field} must be one of ${REGIONS.map((r) => r.id).join(', ')}.`);
  return region;
}

export { checkRegion, checkWorkspace };

function newSandbox(ctx: Ctx, fields: Partial<SandboxRec> & { templateId: string }): SandboxRec {
  const { world, tenant } = ctx;
  const id = newId('sbx_');
  const root = world.mkdir('sandboxes', id);
  const rec: SandboxRec = {
    id,
    name: null,
    slug: `${slugify(fields.name ?? fields.templateId)}-${id.slice(4, 8)}`,
    size: 'small',
    timeoutSec: 3600,
    idleTimeoutSec: 900,
    persistent: false,
    alwaysOn: false,
    tags: [],
    metadata: {},
    region: DEFAULT_REGION,
    workspaceId: tenant.defaultWorkspace.id,
    state: 'provisioning',
    createdAt: Date.now(),
    bootUntil: Date.now() + world.bootMs,
    bootMs: world.bootMs,
    runtimeMs: 0,
    previewUrl: null,
    env: new Map(),
    machine: world.newMachine(root, '/workspace'),
    processes: new Map(),
    snapshots: new Collection<SnapshotRec>('Snapshot'),
    previews: new Collection<PreviewRec>('Preview'),
    logs: [],
    ...fields,
  };
  mkdirSync(join(root, 'home', 'user'), { recursive: true });
  tenant.sandboxes.add(rec);
  log(rec.logs, `boot: creating ${rec.size} sandbox from template ${rec.templateId}`);
  tenant.spend(0.05);
  world.refreshSandbox(rec);
  return rec;
}

function processView(pid: number, p: ProcessRec): Schema<'SandboxProcess'> {
  return {
    pid,
    name: p.name,
    command: p.command,
    state: p.bg.state === 'running' ? 'running' : 'exited',
    exit_code: p.bg.exitCode,
    started_at: iso(p.bg.startedAt),
  };
}

function copyMachine(fromRoot: string, toRoot: string): void {
  for (const sub of ['workspace', 'home', 'tmp', 'opt']) {
    rmSync(join(toRoot, sub), { recursive: true, force: true });
    const src = join(fromRoot, sub);
    if (statOf(src)) cpSync(src, join(toRoot, sub), { recursive: true, verbatimSymlinks: true });
    else mkdirSync(join(toRoot, sub), { recursive: true });
  }
}

export { copyMachine };

function previewFor(ctx: Ctx, s: SandboxRec, port: number): { id: string; port: number; url: string; createdAt: number } {
  for (const p of s.previews.values()) if (p.port === port) return p;
  const p = s.previews.add({ id: newId('prv_'), port, url: `${ctx.world.url}/preview/${s.id}/${port}/`, createdAt: Date.now() });
  s.previewUrl ??= p.url;
  log(s.logs, `preview: port ${port} exposed at ${p.url}`);
  return p;
}

export const sandboxHandlers: Handlers = {
  createSandbox(ctx) {
    const b = (ctx.body ?? {}) as Record<string, any>;
    const templateId = resolveSandboxTemplate(ctx.tenant, b.template_id ?? 'miosa-sandbox');
    if (!templateId) throw invalid('template_id', `Unknown template ${b.template_id}; see template_list or sandbox_template_list.`);
    const region = checkRegion(b.region);
    const workspaceId = checkWorkspace(ctx.tenant, b.workspace_id);
    const s = newSandbox(ctx, {
      templateId,
      name: b.name ?? null,
      size: (b.size ?? 'small') as Size,
      timeoutSec: b.timeout_sec ?? 3600,
      idleTimeoutSec: b.idle_timeout_sec ?? 900,
      persistent: b.persistent ?? false,
      alwaysOn: b.always_on ?? false,
      tags: b.tags ?? [],
      metadata: b.metadata ?? {},
      region,
      workspaceId,
    });
    for (const [k, v] of Object.entries((b.env ?? {}) as Record<string, string>)) s.env.set(k, { value: v, encrypted: false });
    if (b.github_repo_url) {
      log(s.logs, `git: clone of ${b.github_repo_url}${b.github_branch ? ` (${b.github_branch})` : ''} skipped: the emulator has no network`);
    }
    return created({ data: sandboxView(ctx.world, s) });
  },

  listSandboxes(ctx) {
    const tags = ctx.query.tags ? String(ctx.query.tags).split(',').map((t) => t.trim()).filter(Boolean) : [];
    const keep = (s: SandboxRec) => (!ctx.query.state || s.state === ctx.query.state) && tags.every((t) => s.tags.includes(t));
    return ok({ data: ctx.tenant.sandboxes.list((s) => sandboxView(ctx.world, s), keep) });
  },

  getSandbox(ctx) {
    return ok({ data: sandboxView(ctx.world, getSandbox(ctx)) });
  },

  /** The SDKs' get-or-create lookup: the newest live sandbox with this name. */
  getSandboxByName(ctx) {
    const name = String(ctx.path.name);
    const found = newestFirst(ctx.tenant.sandboxes).find((s) => s.name === name && s.state !== 'destroyed');
    if (!found) throw notFound('Sandbox named', name);
    return ok({ data: sandboxView(ctx.world, found) });
  },

  async destroySandbox(ctx) {
    const s = getSandbox(ctx);
    await ctx.world.destroySandbox(s);
    return ok({ data: sandboxView(ctx.world, s) });
  },

  pauseSandbox(ctx) {
    const s = getSandbox(ctx);
    if (s.state === 'paused') return ok({ data: sandboxView(ctx.world, s) });
    if (s.state !== 'running') throw conflict('SANDBOX_NOT_RUNNING', `Sandbox ${s.id} is ${s.state}; only a running sandbox can be paused.`, s.state);
    ctx.world.pauseSandbox(s);
    return ok({ data: sandboxView(ctx.world, s) });
  },

  resumeSandbox(ctx) {
    const s = getSandbox(ctx);
    if (s.state === 'running' || s.state === 'provisioning') return ok({ data: sandboxView(ctx.world, s) });
    if (s.state !== 'paused') throw conflict('SANDBOX_NOT_PAUSED', `Sandbox ${s.id} is ${s.state}; it cannot be resumed.`, s.state);
    ctx.world.resumeSandbox(s);
    ctx.tenant.spend(0.01);
    return ok({ data: sandboxView(ctx.world, s) });
  },

  extendSandbox(ctx) {
    const s = getSandbox(ctx);
    if (s.state === 'destroyed' || s.state === 'error') throw conflict('SANDBOX_NOT_RUNNING', `Sandbox ${s.id} is ${s.state}.`, s.state);
    const seconds = ctx.body?.timeout_sec ?? 3600;
    const base = s.state === 'running' ? Date.now() : (s.bootUntil ?? Date.now());
    s.deadline = base + seconds * 1000;
    s.timeoutSec = Math.round((s.deadline - (s.startedAt ?? s.bootUntil ?? Date.now())) / 1000);
    log(s.logs, `lifetime extended by ${seconds} s`);
    return ok({ data: sandboxView(ctx.world, s) });
  },

  forkSandbox(ctx) {
    const src = getSandbox(ctx);
    if (src.state === 'destroyed' || src.state === 'error') throw conflict('SANDBOX_NOT_RUNNING', `Sandbox ${src.id} is ${src.state}; it cannot be forked.`, src.state);
    const b = (ctx.body ?? {}) as { snapshot_id?: string; timeout_sec?: number };
    let from = src.machine.root;
    if (b.snapshot_id) {
      from = src.snapshots.getOr404(b.snapshot_id).dir;
    }
    const s = newSandbox(ctx, {
      templateId: src.templateId,
      name: src.name ? `${src.name}-fork` : null,
      size: src.size,
      timeoutSec: b.timeout_sec ?? src.timeoutSec,
      idleTimeoutSec: src.idleTimeoutSec,
      persistent: src.persistent,
      tags: [...src.tags],
      metadata: { ...src.metadata, forked_from: src.id },
      region: src.region,
      workspaceId: src.workspaceId,
    });
    for (const [k, v] of src.env) s.env.set(k, { ...v });
    copyMachine(from, s.machine.root);
    log(s.logs, `fork: copied ${b.snapshot_id ?? src.id}`);
    return created({ data: sandboxView(ctx.world, s) });
  },

  getSandboxReadiness(ctx) {
    const s = getSandbox(ctx);
    const status = s.state === 'running' ? 'ready' : s.state === 'provisioning' ? 'booting' : s.state;
    return ok({ data: { ready: s.state === 'running', status, state: s.state, ready_at: s.state === 'running' ? isoOrNull(s.readyAt) : null } });
  },

  getSandboxLogs(ctx) {
    const s = getSandbox(ctx);
    const n = ctx.query.lines ?? 200;
    const lines = s.logs.slice(-n).map((e) => `${iso(e.t)} ${e.line}`);
    return ok({ data: { logs: lines.length ? lines.join('\n') + '\n' : '', lines: lines.length } });
  },

  async execSandbox(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    const b = ctx.body;
    const r = await ctx.world.exec(ctx.tenant, { kind: 'sandbox', rec: s }, b.command, { cwd: b.cwd, env: b.env, timeoutSec: b.timeout });
    return ok({ data: { exit_code: r.exitCode, stdout: r.stdout, stderr: r.stderr, duration_ms: r.durationMs } });
  },

  startSandboxProcess(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    const b = ctx.body;
    const bg = ctx.world.background(ctx.tenant, { kind: 'sandbox', rec: s }, b.command, { env: b.env });
    const rec: ProcessRec = { bg, name: b.name ?? null, command: b.command };
    s.processes.set(bg.pid, rec);
    log(s.logs, `process ${bg.pid} started: ${b.command}`);
    return created({ data: processView(bg.pid, rec) });
  },

  listSandboxProcesses(ctx) {
    const s = getSandbox(ctx);
    if (s.state === 'destroyed') throw conflict('SANDBOX_NOT_RUNNING', `Sandbox ${s.id} is destroyed.`, s.state);
    return ok({ data: [...s.processes.entries()].reverse().map(([pid, p]) => processView(pid, p)) });
  },

  async stopSandboxProcess(ctx) {
    const s = getSandbox(ctx);
    const p = s.processes.get(ctx.path.pid);
    if (!p) throw notFound('Process', String(ctx.path.pid));
    await p.bg.stop();
    log(s.logs, `process ${ctx.path.pid} stopped`);
    return noContent();
  },

  getSandboxProcessLogs(ctx) {
    const s = getSandbox(ctx);
    const p = s.processes.get(ctx.path.pid);
    if (!p) throw notFound('Process', String(ctx.path.pid));
    const lines = p.bg.tail(ctx.query.tail ?? 200);
    return ok({ data: { pid: ctx.path.pid, logs: lines.length ? lines.map((l) => l.line).join('\n') + '\n' : '' } });
  },

  writeSandboxFile(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    const b = ctx.body;
    // `content` is the file's bytes, base64-encoded (contentEncoding: base64 in the spec).
    if (!BASE64.test(b.content)) throw invalid('content', 'content must be the file\'s bytes in base64.');
    const w = writeFile(s.machine, b.path, Buffer.from(b.content, 'base64'));
    return ok({ data: { path: w.path, size_bytes: w.size_bytes } });
  },

  listSandboxFiles(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    return ok({ data: listDir(s.machine, ctx.query.path ?? '/workspace', ctx.query.depth ?? 1) });
  },

  getSandboxFileTree(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    return ok({ data: tree(s.machine, ctx.query.path ?? '/workspace', ctx.query.depth ?? 3) });
  },

  statSandboxFile(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    return ok({ data: statFile(s.machine, ctx.body.path) });
  },

  writeSandboxFiles(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    const files = ctx.body.files;
    const written: Array<{ path: string; size_bytes: number }> = [];
    const failed: Array<{ path: string; error: string }> = [];
    for (const f of files) {
      try {
        if (!BASE64.test(f.content_base64)) throw new Error('content_base64 is not base64');
        const w = writeFile(s.machine, f.path, Buffer.from(f.content_base64, 'base64'));
        written.push({ path: w.path, size_bytes: w.size_bytes });
      } catch (e) {
        failed.push({ path: f.path, error: e instanceof Error ? e.message : String(e) });
      }
    }
    return ok({ data: { written, failed } });
  },

  readSandboxFile(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    const path = '/' + String(ctx.path.path).replace(/^\/+/, '');
    return { status: 200, bytes: readFile(s.machine, path), contentType: 'application/octet-stream' };
  },

  async createSandboxExport(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    const b = ctx.body;
    const id = newId('exp_');
    const dir = ctx.world.mkdir('exports', id);
    const base = `${ctx.world.url}/exports/${id}/`;
    const files: Array<{ path: string; filename: string; download_url: string }> = [];
    const hosts: string[] = [];
    for (const [i, p] of b.paths.entries()) {
      const host = hostPath(s.machine, p, `paths[${i}]`);
      const st = statOf(host);
      if (!st) throw invalid(`paths[${i}]`, `No such file or directory: ${normalize(s.machine, p)}.`);
      hosts.push(host);
      let filename = basename(host) || 'root';
      if (st.isDirectory()) {
        filename += '.tar.gz';
        await tar(join(dir, filename), host);
      } else {
        cpSync(host, join(dir, filename));
      }
      files.push({ path: normalize(s.machine, p), filename, download_url: base + encodeURIComponent(filename) });
    }
    let archive: string | null = null;
    if (files.length > 1 || b.filename) {
      const name = (b.filename ?? `${b.label ?? 'export'}.tar.gz`).replace(/[/\\]/g, '_');
      const tmpRoot = ctx.world.mkdir('exports', id + '-src');
      for (const h of hosts) cpSync(h, join(tmpRoot, basename(h)), { recursive: true });
      await tar(join(dir, name), tmpRoot, true);
      rmSync(tmpRoot, { recursive: true, force: true });
      archive = base + encodeURIComponent(name);
    }
    ctx.tenant.exports.add({ id, sandboxId: s.id, label: b.label ?? null, files, archiveUrl: archive, createdAt: Date.now(), dir });
    return created({
      data: { id, sandbox_id: s.id, label: b.label ?? null, status: 'ready', files, archive_download_url: archive, created_at: iso() },
    });
  },

  createSandboxSnapshot(ctx) {
    const s = getSandbox(ctx);
    if (s.state !== 'running' && s.state !== 'paused') {
      throw conflict('SANDBOX_NOT_RUNNING', `Sandbox ${s.id} is ${s.state}; snapshots need a running or paused sandbox.`, s.state);
    }
    const id = newId('snap_');
    const dir = ctx.world.mkdir('snapshots', id);
    copyMachine(s.machine.root, dir);
    const comment = ctx.body?.comment ?? null;
    const snap = s.snapshots.add({ id, sandboxId: s.id, comment, createdAt: Date.now(), dir });
    log(s.logs, `snapshot ${id} taken`);
    return created({ data: snapshotView(snap) });
  },

  listSandboxSnapshots(ctx) {
    const s = getSandbox(ctx);
    return ok({ data: s.snapshots.list(snapshotView) });
  },

  deleteSandboxSnapshot(ctx) {
    const s = getSandbox(ctx);
    const snap = s.snapshots.remove(ctx.path.snapshot_id);
    rmSync(snap.dir, { recursive: true, force: true });
    return noContent();
  },

  async restoreSandboxSnapshot(ctx) {
    const s = getSandbox(ctx);
    const snap = s.snapshots.getOr404(ctx.path.snapshot_id);
    if (s.state === 'destroyed' || s.state === 'error') throw conflict('SANDBOX_NOT_RUNNING', `Sandbox ${s.id} is ${s.state}; it cannot be restored.`, s.state);
    await Promise.all([...s.processes.values()].map((p) => p.bg.stop(500)));
    copyMachine(snap.dir, s.machine.root);
    if (s.runningSince !== undefined) s.runtimeMs += Date.now() - s.runningSince;
    s.runningSince = undefined;
    s.state = 'provisioning';
    s.bootUntil = Date.now() + ctx.world.bootMs;
    log(s.logs, `restoring snapshot ${snap.id}`);
    ctx.world.refreshSandbox(s);
    return ok({ data: sandboxView(ctx.world, s) });
  },

  exposeSandboxPort(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    const port = ctx.body?.port ?? 3000;
    const p = previewFor(ctx, s, port);
    return ok({
      data: {
        url: p.url,
        port,
        url_info: {
          url: p.url,
          url_class: s.alwaysOn ? 'always_on_preview' : 'temporary_preview',
          stable_for_embedding: false,
          recommended_next_action: 'create_alias_or_publish',
          alias_slug: null,
          port,
        },
      },
    });
  },

  listSandboxPreviews(ctx) {
    const s = getSandbox(ctx);
    return ok({
      data: s.previews.list((p) => ({
        id: p.id,
        sandbox_id: s.id,
        port: p.port,
        url: p.url,
        url_class: s.alwaysOn ? 'always_on_preview' : 'temporary_preview',
        created_at: iso(p.createdAt),
      })),
    });
  },

  shareSandboxPreview(ctx) {
    const s = getSandbox(ctx);
    const p = s.previews.getOr404(ctx.path.preview_id);
    const ttl = ctx.body?.ttl_seconds ?? 3600;
    const token = `shr_${randomToken(18)}`;
    return created({ data: { token, url: `${p.url}?miosa_share=${token}`, expires_at: iso(Date.now() + ttl * 1000), preview_id: p.id } });
  },

  listSandboxEnv(ctx) {
    const s = getSandbox(ctx);
    return ok({ data: envList(s) });
  },

  replaceSandboxEnv(ctx) {
    const s = getSandbox(ctx);
    const vars = ctx.body.vars;
    const next = new Map<string, { value: string; encrypted: boolean }>();
    vars.forEach((v, i) => {
      const old = s.env.get(v.key);
      if (v.value === undefined && !old) throw invalid(`vars[${i}].value`, `vars[${i}].value is required for ${v.key}, which is not set yet.`);
      next.set(v.key, { value: v.value ?? old!.value, encrypted: v.encrypted ?? old?.encrypted ?? false });
    });
    s.env = next;
    return ok({ data: envList(s) });
  },

  deleteSandboxEnvVar(ctx) {
    const s = getSandbox(ctx);
    s.env.delete(ctx.path.key);
    return noContent();
  },

  listProductTemplates(ctx) {
    const product = ctx.query.product;
    const templates: Schema<'ProductTemplate'>[] = TEMPLATES.filter((t) => !product || t.product === product).map((t) => ({
      id: t.id,
      name: t.name,
      product: t.product,
      description: t.description,
      default_size: 'small',
      image_id: `img_${t.id.replace(/-/g, '_')}_emulator`,
      installed_tools: t.tools,
      install_command: t.install,
      start_command: t.start,
      aliases: t.aliases,
      sizes: (Object.keys(SIZES) as Size[]).map((size) => ({ size, state: 'fast_ready', checked_nodes: 1, ready_nodes: 1 })),
      readiness: 'fast_ready',
    }));
    if (!product || product === 'sandbox') {
      for (const t of ctx.tenant.sandboxTemplates.values()) {
        templates.push({
          id: t.slug,
          name: t.name,
          product: 'sandbox',
          description: t.description ?? '',
          default_size: 'small',
          image_id: `img_${t.id}`,
          installed_tools: [],
          install_command: null,
          start_command: t.buildSpec.startCmd ?? null,
          aliases: [t.id],
          sizes: [],
          readiness: Date.now() >= t.readyAt ? 'fast_ready' : 'cold_boot_only',
        });
      }
    }
    return ok({ data: { templates, products: PRODUCTS.filter((p) => !product || p.id === product) } });
  },

  listSandboxTemplates(ctx) {
    const builtins = TEMPLATES.filter((t) => t.product === 'sandbox').map((t) => ({
      id: t.id,
      name: t.name,
      slug: t.id,
      description: t.description,
      built_in: true,
      status: 'ready',
      image_id: `img_${t.id.replace(/-/g, '_')}_emulator`,
      preview_port: t.previewPort,
      workdir: '/workspace',
      install_command: t.install,
      start_command: t.start,
      runtimes: t.runtimes,
      tags: [],
      current_build_id: null,
    }));
    const own = ctx.tenant.sandboxTemplates.list(templateView);
    return ok({ data: [...own, ...builtins], default_template_id: 'miosa-sandbox' });
  },

  createSandboxTemplate(ctx) {
    const b = ctx.body;
    const slug = b.slug ?? `${b.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'template'}`;
    if (findTemplate(slug) || [...ctx.tenant.sandboxTemplates.values()].some((t) => t.slug === slug)) {
      throw conflict('TEMPLATE_SLUG_TAKEN', `A template with slug ${slug} already exists.`);
    }
    const id = newId('tpl_');
    const rec = ctx.tenant.sandboxTemplates.add({ id, name: b.name, slug, description: b.description ?? null, buildSpec: b.build_spec, createdAt: Date.now(), readyAt: Date.now() + ctx.world.bootMs * 2, buildId: newId('bld_') });
    ctx.tenant.spend(0.2);
    return created({ data: templateView(rec) });
  },
};

function templateView(t: { id: string; name: string; slug: string; description: string | null; buildSpec: Schema<'SandboxTemplateBuildSpec'>; readyAt: number; buildId: string }): Schema<'SandboxTemplate'> {
  const spec = t.buildSpec;
  return {
    id: t.id,
    name: t.name,
    slug: t.slug,
    description: t.description,
    built_in: false,
    status: Date.now() >= t.readyAt ? 'ready' : 'building',
    image_id: Date.now() >= t.readyAt ? `img_${t.id}` : null,
    preview_port: spec.previewPort ?? null,
    workdir: spec.workdir ?? '/workspace',
    install_command: null,
    start_command: spec.startCmd ?? null,
    runtimes: [],
    tags: [],
    current_build_id: t.buildId,
  };
}

function snapshotView(snap: { id: string; sandboxId: string; comment: string | null; createdAt: number }): Schema<'SandboxSnapshot'> {
  return { id: snap.id, sandbox_id: snap.sandboxId, status: 'ready', comment: snap.comment, created_at: iso(snap.createdAt), updated_at: iso(snap.createdAt) };
}

function envList(s: SandboxRec): Schema<'SandboxEnvVar'>[] {
  return [...s.env.entries()].map(([key, v]) => (v.encrypted ? { key, encrypted: true } : { key, value: v.value, encrypted: false }));
}

async function tar(out: string, src: string, contents = false): Promise<void> {
  const args = contents ? ['-czf', out, '-C', src, '.'] : ['-czf', out, '-C', join(src, '..'), basename(src)];
  try {
    await execFileP('tar', args, { timeout: 60_000 });
  } catch (e) {
    throw new ApiError(500, 'INTERNAL_ERROR', `The emulator could not archive ${src}: ${(e as Error).message}`);
  }
}
