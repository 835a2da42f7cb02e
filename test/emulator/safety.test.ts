// The emulator runs commands on this machine for any `msk_` key, so nothing but this machine's own
// programs may reach it (issue 15, findings 1, 2, 3, 10): DNS rebinding is refused by Host and by
// Origin, pages are escaped and served from another origin than the API's, nothing answers a port
// scan with a banner, keys never reach its logs, and closing it ends every process group it started.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { CLI, childEnv } from '../support/cli.js';
import { client, ROOT, waitFor, type Call } from './helpers.js';

let emu: Emulator;
let call: Call;
const logs: string[] = [];
const KEY = 'msk_u_safetySECRETPART1234';

beforeAll(async () => {
  emu = await startEmulator({ port: 0, bootMs: 20, log: (l) => logs.push(l) });
  call = client(emu.url, KEY);
});
afterAll(async () => {
  await emu?.close();
});

/** A raw request, so Host can be anything (fetch sets it from the URL). */
function raw(url: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += String(c)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Processes of this machine whose command line contains `marker`. */
function processesWith(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes(marker) && !cmd.includes('vitest')) found.push(`${pid}: ${cmd}`);
    } catch {
      /* gone meanwhile */
    }
  }
  return found;
}

describe('DNS rebinding (finding 1)', () => {
  const port = () => new URL(emu.url).port;
  const create = (headers: Record<string, string>) =>
    raw(emu.url, 'POST', '/api/v1/sandboxes', { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json', ...headers }, '{}');

  it('refuses a foreign Host with 403 and creates nothing', async () => {
    const r = await create({ Host: `evil.example:${port()}` });
    expect(r.status).toBe(403);
    expect(r.text).toContain('evil.example');
    expect((await call('GET', '/sandboxes')).json.data).toEqual([]);
  });

  it('refuses a browser Origin with 403, even with a loopback Host', async () => {
    const r = await create({ Host: `127.0.0.1:${port()}`, Origin: `http://evil.example:${port()}` });
    expect(r.status).toBe(403);
    expect(r.text).toContain('Origin');
    // A page published on the emulator's own pages origin may not call the API either.
    expect((await create({ Host: `127.0.0.1:${port()}`, Origin: emu.sitesUrl })).status).toBe(403);
    expect((await call('GET', '/sandboxes')).json.data).toEqual([]);
  });

  it('still serves loopback names without an Origin', async () => {
    for (const host of [`127.0.0.1:${port()}`, `localhost:${port()}`]) {
      expect((await raw(emu.url, 'GET', '/api/v1/compute/regions', { Host: host, Authorization: `Bearer ${KEY}` })).status).toBe(200);
    }
  });

  it('serves the loopback address it listens on, such as 127.0.0.2', async () => {
    const other = await startEmulator({ host: '127.0.0.2', port: 0 });
    try {
      const r = await fetch(`${other.url}/api/v1/compute/regions`, { headers: { Authorization: `Bearer ${KEY}` } });
      expect(r.status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('refuses a foreign Host on the pages listener too', async () => {
    const r = await raw(emu.sitesUrl, 'GET', '/d/dep_x/', { Host: 'evil.example' });
    expect(r.status).toBe(403);
  });

  it('answers an unauthenticated probe with no banner', async () => {
    for (const path of ['/', '/health', '/d/x/']) {
      const r = await fetch(`${emu.url}${path}`);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).not.toMatch(/emulator|miosa|api\/v1/i);
    }
    const pages = await fetch(`${emu.sitesUrl}/`);
    expect(pages.status).toBe(404);
    expect(await pages.text()).not.toMatch(/emulator|miosa/i);
  });

  it('logs no part of a key', async () => {
    await call('GET', '/compute/regions');
    expect(logs.join('\n')).not.toContain(KEY.slice(0, 8));
  });
});

describe('pages (finding 2)', () => {
  it('escapes a computer name in its desktop page, served from another origin than the API', async () => {
    const name = '</title><script>alert(1)</script>';
    const comp = (await call('POST', '/computers', { body: { name } })).json; // bare, as the SDKs read it
    expect(comp.name).toBe(name);
    const desktop = new URL(comp.desktop_url);
    expect(desktop.origin).not.toBe(new URL(emu.url).origin);
    expect(desktop.origin).toBe(new URL(emu.sitesUrl).origin);
    const page = await (await fetch(comp.desktop_url)).text();
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // The API's origin does not serve it.
    expect((await fetch(`${emu.url}${desktop.pathname}`)).status).toBe(404);
  });

  it('serves published sites from the pages origin only', async () => {
    const sbx = (await call('POST', '/sandboxes', { body: { name: 'pub' } })).json.data.id;
    await waitFor('running', async () => (await call('GET', `/sandboxes/${sbx}`)).json.data.state === 'running');
    await call('POST', `/sandboxes/${sbx}/exec`, { body: { command: 'mkdir -p site && echo "<h1>hi</h1>" > site/index.html' } });
    const pub = (await call('POST', `/sandboxes/${sbx}/deploy`, { body: { type: 'static', output_path: '/workspace/site' } })).json.data;
    const site = new URL(pub.public_url);
    expect(site.origin).toBe(new URL(emu.sitesUrl).origin);
    expect(await (await fetch(pub.public_url)).text()).toBe('<h1>hi</h1>\n');
    expect((await fetch(`${emu.url}${site.pathname}`)).status).toBe(404);
  });
});

describe('binding (finding 3)', () => {
  it('refuses to listen on every interface unless asked by the loud option', async () => {
    await expect(startEmulator({ host: '0.0.0.0' })).rejects.toThrow(/unsafe-expose-emulator/);
  });

  it.each([
    ['--transport http --host 0.0.0.0 --emulator', ['--transport', 'http', '--host', '0.0.0.0', '--port', '0', '--emulator']],
    ['emulator --host 0.0.0.0', ['emulator', '--host', '0.0.0.0', '--port', '0']],
  ])('refuses %s', async (_, args) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: childEnv({}), stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (b) => (err += String(b)));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('refusing to serve the emulator on 0.0.0.0');
    expect(err).toContain('--unsafe-expose-emulator');
  });
});

describe('cleanup (finding 10)', () => {
  it('ends what a command left running (nohup … &) when it closes', async () => {
    const own = await startEmulator({ port: 0, bootMs: 10 });
    const c = client(own.url, 'msk_u_cleanup');
    const sbx = (await c('POST', '/sandboxes', { body: {} })).json.data.id;
    await waitFor('running', async () => (await c('GET', `/sandboxes/${sbx}`)).json.data.state === 'running');
    const r = await c('POST', `/sandboxes/${sbx}/exec`, { body: { command: 'nohup sleep 94.1501 >/dev/null 2>&1 &' } });
    expect(r.json.data.exit_code).toBe(0);
    // The shell answers before its background child has exec'd sleep: wait to see it, once.
    await waitFor('the nohup process started', async () => processesWith('sleep 94.1501').length === 1, 3000);
    await own.close();
    await waitFor('the nohup process gone', async () => processesWith('sleep 94.1501').length === 0, 3000);
  });

  it('after a second SIGTERM during the drain, leaves no files and no processes', async () => {
    const child = spawn(process.execPath, [CLI, '--transport', 'http', '--port', '0', '--emulator'], {
      cwd: ROOT,
      // info: the emulator's own lines (where it listens, its data dir) are below the default level.
      env: childEnv({ MIOSA_LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (b) => (err += String(b)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await waitFor('the server', async () => /at (http:\/\/[^ ]+\/mcp)/.test(err), 15_000);
    const api = /listening on (http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(err)![1];
    const dataDir = /data in (\S+)\)/.exec(err)![1];
    const mcp = /at (http:\/\/[^ ]+\/mcp)/.exec(err)![1];
    const c = client(api, 'msk_u_double_signal');
    const sbx = (await c('POST', '/sandboxes', { body: {} })).json.data.id;
    await waitFor('running', async () => (await c('GET', `/sandboxes/${sbx}`)).json.data.state === 'running', 5000);
    await c('POST', `/sandboxes/${sbx}/exec`, { body: { command: 'echo SECRET=1 > .env' } });
    await c('POST', `/sandboxes/${sbx}/processes`, { body: { command: 'sleep 94.1502' } });
    await c('POST', `/sandboxes/${sbx}/exec`, { body: { command: 'nohup sleep 94.1503 >/dev/null 2>&1 &' } });
    expect(processesWith('sleep 94.150').length).toBeGreaterThanOrEqual(2);
    expect(existsSync(dataDir)).toBe(true);

    // A request in flight keeps the drain going: its body never finishes.
    const u = new URL(mcp);
    const pending = request({ host: u.hostname, port: u.port, method: 'POST', path: u.pathname, headers: { 'Content-Type': 'application/json', 'Content-Length': '1000', Authorization: 'Bearer msk_u_drain' } });
    pending.on('error', () => {});
    pending.write('{');
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGTERM');
    await waitFor('the drain', async () => err.includes('stopping'), 5000);
    child.kill('SIGTERM');
    expect(await exited).not.toBeNull();
    pending.destroy();
    expect(existsSync(dataDir)).toBe(false);
    await waitFor('no process left', async () => processesWith('sleep 94.150').length === 0, 3000).catch(() => {
      throw new Error(`left running: ${processesWith('sleep 94.150').join('; ')}`);
    });
  });
});
