// Databases (records with credentials; nothing listens), storage buckets (objects as files) and
// volumes (a directory mounted into computers that attach them).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_REGION } from '../catalog.js';
import { conflict, created, invalid, iso, newId, noContent, notFound, ok, randomToken, type Ctx, type Handlers } from '../handler-kit.js';
import { logTail, type BucketRec, type DatabaseRec, type VolumeRec } from '../records.js';
import { checkRegion, checkWorkspace } from './sandbox.js';
import type { Schema } from '../api-types.js';

const ENGINES = {
  postgresql: { version: '16', port: 5432, user: 'miosa', cpu: 1, memory: 1024 },
  mysql: { version: '8.4', port: 3306, user: 'miosa', cpu: 1, memory: 1024 },
  redis: { version: '7.4', port: 6379, user: '', cpu: 1, memory: 512 },
} as const;

function dbState(d: DatabaseRec, now = Date.now()): Schema<'Database'>['state'] {
  return now < d.provisionAt ? 'creating' : now < d.runningAt ? 'provisioning' : 'running';
}

function refreshDbLogs(d: DatabaseRec): void {
  const state = dbState(d);
  if (state === 'running' && !d.logs.some((l) => l.line.includes('ready to accept connections'))) {
    const line = d.engine === 'postgresql' ? 'LOG:  database system is ready to accept connections' : d.engine === 'mysql' ? '[Server] mysqld: ready for connections (ready to accept connections).' : 'Ready to accept connections tcp';
    d.logs.push({ t: d.runningAt, stream: 'stdout', line });
  }
}

function dbView(d: DatabaseRec): Schema<'Database'> {
  const state = dbState(d);
  return {
    id: d.id,
    name: d.name,
    state,
    engine: d.engine,
    engine_version: d.engineVersion,
    region: d.region,
    workspace_id: d.workspaceId,
    cpu_count: d.cpuCount,
    memory_mb: d.memoryMb,
    storage_mb: d.storageMb,
    host: state === 'running' ? d.host : null,
    port: state === 'running' ? d.port : null,
    connection_test: null,
    created_at: iso(d.createdAt),
    updated_at: iso(Math.max(d.updatedAt, state === 'running' ? d.runningAt : d.createdAt)),
  };
}

function getDb(ctx: Ctx): DatabaseRec {
  const d = ctx.tenant.databases.getOr404(ctx.path.id);
  refreshDbLogs(d);
  return d;
}

export function getBucket(ctx: Ctx): BucketRec {
  const key = ctx.path.bucket;
  const b = ctx.tenant.buckets.get(key) ?? [...ctx.tenant.buckets.values()].find((x) => x.name === key);
  if (!b) throw notFound('Bucket', key);
  return b;
}

function bucketView(b: BucketRec): Schema<'Bucket'> {
  let used = 0;
  for (const o of b.objects.values()) used += o.size;
  return { id: b.id, name: b.name, region: b.region, visibility: b.visibility, quota_bytes: null, used_bytes: used, object_count: b.objects.size, created_at: iso(b.createdAt) };
}

function volumeView(v: VolumeRec): Schema<'Volume'> {
  const state = Date.now() < v.readyAt ? 'creating' : v.attachedTo ? 'attached' : 'available';
  return { id: v.id, name: v.name, size_gb: v.sizeGb, state, region: v.region, attached_to: v.attachedTo, created_at: iso(v.createdAt) };
}

export const dataHandlers: Handlers = {
  listDatabases(ctx) {
    return ok(ctx.tenant.databases.page(ctx.query, dbView, (d) => !ctx.query.state || dbState(d) === ctx.query.state));
  },

  createDatabase(ctx) {
    const b = ctx.body;
    ctx.tenant.databases.assertNameFree(b.name, 'DATABASE_EXISTS');
    // `postgres` (MIOSA's earlier MCP server) is another name for postgresql, as the CLI treats it.
    const engine = b.engine === 'postgres' ? 'postgresql' : (b.engine ?? 'postgresql');
    const e = ENGINES[engine];
    const region = checkRegion(b.region);
    const workspaceId = checkWorkspace(ctx.tenant, b.workspace_id);
    const id = newId('db_');
    const now = Date.now();
    const boot = ctx.world.bootMs;
    const dbName = b.name.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60) || 'app';
    const d = ctx.tenant.databases.add({
      id,
      name: b.name,
      engine,
      engineVersion: b.engine_version ?? e.version,
      region,
      workspaceId,
      cpuCount: b.cpu_count ?? e.cpu,
      memoryMb: b.memory_mb ?? e.memory,
      storageMb: b.storage_mb ?? 10240,
      host: `${id.replace('_', '-')}.${region}.db.emulator.miosa.local`,
      port: e.port,
      username: e.user,
      password: randomToken(18).replace(/[^A-Za-z0-9]/g, 'x'),
      database: dbName,
      createdAt: now,
      updatedAt: now,
      provisionAt: now + Math.round(boot / 2),
      runningAt: now + boot,
      logs: [{ t: now, stream: 'system', line: `creating ${engine} ${b.engine_version ?? e.version} (${region})` }],
    });
    ctx.tenant.spend(0.1);
    return created({ data: dbView(d) });
  },

  getDatabase(ctx) {
    return ok({ data: dbView(getDb(ctx)) });
  },

  deleteDatabase(ctx) {
    ctx.tenant.databases.remove(ctx.path.id);
    return noContent();
  },

  getDatabaseCredentials(ctx) {
    const d = getDb(ctx);
    const state = dbState(d);
    if (state !== 'running') throw conflict('DATABASE_NOT_RUNNING', `Database ${d.id} is ${state}; credentials are available once it is running.`, state);
    const pass = encodeURIComponent(d.password);
    const url =
      d.engine === 'postgresql'
        ? `postgresql://${d.username}:${pass}@${d.host}:${d.port}/${d.database}?sslmode=require`
        : d.engine === 'mysql'
          ? `mysql://${d.username}:${pass}@${d.host}:${d.port}/${d.database}`
          : `redis://:${pass}@${d.host}:${d.port}/0`;
    const internal = url.replace(d.host, `${d.id.replace('_', '-')}.internal`);
    return ok({
      data: {
        connection_string: url,
        url,
        internal_url: internal,
        host: d.host,
        port: d.port,
        database: d.engine === 'redis' ? null : d.database,
        username: d.engine === 'redis' ? null : d.username,
        password: d.password,
      },
    });
  },

  getDatabaseLogs(ctx) {
    const d = getDb(ctx);
    const logs = logTail(d.logs.filter((e) => e.t <= Date.now()), ctx.query);
    return ok({ data: { database_id: d.id, logs } });
  },

  listBuckets(ctx) {
    return ok({ data: ctx.tenant.buckets.list(bucketView) });
  },

  createBucket(ctx) {
    const b = ctx.body;
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(b.name) || b.name.includes('..')) {
      throw invalid('name', 'name must be 3-63 characters of lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.');
    }
    ctx.tenant.buckets.assertNameFree(b.name, 'BUCKET_EXISTS');
    const id = newId('bkt_');
    const rec = ctx.tenant.buckets.add({
      id,
      name: b.name,
      region: checkRegion(b.region),
      visibility: b.visibility ?? 'private',
      createdAt: Date.now(),
      dir: ctx.world.mkdir('buckets', id),
      objects: new Map(),
    });
    return created({ data: bucketView(rec) });
  },

  listStorageObjects(ctx) {
    const b = getBucket(ctx);
    const prefix = ctx.query.prefix ?? '';
    const marker = ctx.query.marker;
    const max = ctx.query.max_keys ?? 1000;
    const keys = [...b.objects.keys()].filter((k) => k.startsWith(prefix) && (marker === undefined || k > marker)).sort();
    const page = keys.slice(0, max);
    const truncated = keys.length > max;
    return ok({ data: { keys: page, truncated, next_marker: truncated ? page[page.length - 1] : null } });
  },

  putStorageObject(ctx) {
    const b = getBucket(ctx);
    const key = ctx.path.key;
    if (key.split('/').some((s) => s === '..' || s === '.')) throw invalid('key', 'key may not contain "." or ".." segments.');
    const bytes = Buffer.isBuffer(ctx.body) ? ctx.body : Buffer.alloc(0);
    const etag = createHash('md5').update(bytes).digest('hex');
    const file = join(b.dir, createHash('sha256').update(key).digest('hex'));
    writeFileSync(file, bytes);
    b.objects.set(key, { size: bytes.length, etag, file });
    return ok({ data: { bucket: b.name, key, size: bytes.length, etag } });
  },

  getStorageObject(ctx) {
    const b = getBucket(ctx);
    const o = b.objects.get(ctx.path.key);
    if (!o) throw notFound('Object', `${b.name}/${ctx.path.key}`);
    return { status: 200, bytes: readFileSync(o.file), contentType: 'application/octet-stream', headers: { ETag: `"${o.etag}"` } };
  },

  listVolumes(ctx) {
    return ok(ctx.tenant.volumes.page(ctx.query, volumeView, (v) => !ctx.query.state || volumeView(v).state === ctx.query.state));
  },

  createVolume(ctx) {
    const b = ctx.body;
    ctx.tenant.volumes.assertNameFree(b.name, 'VOLUME_EXISTS');
    const id = newId('vol_');
    const v = ctx.tenant.volumes.add({
      id,
      name: b.name,
      sizeGb: b.size_gb,
      region: b.region === undefined ? DEFAULT_REGION : checkRegion(b.region),
      createdAt: Date.now(),
      readyAt: Date.now() + Math.round(ctx.world.bootMs / 2),
      attachedTo: null,
      dir: ctx.world.mkdir('volumes', id),
    });
    ctx.tenant.spend(0.02);
    return created({ data: volumeView(v) });
  },
};
