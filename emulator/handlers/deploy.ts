// Deployments: publishing a sandbox's files (static: served from a copy; dynamic: the start command
// runs on $PORT behind the deployment's URL), versions and rollback, env, logs, domains, Docker
// Deploy hosts and custom domains. Everything is served by the emulator at `/d/<deployment_id>/`.
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join, relative } from 'node:path';
import { Collection } from '../collection.js';
import { ApiError, conflict, created, invalid, iso, isoOrNull, newId, noContent, ok, randomToken, sleep, type Ctx, type Handlers } from '../handler-kit.js';
import { baseEnv } from '../exec.js';
import { hostPath, statOf } from '../files.js';
import { makeMachine, normalize, toVirtual } from '../machine.js';
import type { World } from '../world.js';
import { log, logTail, type DeploymentRec, type DockerHostRec, type DomainRec, type SandboxRec, type Tenant, type VersionRec } from '../records.js';
import { checkWorkspace, getSandbox } from './sandbox.js';
import type { Schema } from '../api-types.js';

export function refreshDeployment(d: DeploymentRec, now = Date.now()): void {
  for (const v of d.versions.values()) {
    if (v.state === 'building' && v.readyAt !== undefined && now >= v.readyAt) {
      v.state = 'ready';
      log(d.logs, `version ${v.number} ready`);
      if (!d.activeVersionId) {
        d.activeVersionId = v.id;
        v.promotedAt = now;
        d.history.push(v.id);
        log(d.logs, `version ${v.number} promoted; serving at ${d.publicUrl}`);
      }
    }
  }
}

function deploymentState(d: DeploymentRec): Schema<'Deployment'>['state'] {
  refreshDeployment(d);
  if (d.failed) return 'failed';
  const active = d.activeVersionId ? d.versions.get(d.activeVersionId) : undefined;
  if (active?.state === 'ready') {
    if (active.kind === 'dynamic' && d.proc && d.proc.bg.state !== 'running') return 'failed';
    return 'running';
  }
  if ([...d.versions.values()].some((v) => v.state === 'building')) return 'building';
  return 'pending';
}

export function deploymentView(d: DeploymentRec): Schema<'Deployment'> {
  return {
    id: d.id,
    name: d.name,
    slug: d.slug,
    workspace_id: d.workspaceId,
    state: deploymentState(d),
    deployment_product: d.product,
    source_type: d.sourceType,
    public_url: d.publicUrl,
    repo_url: d.repoUrl,
    branch: d.branch,
    build_command: d.buildCommand,
    run_command: d.runCommand,
    auto_deploy: d.autoDeploy,
    active_version_id: d.activeVersionId,
    custom_domain_id: d.customDomainId,
    linked_database_id: null,
    docker_deploy_host_id: d.dockerHostId,
    docker_deploy_app: d.product === 'docker_deploy' ? dockerAppView(d) : null,
    metadata: d.metadata,
    created_at: iso(d.createdAt),
    updated_at: iso(d.updatedAt),
  };
}

/** The container app a docker_deploy deployment runs on its host: where the host routes its traffic. */
function dockerAppView(d: DeploymentRec): NonNullable<Schema<'Deployment'>['docker_deploy_app']> {
  const state = deploymentState(d);
  return {
    id: `app_${d.id.replace(/^dep_/, '')}`,
    status: state,
    public_url: d.publicUrl,
    runtime_ip: d.proc ? '127.0.0.1' : null,
    runtime_port: d.proc?.port ?? null,
    last_health_status: d.proc ? 'healthy' : null,
    last_error: state === 'failed' ? 'The app did not start; see deployment_logs.' : null,
  };
}

function versionView(v: VersionRec): Schema<'DeploymentVersion'> {
  return {
    id: v.id,
    deployment_id: v.deploymentId,
    version_number: v.number,
    kind: v.kind,
    state: v.state,
    source_sandbox_id: v.sourceSandboxId,
    artifact_sha256: v.sha256,
    runtime_port: v.runtimePort,
    promoted_at: isoOrNull(v.promotedAt),
    created_at: iso(v.createdAt),
  };
}

export function domainView(d: DomainRec): Schema<'CustomDomain'> {
  return {
    id: d.id,
    domain: d.domain,
    state: 'pending',
    verified: false,
    resource_type: d.resourceType,
    resource_id: d.resourceId,
    redirect_policy: d.redirectPolicy,
    verification_token: d.verificationToken,
    created_at: iso(d.createdAt),
  };
}

function hostView(h: DockerHostRec, world: World): Schema<'DockerDeployHost'> {
  const now = Date.now();
  const phase = now >= h.readyAt ? 2 : now >= h.createdAt + (h.readyAt - h.createdAt) / 2 ? 1 : 0;
  return {
    id: h.id,
    workspace_id: h.workspaceId,
    computer_id: h.computerId,
    status: (['provisioning', 'bootstrapping', 'active'] as const)[phase],
    appliance_status: (['installing', 'starting', 'healthy'] as const)[phase],
    size: h.size,
    region: h.region,
    portal_domain: new URL(world.url).host,
    runtime_base_url: `${world.url}/d/`,
    appliance_version: '2026.11.0-emulator',
    agent_last_seen_at: phase === 2 ? iso(now) : null,
    metadata: {},
  };
}

function getDeployment(ctx: Ctx, id: string = ctx.path.id): DeploymentRec {
  const d = ctx.tenant.deployments.getOr404(id);
  refreshDeployment(d);
  return d;
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'app';
}

function newDeployment(ctx: Ctx, fields: Partial<DeploymentRec> & { name: string }): DeploymentRec {
  const id = newId('dep_');
  const now = Date.now();
  const d = ctx.tenant.deployments.add({
    id,
    slug: `${slugify(fields.name)}-${id.slice(4, 8)}`,
    workspaceId: ctx.tenant.defaultWorkspace.id,
    product: 'miosa_deploy',
    sourceType: 'sandbox',
    publicUrl: `${ctx.world.url}/d/${id}/`,
    repoUrl: null,
    branch: null,
    buildCommand: null,
    runCommand: null,
    autoDeploy: false,
    activeVersionId: null,
    history: [],
    customDomainId: null,
    dockerHostId: null,
    metadata: {},
    createdAt: now,
    updatedAt: now,
    versions: new Collection<VersionRec>('Version'),
    env: new Map(),
    logs: [],
    ...fields,
  });
  log(d.logs, `deployment ${d.name} created`);
  return d;
}

function hashDir(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      // Links are hashed as their text, never followed (they may point anywhere on the host).
      if (st.isSymbolicLink()) h.update(relative(dir, p)).update('\0->').update(readlinkSync(p)).update('\0');
      else if (st.isDirectory()) walk(p);
      else if (st.isFile()) h.update(relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return h.digest('hex');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Starts (or restarts) the process of a dynamic version. */
async function runVersion(world: World, d: DeploymentRec, v: VersionRec): Promise<{ ok: boolean; output: string }> {
  if (d.proc) {
    const old = d.proc;
    d.proc = undefined;
    await old.bg.stop(500);
  }
  if (v.kind !== 'dynamic' || !v.dir || !v.startCommand) return { ok: true, output: '' };
  const port = await freePort();
  const machine = makeMachine(v.dir, [['/workspace', v.dir]], '/workspace');
  const env: Record<string, string> = { ...baseEnv(v.dir), PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' };
  for (const [k, e] of d.env) env[k] = e.value;
  const bg = world.spawn(machine, v.startCommand, env, v.dir);
  d.proc = { versionId: v.id, bg, port };
  v.runtimePort = port;
  log(d.logs, `version ${v.number}: started \`${v.startCommand}\` on port ${port}`);
  const until = Date.now() + 4000;
  while (Date.now() < until) {
    if (bg.state !== 'running') break;
    if (await portOpen(port)) return { ok: true, output: '' };
    await sleep(100);
  }
  const output = bg.lines.slice(-40).map((l) => l.line).join('\n');
  if (bg.state !== 'running') {
    log(d.logs, `version ${v.number}: exited with ${bg.exitCode}`);
    return { ok: false, output };
  }
  log(d.logs, `version ${v.number}: not listening on $PORT yet; the URL answers 502 until it does`);
  return { ok: true, output };
}

export async function stopDeployment(d: DeploymentRec): Promise<void> {
  const p = d.proc;
  d.proc = undefined;
  await p?.bg.stop(500);
}

function promote(d: DeploymentRec, v: VersionRec): void {
  d.activeVersionId = v.id;
  v.promotedAt = Date.now();
  d.history.push(v.id);
  d.failed = false;
  d.updatedAt = Date.now();
  log(d.logs, `version ${v.number} promoted; serving at ${d.publicUrl}`);
}

function ensureHost(world: World, tenant: Tenant, workspaceId: string, region = 'us-east', size: DockerHostRec['size'] = 'small', readyNow = false): { host: DockerHostRec; createdNow: boolean } {
  for (const h of tenant.dockerHosts.values()) if (h.workspaceId === workspaceId) return { host: h, createdNow: false };
  const now = Date.now();
  const host = tenant.dockerHosts.add({ id: newId('ddh_'), workspaceId, computerId: null, region, size, createdAt: now, readyAt: readyNow ? now : now + world.bootMs * 2 });
  return { host, createdNow: true };
}

const DOMAIN_RE = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/i;

function checkDomain(tenant: Tenant, domain: string): string {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (!DOMAIN_RE.test(d)) throw invalid('domain', `${domain} is not a valid domain name.`);
  for (const x of tenant.domains.values()) if (x.domain === d) throw conflict('DOMAIN_EXISTS', `${d} is already attached (${x.id}).`);
  return d;
}

function addDomain(tenant: Tenant, domain: string, resourceType: DomainRec['resourceType'], resourceId: string | null, redirectPolicy: DomainRec['redirectPolicy'] = 'none'): DomainRec {
  return tenant.domains.add({ id: newId('dom_'), domain, resourceType, resourceId, redirectPolicy, verificationToken: `miosa-verify=${randomToken(16)}`, createdAt: Date.now() });
}

/** What a publish from a sandbox may say about the app (the bridge route and `publish` share it). */
interface PublishInput {
  type?: 'static' | 'dynamic';
  output_path?: string;
  entrypoint?: string;
  build_command?: string;
  start_command?: string;
  port?: number;
  docker_deploy_template_id?: string;
}

/**
 * Without `type`: dynamic when there is a command or a port to run, or an entrypoint that is not a
 * page; static otherwise. The TS SDK README's static example sends only `entrypoint: "index.html"`.
 */
function kindOf(b: PublishInput): 'static' | 'dynamic' {
  if (b.type) return b.type;
  if (b.start_command || b.port !== undefined) return 'dynamic';
  return b.entrypoint && !/\.html?$/i.test(b.entrypoint) ? 'dynamic' : 'static';
}

/** Makes `target` the live version: (re)starts a dynamic one, stops the process for a static one. */
async function activate(world: World, d: DeploymentRec, target: VersionRec): Promise<void> {
  if (target.kind === 'dynamic') {
    const run = await runVersion(world, d, target);
    if (!run.ok) throw conflict('START_FAILED', `Version ${target.id} did not start:\n${run.output.slice(-2000)}`, 'failed');
  } else {
    await stopDeployment(d);
  }
  promote(d, target);
}

/** The folder a static version is copied from: output_path, or the first build folder that exists. */
function staticOutputDir(s: SandboxRec, b: PublishInput): string {
  const candidates = b.output_path !== undefined ? [b.output_path] : ['/workspace/dist', '/workspace/build', '/workspace/out', '/workspace/public', '/workspace'];
  const found = candidates.map((p) => ({ p, host: hostPath(s.machine, p, 'output_path') })).find(({ p, host }) => {
    const st = statOf(host);
    return st?.isDirectory() && (b.output_path !== undefined || p !== '/workspace' || statOf(join(host, 'index.html')));
  });
  if (!found) {
    throw invalid(
      'output_path',
      b.output_path !== undefined
        ? `output_path ${normalize(s.machine, b.output_path)} is not a directory in sandbox ${s.id}; build first, then publish the folder that holds index.html.`
        : `No output folder found in sandbox ${s.id} (looked for /workspace/dist, build, out, public and an index.html in /workspace); pass output_path.`,
    );
  }
  return found.host;
}

/** What starts a dynamic version: start_command, else one made from the entrypoint, else `npm start` when package.json has it. */
function dynamicStartCommand(b: PublishInput, sourceDir: string): string {
  if (b.start_command) return b.start_command;
  if (b.entrypoint) return /\.(c|m)?js$/.test(b.entrypoint) ? `node ${b.entrypoint}` : /\.py$/.test(b.entrypoint) ? `python3 ${b.entrypoint}` : b.entrypoint;
  try {
    const pkg = JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    if (pkg.scripts?.start) return 'npm start';
  } catch {
    /* no package.json */
  }
  throw invalid('start_command', 'A dynamic deployment needs start_command (or an entrypoint, or a package.json with a start script).');
}

/**
 * Copies the sandbox's files into a new version of `existing` (or of the deployment `create`
 * makes), builds and starts it as its kind needs, and makes it live unless `live` is false.
 */
async function publishVersion(
  ctx: Ctx,
  s: SandboxRec,
  b: PublishInput,
  create: () => DeploymentRec,
  existing: DeploymentRec | undefined,
  live = true,
): Promise<{ d: DeploymentRec; v: VersionRec }> {
  const kind = kindOf(b);
  const target = { kind: 'sandbox' as const, rec: s };

  if (b.build_command) {
    const r = await ctx.world.exec(ctx.tenant, target, b.build_command, { timeoutSec: 300 });
    if (r.exitCode !== 0) {
      const output = (r.stdout + r.stderr).slice(-4000);
      throw new ApiError(422, 'BUILD_FAILED', `build_command exited with ${r.exitCode}:\n${output}`, { field: 'build_command', exit_code: r.exitCode });
    }
  }

  const sourceDir = kind === 'static' ? staticOutputDir(s, b) : hostPath(s.machine, '/workspace');
  const startCommand = kind === 'static' ? null : dynamicStartCommand(b, sourceDir);

  const d = existing ?? create();
  if (d.product === 'docker_deploy') {
    d.dockerHostId ??= ensureHost(ctx.world, ctx.tenant, d.workspaceId ?? ctx.tenant.defaultWorkspace.id, s.region, 'small', true).host.id;
  }
  const vId = newId('ver_');
  const dir = ctx.world.mkdir('deployments', d.id, vId);
  cpSync(sourceDir, dir, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => !src.includes(`${'/'}.git${'/'}`) && !src.endsWith('/.git'),
  });
  const v = d.versions.add({
    id: vId,
    deploymentId: d.id,
    number: d.versions.size + 1,
    kind,
    state: 'ready',
    sourceSandboxId: s.id,
    sha256: hashDir(dir),
    runtimePort: null,
    promotedAt: null,
    createdAt: Date.now(),
    dir,
    startCommand: startCommand ? startCommand.replace(/(?<![\w.~/-])\/workspace(?![\w.-])/g, dir) : null,
  });
  d.buildCommand = b.build_command ?? d.buildCommand;
  d.runCommand = startCommand ?? d.runCommand;
  log(d.logs, `version ${v.number}: ${kind} from ${s.id} (${toVirtual(s.machine, sourceDir)})`);
  if (!live) return { d, v };
  if (kind === 'dynamic') {
    const run = await runVersion(ctx.world, d, v);
    if (!run.ok) {
      v.state = 'failed';
      d.failed = !d.activeVersionId;
      throw new ApiError(422, 'START_FAILED', `start_command exited before listening on $PORT:\n${run.output.slice(-4000)}`, { field: 'start_command' });
    }
  } else if (d.proc) {
    await stopDeployment(d);
  }
  promote(d, v);
  ctx.tenant.spend(0.05);
  return { d, v };
}

export const deployHandlers: Handlers = {
  listDeployments(ctx) {
    return ok(ctx.tenant.deployments.page(ctx.query, deploymentView, (d) => !ctx.query.state || deploymentState(d) === ctx.query.state));
  },

  createDeployment(ctx) {
    const b = ctx.body;
    ctx.tenant.deployments.assertNameFree(b.name, 'DEPLOYMENT_EXISTS');
    const d = newDeployment(ctx, {
      name: b.name,
      sourceType: 'repo',
      repoUrl: b.repo_url ?? null,
      branch: b.branch ?? (b.repo_url ? 'main' : null),
      buildCommand: b.build_command ?? null,
      runCommand: b.run_command ?? null,
      autoDeploy: b.auto_deploy ?? false,
    });
    if (b.repo_url) {
      d.versions.add({
        id: newId('ver_'),
        deploymentId: d.id,
        number: 1,
        kind: 'dynamic',
        state: 'building',
        sourceSandboxId: null,
        sha256: null,
        runtimePort: null,
        promotedAt: null,
        createdAt: Date.now(),
        dir: null,
        startCommand: null,
        readyAt: Date.now() + ctx.world.bootMs * 2,
      });
      log(d.logs, `build: ${b.repo_url}@${d.branch}: the emulator has no network, so the repository is not cloned; a placeholder page is served`);
    }
    ctx.tenant.spend(0.05);
    return created({ data: deploymentView(d), webhook_secret: b.repo_url ? `whsec_${randomToken(24)}` : null });
  },

  getDeployment(ctx) {
    return ok({ data: deploymentView(getDeployment(ctx)) });
  },

  async deleteDeployment(ctx) {
    const d = getDeployment(ctx);
    await stopDeployment(d);
    ctx.tenant.deployments.delete(d.id);
    for (const dom of ctx.tenant.domains.values()) if (dom.resourceId === d.id) ctx.tenant.domains.delete(dom.id);
    rmSync(join(ctx.world.config.dataDir, 'deployments', d.id), { recursive: true, force: true });
    return ok({ data: { id: d.id, deleted: true } });
  },

  async deploySandbox(ctx) {
    const s = getSandbox(ctx);
    ctx.world.requireRunning(s);
    const b = ctx.body;
    let d: DeploymentRec | undefined;
    if (b.deployment_id) {
      d = ctx.tenant.deployments.getOr404(b.deployment_id);
    } else if (b.name) {
      d = [...ctx.tenant.deployments.values()].find((x) => x.name === b.name);
    }
    const product = b.deployment_type ?? d?.product ?? 'miosa_deploy';
    if (d && d.product !== product) {
      throw invalid('deployment_type', `Deployment ${d.id} is a ${d.product} deployment; publish it with deployment_type ${d.product}.`);
    }
    const { d: dep, v } = await publishVersion(ctx, s, b, () => newDeployment(ctx, { name: b.name ?? s.name ?? `app-${s.id.slice(4, 10)}`, workspaceId: s.workspaceId, product, sourceType: 'sandbox' }), d);
    // `url` beside `public_url`: the TS SDK README reads `deployment.url ?? deployment.deployment?.public_url`.
    return ok({
      data: { deployment_id: dep.id, sandbox_id: s.id, public_url: dep.publicUrl, url: dep.publicUrl, deployment_product: dep.product, deployment: deploymentView(dep), version: versionView(v) },
    });
  },

  /** TS `deployments.publish`: a new version of an existing deployment from a sandbox's files. */
  async publishDeployment(ctx) {
    const d = getDeployment(ctx);
    const b = ctx.body;
    const s = getSandbox(ctx, b.source_sandbox_id);
    ctx.world.requireRunning(s);
    const promoted = b.promote !== false;
    const { v } = await publishVersion(ctx, s, { ...b, output_path: b.output_path ?? '/workspace' }, () => d, d, promoted);
    return ok({ data: { deployment: deploymentView(d), version: versionView(v), promoted } });
  },

  /** TS `versions.promote`: makes a ready version the live one. */
  async promoteDeploymentVersion(ctx) {
    const d = getDeployment(ctx);
    const target = d.versions.getOr404(ctx.path.version_id);
    if (target.state !== 'ready') throw conflict('VERSION_NOT_READY', `Version ${target.id} is ${target.state}.`, target.state);
    await activate(ctx.world, d, target);
    log(d.logs, `promoted version ${target.number}`);
    return ok({ data: deploymentView(d) });
  },

  async rollbackDeployment(ctx) {
    const d = getDeployment(ctx);
    const versionId = ctx.body?.version_id;
    let target: VersionRec | undefined;
    if (versionId) {
      target = d.versions.getOr404(versionId);
      if (target.state !== 'ready') throw conflict('VERSION_NOT_READY', `Version ${target.id} is ${target.state}.`, target.state);
    } else {
      for (let i = d.history.length - 1; i >= 0; i--) {
        const v = d.versions.get(d.history[i]);
        if (v && v.id !== d.activeVersionId && v.state === 'ready') {
          target = v;
          break;
        }
      }
      if (!target) throw conflict('NO_PREVIOUS_VERSION', `Deployment ${d.id} has no earlier ready version to roll back to.`, deploymentState(d));
    }
    await activate(ctx.world, d, target);
    log(d.logs, `rolled back to version ${target.number}`);
    return ok({ data: deploymentView(d) });
  },

  getDeploymentLogs(ctx) {
    const d = getDeployment(ctx);
    const entries = [...d.logs, ...(d.proc ? d.proc.bg.lines : [])].sort((a, b) => a.t - b.t);
    return ok({ data: { deployment_id: d.id, logs: logTail(entries, ctx.query) } });
  },

  listDeploymentEnv(ctx) {
    const d = getDeployment(ctx);
    return ok({ data: envList(d) });
  },

  setDeploymentEnv(ctx) {
    const d = getDeployment(ctx);
    const env = ctx.body.env;
    for (const [i, k] of Object.keys(env).entries()) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw invalid(`env.${k}`, `Variable name ${k} (entry ${i}) must match [A-Za-z_][A-Za-z0-9_]*.`);
    }
    for (const [k, v] of Object.entries(env)) d.env.set(k, { value: v, updatedAt: Date.now() });
    log(d.logs, `env: set ${Object.keys(env).join(', ')} (applies to the next version or restart)`);
    return ok({ data: envList(d) });
  },

  deleteDeploymentEnv(ctx) {
    const d = getDeployment(ctx);
    d.env.delete(ctx.path.key);
    return noContent();
  },

  listDeploymentVersions(ctx) {
    const d = getDeployment(ctx);
    return ok(d.versions.page(ctx.query, versionView, (v) => !ctx.query.state || v.state === ctx.query.state));
  },

  addDeploymentDomain(ctx) {
    const d = getDeployment(ctx);
    const b = ctx.body;
    const domain = checkDomain(ctx.tenant, b.domain);
    const rec = addDomain(ctx.tenant, domain, 'deployment', d.id, b.redirect_policy);
    d.customDomainId = rec.id;
    log(d.logs, `domain ${domain} added; pending DNS verification`);
    return created({ data: domainView(rec) });
  },

  ensureDockerDeployHost(ctx) {
    const b = ctx.body;
    const ws = checkWorkspace(ctx.tenant, b.workspace_id)!;
    const { host, createdNow } = ensureHost(ctx.world, ctx.tenant, ws, b.region, b.size);
    if (createdNow) ctx.tenant.spend(0.1);
    return ok({ data: hostView(host, ctx.world), queued: Date.now() < host.readyAt });
  },

  getDockerDeployHost(ctx) {
    return ok({ data: hostView(ctx.tenant.dockerHosts.getOr404(ctx.path.id), ctx.world) });
  },

  listCustomDomains(ctx) {
    return ok(ctx.tenant.domains.page(ctx.query, domainView));
  },

  createCustomDomain(ctx) {
    const b = ctx.body;
    let type = b.resource_type ?? null;
    if (b.resource_id) {
      type ??= b.resource_id.startsWith('dep_') ? 'deployment' : b.resource_id.startsWith('comp_') ? 'computer' : b.resource_id.startsWith('sbx_') ? 'sandbox' : null;
      if (!type) throw invalid('resource_type', 'resource_type is required when resource_id has no known prefix.');
      const t = ctx.tenant;
      ({ deployment: t.deployments, computer: t.computers, sandbox: t.sandboxes })[type].getOr404(b.resource_id);
    } else if (type) {
      throw invalid('resource_id', 'resource_id is required with resource_type.');
    }
    const domain = checkDomain(ctx.tenant, b.domain);
    const rec = addDomain(ctx.tenant, domain, type, b.resource_id ?? null, b.redirect_policy);
    if (type === 'deployment') ctx.tenant.deployments.get(b.resource_id!)!.customDomainId = rec.id;
    return created({ data: domainView(rec) });
  },
};

function envList(d: DeploymentRec): Schema<'DeploymentEnvVar'>[] {
  return [...d.env.entries()].map(([name, e]) => ({
    name,
    preview: e.value.length <= 4 ? '••••' : `${e.value.slice(0, 2)}••••${e.value.slice(-2)}`,
    updated_at: iso(e.updatedAt),
  }));
}

