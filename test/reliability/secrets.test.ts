// The key and where requests go: the key appears in no log line, error, result or file, the server
// talks to the configured origin only (https, or plain http on loopback), no argument can point a
// request elsewhere, and a redirect from the API is not followed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TOOLS } from '../../generated/index.js';
import { CLI, childEnv, httpClient, rpc, startHttpServer, stdioClient } from '../support/cli.js';
import { connect, quickSleep } from '../support/harness.js';
import { guardNetwork, type NetGuard } from '../support/net-guard.js';
import { startRecordingUpstream, type Recorded, type RecordingUpstream } from '../support/recording-upstream.js';
import { valueOf } from '../support/schema-arbitrary.js';

const RUN = randomBytes(6).toString('hex');
// Each key carries a marker of its own, so even part of a key would be found.
const KEYS = {
  stdio: `msk_u_secret_stdio_${RUN}`,
  http: `msk_u_secret_http_${RUN}`,
  httpEnv: `msk_u_secret_envnever_${RUN}`,
  rejected: `msk_u_secret_rejected_${RUN}`,
};
const MARKERS = [RUN, ...Object.values(KEYS)];
const leaks = (text: string) => MARKERS.filter((m) => text.includes(m));

// Where this file's processes may write, and so what the last test scans for a key: a scratch dir of
// its own, given to every server it spawns as TMPDIR and HOME (and to this process as TMPDIR while
// it runs), and the build output. Not the machine's /tmp, which holds other people's gigabytes.
const SCRATCH = mkdtempSync(join(tmpdir(), 'miosa-secrets-'));
const SCRATCH_TMP = join(SCRATCH, 'tmp');
const SCRATCH_HOME = join(SCRATCH, 'home');
const DIST = join(import.meta.dirname, '../../dist');
/** A spawned server's environment: what the test gives, with the scratch dir as its temp dir and home. */
const own = (env: Record<string, string>) => ({ ...env, TMPDIR: SCRATCH_TMP, HOME: SCRATCH_HOME });
const runnerTmpdir = process.env.TMPDIR;

let up: RecordingUpstream;
/** A host no request should reach, and an app's public address (the one docker_deploy_doctor probes). */
let evil: { url: string; hits: string[]; close(): Promise<void> };
let app: { url: string; hits: string[]; close(): Promise<void> };
let guard: NetGuard;
const started = Date.now();

async function startListener() {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"id":"evil","state":"running"}}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    hits,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

beforeAll(async () => {
  mkdirSync(SCRATCH_TMP);
  mkdirSync(SCRATCH_HOME);
  process.env.TMPDIR = SCRATCH_TMP;
  guard = guardNetwork();
  up = await startRecordingUpstream();
  evil = await startListener();
  app = await startListener();
});
afterAll(async () => {
  if (runnerTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = runnerTmpdir;
  rmSync(SCRATCH, { recursive: true, force: true });
  guard.restore();
  await up.close();
  await evil.close();
  await app.close();
});
beforeEach(() => {
  up.requests.length = 0;
  up.respond(undefined);
  evil.hits.length = 0;
  app.hits.length = 0;
  guard.blocked.length = 0;
});

/** An upstream that misbehaves in every way that could make a key show: it echoes what it was sent. */
function echoingUpstream(q: Recorded) {
  const key = (q.headers.authorization ?? '').replace(/^Bearer /, '');
  const id = q.path.split('/')[4] ?? '';
  if (id === 'e401') return { status: 401, body: { error: { code: 'UNAUTHORIZED', message: `Key ${key} is revoked.` } } };
  if (id === 'e500') return { status: 500, body: `Internal error while serving ${q.headers.authorization}` };
  if (id === 'e422') return { status: 422, body: { error: { code: 'VALIDATION', message: `bad request from ${key}`, details: {} } } };
  if (id === 'reset') return { reset: true };
  if (id === 'slow') return { delayMs: 2500 };
  if (id === 'badjson') return { headers: { 'content-type': 'application/json' }, body: `{"key": "${key}"` };
  return undefined;
}

const CALLS: [string, Record<string, unknown>][] = [
  ['sandbox_list', {}],
  ['sandbox_get', { id: 'sbx_ok' }],
  ['sandbox_get', { id: 'e401' }],
  ['sandbox_get', { id: 'e500' }],
  ['sandbox_exec', { id: 'e422', command: 'ls' }],
  ['sandbox_exec', { id: 'reset', command: 'ls' }],
  ['sandbox_get', { id: 'badjson' }],
  ['sandbox_get', { id: 'slow' }],
  ['sandbox_create', { size: 'gigantic' }],
  ['sandbox_get', { id: ['not', 'a', 'string'] }],
  ['database_credentials', { id: 'db_1' }],
  ['no_such_tool', {}],
];

async function runCalls(client: { callTool: (p: { name: string; arguments: Record<string, unknown> }) => Promise<unknown> }): Promise<string> {
  const out: string[] = [];
  for (const [name, args] of CALLS) {
    try {
      out.push(JSON.stringify(await client.callTool({ name, arguments: args })));
    } catch (err) {
      out.push(String((err as Error).message));
    }
  }
  return out.join('\n');
}

/** Files under `dir` modified since this file's tests started (no symlinks followed). */
function recentFiles(dir: string, depth = 6): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e === 'node_modules' || e === '.git') continue;
    const p = join(dir, e);
    let st;
    try {
      st = lstatSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (depth > 0) out.push(...recentFiles(p, depth - 1));
    } else if (st.isFile() && st.mtimeMs >= started - 1000 && st.size < 20 * 1024 * 1024) {
      out.push(p);
    }
  }
  return out;
}

describe('the key never shows', () => {
  it('not in stderr, results, errors or protocol answers of a stdio and an HTTP server, across good and failing calls', async () => {
    up.respond(echoingUpstream);
    const stdio = await stdioClient(own({ MIOSA_API_KEY: KEYS.stdio, MIOSA_BASE_URL: up.url, MIOSA_TIMEOUT_MS: '1000' }));
    const stdioOut = await runCalls(stdio.client);
    await stdio.close();

    const srv = await startHttpServer(own({ MIOSA_BASE_URL: up.url, MIOSA_API_KEY: KEYS.httpEnv, MIOSA_TIMEOUT_MS: '1000' }));
    const client = await httpClient(srv.url, { Authorization: `Bearer ${KEYS.http}` });
    const httpOut = await runCalls(client);
    await client.close();
    // Rejected headers are answered without repeating them.
    const raw: string[] = [];
    for (const authorization of [KEYS.rejected, `Bearer ${KEYS.rejected}!!`, `Basic ${KEYS.rejected}`, `Bearer ${KEYS.rejected} extra`]) {
      const res = await rpc(srv.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, { Authorization: authorization });
      expect(res.status).toBe(401);
      raw.push(JSON.stringify([...res.headers]), await res.text());
    }
    expect(await srv.stop()).toBe(0);

    // The calls did run: the keys reached MIOSA, and the errors came back.
    expect(up.requests.some((q) => q.headers.authorization === `Bearer ${KEYS.stdio}`)).toBe(true);
    expect(up.requests.some((q) => q.headers.authorization === `Bearer ${KEYS.http}`)).toBe(true);
    expect(up.requests.some((q) => q.headers.authorization?.includes(KEYS.httpEnv))).toBe(false);
    expect(stdioOut).toMatch(/refused the API key \(401\): Key msk_… is revoked/);
    expect(httpOut).toMatch(/Internal error while serving Bearer msk_…/);
    expect(httpOut).toMatch(/not valid JSON/);
    expect(httpOut).toMatch(/within 1000 ms/);

    const everything = { stdioOut, stdioErr: stdio.stderr(), httpOut, httpErr: srv.stderr(), raw: raw.join('\n') };
    for (const [where, text] of Object.entries(everything)) expect(leaks(text), where).toEqual([]);
  }, 30_000);

  it('a key with a line break, a space or a NUL in it (a bad paste) is refused without quoting any of it', async () => {
    for (const sep of ['\n', ' ', '\u0000', '\t', 'é']) {
      const weird = `msk_u_secret_paste_${RUN}${sep}TAIL${RUN}`;
      const mcp = await connect({ upstreamUrl: up.url, credentials: { apiKey: weird }, sleep: quickSleep });
      const r = await mcp.call('sandbox_get', { id: 'sbx_1' });
      await mcp.close();
      expect(r.isError).toBe(true);
      expect(leaks(JSON.stringify(r)), JSON.stringify(sep)).toEqual([]);
      expect(JSON.stringify(r)).toMatch(/copy the API key again/);
    }
    expect(up.requests).toHaveLength(0);
  });

  // Known gap, reported: the API's error `code`, `request_id`, `details.field/state/required_scope`
  // and X-Request-Id reach the result unredacted (only `message` is). Flip to it() once redacted.
  it('not even when MIOSA echoes it in the error code, request id or details', async () => {
    const KEY = `msk_u_secret_fields_${RUN}`;
    const mcp = await connect({ upstreamUrl: up.url, credentials: { apiKey: KEY } });
    up.respond(() => ({
      status: 403,
      headers: { 'x-request-id': `rid-${KEY}` },
      body: { error: { code: `C_${KEY}`, message: 'no', request_id: KEY, details: { field: KEY, state: KEY, required_scope: KEY } } },
    }));
    const r = await mcp.call('sandbox_exec', { id: 'sbx_1', command: 'ls' });
    await mcp.close();
    expect(leaks(JSON.stringify(r))).toEqual([]);
  });
});

describe('MIOSA_BASE_URL', () => {
  const run = (env: Record<string, string>, args: string[] = []) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], { env: childEnv(own(env)), stdio: ['pipe', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', (code) => (clearTimeout(t), resolve({ code, stderr })));
    });

  it('refuses to start on plain http to a public host (exit 2, says why), over stdio and HTTP', async () => {
    for (const [url, why] of [
      ['http://example.com', /must use https.*127\.0\.0\.1\/localhost/s],
      ['http://127.0.0.1.evil.example', /must use https/],
      ['http://localhost.evil.example:8080', /must use https/],
      ['ftp://api.miosa.ai', /must use https/],
      ['https://user:pass@api.miosa.ai', /plain origin/],
      ['https://api.miosa.ai/?redirect=evil', /plain origin/],
      ['not a url', /not a URL/],
    ] as const) {
      // The setting is checked before the transport starts; both transports are tried for the first.
      const transports = url === 'http://example.com' ? [[], ['--transport', 'http', '--port', '0']] : [[]];
      const both = await Promise.all(transports.map((args) => run({ MIOSA_BASE_URL: url, MIOSA_API_KEY: KEYS.stdio }, args)));
      for (const { code, stderr } of both) {
        expect(code, url).toBe(2);
        expect(stderr).toMatch(why);
        expect(stderr).toMatch(/MIOSA_BASE_URL/);
        expect(leaks(stderr)).toEqual([]);
      }
    }
  }, 30_000);

  it('accepts plain http on loopback, and serves', async () => {
    const s = await stdioClient(own({ MIOSA_API_KEY: KEYS.stdio, MIOSA_BASE_URL: up.url }));
    expect(((await s.client.callTool({ name: 'sandbox_list', arguments: {} })) as CallToolResult).isError).toBeFalsy();
    await s.close();
    const srv = await startHttpServer(own({ MIOSA_BASE_URL: `http://localhost:${new URL(up.url).port}/api/v1/` }));
    expect(srv.stderr()).toMatch(new RegExp(`upstream http://localhost:${new URL(up.url).port}/api/v1\\)`));
    // Served (and past start-up: the CLI logs "serving" a moment before it handles SIGTERM).
    expect((await fetch(srv.url.replace('/mcp', '/healthz'))).status).toBe(200);
    expect(await srv.stop()).toBe(0);
    expect(up.requests.length).toBeGreaterThan(0);
  });
});

/** Deployments whose public URL is a local server; the active-resource listings; else the spec's examples. */
function deploymentsAt(publicUrl: string) {
  return (q: Recorded) => {
    if (q.method !== 'GET') return undefined;
    if (q.path === '/api/v1/sandboxes' || q.path === '/api/v1/computers') {
      return { body: { data: [{ id: 'sbx_a', state: 'running', status: 'running', created_at: '2026-01-01T00:00:00Z' }] } };
    }
    const m = /^\/api\/v1\/deployments\/([^/]+)$/.exec(q.path);
    if (m) return { body: { data: { id: decodeURIComponent(m[1]), state: 'running', deployment_product: 'docker_deploy', public_url: publicUrl } } };
    return undefined;
  };
}

describe('requests go to the configured origin and nowhere else', () => {
  it('no argument of any tool redirects a request: URL-looking strings everywhere reach only the recording upstream', async () => {
    const mcp = await connect({ upstreamUrl: up.url, credentials: { apiKey: KEYS.stdio }, timeoutMs: 3000 });
    up.respond(deploymentsAt(app.url));
    const evilHost = new URL(evil.url).host;
    const lures = [`${evil.url}/x`, `//${evilHost}/x`, `@${evilHost}`, `${evilHost}`, `https://evil.example/x`, '//evil.example', `\\\\${evilHost}\\x`, `http:${evilHost}`];
    let calls = 0;
    for (const tool of TOOLS) {
      const props = (tool.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
      const stringProps = Object.entries(props).filter(([, s]) => s.type === 'string' && !s.enum && !s.format && !s.pattern);
      if (!stringProps.length) continue;
      const [base] = fc.sample(valueOf(tool.inputSchema), { numRuns: 1, seed: 1 }) as Record<string, unknown>[];
      for (const lure of lures) {
        const args: Record<string, unknown> = { ...base, wait: props.wait ? false : undefined };
        // docker_deploy_doctor's probePath is covered apart, below.
        for (const [k] of stringProps) if (!(tool.name === 'docker_deploy_doctor' && k === 'probePath')) args[k] = lure;
        if (!props.wait) delete args.wait;
        for (const g of tool.exactlyOne ?? []) g.slice(1).forEach((k) => delete args[k]);
        await mcp.call(tool.name, args);
        calls++;
      }
    }
    await mcp.close();
    expect(calls).toBeGreaterThan(500);
    expect(evil.hits).toEqual([]);
    expect(guard.blocked).toEqual([]);
    expect(up.requests.length).toBeGreaterThan(300);
    for (const q of up.requests) {
      expect(q.headers.host).toBe(new URL(up.url).host);
      expect(q.path).toMatch(/^\/api\/v1\//);
    }
    // The one request outside the API: docker_deploy_doctor's probe of the public URL, without the key.
    expect(app.hits.length).toBeGreaterThan(0);
    for (const h of app.hits) expect(h).toMatch(/^GET \/\S* $/);
  }, 60_000);

  // Known bug, reported: probePath is resolved with new URL(probePath, public_url), so an absolute or
  // protocol-relative probePath sends the probe (and its answer's first 300 characters) anywhere:
  // server-side request forgery from a hosted server. Flip to it() once the probe is pinned to the
  // public URL's origin.
  it("docker_deploy_doctor's probePath cannot point the probe at another host", async () => {
    const mcp = await connect({ upstreamUrl: up.url, credentials: { apiKey: KEYS.stdio } });
    up.respond(deploymentsAt(app.url));
    const evilHost = new URL(evil.url).host;
    for (const probePath of [`${evil.url}/latest/meta-data`, `//${evilHost}/x`, `http:${evilHost}/x`, 'https://evil.example/x']) {
      await mcp.call('docker_deploy_doctor', { id: 'dep_1', probePath });
    }
    await mcp.close();
    expect([...evil.hits, ...guard.blocked]).toEqual([]);
  });

  it('a redirect from the API to another origin is not followed: the other origin gets nothing, the call says what happened', async () => {
    const mcp = await connect({ upstreamUrl: up.url, credentials: { apiKey: KEYS.stdio } });
    for (const status of [301, 302, 303, 307, 308]) {
      up.respond(() => ({ status, headers: { location: `${evil.url}/api/v1/steal` } }));
      for (const [name, args] of [
        ['sandbox_get', { id: 'sbx_r' }],
        ['sandbox_exec', { id: 'sbx_r', command: 'ls' }],
        ['database_delete', { id: 'db_r' }],
      ] as const) {
        const before = up.requests.length;
        const r = await mcp.call(name, args);
        expect(r.isError, `${status} ${name}`).toBe(true);
        const f = (r.structuredContent as { error: Record<string, unknown> }).error;
        expect(f).toMatchObject({ category: 'upstream_error', status });
        expect(String(f.message)).toMatch(new RegExp(`MIOSA answered ${status}`));
        expect(up.requests.length - before).toBe(1);
      }
    }
    // A redirect to the same origin is not followed either: the API does not redirect.
    up.respond(() => ({ status: 302, headers: { location: `${up.url}/api/v1/sandboxes` } }));
    expect((await mcp.call('sandbox_get', { id: 'sbx_r' })).isError).toBe(true);
    await mcp.close();
    expect(evil.hits).toEqual([]);
  });
});

describe('nor in any file', () => {
  // Last in the file, so every flow above (keys pasted, echoed, refused, rejected) has run.
  it('no file the servers or this process wrote during the run holds a key: the scratch dir they were given, and dist/', async () => {
    // A canary written by a child with the servers' environment, through os.tmpdir(): proves that
    // is where they write and that the scan reads it.
    const canary = `canary-${randomBytes(8).toString('hex')}`;
    const written = await new Promise<string>((resolve, reject) => {
      const script = `const p=require('node:path').join(require('node:os').tmpdir(),'written-by-child.txt');require('node:fs').writeFileSync(p,process.argv[1]);process.stdout.write(p)`;
      const child = spawn(process.execPath, ['-e', script, canary], { env: childEnv(own({})), stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += String(d)));
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`canary writer exited ${code}`))));
    });
    const files = [...recentFiles(SCRATCH), ...recentFiles(DIST)];
    const holding = (needles: string[]) =>
      files.filter((f) => {
        try {
          const text = readFileSync(f, 'latin1');
          return needles.some((n) => text.includes(n));
        } catch {
          return false;
        }
      });
    expect(written.startsWith(SCRATCH_TMP)).toBe(true);
    expect(holding([canary])).toEqual([written]);
    const hits = holding(MARKERS);
    console.log(`key scan: ${files.length} files written under ${SCRATCH} and dist/ during the run; ${hits.length} hold a key`);
    expect(hits).toEqual([]);
  });
});
