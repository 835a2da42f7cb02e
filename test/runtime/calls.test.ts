// Tools of every toolset, called through a real MCP client, against a recording upstream: what MIOSA
// receives (method, path, query, headers, snake_case body) and what the client gets back.
import { createHook } from 'node:async_hooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INSTRUCTIONS } from '../../src/instructions.js';
import { VERSION } from '../../src/version.js';
import { ROSTER_NAMES } from '../fixtures/roster.js';
import { connect, insideFence, KEY, text, type Connected } from '../support/harness.js';
import { exampleReply, startRecordingUpstream, TINY_PNG, type RecordingUpstream } from '../support/recording-upstream.js';

let up: RecordingUpstream;
let mcp: Connected;

beforeAll(async () => {
  up = await startRecordingUpstream();
  mcp = await connect({ upstreamUrl: up.url, credentials: { apiKey: KEY, tenant: 'acme' } });
});
afterAll(async () => {
  await mcp.close();
  await up.close();
});
beforeEach(() => {
  up.requests.length = 0;
  up.respond(undefined);
});

const last = () => up.requests[up.requests.length - 1];

describe('discovery', () => {
  it('initialize gives the name, the version and the instructions', () => {
    expect(mcp.client.getServerVersion()).toMatchObject({ name: 'miosa-mcp', version: VERSION });
    expect(mcp.client.getInstructions()).toBe(INSTRUCTIONS);
  });

  it('tools/list serves the 145 roster tools with schemas and all annotations', async () => {
    const { tools } = await mcp.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...ROSTER_NAMES].sort());
    for (const t of tools) {
      expect(t.inputSchema.type).toBe('object');
      expect(Object.keys(t.annotations ?? {}).sort()).toEqual(
        ['destructiveHint', 'idempotentHint', 'openWorldHint', 'readOnlyHint', 'title'].sort(),
      );
    }
  });
});

describe('requests MIOSA receives', () => {
  it('sandbox_create: POST /sandboxes, key, tenant, user agent, idempotency key, snake_case body', async () => {
    const r = await mcp.call('sandbox_create', { name: 'web', template: 'nextjs', timeoutSec: 600, alwaysOn: true, env: { NODE_ENV: 'dev' }, wait: false });
    expect(r.isError).toBeFalsy();
    const req = last();
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/api/v1/sandboxes');
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.headers['x-miosa-tenant']).toBe('acme');
    expect(req.headers['user-agent']).toMatch(new RegExp(`^miosa-mcp/${VERSION.replace(/\./g, '\\.')} `));
    expect(req.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(req.json).toEqual({ name: 'web', template_id: 'nextjs', size: 'small', timeout_sec: 600, always_on: true, env: { NODE_ENV: 'dev' } });
    // The data envelope is removed in the structured result.
    expect((r.structuredContent as { id: string }).id).toMatch(/^sbx_/);
  });

  it('a caller-given idempotency key is sent as is', async () => {
    await mcp.call('database_create', { name: 'my-app-db', region: 'us-east', idempotencyKey: 'db-create-1', wait: false });
    expect(last().headers['idempotency-key']).toBe('db-create-1');
    expect(last().json).toMatchObject({ name: 'my-app-db', region: 'us-east', engine: 'postgresql' });
  });

  it('sandbox_list: query parameters', async () => {
    const r = await mcp.call('sandbox_list', { state: 'running', tags: 'web,api' });
    expect(last().path).toBe('/api/v1/sandboxes');
    expect(last().query).toEqual({ state: 'running', tags: 'web,api' });
    expect(Array.isArray((r.structuredContent as { items: unknown[] }).items)).toBe(true);
  });

  it('computer_list: a fixed query value is sent without being an argument', async () => {
    await mcp.call('computer_list', { status: 'active' });
    expect(last().query).toEqual({ status: 'active', per_page: '100' });
  });

  it('deployment_publish: renamed path and body fields', async () => {
    const r = await mcp.call('deployment_publish', { sourceSandboxId: 'sbx_abc', kind: 'static', outputPath: '/workspace/.next/out', wait: false });
    expect(last().path).toBe('/api/v1/sandboxes/sbx_abc/deploy');
    expect(last().json).toEqual({ type: 'static', output_path: '/workspace/.next/out' });
    expect(text(r)).toContain('public_url');
  });

  it('docker_deploy_publish: the fixed deployment_type goes on the wire', async () => {
    await mcp.call('docker_deploy_publish', { sandboxId: 'sbx_abc', templateId: 'nextjs-app' });
    expect(last().json).toEqual({ deployment_type: 'docker_deploy', docker_deploy_template_id: 'nextjs-app' });
  });

  it('cron_create and volume_attach: snake_case bodies, ids by kind', async () => {
    await mcp.call('cron_create', { schedule: '*/5 * * * *', command: 'bash /workspace/health-check.sh', sandboxId: 'sbx_1' });
    // The API requires a name (as the SDKs do); the tool sends its default when none is given.
    expect(last().json).toEqual({ name: 'scheduled-command', schedule: '*/5 * * * *', command: 'bash /workspace/health-check.sh', sandbox_id: 'sbx_1' });
    await mcp.call('volume_attach', { id: 'vol_1', computerId: 'comp_1', mountPath: '/data', readOnly: true });
    expect(last().path).toBe('/api/v1/computers/comp_1/volumes');
    expect(last().json).toEqual({ volume_id: 'vol_1', mount_path: '/data', read_only: true });
  });

  it('desktop_click and run_create and secret_set and webhook_create', async () => {
    await mcp.call('desktop_click', { computerId: 'comp_1', x: 10, y: 20, button: 'right' });
    expect(last().path).toBe('/api/v1/computers/comp_1/desktop/click');
    expect(last().json).toEqual({ x: 10, y: 20, button: 'right' });
    await mcp.call('run_create', { targetKind: 'sandbox', targetId: 'sbx_1', command: 'make test' });
    expect(last().json).toMatchObject({ target_kind: 'sandbox', target_id: 'sbx_1', command: 'make test' });
    await mcp.call('secret_set', { name: 'GITHUB_TOKEN', value: 'ghp_x', exposeAsEnv: 'GITHUB_TOKEN', resourceType: 'sandbox', resourceId: 'sbx_1' });
    expect(last().json).toMatchObject({ name: 'GITHUB_TOKEN', value: 'ghp_x', expose_as_env: 'GITHUB_TOKEN', resource_type: 'sandbox', resource_id: 'sbx_1' });
    await mcp.call('webhook_create', { url: 'https://example.com/hook', events: ['computer.started'] });
    expect(last().json).toMatchObject({ url: 'https://example.com/hook', events: ['computer.started'] });
  });

  it('organization_current, credits_balance, template_list (account reads)', async () => {
    for (const name of ['organization_current', 'credits_balance', 'region_list']) {
      const r = await mcp.call(name);
      expect(r.isError, name).toBeFalsy();
      expect(last().method).toBe('GET');
    }
  });

  it('sandbox_file_write: utf8 content goes base64 on the wire; base64 content is passed through', async () => {
    await mcp.call('sandbox_file_write', { id: 'sbx_1', path: '/workspace/a.txt', content: 'héllo' });
    expect(last().json).toEqual({ path: '/workspace/a.txt', content: Buffer.from('héllo').toString('base64') });
    await mcp.call('sandbox_file_write', { id: 'sbx_1', path: '/workspace/b.bin', content: 'AAEC', encoding: 'base64' });
    expect((last().json as { content: string }).content).toBe('AAEC');
  });

  it('sandbox_files_write_many: nested renames and encodings', async () => {
    await mcp.call('sandbox_files_write_many', {
      id: 'sbx_1',
      files: [{ path: 'a.txt', content: 'A' }, { path: 'b.bin', content: 'AAE=', encoding: 'base64' }],
    });
    expect(last().json).toEqual({
      files: [
        { path: 'a.txt', content_base64: Buffer.from('A').toString('base64') },
        { path: 'b.bin', content_base64: 'AAE=' },
      ],
    });
  });

  it('storage_object_put: raw octet-stream body; the key keeps its slashes, each segment encoded', async () => {
    await mcp.call('storage_object_put', { bucket: 'assets', key: 'site/a b/index.html', content: '<h1>hi</h1>' });
    expect(last().method).toBe('PUT');
    expect(last().path).toBe('/api/v1/storage/buckets/assets/objects/site/a%20b/index.html');
    expect(last().headers['content-type']).toBe('application/octet-stream');
    expect(last().body.toString('utf8')).toBe('<h1>hi</h1>');
  });

  it('ids are encoded whole: a slash or ../ in an id never changes the path', async () => {
    await mcp.call('sandbox_get', { id: '../../api-keys' });
    expect(last().path).toBe('/api/v1/sandboxes/..%2F..%2Fapi-keys');
    await mcp.call('sandbox_get', { id: 'sbx_1?x=1#y' });
    expect(last().path).toBe('/api/v1/sandboxes/sbx_1%3Fx%3D1%23y');
  });

  it('a file path may not climb out with ..', async () => {
    const before = up.requests.length;
    const r = await mcp.call('sandbox_file_read', { id: 'sbx_1', path: '/workspace/../etc/passwd' });
    expect(r.isError).toBe(true);
    expect(up.requests.length).toBe(before);
  });
});

describe('answers', () => {
  it('desktop_screenshot is MCP image content', async () => {
    const r = await mcp.call('desktop_screenshot', { computerId: 'comp_1' });
    expect(last().path).toBe('/api/v1/computers/comp_1/desktop/screenshot');
    const image = r.content.find((c) => c.type === 'image') as { data: string; mimeType: string };
    expect(image.mimeType).toBe('image/png');
    expect(Buffer.from(image.data, 'base64').equals(TINY_PNG)).toBe(true);
  });

  it('sandbox_file_read returns text by default and base64 on request or when the bytes are not text', async () => {
    up.respond(() => ({ headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from('line 1\nline 2\n') }));
    const t = await mcp.call('sandbox_file_read', { id: 'sbx_1', path: '/workspace/notes.txt' });
    expect(last().path).toBe('/api/v1/sandboxes/sbx_1/files/workspace/notes.txt');
    // File content is machine-written: fenced in structuredContent as in the text copy.
    expect(t.structuredContent).toMatchObject({ encoding: 'utf8', bytes: 14 });
    expect(insideFence(t.structuredContent?.content)).toBe('line 1\nline 2\n');
    const b = await mcp.call('sandbox_file_read', { id: 'sbx_1', path: 'notes.txt', encoding: 'base64' });
    expect(insideFence(b.structuredContent?.content)).toBe(Buffer.from('line 1\nline 2\n').toString('base64'));
    up.respond(() => ({ headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0xff, 0xfe, 0x00]) }));
    const bin = await mcp.call('storage_object_get', { bucket: 'b', key: 'k' });
    expect(bin.structuredContent).toMatchObject({ encoding: 'base64', bytes: 3 });
    expect(insideFence(bin.structuredContent?.content)).toBe('//4A');
  });

  it('a 204 answer is a plain success', async () => {
    up.respond(() => ({ status: 204 }));
    const r = await mcp.call('sandbox_env_delete', { id: 'sbx_1', key: 'FOO' });
    expect(last().method).toBe('DELETE');
    expect(r.structuredContent).toEqual({ ok: true, status: 204 });
  });

  it('structured results match the outputSchema the tool declares', async () => {
    const { tools } = await mcp.client.listTools();
    const def = tools.find((t) => t.name === 'sandbox_exec');
    expect(def?.outputSchema?.properties).toHaveProperty('exit_code');
    up.respond(() => exampleReply('execSandbox'));
    const r = await mcp.call('sandbox_exec', { id: 'sbx_1', command: 'ls' });
    expect(r.structuredContent).toHaveProperty('exit_code');
  });
});

describe('composites', () => {
  it('computer_create creates, then starts, and answers the started computer', async () => {
    const r = await mcp.call('computer_create', { template: 'miosa-desktop', size: 'small', wait: false });
    expect(up.requests.map((q) => `${q.method} ${q.operationId}`)).toEqual(['POST createComputer', 'POST startComputer']);
    expect(up.requests[0].json).toMatchObject({ template_type: 'miosa-desktop', size: 'small' });
    expect((up.requests[0].json as { name: string }).name).toMatch(/^computer-[0-9a-f]{6}$/);
    expect((r.structuredContent as { id: string }).id).toMatch(/^comp_/);
  });

  it('computer_create with start false only creates', async () => {
    await mcp.call('computer_create', { name: 'x', start: false, wait: false });
    expect(up.requests.map((q) => q.operationId)).toEqual(['createComputer']);
  });

  it('sandbox_env_set merges into the stored set and keeps encrypted values', async () => {
    up.respond((q) =>
      q.method === 'GET'
        ? { body: { data: [{ key: 'A', value: '1', encrypted: false }, { key: 'SECRET', encrypted: true }] } }
        : { body: { data: [] } },
    );
    await mcp.call('sandbox_env_set', { id: 'sbx_1', vars: { B: '2', A: '9' } });
    expect(up.requests.map((q) => q.method)).toEqual(['GET', 'PUT']);
    expect(last().json).toEqual({
      vars: [
        { key: 'A', value: '9', encrypted: false },
        { key: 'SECRET', encrypted: true },
        { key: 'B', value: '2', encrypted: false },
      ],
    });
  });
});

describe('active resource', () => {
  it('sandbox_exec without id uses the most recently created running sandbox and says so', async () => {
    up.respond((q) =>
      q.operationId === 'listSandboxes'
        ? {
            body: {
              data: [
                { id: 'sbx_old', state: 'running', created_at: '2026-11-01T00:00:00Z' },
                { id: 'sbx_new', state: 'running', created_at: '2026-11-20T00:00:00Z' },
                { id: 'sbx_paused', state: 'paused', created_at: '2026-11-23T00:00:00Z' },
              ],
            },
          }
        : undefined,
    );
    const r = await mcp.call('sandbox_exec', { command: 'npm run build' });
    expect(up.requests.map((q) => q.path)).toEqual(['/api/v1/sandboxes', '/api/v1/sandboxes/sbx_new/exec']);
    expect(text(r)).toContain('Used the active sandbox sbx_new');
    expect(r.structuredContent).toMatchObject({ activeResource: { kind: 'sandbox', id: 'sbx_new' } });
  });

  it('desktop tools resolve the active computer the same way', async () => {
    up.respond((q) =>
      q.operationId === 'listComputers' ? { body: { data: [{ id: 'comp_a', status: 'active', created_at: '2026-11-20T00:00:00Z' }] } } : undefined,
    );
    await mcp.call('desktop_type', { text: 'hello' });
    expect(last().path).toBe('/api/v1/computers/comp_a/desktop/type');
  });

  it('none running is a clear error naming the create tool', async () => {
    up.respond((q) => (q.operationId === 'listComputers' ? { body: { data: [] } } : undefined));
    const r = await mcp.call('desktop_screenshot');
    expect(r.isError).toBe(true);
    expect(text(r)).toMatch(/No running computer.*computer_create/s);
  });
});

/** The harness's MIOSA_TIMEOUT_MS: every timer a call sets for itself runs this long. */
const CALL_TIMEOUT_MS = 10_000;

/**
 * Timers of `ms` created while `work` runs that are still pending after it. Counted with an async
 * hook, not process.getActiveResourcesInfo(), which leaves out unref'd timers such as those of
 * AbortSignal.timeout; and by duration, since kept-alive sockets hold idle timers of their own.
 */
async function timersLeftBy(ms: number, work: () => Promise<unknown>): Promise<number> {
  const live = new Set<number>();
  const hook = createHook({
    init: (id, type, _trigger, timer) => void (type === 'Timeout' && (timer as { _idleTimeout?: number })._idleTimeout === ms && live.add(id)),
    destroy: (id) => void live.delete(id),
  }).enable();
  try {
    await work();
    await new Promise((r) => setImmediate(r));
  } finally {
    hook.disable();
  }
  return live.size;
}

describe('resources', () => {
  it('a finished call leaves no timer behind (the MIOSA_TIMEOUT_MS one is cleared, not left to run out)', async () => {
    const N = 300;
    const left = await timersLeftBy(CALL_TIMEOUT_MS, async () => {
      for (let i = 0; i < N; i += 50) {
        await Promise.all(Array.from({ length: 50 }, (_, j) => mcp.call('sandbox_get', { id: `sbx_t${i + j}` })));
      }
    });
    console.log(`timers still pending after ${N} calls: ${left}`);
    expect(left).toBe(0);
  });

  it('nor does a wait: each poll\'s timer is cleared when the poll answers', async () => {
    const polls = new Map<string, number>();
    up.respond((q) => {
      if (q.method === 'POST') return { status: 201, body: { data: { id: `sbx_w${polls.size}`, state: 'provisioning', created_at: '2026-11-24T00:00:00Z' } } };
      const id = q.path.split('/').pop()!;
      polls.set(id, (polls.get(id) ?? 0) + 1);
      return { body: { data: { id, state: polls.get(id)! >= 5 ? 'running' : 'provisioning', created_at: '2026-11-24T00:00:00Z' } } };
    });
    const N = 20;
    const left = await timersLeftBy(CALL_TIMEOUT_MS, async () => {
      for (let i = 0; i < N; i++) {
        const r = await mcp.call('sandbox_create', { name: `w${i}` });
        expect(r.structuredContent).toMatchObject({ state: 'running' });
      }
    });
    console.log(`timers still pending after ${N} waits of 5 polls each: ${left}`);
    expect(left).toBe(0);
  });
});
