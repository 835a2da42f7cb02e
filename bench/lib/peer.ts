// The peer: the server openapi-mcp-generator@4.0.1 writes for the same spec, generated, installed
// and built in a temporary folder outside the repo, as its own output says to (npm install, npm run
// build), once with its stdio transport and once with its Streamable HTTP one. Nothing of it is kept.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BENCH_KEY, childEnv, ROOT, startProc, type Proc } from './procs.js';

export const PEER_PACKAGE = 'openapi-mcp-generator@4.0.1';
/** Its name for our sandbox_get (the operationId). */
export const PEER_GET_TOOL = 'getSandbox';

export interface PeerBuild {
  ok: true;
  dir: string;
  stdioDir: string;
  httpDir: string;
  httpPort: number;
  apiBaseUrl: string;
  /** Seconds to generate, install and build both variants. */
  prepareSec: number;
  sdkVersion: string;
  log: string[];
}

export type PeerSetup = PeerBuild | { ok: false; reason: string; log: string[] };

function run(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += String(d)));
    child.stderr!.on('data', (d) => (out += String(d)));
    const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('close', (code) => {
      clearTimeout(t);
      resolve({ code, out });
    });
    child.once('error', (err) => {
      clearTimeout(t);
      resolve({ code: -1, out: `${out}\n${err.message}` });
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const tail = (s: string, n = 1500) => (s.length > n ? `…${s.slice(-n)}` : s).trim();

/** Generates, installs and builds both variants; on failure says which step and why. */
export async function preparePeer(emulatorUrl: string, say: (line: string) => void): Promise<PeerSetup> {
  const log: string[] = [];
  const t0 = performance.now();
  const dir = mkdtempSync(join(os.tmpdir(), 'miosa-bench-peer-'));
  const apiBaseUrl = `${emulatorUrl}/api/v1`;
  const httpPort = await freePort();
  const spec = join(ROOT, 'openapi/miosa.yaml');
  const variants = [
    { name: 'stdio', args: ['-t', 'stdio'] },
    { name: 'http', args: ['-t', 'streamable-http', '-p', String(httpPort), '--header-passthrough', 'authorization'] },
  ];
  for (const v of variants) {
    const out = join(dir, v.name);
    const args = ['-y', PEER_PACKAGE, '-i', spec, '-o', out, '-b', apiBaseUrl, '--force', ...v.args];
    say(`peer: npx ${args.join(' ')}`);
    log.push(`npx ${args.join(' ')}`);
    const gen = await run('npx', args, dir, 300_000);
    if (gen.code !== 0 || !existsSync(join(out, 'package.json'))) {
      return { ok: false, reason: `generation (${v.name}) failed, exit ${gen.code}: ${tail(gen.out)}`, log };
    }
    for (const [cmd, cmdArgs] of [
      ['npm', ['install', '--no-audit', '--no-fund']],
      ['npm', ['run', 'build']],
    ] as const) {
      say(`peer (${v.name}): ${cmd} ${cmdArgs.join(' ')}`);
      log.push(`(${v.name}) ${cmd} ${cmdArgs.join(' ')}`);
      const r = await run(cmd, [...cmdArgs], out, 600_000);
      if (r.code !== 0) return { ok: false, reason: `${cmd} ${cmdArgs.join(' ')} (${v.name}) failed, exit ${r.code}: ${tail(r.out)}`, log };
    }
    if (!existsSync(join(out, 'build/index.js'))) return { ok: false, reason: `the ${v.name} build produced no build/index.js`, log };
  }
  return {
    ok: true,
    dir,
    stdioDir: join(dir, 'stdio'),
    httpDir: join(dir, 'http'),
    httpPort,
    apiBaseUrl,
    prepareSec: (performance.now() - t0) / 1000,
    sdkVersion: sdkVersion(join(dir, 'stdio')),
    log,
  };
}

/** The @modelcontextprotocol/sdk version npm installed in a variant. */
export function sdkVersion(dir: string): string {
  try {
    return (JSON.parse(readFileSync(join(dir, 'node_modules/@modelcontextprotocol/sdk/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * The last SDK release whose Node Streamable HTTP transport reads the body it is handed: from 1.25.0
 * it converts the Node request to a web Request again (through @hono/node-server), which the peer's
 * generated glue (Hono + fetch-to-node, body already consumed) cannot survive.
 */
export const PEER_HTTP_FALLBACK_SDK = '1.24.3';

/** Installs `version` of the SDK in the peer's HTTP variant and rebuilds it; the error, if any. */
export async function pinPeerHttpSdk(p: PeerBuild, version: string, say: (line: string) => void): Promise<string | undefined> {
  for (const args of [
    ['install', '--no-audit', '--no-fund', `@modelcontextprotocol/sdk@${version}`],
    ['run', 'build'],
  ]) {
    say(`peer (http): npm ${args.join(' ')}`);
    p.log.push(`(http) npm ${args.join(' ')}`);
    const r = await run('npm', args, p.httpDir, 600_000);
    if (r.code !== 0) return `npm ${args.join(' ')} failed, exit ${r.code}: ${tail(r.out)}`;
  }
  return undefined;
}

/** How to start the peer over stdio with the bench key. */
export function peerStdio(p: PeerBuild): { cmd: string; args: string[]; env: Record<string, string>; cwd: string } {
  return {
    cmd: process.execPath,
    args: [join(p.stdioDir, 'build/index.js')],
    env: childEnv({ API_BASE_URL: p.apiBaseUrl, BEARER_TOKEN_BEARER: BENCH_KEY }),
    cwd: p.stdioDir,
  };
}

/** The peer's Streamable HTTP server; the key travels per request (header passthrough). */
export async function startPeerHttp(p: PeerBuild, core?: number): Promise<Proc & { url: string }> {
  const proc = await startProc({
    name: 'peer-http',
    cmd: process.execPath,
    args: [join(p.httpDir, 'build/index.js')],
    env: childEnv({ API_BASE_URL: p.apiBaseUrl }),
    cwd: p.httpDir,
    core,
    ready: /MCP StreamableHTTP Server running at http:\/\/localhost:(\d+)/,
  });
  return Object.assign(proc, { url: `http://127.0.0.1:${proc.match[1]}/mcp` });
}

export function removePeer(p: PeerSetup | undefined): void {
  if (p?.ok) rmSync(p.dir, { recursive: true, force: true });
}
