// Computers: lifecycle, exec and python, files, checkpoints, ports, services, env, volumes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findTemplate } from '../catalog.js';
import { Collection } from '../collection.js';
import { conflict, created, invalid, iso, newId, newestFirst, noContent, notFound, ok, randomToken, type Ctx, type Handlers } from '../handler-kit.js';
import { BASE64, hostPath, listDir, readFile, statOf, writeFile } from '../files.js';
import { addMount, normalize } from '../machine.js';
import type { World } from '../world.js';
import { log, type CheckpointRec, type ComputerRec, type ServiceRec, type Tenant } from '../records.js';
import { copyMachine } from './sandbox.js';
import type { Schema } from '../api-types.js';

export function getComputer(ctx: Ctx, id: string = ctx.path.id ?? ctx.path.computer_id): ComputerRec {
  const c = ctx.tenant.computers.get(id);
  if (!c || c.status === 'destroyed') throw notFound('Computer', id);
  return c;
}

export function computerView(world: World, c: ComputerRec): Schema<'Computer'> {
  const host = new URL(world.url).host;
  return {
    id: c.id,
    name: c.name,
    slug: c.slug,
    status: c.status,
    template_type: c.templateType,
    size: c.size,
    visibility: c.visibility,
    ip_address: c.status === 'active' ? c.ipAddress : null,
    metadata: c.metadata,
    desktop_url: `${world.url}/desktop/${c.id}/`,
    sandbox_url: null,
    preview_domain: host,
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
  };
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'computer';
}

export function newComputer(world: World, tenant: Tenant, fields: Partial<ComputerRec> & { name: string }): ComputerRec {
  const id = newId('comp_');
  const root = world.mkdir('computers', id);
  const now = Date.now();
  const rec: ComputerRec = {
    id,
    slug: `${slugify(fields.name)}-${id.slice(5, 9)}`,
    status: 'stopped',
    templateType: 'miosa-desktop',
    size: 'small',
    visibility: 'public',
    workspaceId: tenant.defaultWorkspace.id,
    metadata: {},
    ipAddress: `10.88.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 2}`,
    createdAt: now,
    updatedAt: now,
    machine: world.newMachine(root, '/home/user'),
    env: new Map(),
    ports: new Map(),
    services: new Collection<ServiceRec>('Service'),
    checkpoints: new Collection<CheckpointRec>('Checkpoint'),
    desktop: { width: 1024, height: 768, windows: [], cursor: { x: 512, y: 384 }, clicks: [] },
    clipboard: '',
    windowSeq: 0,
    logs: [],
    ...fields,
  };
  for (const d of ['Desktop', 'Documents', 'Downloads']) mkdirSync(join(root, 'home', 'user', d), { recursive: true });
  tenant.computers.add(rec);
  log(rec.logs, `computer ${id} created (${rec.size}, ${rec.templateType})`);
  return rec;
}

/** Sends a computer on its way to `active`. */
export function bootComputer(world: World, c: ComputerRec): void {
  c.status = 'provisioning';
  c.bootUntil = Date.now() + world.bootMs;
  c.updatedAt = Date.now();
  log(c.logs, 'boot: starting VM');
  world.refreshComputer(c);
}

function checkpointView(k: CheckpointRec): Schema<'ComputerCheckpoint'> {
  const ready = Date.now() >= k.readyAt;
  return {
    id: k.id,
    computer_id: k.computerId,
    comment: k.comment,
    status: ready ? 'ready' : 'creating',
    memory_size_bytes: ready ? 512 * 1024 * 1024 : null,
    rootfs_size_bytes: ready ? k.sizeBytes : null,
    compressed_size_bytes: ready ? Math.round(k.sizeBytes / 3) : null,
    parent_snapshot_id: null,
    error: null,
    created_at: iso(k.createdAt),
    updated_at: iso(ready ? k.readyAt : k.createdAt),
  };
}

function serviceView(s: ServiceRec): Schema<'ComputerService'> {
  const bg = s.bg;
  const status = !bg ? 'stopped' : bg.state === 'running' ? 'running' : s.stoppedByUser || bg.state === 'stopped' ? 'stopped' : bg.exitCode === 0 ? 'exited' : 'failed';
  return {
    id: s.id,
    name: s.name,
    command: s.command,
    status,
    working_dir: s.workingDir,
    port: s.port,
    restart_policy: s.restartPolicy,
    pid: bg && bg.state === 'running' ? bg.pid : null,
    created_at: iso(s.createdAt),
  };
}

function startService(ctx: Ctx, c: ComputerRec, s: ServiceRec): void {
  const env = { ...s.env, ...(s.port ? { PORT: String(s.port) } : {}) };
  const bg = ctx.world.background(ctx.tenant, { kind: 'computer', rec: c }, s.command, { cwd: s.workingDir ?? undefined, env, field: 'working_dir' });
  s.bg = bg;
  log(c.logs, `service ${s.name} started (pid ${bg.pid})`);
  void bg.wait().then(() => {
    log(c.logs, `service ${s.name} exited with ${bg.exitCode}`);
    const again = !s.stoppedByUser && c.status === 'active' && !ctx.world.closed && s.bg === bg &&
      (s.restartPolicy === 'always' || (s.restartPolicy === 'on-failure' && bg.exitCode !== 0));
    if (again && s.restarts < 5) {
      s.restarts++;
      const t = setTimeout(() => {
        ctx.world.timers.delete(t);
        if (!s.stoppedByUser && c.status === 'active' && !ctx.world.closed && s.bg === bg) startService(ctx, c, s);
      }, 1000);
      t.unref();
      ctx.world.timers.add(t);
    }
  });
}

async function stopServices(c: ComputerRec): Promise<void> {
  // While a service stops its `bg` is unset, so that its exit does not trigger a restart.
  await Promise.all(
    [...c.services.values()].map(async (s) => {
      const bg = s.bg;
      s.bg = undefined;
      await bg?.stop(500);
      if (bg) s.bg = bg;
    }),
  );
}

function dirSize(m: ComputerRec['machine']): number {
  let total = 0;
  try {
    for (const e of listDir(m, '/home', 10).entries) total += e.size;
  } catch {
    /* empty */
  }
  return total + 2 * 1024 * 1024 * 1024;
}

export const computerHandlers: Handlers = {
  createComputer(ctx) {
    const b = ctx.body;
    const template = findTemplate(b.template_type ?? 'miosa-desktop', 'computer');
    if (!template) throw invalid('template_type', `Unknown computer template ${b.template_type}; see template_list with product computer.`);
    if (b.workspace_id !== undefined && !ctx.tenant.workspaces.has(b.workspace_id)) {
      throw invalid('workspace_id', `workspace_id ${b.workspace_id} is not a workspace of this organization.`);
    }
    const c = newComputer(ctx.world, ctx.tenant, {
      name: b.name ?? `computer-${randomToken(3).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`,
      templateType: template.id,
      size: b.size ?? 'small',
      visibility: b.visibility ?? 'public',
      workspaceId: b.workspace_id ?? ctx.tenant.defaultWorkspace.id,
      metadata: b.metadata ?? {},
    });
    // Bare, as both SDKs read it (TS takes `id` straight from the body).
    return created(computerView(ctx.world, c));
  },

  listComputers(ctx) {
    let list = newestFirst(ctx.tenant.computers).filter((c) => c.status !== 'destroyed');
    if (ctx.query.status) list = list.filter((c) => c.status === ctx.query.status);
    if (ctx.query.workspace_id) list = list.filter((c) => c.workspaceId === ctx.query.workspace_id);
    const perPage = ctx.query.per_page ?? 20;
    return ok({ data: list.slice(0, perPage).map((c) => computerView(ctx.world, c)), meta: { total: list.length, page: 1, per_page: perPage } });
  },

  getComputer(ctx) {
    return ok(computerView(ctx.world, getComputer(ctx)));
  },

  updateComputer(ctx) {
    const c = getComputer(ctx);
    const b = ctx.body;
    if (b.name !== undefined) c.name = b.name;
    if (b.visibility !== undefined) c.visibility = b.visibility;
    if (b.metadata !== undefined) c.metadata = b.metadata;
    c.updatedAt = Date.now();
    return ok({ data: computerView(ctx.world, c) });
  },

  async destroyComputer(ctx) {
    const c = getComputer(ctx);
    for (const s of c.services.values()) s.stoppedByUser = true;
    await stopServices(c);
    c.status = 'destroyed';
    for (const a of ctx.tenant.attachments.values()) {
      if (a.computerId !== c.id) continue;
      ctx.tenant.attachments.delete(a.id);
      const v = ctx.tenant.volumes.get(a.volumeId);
      if (v) v.attachedTo = null;
    }
    ctx.tenant.computers.delete(c.id);
    rmSync(c.machine.root, { recursive: true, force: true });
    return noContent();
  },

  startComputer(ctx) {
    const c = getComputer(ctx);
    if (c.status === 'active' || c.status === 'provisioning') return ok(computerView(ctx.world, c));
    if (c.status === 'error') throw conflict('COMPUTER_FAILED', `Computer ${c.id} is in error; destroy it and create a new one.`, c.status);
    bootComputer(ctx.world, c);
    ctx.tenant.spend(0.1);
    return ok(computerView(ctx.world, c));
  },

  async stopComputer(ctx) {
    const c = getComputer(ctx);
    if (c.status === 'stopped') return ok(computerView(ctx.world, c));
    if (c.status === 'error') throw conflict('COMPUTER_FAILED', `Computer ${c.id} is in error.`, c.status);
    c.status = 'stopped';
    c.updatedAt = Date.now();
    await stopServices(c);
    c.desktop.windows = [];
    c.desktop.clicks = [];
    log(c.logs, 'VM stopped');
    return ok(computerView(ctx.world, c));
  },

  getComputerLogs(ctx) {
    const c = getComputer(ctx);
    let entries = c.logs;
    if (ctx.query.since) {
      const since = Date.parse(ctx.query.since);
      entries = entries.filter((e) => e.t > since);
    }
    const n = ctx.query.lines ?? 200;
    return ok({ data: { lines: entries.slice(-n).map((e) => `${iso(e.t)} ${e.line}`) } });
  },

  async execComputer(ctx) {
    const c = getComputer(ctx);
    ctx.world.requireActive(c);
    const b = ctx.body;
    const r = await ctx.world.exec(ctx.tenant, { kind: 'computer', rec: c }, b.command, { timeoutSec: b.timeout });
    return ok({ exit_code: r.exitCode, stdout: r.stdout, stderr: r.stderr });
  },

  async execComputerPython(ctx) {
    const c = getComputer(ctx);
    ctx.world.requireActive(c);
    const b = ctx.body;
    const name = `/tmp/.miosa-python-${newId('', 8)}.py`;
    const host = hostPath(c.machine, name);
    mkdirSync(dirname(host), { recursive: true });
    writeFileSync(host, b.code);
    try {
      const r = await ctx.world.exec(ctx.tenant, { kind: 'computer', rec: c }, `python3 ${name}`, { timeoutSec: b.timeout });
      return ok({ exit_code: r.exitCode, stdout: r.stdout, stderr: r.stderr });
    } finally {
      rmSync(host, { force: true });
    }
  },

  listComputerFiles(ctx) {
    const c = getComputer(ctx);
    ctx.world.requireActive(c);
    const d = listDir(c.machine, ctx.query.path, 1);
    return ok({ data: { path: d.path, entries: d.entries.map(({ name, path, size, is_dir, modified_at }) => ({ name, path, size, is_dir, modified_at })) } });
  },

  deleteComputerFile(ctx) {
    const c = getComputer(ctx);
    ctx.world.requireActive(c);
    const v = normalize(c.machine, ctx.query.path);
    if (c.machine.mounts.some((m) => m.at === v)) throw invalid('path', `${v} is a mount point and cannot be deleted.`);
    rmSync(hostPath(c.machine, ctx.query.path), { recursive: true, force: true });
    return noContent();
  },

  downloadComputerFile(ctx) {
    const c = getComputer(ctx);
    ctx.world.requireActive(c);
    return { status: 200, bytes: readFile(c.machine, ctx.query.path), contentType: 'application/octet-stream' };
  },

  writeComputerFile(ctx) {
    const c = getComputer(ctx);
    ctx.world.requireActive(c);
    // `{path, content_base64}`, as both SDKs send it.
    const b = ctx.body;
    if (!BASE64.test(b.content_base64)) throw invalid('content_base64', 'content_base64 must be the file\'s bytes in base64.');
    const w = writeFile(c.machine, b.path, Buffer.from(b.content_base64, 'base64'));
    const st = statOf(w.host)!;
    return ok({ data: { name: w.path.slice(w.path.lastIndexOf('/') + 1), path: w.path, size: st.size, is_dir: false, modified_at: iso(st.mtimeMs) } });
  },

  makeComputerDirectory(ctx) {
    const c = getComputer(ctx);
    ctx.world.requireActive(c);
    const b = ctx.body;
    const host = hostPath(c.machine, b.path);
    const st = statOf(host);
    if (st && !st.isDirectory()) throw invalid('path', `${normalize(c.machine, b.path)} exists and is a file.`);
    if (st && b.recursive === false) throw invalid('path', `${normalize(c.machine, b.path)} already exists.`);
    if (b.recursive === false && !statOf(dirname(host))) throw invalid('path', `The parent of ${normalize(c.machine, b.path)} does not exist (pass recursive: true).`);
    mkdirSync(host, { recursive: true });
    return noContent();
  },

  createComputerCheckpoint(ctx) {
    const c = getComputer(ctx);
    if (c.status !== 'active' && c.status !== 'stopped') {
      throw conflict('COMPUTER_NOT_RUNNING', `Computer ${c.id} is ${c.status}; checkpoints need an active or stopped computer.`, c.status);
    }
    const id = newId('ckpt_');
    const dir = ctx.world.mkdir('checkpoints', id);
    copyMachine(c.machine.root, dir);
    const k = c.checkpoints.add({ id, computerId: c.id, comment: ctx.body?.comment ?? null, createdAt: Date.now(), readyAt: Date.now() + ctx.world.bootMs, dir, sizeBytes: dirSize(c.machine) });
    log(c.logs, `checkpoint ${id} started`);
    return created({ data: checkpointView(k) });
  },

  listComputerCheckpoints(ctx) {
    const c = getComputer(ctx);
    return ok({ data: c.checkpoints.list(checkpointView) });
  },

  restoreComputerCheckpoint(ctx) {
    const c = getComputer(ctx);
    const k = c.checkpoints.getOr404(ctx.path.checkpoint_id);
    if (Date.now() < k.readyAt) throw conflict('CHECKPOINT_NOT_READY', `Checkpoint ${k.id} is still being created; retry when it is ready.`, 'creating');
    const n = newComputer(ctx.world, ctx.tenant, {
      name: `${c.name}-restored`,
      templateType: c.templateType,
      size: c.size,
      visibility: c.visibility,
      workspaceId: c.workspaceId,
      metadata: { ...c.metadata, restored_from: k.id },
      restoredFrom: k.id,
    });
    copyMachine(k.dir, n.machine.root);
    for (const [key, v] of c.env) n.env.set(key, v);
    bootComputer(ctx.world, n);
    ctx.tenant.spend(0.1);
    return created({ data: computerView(ctx.world, n), snapshot: checkpointView(k) });
  },

  exposeComputerPort(ctx) {
    const c = getComputer(ctx);
    ctx.world.requireActive(c);
    const b = ctx.body;
    let p = c.ports.get(b.port);
    if (!p) {
      p = { port: b.port, protocol: b.protocol ?? 'http', url: `${ctx.world.url}/preview/${c.id}/${b.port}/` };
      c.ports.set(b.port, p);
      log(c.logs, `port ${b.port} exposed at ${p.url}`);
    }
    return ok({ data: { ...p, visibility: c.visibility } });
  },

  listComputerPorts(ctx) {
    const c = getComputer(ctx);
    return ok({ data: [...c.ports.values()].map((p) => ({ ...p, visibility: c.visibility })) });
  },

  createComputerService(ctx) {
    const c = getComputer(ctx);
    ctx.world.requireActive(c);
    const b = ctx.body;
    if ([...c.services.values()].some((s) => s.name === b.name)) throw conflict('SERVICE_EXISTS', `A service named ${b.name} already exists on ${c.id}.`);
    if (b.working_dir !== undefined) ctx.world.cwdFor(c.machine, b.working_dir, 'working_dir');
    const s = c.services.add({
      id: newId('svc_'),
      name: b.name,
      command: b.command,
      workingDir: b.working_dir ?? null,
      port: b.port ?? null,
      restartPolicy: b.restart_policy ?? 'always',
      env: b.env ?? {},
      createdAt: Date.now(),
      restarts: 0,
      stoppedByUser: false,
    });
    startService(ctx, c, s);
    return created({ data: serviceView(s) });
  },

  listComputerServices(ctx) {
    const c = getComputer(ctx);
    return ok({ data: [...c.services.values()].map(serviceView) });
  },

  getComputerServiceLogs(ctx) {
    const c = getComputer(ctx);
    const s = c.services.getOr404(ctx.path.service_id);
    const n = ctx.query.lines ?? 200;
    const lines = (s.bg?.tail(n) ?? []).map((l) => ({ stream: l.stream, line: l.line }));
    const accept = ctx.headers.accept ?? '';
    if (!accept.includes('text/event-stream')) return ok({ data: lines });
    const follow = ctx.query.follow !== false;
    return {
      status: 200,
      stream: (res) => {
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
        for (const l of lines) res.write(`data: ${JSON.stringify(l)}\n\n`);
        const bg = s.bg;
        if (!follow || !bg) return void res.end();
        let sent = bg.lines.length;
        const timer = setInterval(() => {
          const fresh = bg.lines.slice(sent);
          sent = bg.lines.length;
          for (const l of fresh) res.write(`data: ${JSON.stringify({ stream: l.stream, line: l.line })}\n\n`);
          if (bg.state !== 'running' || ctx.world.closed) {
            clearInterval(timer);
            res.end();
          }
        }, 200);
        timer.unref();
        res.on('close', () => clearInterval(timer));
      },
    };
  },

  listComputerEnv(ctx) {
    const c = getComputer(ctx);
    return ok({ data: [...c.env.entries()].map(([name, value]) => ({ name, value })) });
  },

  setComputerEnv(ctx) {
    const c = getComputer(ctx);
    const b = ctx.body;
    c.env.set(b.name, b.value);
    return ok({ data: { name: b.name, value: b.value } });
  },

  attachVolume(ctx) {
    const c = getComputer(ctx, ctx.path.computer_id);
    const b = ctx.body;
    const v = ctx.tenant.volumes.getOr404(b.volume_id);
    const state = Date.now() < v.readyAt ? 'creating' : v.attachedTo ? 'attached' : 'available';
    if (state !== 'available') throw conflict('VOLUME_NOT_AVAILABLE', `Volume ${v.id} is ${state}${v.attachedTo ? ` to ${v.attachedTo}` : ''}.`, state);
    const mountPath = b.mount_path ?? `/mnt/${v.name.replace(/[^A-Za-z0-9._-]/g, '-')}`;
    if (!mountPath.startsWith('/') || mountPath.split('/').includes('..') || ['/', '/home', '/tmp', '/opt', '/workspace'].includes(mountPath.replace(/\/+$/, ''))) {
      throw invalid('mount_path', 'mount_path must be an absolute path that is not / or an existing mount point.');
    }
    addMount(c.machine, mountPath.replace(/\/+$/, ''), v.dir);
    v.attachedTo = c.id;
    const a = ctx.tenant.attachments.add({ id: newId('att_'), volumeId: v.id, computerId: c.id, mountPath, readOnly: b.read_only ?? false, createdAt: Date.now() });
    log(c.logs, `volume ${v.id} attached at ${mountPath}`);
    return created({ data: { id: a.id, volume_id: v.id, computer_id: c.id, mount_path: mountPath, read_only: a.readOnly, state: 'attached' } });
  },
};
