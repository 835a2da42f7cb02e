// The real effects: commands run, files land in the sandbox's directory, deployments are served,
// cron jobs run, the desktop is drawn, objects are stored as bytes.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internals, startEmulator, type Emulator } from '../../emulator/index.js';
import { client, specChecker, waitFor, type Call } from './helpers.js';

const spec = specChecker();
let emu: Emulator;
let call: Call;
let sbx: string;
const logs: string[] = [];

beforeAll(async () => {
  emu = await startEmulator({ port: 0, bootMs: 50, checkResponses: true, log: (l) => logs.push(l) });
  call = client(emu.url, 'msk_u_effects');
  sbx = (await call('POST', '/sandboxes', { body: { name: 'fx', env: { GREETING: 'hello' } } })).json.data.id;
  await waitFor('running', async () => (await call('GET', `/sandboxes/${sbx}`)).json.data.state === 'running');
});
afterAll(async () => {
  await emu?.close();
});

const exec = async (command: string, extra: Record<string, unknown> = {}) => (await call('POST', `/sandboxes/${sbx}/exec`, { body: { command, ...extra } })).json.data;

describe('sandbox exec', () => {
  it('runs the command and reports its exit code and output', async () => {
    const r = await call('POST', `/sandboxes/${sbx}/exec`, { body: { command: 'echo hi; exit 3' } });
    expect(r.status).toBe(200);
    expect(r.json.data).toMatchObject({ exit_code: 3, stdout: 'hi\n', stderr: '' });
    expect(typeof r.json.data.duration_ms).toBe('number');
    expect(spec.check('execSandbox', r)).toEqual([]);
  });

  it('runs in /workspace with the sandbox env and the request env', async () => {
    const r = await exec('pwd; echo "$GREETING $EXTRA"; echo err >&2', { env: { EXTRA: 'world' } });
    expect(r.stdout).toBe('/workspace\nhello world\n');
    expect(r.stderr).toBe('err\n');
    const sub = await exec('mkdir -p /workspace/sub && cd /workspace/sub && pwd');
    expect(sub.stdout).toBe('/workspace/sub\n');
    const cwd = await exec('pwd', { cwd: '/workspace/sub' });
    expect(cwd.stdout).toBe('/workspace/sub\n');
  });

  it('kills a command at its timeout', async () => {
    const r = await exec('echo start; sleep 5; echo never', { timeout: 1 });
    expect(r.exit_code).toBe(124);
    expect(r.stdout).toBe('start\n');
    expect(r.stderr).toMatch(/timed out/);
    expect(r.duration_ms).toBeLessThan(3000);
  });

  it('answers soon when the command leaves something running in the background', async () => {
    const t0 = Date.now();
    const r = await exec('sleep 20 & echo started');
    expect(r).toMatchObject({ exit_code: 0, stdout: 'started\n' });
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('runs background processes that can be listed, read and stopped', async () => {
    const started = await call('POST', `/sandboxes/${sbx}/processes`, { body: { command: 'echo ready; sleep 30', name: 'sleeper' } });
    expect(started.status).toBe(201);
    const pid = started.json.data.pid as number;
    expect(started.json.data.state).toBe('running');
    await waitFor('output', async () => (await call('GET', `/sandboxes/${sbx}/processes/${pid}/logs`)).json.data.logs.includes('ready'));
    const list = (await call('GET', `/sandboxes/${sbx}/processes`)).json.data;
    expect(list.find((p: { pid: number }) => p.pid === pid)).toMatchObject({ name: 'sleeper', state: 'running' });
    expect((await call('DELETE', `/sandboxes/${sbx}/processes/${pid}`)).status).toBe(204);
    const after = (await call('GET', `/sandboxes/${sbx}/processes`)).json.data.find((p: { pid: number }) => p.pid === pid);
    expect(after.state).toBe('exited');
  });
});

describe('sandbox files', () => {
  it('writes a file that reads back, lists and shows to commands', async () => {
    const w = await call('POST', `/sandboxes/${sbx}/files`, { body: { path: '/workspace/notes/a.txt', content: Buffer.from('héllo\n').toString('base64') } });
    expect(w.json.data).toEqual({ path: '/workspace/notes/a.txt', size_bytes: 7 });
    const r = await call('GET', `/sandboxes/${sbx}/files/workspace/notes/a.txt`);
    expect(r.headers.get('content-type')).toBe('application/octet-stream');
    expect(r.text).toBe('héllo\n');
    expect((await exec('cat notes/a.txt')).stdout).toBe('héllo\n');
    const list = (await call('GET', `/sandboxes/${sbx}/files`, { query: { path: '/workspace/notes' } })).json.data;
    expect(list.entries).toEqual([expect.objectContaining({ name: 'a.txt', path: '/workspace/notes/a.txt', size: 7, is_dir: false })]);
    const stat = (await call('POST', `/sandboxes/${sbx}/files/stat`, { body: { path: '/workspace/notes' } })).json.data;
    expect(stat).toMatchObject({ path: '/workspace/notes', is_dir: true });
    const many = await call('POST', `/sandboxes/${sbx}/files/write-many`, {
      body: { files: [{ path: 'b/c.txt', content_base64: Buffer.from('bytes').toString('base64') }, { path: '/etc/passwd', content_base64: 'eA==' }] },
    });
    expect(many.json.data.written).toEqual([{ path: '/workspace/b/c.txt', size_bytes: 5 }]);
    expect(many.json.data.failed).toEqual([expect.objectContaining({ path: '/etc/passwd' })]);
  });

  it('refuses paths that leave the sandbox', async () => {
    const up = await call('POST', `/sandboxes/${sbx}/files`, { body: { path: '/workspace/../../../../etc/x', content: 'eA==' } });
    expect(up.status).toBe(422);
    expect(up.json.error.details.field).toBe('path');
    const link = await exec('ln -sfn / /workspace/escape && echo ok');
    expect(link.stdout).toBe('ok\n');
    const via = await call('GET', `/sandboxes/${sbx}/files/workspace/escape/etc/hostname`);
    expect(via.status).toBe(404);
    const outside = await call('GET', `/sandboxes/${sbx}/files/etc/passwd`);
    expect(outside.status).toBe(404);
  });
});

describe('deployments', () => {
  it('serves a static deploy at its public_url and rolls back', async () => {
    await exec('mkdir -p site/css && echo "<h1>v1</h1>" > site/index.html && echo "h1{}" > site/css/app.css');
    const missing = await call('POST', `/sandboxes/${sbx}/deploy`, { body: { type: 'static', output_path: '/workspace/nope' } });
    expect(missing.status).toBe(422);
    expect(missing.json.error.details.field).toBe('output_path');
    const pub = await call('POST', `/sandboxes/${sbx}/deploy`, { body: { name: 'site', type: 'static', output_path: '/workspace/site' } });
    expect(pub.status).toBe(200);
    const { public_url: url, deployment_id: dep } = pub.json.data;
    expect(url).toBe(`${emu.sitesUrl}/d/${dep}/`);
    expect(emu.sitesUrl).not.toBe(emu.url);
    expect(pub.json.data.deployment.state).toBe('running');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toBe('<h1>v1</h1>\n');
    const css = await fetch(`${url}css/app.css`);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect((await fetch(`${url}missing.js`)).status).toBe(404);

    await exec('echo "<h1>v2</h1>" > site/index.html');
    const v2 = await call('POST', `/sandboxes/${sbx}/deploy`, { body: { deployment_id: dep, type: 'static', output_path: '/workspace/site' } });
    expect(v2.json.data.version.version_number).toBe(2);
    expect(await (await fetch(url)).text()).toBe('<h1>v2</h1>\n');
    const back = await call('POST', `/deployments/${dep}/rollback`, { body: {} });
    expect(back.json.data.active_version_id).toBe(pub.json.data.version.id);
    expect(await (await fetch(url)).text()).toBe('<h1>v1</h1>\n');

    const env = await call('POST', `/deployments/${dep}/env`, { body: { env: { A: 'one', B: 'secret-two' } } });
    expect(env.json.data.map((e: { name: string }) => e.name)).toEqual(['A', 'B']);
    await call('POST', `/deployments/${dep}/env`, { body: { env: { A: 'uno' } } });
    expect((await call('GET', `/deployments/${dep}/env`)).json.data).toHaveLength(2);

    expect((await call('DELETE', `/deployments/${dep}`)).json.data).toEqual({ id: dep, deleted: true });
    expect((await fetch(url)).status).toBe(404);
  });

  it('runs a dynamic deploy on $PORT behind its URL', async () => {
    await call('POST', `/sandboxes/${sbx}/files`, {
      body: {
        path: '/workspace/app/server.js',
        content: Buffer.from("require('http').createServer((q,s)=>s.end('dyn '+process.env.MSG+' '+q.url)).listen(process.env.PORT,'127.0.0.1')").toString('base64'),
      },
    });
    const dep = (await call('POST', '/deployments', { body: { name: 'placeholder' } })).json.data.id;
    expect(dep).toMatch(/^dep_/);
    const first = await call('POST', `/sandboxes/${sbx}/deploy`, { body: { name: 'api', type: 'dynamic', start_command: 'node /workspace/app/server.js' } });
    expect(first.status, first.text).toBe(200);
    const depId = first.json.data.deployment_id;
    await call('POST', `/deployments/${depId}/env`, { body: { env: { MSG: 'hi' } } });
    const again = await call('POST', `/sandboxes/${sbx}/deploy`, { body: { deployment_id: depId, type: 'dynamic', start_command: 'node /workspace/app/server.js' } });
    expect(again.status).toBe(200);
    const res = await fetch(`${again.json.data.public_url}x?y=1`);
    expect(await res.text()).toBe('dyn hi /x?y=1');
    await call('DELETE', `/deployments/${depId}`);
  });

  it('answers a docker_deploy app in the spec\'s shape: where the host routes its traffic', async () => {
    const r = await call('POST', `/sandboxes/${sbx}/deploy`, { body: { name: 'boxed', type: 'dynamic', deployment_type: 'docker_deploy', start_command: 'node /workspace/app/server.js' } });
    expect(r.status, r.text).toBe(200);
    const app = r.json.data.deployment.docker_deploy_app;
    expect(Object.keys(app).sort()).toEqual(['id', 'last_error', 'last_health_status', 'public_url', 'runtime_ip', 'runtime_port', 'status']);
    expect(app).toMatchObject({ status: 'running', runtime_ip: '127.0.0.1', public_url: r.json.data.public_url, last_error: null });
    const direct = await fetch(`http://${app.runtime_ip}:${app.runtime_port}/direct`);
    expect(await direct.text()).toMatch(/^dyn .* \/direct$/);
    await call('DELETE', `/deployments/${r.json.data.deployment_id}`);
  });
});

describe('cron', () => {
  it('run-now runs the command in the sandbox and records the execution', async () => {
    const job = await call('POST', '/cron-jobs', { body: { schedule: '*/5 * * * *', command: 'echo tick; echo warn >&2', sandbox_id: sbx, name: 't' } });
    expect(job.status).toBe(201);
    expect(job.json.data.next_run_at).toMatch(/:(00|05|10|15|20|25|30|35|40|45|50|55):00/);
    const run = await call('POST', `/cron-jobs/${job.json.data.id}/run-now`);
    expect(run.status).toBe(200);
    expect(run.json.data).toMatchObject({ status: 'succeeded', exit_code: 0, output: 'tick\nwarn\n' });
    const list = (await call('GET', `/cron-jobs/${job.json.data.id}/executions`)).json.data;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ exit_code: 0, status: 'succeeded' });
    expect(list[0].started_at).toBeTruthy();
    expect(list[0].finished_at).toBeTruthy();
    // The minute timer runs due jobs (driven here instead of waiting for the clock).
    const comp = (await call('POST', '/computers', { body: { name: 'cron-target' } })).json.id;
    await call('POST', `/computers/${comp}/start`);
    await waitFor('active', async () => (await call('GET', `/computers/${comp}`)).json.status === 'active');
    const every = (await call('POST', '/cron-jobs', { body: { name: 'every', schedule: '* * * * *', command: 'pwd', computer_id: comp } })).json.data.id;
    const hourly = (await call('POST', '/cron-jobs', { body: { name: 'hourly', schedule: '0 * * * *', command: 'true', sandbox_id: sbx } })).json.data.id;
    internals(emu).tickCron(new Date('2026-11-24T10:07:00Z'));
    const ran = await waitFor('scheduled run', async () => {
      const e = (await call('GET', `/cron-jobs/${every}/executions`)).json.data[0];
      return e?.status === 'succeeded' ? e : undefined;
    });
    expect(ran).toMatchObject({ exit_code: 0, output: '/home/user\n' });
    expect((await call('GET', `/cron-jobs/${hourly}/executions`)).json.data).toEqual([]);
    expect((await call('GET', `/cron-jobs/${every}`)).json.data.last_run_at).toBeTruthy();

    const bad = await call('POST', '/cron-jobs', { body: { name: 'bad', schedule: '61 * * * *', command: 'x', sandbox_id: sbx } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.details.field).toBe('schedule');
    const both = await call('POST', '/cron-jobs', { body: { name: 'both', schedule: '* * * * *', command: 'x', sandbox_id: sbx, computer_id: comp } });
    expect(both.status).toBe(422);
    // The API takes a job with only a name and a schedule, as the SDKs send it; it has nothing to run.
    const bare = await call('POST', '/cron-jobs', { body: { name: 'bare', schedule: '* * * * *' } });
    expect(bare.status).toBe(201);
    expect(bare.json.data).toMatchObject({ command: null, sandbox_id: null, computer_id: null });
    const idle = await call('POST', `/cron-jobs/${bare.json.data.id}/run-now`);
    expect(idle.status).toBe(409);
    expect(idle.json.error.code).toBe('CRON_NOTHING_TO_RUN');
  });
});

describe('computers and the desktop', () => {
  it('draws a PNG screenshot that changes after a launch, and tracks windows', async () => {
    const comp = (await call('POST', '/computers', { body: { name: 'desk' } })).json.id;
    await call('POST', `/computers/${comp}/start`);
    await waitFor('active', async () => (await call('GET', `/computers/${comp}`)).json.status === 'active');
    const before = await call('GET', `/computers/${comp}/desktop/screenshot`);
    expect(before.status).toBe(200);
    expect(before.headers.get('content-type')).toBe('image/png');
    expect(before.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(before.bytes.readUInt32BE(16)).toBe(1024);
    expect(before.bytes.readUInt32BE(20)).toBe(768);
    await call('POST', `/computers/${comp}/desktop/launch`, { body: { app_name: 'terminal' } });
    const after = await call('GET', `/computers/${comp}/desktop/screenshot`);
    expect(after.bytes.equals(before.bytes)).toBe(false);

    const wins = (await call('GET', `/computers/${comp}/desktop/windows`)).json.windows;
    expect(wins).toEqual([expect.objectContaining({ title: 'Terminal', app: 'terminal', is_focused: true })]);
    // Typing in the terminal and pressing Return runs the command on the computer.
    await call('POST', `/computers/${comp}/desktop/type`, { body: { text: 'echo from-desktop' } });
    await call('POST', `/computers/${comp}/desktop/key`, { body: { key: 'Return' } });
    const tree = (await call('GET', `/computers/${comp}/desktop/accessibility-tree`)).json;
    expect(JSON.stringify(tree)).toContain('from-desktop\\nuser@miosa');
    await call('POST', `/computers/${comp}/desktop/launch`, { body: { app_name: 'firefox' } });
    const two = (await call('GET', `/computers/${comp}/desktop/windows`)).json.windows;
    expect(two.map((w: { is_focused: boolean }) => w.is_focused)).toEqual([false, true]);
    // Clicking inside the first window focuses it.
    await call('POST', `/computers/${comp}/desktop/click`, { body: { x: two[0].x + 10, y: two[0].y + two[0].height - 10 } });
    expect((await call('GET', `/computers/${comp}/desktop/cursor`)).json).toEqual({ x: two[0].x + 10, y: two[0].y + two[0].height - 10 });
    const focused = (await call('GET', `/computers/${comp}/desktop/windows`)).json.windows.find((w: { is_focused: boolean }) => w.is_focused);
    expect(focused.id).toBe(two[0].id);
    await call('POST', `/computers/${comp}/desktop/clipboard`, { body: { text: 'copied' } });
    expect((await call('GET', `/computers/${comp}/desktop/clipboard`)).json).toEqual({ text: 'copied' });
    expect((await call('POST', `/computers/${comp}/desktop/window/0xdead/close`)).status).toBe(404);

    const py = await call('POST', `/computers/${comp}/exec/python`, { body: { code: 'import os; print(os.getcwd())' } });
    expect(py.json.exit_code === 0 ? py.json.stdout : '/home/user\n').toBe('/home/user\n');
    await call('POST', `/computers/${comp}/files/write`, { body: { path: '/home/user/b.bin', content_base64: Buffer.from([0, 255]).toString('base64') } });
    const dl = await call('GET', `/computers/${comp}/files/download`, { query: { path: '/home/user/b.bin' } });
    expect([...dl.bytes]).toEqual([0, 255]);
  });
});

describe('databases and storage', () => {
  it('answers 409 until running, then a well-formed connection string', async () => {
    const mk = async (name: string, engine: string) => (await call('POST', '/databases', { body: { name, engine } })).json.data.id as string;
    const pg = await mk('pg', 'postgresql');
    const early = await call('GET', `/databases/${pg}/credentials`);
    expect(early.status).toBe(409);
    expect(early.json.error).toMatchObject({ code: 'DATABASE_NOT_RUNNING', details: { state: 'creating' } });
    const my = await mk('my', 'mysql');
    const rd = await mk('rd', 'redis');
    await waitFor('running', async () => (await call('GET', `/databases/${rd}`)).json.data.state === 'running');
    const creds = async (id: string) => (await call('GET', `/databases/${id}/credentials`)).json.data;
    const p = await creds(pg);
    expect(p.connection_string).toMatch(/^postgresql:\/\/miosa:[^@]+@[a-z0-9.-]+:5432\/pg(\?|$)/);
    expect(new URL(p.connection_string).password).toBe(encodeURIComponent(p.password));
    expect((await creds(my)).connection_string).toMatch(/^mysql:\/\/miosa:[^@]+@[a-z0-9.-]+:3306\/my$/);
    const r = await creds(rd);
    expect(r.connection_string).toMatch(/^redis:\/\/:[^@]+@[a-z0-9.-]+:6379\/0$/);
    expect(r).toMatchObject({ database: null, username: null, port: 6379 });
  });

  it('stores objects as bytes and lists them with prefix, marker and max_keys', async () => {
    await call('POST', '/storage/buckets', { body: { name: 'bytes' } });
    const payload = Buffer.from([0, 1, 2, 250, 251]);
    const put = await call('PUT', '/storage/buckets/bytes/objects/a/1.bin', { raw: payload });
    expect(put.json.data).toMatchObject({ key: 'a/1.bin', size: 5 });
    for (const k of ['a/2.bin', 'a/3.bin', 'b/1.bin']) await call('PUT', `/storage/buckets/bytes/objects/${k}`, { raw: 'x' });
    const got = await call('GET', '/storage/buckets/bytes/objects/a/1.bin');
    expect(got.headers.get('content-type')).toBe('application/octet-stream');
    expect(got.bytes.equals(payload)).toBe(true);
    const page1 = (await call('GET', '/storage/buckets/bytes/objects', { query: { prefix: 'a/', max_keys: 2 } })).json.data;
    expect(page1).toEqual({ keys: ['a/1.bin', 'a/2.bin'], truncated: true, next_marker: 'a/2.bin' });
    const page2 = (await call('GET', '/storage/buckets/bytes/objects', { query: { prefix: 'a/', max_keys: 2, marker: page1.next_marker } })).json.data;
    expect(page2).toEqual({ keys: ['a/3.bin'], truncated: false, next_marker: null });
    expect((await call('GET', '/storage/buckets/bytes/objects/zzz')).status).toBe(404);
  });
});

describe('previews', () => {
  it('proxies an exposed port of a sandbox', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const started = await call('POST', `/sandboxes/${sbx}/processes`, {
      body: { command: `exec node -e "require('http').createServer((q,s)=>s.end('preview '+q.url)).listen(${port},'127.0.0.1')"` },
    });
    const exposed = (await call('POST', `/sandboxes/${sbx}/expose`, { body: { port } })).json.data;
    expect(exposed.url).toBe(`${emu.sitesUrl}/preview/${sbx}/${port}/`);
    const text = await waitFor('preview', async () => {
      const r = await fetch(`${exposed.url}hello`);
      return r.status === 200 ? r.text() : undefined;
    });
    expect(text).toBe('preview /hello');
    await call('DELETE', `/sandboxes/${sbx}/processes/${started.json.data.pid}`);
  });
});

describe('the emulator checks itself', () => {
  it('answered only statuses and bodies the spec declares', () => {
    expect(logs.filter((l) => /does not (match|declare)|unhandled/.test(l))).toEqual([]);
  });
});
