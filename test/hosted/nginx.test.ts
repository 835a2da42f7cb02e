// The hosted endpoint behind a real load balancer: nginx (deploy/nginx/miosa-mcp.conf as shipped,
// only its ports changed) round-robins over 3 server processes backed by one emulator. A 200-call
// sandbox conversation through the MCP SDK lands on every process; then, under a steady bounded
// load, each process in turn gets SIGTERM and is started again. Pass: no call fails, and the call
// counters of every process's /metrics (each incarnation's final scrape) add up to the calls made.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, childEnv, httpClient, startHttpServer, type HttpServerProcess } from '../support/cli.js';
import { callsCounted, sandboxConversation, until } from '../support/hosted.js';

const SHIPPED_CONF = join(import.meta.dirname, '../../deploy/nginx/miosa-mcp.conf');
const KEY = 'msk_u_nginx_rolling_key';

function findNginx(): string | undefined {
  for (const p of [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    if (p && existsSync(p)) return p;
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

const NGINX = findNginx();
if (!NGINX) {
  console.warn(
    '\n*** SKIPPED: test/hosted/nginx.test.ts needs nginx and none is installed. ***\n' +
      '*** .ci/run installs it with apt-get (nginx-light); on this machine that did not work. ***\n',
  );
}

async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<import('node:net').Server>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => resolve(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** One incarnation of a replica: its process, its metrics port, its final count once it stopped. */
interface Replica {
  port: number;
  srv: HttpServerProcess;
  metricsUrl: string;
  finalCalls?: number;
}

const cleanup: (() => void | Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function startEmulator(): Promise<string> {
  const child = spawn(process.execPath, [CLI, 'emulator', '--port', '0'], { env: childEnv({}), stdio: ['ignore', 'ignore', 'pipe'] });
  cleanup.push(() => void child.kill('SIGTERM'));
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d) => {
      err += String(d);
      const m = /emulator listening at (http:\/\/[^\s,]+)/.exec(err);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited ${code}: ${err}`)));
  });
}

async function startReplica(port: number, emulatorUrl: string): Promise<Replica> {
  const srv = await startHttpServer(
    { MIOSA_BASE_URL: emulatorUrl, MIOSA_LOG_FORMAT: 'json', MIOSA_LOG_LEVEL: 'info', MIOSA_METRICS_LINGER_MS: '1500' },
    ['--port', String(port), '--metrics-port', '0'],
  );
  cleanup.push(() => void (srv.child.exitCode === null && srv.child.kill('SIGKILL')));
  const m = /metrics at (http:\/\/[^ "]+)\/metrics/.exec(srv.stderr());
  if (!m) throw new Error(`no metrics line: ${srv.stderr()}`);
  return { port, srv, metricsUrl: `${m[1]}/metrics` };
}

const scrape = async (r: Replica) => callsCounted(await (await fetch(r.metricsUrl)).text());

/** SIGTERM, then the final count from the metrics port once every call is answered, then the exit. */
async function stopReplica(r: Replica): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => r.srv.child.once('exit', resolve));
  r.srv.child.kill('SIGTERM');
  await until(() => /stopped: every call answered/.test(r.srv.stderr()), 15_000, `replica :${r.port} to answer its last call`);
  r.finalCalls = await scrape(r);
  return exited;
}

async function startNginx(listenPort: number, upstreamPorts: number[]): Promise<{ url: string; dir: string; child: ChildProcess }> {
  const dir = mkdtempSync(join(tmpdir(), 'miosa-nginx-'));
  chmodSync(dir, 0o755);
  for (const t of ['body', 'proxy']) {
    mkdirSync(join(dir, t));
    chmodSync(join(dir, t), 0o777); // workers run as nobody when nginx starts as root
  }
  let site = readFileSync(SHIPPED_CONF, 'utf8');
  const servers = [...site.matchAll(/^(\s*server )127\.0\.0\.1:\d+/gm)];
  expect(servers).toHaveLength(3);
  let i = 0;
  site = site.replace(/^(\s*server )127\.0\.0\.1:\d+/gm, (_, lead: string) => `${lead}127.0.0.1:${upstreamPorts[i++]}`);
  expect(site).toMatch(/^\s*listen 80;$/m);
  site = site.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${listenPort};`);
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 2;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log info;`,
      'events { worker_connections 512; }',
      'http {',
      `  access_log ${dir}/access.log;`,
      `  client_body_temp_path ${dir}/body;`,
      `  proxy_temp_path ${dir}/proxy;`,
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const check = spawnSync(NGINX!, ['-t', '-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  const child = spawn(NGINX!, ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], { stdio: 'ignore' });
  cleanup.push(() => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });
  const url = `http://127.0.0.1:${listenPort}`;
  await until(async () => (await fetch(`${url}/healthz`)).status === 200, 10_000, 'nginx to answer');
  return { url: `${url}/mcp`, dir, child };
}

describe.skipIf(!NGINX)('behind a real nginx: 3 replicas, round robin, rolling restart', () => {
  it('a 200-call conversation lands on every replica; a rolling restart under load fails no call; metric totals equal the calls made', async () => {
    const emulatorUrl = await startEmulator();
    const [nginxPort, ...ports] = await freePorts(4);
    const replicas = await Promise.all(ports.map((p) => startReplica(p, emulatorUrl)));
    const nginx = await startNginx(nginxPort, ports);
    const retired: Replica[] = [];
    const client = await httpClient(nginx.url, { Authorization: `Bearer ${KEY}` });
    cleanup.push(() => client.close().catch(() => {}));

    // 1. The conversation: 200 calls, one client, no affinity.
    const conv = await sandboxConversation(client, 200, 'rr');
    expect(conv.failures).toEqual([]);
    expect(conv.calls).toBe(200);
    const perReplica = await Promise.all(replicas.map(scrape));
    expect(perReplica.reduce((a, b) => a + b, 0)).toBe(200);
    for (const n of perReplica) expect(n).toBeGreaterThan(0);

    // 2. A steady bounded load: 4 clients, each one call at a time with a pause, on a live sandbox.
    const created = (await client.callTool({ name: 'sandbox_create', arguments: { name: 'rolling' } })) as CallToolResult;
    const id = (created.structuredContent as { id: string }).id;
    let loadCalls = 1;
    const loadFailures: string[] = [];
    let stop = false;
    const clients: Client[] = await Promise.all(Array.from({ length: 4 }, () => httpClient(nginx.url, { Authorization: `Bearer ${KEY}` })));
    cleanup.push(() => Promise.all(clients.map((c) => c.close().catch(() => {}))).then(() => {}));
    const mix: [string, Record<string, unknown>][] = [
      ['sandbox_get', { id }],
      ['sandbox_exec', { id, command: 'echo ok' }],
      ['sandbox_list', {}],
      ['sandbox_file_write', { id, path: '/workspace/load.txt', content: 'load' }],
    ];
    const loops = clients.map(async (c, k) => {
      for (let i = k; !stop; i++) {
        const [name, args] = mix[i % mix.length];
        loadCalls++;
        try {
          const r = (await c.callTool({ name, arguments: args })) as CallToolResult;
          if (r.isError) loadFailures.push(`${name}: ${JSON.stringify(r.content).slice(0, 200)}`);
        } catch (err) {
          loadFailures.push(`${name}: ${(err as Error).message}`);
        }
        await new Promise((r) => setTimeout(r, 15));
      }
    });

    // 3. The rolling restart: each replica in turn stops (SIGTERM, drain) and a new one takes its port.
    const restarts: string[] = [];
    for (let i = 0; i < replicas.length; i++) {
      await new Promise((r) => setTimeout(r, 700));
      const old = replicas[i];
      const t = Date.now();
      expect(await stopReplica(old)).toBe(0);
      retired.push(old);
      replicas[i] = await startReplica(old.port, emulatorUrl);
      restarts.push(`:${old.port} out for ${Date.now() - t} ms after ${old.finalCalls} calls`);
      // nginx skips a refused process for fail_timeout (2 s); wait until the new one takes calls.
      await until(async () => (await scrape(replicas[i])) > 0, 10_000, `the new replica :${old.port} to take calls`);
    }
    await new Promise((r) => setTimeout(r, 500));
    stop = true;
    await Promise.all(loops);
    await client.callTool({ name: 'sandbox_destroy', arguments: { id } });
    loadCalls++;

    expect(loadFailures).toEqual([]);
    const finalCounts = await Promise.all(replicas.map(scrape));
    const counted = [...retired.map((r) => r.finalCalls!), ...finalCounts].reduce((a, b) => a + b, 0);
    const made = conv.calls + loadCalls;
    const errorLog = readFileSync(join(nginx.dir, 'error.log'), 'utf8');
    const refusedConnects = (errorLog.match(/connect\(\) failed \(111/g) ?? []).length;
    console.log(
      `nginx rolling restart: ${made} calls (200 conversation + ${loadCalls} under load), 0 failed; ` +
        `counted by /metrics over ${retired.length + replicas.length} processes: ${counted}; first split ${perReplica.join('/')}; ` +
        `${restarts.join('; ')}; nginx passed ${refusedConnects} refused connections to the next replica`,
    );
    expect(counted).toBe(made);
    // Each call's log line carries nginx's $request_id, so one id joins the access log and the call log.
    const callLines = replicas[0].srv.stderr().trim().split('\n').map((l) => JSON.parse(l) as { tool?: string; request_id?: string }).filter((l) => l.tool);
    expect(callLines.length).toBeGreaterThan(0);
    for (const l of callLines) expect(l.request_id).toMatch(/^[0-9a-f]{32}$/);
    for (const r of replicas) expect(await r.srv.stop()).toBe(0);
  }, 180_000);
});
