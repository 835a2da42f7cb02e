// The API's rules: keys and scopes, one organization per key, validation against the spec, missing
// resources and wrong states, idempotency keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopesFromKey } from '../../emulator/key-scopes.js';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { client, specChecker, waitFor, type Call } from './helpers.js';

const spec = specChecker();
let emu: Emulator;
let call: Call;
const logs: string[] = [];

beforeAll(async () => {
  emu = await startEmulator({ port: 0, bootMs: 50, checkResponses: true, log: (l) => logs.push(l) });
  call = client(emu.url, 'msk_u_contract');
});
afterAll(async () => {
  await emu?.close();
});

async function runningSandbox(c: Call = call): Promise<string> {
  const id = (await c('POST', '/sandboxes', { body: {} })).json.data.id as string;
  await waitFor('running', async () => (await c('GET', `/sandboxes/${id}`)).json.data.state === 'running');
  return id;
}

describe('auth', () => {
  it('answers 401 UNAUTHORIZED without a key or with a malformed one', async () => {
    for (const key of [null, 'sk_live_123', 'msk_', 'msk_has space']) {
      const r = await call('GET', '/sandboxes', { key, headers: key === 'msk_has space' ? { Authorization: 'Bearer msk_has space' } : {} });
      expect(r.status, String(key)).toBe(401);
      expect(r.json.error.code).toBe('UNAUTHORIZED');
      expect(r.json.error.request_id).toBe(r.headers.get('x-request-id'));
      expect(spec.check('listSandboxes', r)).toEqual([]);
    }
    const basic = await call('GET', '/sandboxes', { key: null, headers: { Authorization: 'Basic abc' } });
    expect(basic.status).toBe(401);
  });

  it('answers 403 SCOPE_NOT_ALLOWED naming the scope a limited key lacks', async () => {
    const key = 'msk_u_scoped.sandboxes-read.computers-write_abc';
    expect(scopesFromKey(key)).toEqual(new Set(['sandboxes:read', 'computers:write']));
    expect(scopesFromKey('msk_u_scoped.api_keys-read.health_checks-write_x')).toEqual(new Set(['api_keys:read', 'health_checks:write']));
    expect(scopesFromKey('msk_u_plain_key')).toBe('all');
    const list = await call('GET', '/sandboxes', { key });
    expect(list.status).toBe(200);
    const create = await call('POST', '/sandboxes', { key, body: {} });
    expect(create.status).toBe(403);
    expect(create.json.error).toMatchObject({ code: 'SCOPE_NOT_ALLOWED', message: 'API key lacks scope sandboxes:write.', details: { required_scope: 'sandboxes:write' } });
    expect(spec.check('createSandbox', create)).toEqual([]);
    const both = await call('POST', '/deployments/dep_x/domains', { key: 'msk_u_scoped.deployments-write_k', body: { domain: 'a.example.com' } });
    expect(both.status).toBe(403);
    expect(both.json.error.details.required_scope).toBe('domains:write');
  });

  it('mints keys with their scopes and revokes deleted keys', async () => {
    const created = await call('POST', '/api-keys', { body: { name: 'reader', scopes: ['sandboxes:read'] } });
    expect(created.status).toBe(201);
    const token = created.json.data.token as string;
    expect(token).toMatch(/^msk_u_scoped\.sandboxes-read_/);
    const mine = (await call('POST', '/sandboxes', { body: { name: 'shared' } })).json.data.id;
    // Same organization: the new key sees the sandbox, but cannot create one.
    expect((await call('GET', `/sandboxes/${mine}`, { key: token })).status).toBe(200);
    expect((await call('POST', '/sandboxes', { key: token, body: {} })).status).toBe(403);
    expect((await call('DELETE', `/api-keys/${created.json.data.id}`)).status).toBe(204);
    expect((await call('GET', '/sandboxes', { key: token })).status).toBe(401);
  });

  it('keeps each key in its own organization', async () => {
    const a = client(emu.url, 'msk_u_tenant_a');
    const b = client(emu.url, 'msk_u_tenant_b');
    const id = (await a('POST', '/sandboxes', { body: { name: 'private' } })).json.data.id;
    expect((await a('GET', `/sandboxes/${id}`)).status).toBe(200);
    const other = await b('GET', `/sandboxes/${id}`);
    expect(other.status).toBe(404);
    expect(other.json.error.code).toBe('NOT_FOUND');
    expect((await b('GET', '/sandboxes')).json.data).toEqual([]);
    expect((await b('DELETE', `/sandboxes/${id}`)).status).toBe(404);
    const orgA = (await a('GET', '/platform/tenants/current')).json.data.id;
    const orgB = (await b('GET', '/platform/tenants/current')).json.data.id;
    expect(orgA).not.toBe(orgB);
  });
});

describe('validation', () => {
  it('answers 422 VALIDATION_ERROR naming the field', async () => {
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['POST', '/sandboxes', { body: { size: 'huge' } }, 'size'],
      ['POST', '/sandboxes', { body: { timeout_sec: 0 } }, 'timeout_sec'],
      ['POST', '/computers', { body: { workspace_id: 'not-a-uuid' } }, 'workspace_id'],
      ['POST', '/sandboxes/sbx_x/files/write-many', { body: { files: [{ path: '/workspace/a' }] } }, 'files[0].content_base64'],
      ['POST', '/webhooks', { body: { url: 'http://insecure.example.com', events: ['x'] } }, 'url'],
      ['GET', '/deployments', { query: { limit: 0 } }, 'limit'],
      ['GET', '/deployments', { query: { limit: 'many' } }, 'limit'],
      ['GET', '/computers/comp_x/files', {}, 'path'],
      ['POST', '/sandboxes', { body: {}, headers: { 'Idempotency-Key': '' } }, 'Idempotency-Key'],
    ];
    for (const [method, path, opts, field] of cases) {
      const r = await call(method, path, opts);
      expect(r.status, `${method} ${path} ${r.text}`).toBe(422);
      expect(r.json.error.code).toBe('VALIDATION_ERROR');
      expect(r.json.error.details.field, `${method} ${path}`).toBe(field);
      expect(r.json.error.message).toContain(field.split('.').pop()!.replace(/\[\d+\]/, ''));
    }
    const bad = await call('POST', '/sandboxes', { raw: '{"name":', headers: { 'Content-Type': 'application/json' } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.details.field).toBe('body');
    const exec = await call('POST', '/sandboxes/sbx_x/exec', { body: {} });
    expect(exec.json.error.details.field).toBe('command');
  });

  it('coerces query strings to the schema types', async () => {
    const r = await call('GET', '/deployments', { query: { limit: '5' } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ data: [], next_cursor: null, has_more: false });
  });
});

describe('missing resources and wrong states', () => {
  it('answers 404 NOT_FOUND for unknown ids and routes', async () => {
    for (const [method, path] of [
      ['GET', '/sandboxes/sbx_nope'],
      ['GET', '/computers/comp_nope'],
      ['GET', '/databases/db_nope'],
      ['POST', '/cron-jobs/cron_nope/run-now'],
      ['GET', '/storage/buckets/nope/objects'],
      ['GET', '/no/such/route'],
    ]) {
      const r = await call(method, path);
      expect(r.status, path).toBe(404);
      expect(r.json.error.code).toBe('NOT_FOUND');
    }
  });

  it('answers 409 with details.state for a resource in the wrong state', async () => {
    const id = (await call('POST', '/sandboxes', { body: {} })).json.data.id;
    // Still provisioning.
    const early = await call('POST', `/sandboxes/${id}/exec`, { body: { command: 'true' } });
    expect(early.status).toBe(409);
    expect(early.json.error).toMatchObject({ code: 'SANDBOX_NOT_RUNNING', details: { state: 'provisioning' } });
    expect(spec.check('execSandbox', early)).toEqual([]);
    await waitFor('running', async () => (await call('GET', `/sandboxes/${id}`)).json.data.state === 'running');
    expect((await call('POST', `/sandboxes/${id}/pause`)).json.data.state).toBe('paused');
    const paused = await call('POST', `/sandboxes/${id}/files`, { body: { path: 'a.txt', content: 'x' } });
    expect(paused.status).toBe(409);
    expect(paused.json.error.details.state).toBe('paused');
    const resumed = await call('POST', `/sandboxes/${id}/resume`);
    expect(['provisioning', 'running']).toContain(resumed.json.data.state);
    await waitFor('running', async () => (await call('GET', `/sandboxes/${id}`)).json.data.state === 'running');
    const destroyed = await call('DELETE', `/sandboxes/${id}`);
    expect(destroyed.json.data).toMatchObject({ state: 'destroyed' });
    expect((await call('DELETE', `/sandboxes/${id}`)).status).toBe(200);
    const late = await call('POST', `/sandboxes/${id}/resume`);
    expect(late.status).toBe(409);
    expect(late.json.error.details.state).toBe('destroyed');

    // Computers are created stopped: desktop and exec need `active`.
    const comp = (await call('POST', '/computers', { body: { name: 'c' } })).json;
    expect(comp.status).toBe('stopped');
    const shot = await call('GET', `/computers/${comp.id}/desktop/screenshot`);
    expect(shot.status).toBe(409);
    expect(shot.json.error).toMatchObject({ code: 'COMPUTER_NOT_RUNNING', details: { state: 'stopped' } });
    const started = await call('POST', `/computers/${comp.id}/start`);
    expect(started.json.status).toBe('provisioning');
    await waitFor('active', async () => (await call('GET', `/computers/${comp.id}`)).json.status === 'active');
    expect((await call('GET', `/computers/${comp.id}/desktop/screen-size`)).json).toEqual({ width: 1024, height: 768 });
  });
});

describe('lifetimes', () => {
  it('destroys a sandbox whose timeout_sec ran out, and pauses a persistent one', async () => {
    const a = (await call('POST', '/sandboxes', { body: { timeout_sec: 1 } })).json.data.id;
    const b = (await call('POST', '/sandboxes', { body: { timeout_sec: 1, persistent: true } })).json.data.id;
    await waitFor('running', async () => (await call('GET', `/sandboxes/${a}`)).json.data.state === 'running');
    const remaining = (await call('GET', `/sandboxes/${a}`)).json.data.timeout_remaining_ms;
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThanOrEqual(1000);
    await waitFor('expired', async () => (await call('GET', `/sandboxes/${a}`)).json.data.state === 'destroyed', 3000);
    await waitFor('paused', async () => (await call('GET', `/sandboxes/${b}`)).json.data.state === 'paused', 3000);
    // A paused persistent sandbox wakes up for exec.
    const r = await call('POST', `/sandboxes/${b}/exec`, { body: { command: 'echo awake' } });
    expect(r.json.data.stdout).toBe('awake\n');
  });
});

describe('idempotency', () => {
  it('answers a repeated Idempotency-Key with the first response without acting again', async () => {
    const headers = { 'Idempotency-Key': 'once-1' };
    const first = await call('POST', '/sandboxes', { body: { name: 'idem' }, headers });
    const second = await call('POST', '/sandboxes', { body: { name: 'idem' }, headers });
    expect(second.status).toBe(first.status);
    expect(second.json).toEqual(first.json);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const all = (await call('GET', '/sandboxes')).json.data.filter((s: { name: string }) => s.name === 'idem');
    expect(all).toHaveLength(1);
    // Another key (another organization) with the same Idempotency-Key acts on its own.
    const other = await call('POST', '/sandboxes', { body: { name: 'idem' }, headers, key: 'msk_u_other_org' });
    expect(other.json.data.id).not.toBe(first.json.data.id);
    // The same key with another body is refused.
    const reused = await call('POST', '/sandboxes', { body: { name: 'different' }, headers });
    expect(reused.status).toBe(422);
    expect(reused.json.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('replays cron run-now and deploy without running them twice', async () => {
    const sbx = await runningSandbox();
    const job = (await call('POST', '/cron-jobs', { body: { name: 'count', schedule: '0 0 1 1 *', command: 'echo x >> /workspace/count.txt', sandbox_id: sbx } })).json.data.id;
    const headers = { 'Idempotency-Key': 'run-1' };
    const a = await call('POST', `/cron-jobs/${job}/run-now`, { headers });
    const b = await call('POST', `/cron-jobs/${job}/run-now`, { headers });
    expect(b.json.data.id).toBe(a.json.data.id);
    const count = await call('POST', `/sandboxes/${sbx}/exec`, { body: { command: 'wc -l < /workspace/count.txt' } });
    expect(count.json.data.stdout.trim()).toBe('1');
    expect((await call('GET', `/cron-jobs/${job}/executions`)).json.data).toHaveLength(1);
  });
});

describe('the emulator checks itself', () => {
  it('answered only statuses and bodies the spec declares', () => {
    expect(logs.filter((l) => /does not (match|declare)|unhandled/.test(l))).toEqual([]);
  });
});
