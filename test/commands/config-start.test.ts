// The configurations `miosa-mcp config` prints from a clone, started exactly as each client starts
// them (command, args and env from the file, the key expanded from the environment), answer
// `initialize` and list their tools; `doctor --config` starts them the same way and says why one
// does not start (command not found, npm 404, exit code and stderr, 401), exiting non-zero.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS, launchOf, renderConfig, type ClientName } from '../../vocabulary/client-config.js';
import { formatFindings, runDoctor, type DoctorResult } from '../../src/commands/doctor/index.js';
import { expandReference } from '../../src/commands/doctor/start-check.js';
import { buildSurface } from '../../src/surface.js';
import { CLIENT_PROFILES } from '../../vocabulary/client-profiles.js';
import { CLI, childEnv, startHttpServer, type HttpServerProcess } from '../support/cli.js';
import { readEntry } from '../support/client-configs.js';

const KEY = 'msk_u_cfgstart_Z9x8c7v6b5n4';
let dir: string;
let http: HttpServerProcess;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'miosa-cfg-'));
  http = await startHttpServer({}, ['--emulator']);
});
afterAll(async () => {
  await http.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Where each client reads its file, inside the test's own home. */
const FILE: Record<ClientName, string> = {
  'claude-code': 'claude-command.sh',
  cursor: '.cursor/mcp.json',
  vscode: '.vscode/mcp.json',
  windsurf: '.codeium/windsurf/mcp_config.json',
  gemini: '.gemini/settings.json',
  codex: '.codex/config.toml',
};

function write(rel: string, text: string): string {
  const file = join(dir, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: dir, MIOSA_API_KEY: KEY, MIOSA_BASE_URL: 'http://127.0.0.1:9' });

async function doctorOn(file: string, client?: ClientName): Promise<DoctorResult & { text: string }> {
  const r = await runDoctor({ env: env(), configFile: file, client, start: true, fetch: async () => new Response('{}', { status: 200 }) });
  const text = formatFindings(r.findings);
  expect(text).not.toContain(KEY);
  return { ...r, text };
}

const startFinding = (r: DoctorResult) => r.findings.find((f) => f.check === 'config start');

describe('a clone prints configurations that start', () => {
  it('from a clone the command is this build by its absolute path; from the registry, the package', () => {
    expect(launchOf(realpathSync(CLI))).toEqual({ kind: 'local', script: realpathSync(CLI) });
    expect(launchOf('/home/u/.npm/_npx/1a2b/node_modules/miosa-mcp/dist/src/cli.js')).toEqual({ kind: 'published' });
    expect(launchOf('/usr/lib/node_modules/miosa-mcp/dist/src/cli.js')).toEqual({ kind: 'published' });
    // The CLI itself, run from this clone, prints the absolute form; --published the npx form.
    const local = spawnSync(process.execPath, [CLI, 'config', 'cursor'], { encoding: 'utf8', env: childEnv({}) });
    expect(JSON.parse(local.stdout).mcpServers.miosa).toMatchObject({ command: 'node', args: [realpathSync(CLI), '--toolsets', 'sandbox'] });
    const published = spawnSync(process.execPath, [CLI, 'config', 'cursor', '--published'], { encoding: 'utf8', env: childEnv({}) });
    expect(JSON.parse(published.stdout).mcpServers.miosa).toMatchObject({ command: 'npx', args: ['-y', 'miosa-mcp', '--toolsets', 'sandbox'] });
  });

  describe.each(CLIENTS)('%s', (client) => {
    const expectedTools = (): number => {
      const profile = CLIENT_PROFILES.find((p) => p.client === client);
      const toolsets = profile?.selection.toolsets ? [...profile.selection.toolsets] : undefined;
      return buildSurface(toolsets ? { toolsets } : {}).size;
    };

    it('spawned as the client spawns it, it answers initialize and lists its tools', async () => {
      const r = renderConfig(client, { launch: launchOf(realpathSync(CLI)) });
      const e = readEntry(client, r.text);
      expect(e.command).toBe('node');
      // The env exactly as the client fills it in: its references expanded from the client's environment.
      const entryEnv: Record<string, string> = {};
      for (const [k, v] of Object.entries(e.env ?? {})) entryEnv[k] = expandReference(v, env());
      for (const name of e.envVars ?? []) entryEnv[name] = String(env()[name]);
      expect(entryEnv.MIOSA_API_KEY).toBe(KEY);
      const transport = new StdioClientTransport({ command: e.command!, args: e.args!, env: { PATH: process.env.PATH ?? '', HOME: dir, ...entryEnv }, stderr: 'pipe' });
      const mcp = new Client({ name: `${client}-like`, version: '0' });
      await mcp.connect(transport);
      try {
        expect(mcp.getServerVersion()?.name).toBe('miosa-mcp');
        const listed = await mcp.listTools();
        expect(listed.tools.length).toBe(expectedTools());
        if (!CLIENT_PROFILES.find((p) => p.client === client)?.selection.toolsets) expect(listed.tools.length).toBe(145);
      } finally {
        await mcp.close();
      }
    });

    // Claude Code is configured by a command (`claude mcp add`), not a file: there is nothing to doctor.
    if (client !== 'claude-code') it('doctor --config starts it and reports the tool count', async () => {
      const file = write(FILE[client], renderConfig(client, { launch: launchOf(realpathSync(CLI)) }).text);
      const r = await doctorOn(file, client);
      expect(startFinding(r)).toMatchObject({ status: 'ok' });
      expect(startFinding(r)!.message).toMatch(new RegExp(`started \\(miosa-mcp\\): initialize answered, tools/list gave ${expectedTools()} tools\\.`));
      // What config prints, doctor does not ask to change (Cursor's entry carries its short timeouts).
      expect(r.findings.filter((f) => f.status !== 'ok' && f.check !== 'key' && f.check !== 'api').map((f) => `${f.check}: ${f.message}`)).toEqual([]);
    });
  });
});

describe('doctor --config says why a server does not start', () => {
  const cursorFile = (entry: Record<string, unknown>) => write(`case-${Math.random().toString(36).slice(2)}/.cursor/mcp.json`, JSON.stringify({ mcpServers: { miosa: entry } }));

  it('a command that is not on PATH', async () => {
    const r = await doctorOn(cursorFile({ command: 'miosa-no-such-command', args: [] }), 'cursor');
    expect(startFinding(r)).toMatchObject({ status: 'fail' });
    expect(startFinding(r)!.message).toMatch(/miosa-no-such-command: command not found/);
    expect(r.ok).toBe(false);
  });

  it('npx on a package the registry does not have (404), as npm prints it', async () => {
    // A stand-in npx on PATH that answers as npm does for an unpublished package: no network in tests.
    const bin = join(dir, 'fake-bin');
    mkdirSync(bin, { recursive: true });
    const npx = join(bin, 'npx');
    writeFileSync(
      npx,
      `#!/bin/sh\necho "npm error code E404" >&2\necho "npm error 404 Not Found - GET https://registry.example/miosa-mcp - Not found" >&2\necho "npm error 404  The requested resource 'miosa-mcp@*' could not be found or you do not have permission to access it." >&2\nexit 1\n`,
    );
    chmodSync(npx, 0o755);
    const file = write('npx404/.cursor/mcp.json', renderConfig('cursor', { launch: { kind: 'published' } }).text);
    const r = await runDoctor({ env: { ...env(), PATH: `${bin}:${process.env.PATH}` }, configFile: file, client: 'cursor', start: true, fetch: async () => new Response('{}') });
    const f = startFinding(r)!;
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/npx -y miosa-mcp --toolsets sandbox fails: npm has no package miosa-mcp@\* \(404\)/);
    expect(f.fix).toMatch(/node dist\/src\/cli\.js config cursor/);
  });

  it('a server that exits: its exit code and the last lines of its stderr', async () => {
    const r = await doctorOn(cursorFile({ command: process.execPath, args: ['-e', 'console.error("first line"); console.error("listen failed: port taken"); process.exit(7)'] }), 'cursor');
    const f = startFinding(r)!;
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/exited with code 7 before answering initialize\.\n {2}\| first line\n {2}\| listen failed: port taken/);
  });

  it('a path to a build that does not exist', async () => {
    const r = await doctorOn(cursorFile({ command: 'node', args: [join(dir, 'nowhere', 'dist', 'src', 'cli.js')] }), 'cursor');
    expect(startFinding(r)!.message).toMatch(/the file it runs does not exist/);
    expect(startFinding(r)!.fix).toMatch(/make build/);
  });

  it('an HTTP entry: connects with its headers; without the key, 401', async () => {
    const good = await doctorOn(write('http-ok/.cursor/mcp.json', renderConfig('cursor', { http: http.url }).text), 'cursor');
    expect(startFinding(good)).toMatchObject({ status: 'ok' });
    expect(startFinding(good)!.message).toMatch(/tools\/list gave 35 tools/);
    const noAuth = await doctorOn(write('http-401/.cursor/mcp.json', JSON.stringify({ mcpServers: { miosa: { url: http.url } } })), 'cursor');
    expect(startFinding(noAuth)).toMatchObject({ status: 'fail' });
    expect(startFinding(noAuth)!.message).toMatch(/refused the request \(401\)/);
    const nothing = await doctorOn(write('http-none/.cursor/mcp.json', JSON.stringify({ mcpServers: { miosa: { url: 'http://127.0.0.1:9/mcp', headers: { Authorization: 'Bearer ${env:MIOSA_API_KEY}' } } } })), 'cursor');
    expect(startFinding(nothing)!.message).toMatch(/Nothing answers at http:\/\/127\.0\.0\.1:9/);
    // Never sent in clear text off this machine.
    const plain = await doctorOn(write('http-plain/.cursor/mcp.json', JSON.stringify({ mcpServers: { miosa: { url: 'http://mcp.example.com/mcp', headers: { Authorization: 'Bearer ${env:MIOSA_API_KEY}' } } } })), 'cursor');
    expect(startFinding(plain)).toMatchObject({ status: 'fail' });
    expect(startFinding(plain)!.message).toMatch(/not started: http:\/\/mcp\.example\.com is not https/);
  });

  it('the CLI exits non-zero when the server cannot be reached, 0 for the start check alone when it can', () => {
    const bad = cursorFile({ command: 'miosa-no-such-command' });
    const run = spawnSync(process.execPath, [CLI, 'doctor', '--config', bad], { encoding: 'utf8', env: childEnv({ MIOSA_API_KEY: KEY, MIOSA_BASE_URL: 'http://127.0.0.1:9' }), timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✗ config start: mcpServers\.miosa does not start: miosa-no-such-command: command not found/);
    const good = write('cli-ok/.cursor/mcp.json', renderConfig('cursor', { launch: launchOf(realpathSync(CLI)) }).text);
    const ok = spawnSync(process.execPath, [CLI, 'doctor', '--config', good], { encoding: 'utf8', env: childEnv({ MIOSA_API_KEY: KEY, MIOSA_BASE_URL: 'http://127.0.0.1:9' }), timeout: 60_000 });
    expect(ok.stdout).toMatch(/✓ config start: mcpServers\.miosa started \(miosa-mcp\): initialize answered, tools\/list gave 35 tools\./);
  });
});
