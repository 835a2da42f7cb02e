// `miosa-mcp doctor` against a stand-in MIOSA API: each way a first call goes wrong is found, says
// what to do, and the key never shows in what it reports.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS, renderConfig, SERVER_ENV_FOR, type ClientName } from '../../vocabulary/client-config.js';
import { clientFromPath } from '../../src/commands/doctor/client-file.js';
import { exitCode, formatFindings, runDoctor, type DoctorOptions, type DoctorResult } from '../../src/commands/doctor/index.js';
import { lineColumn, parseJson } from '../../src/commands/doctor/json-reader.js';
import { maskKey, type Finding } from '../../src/commands/doctor/report.js';
import { startRecordingUpstream, type RecordingUpstream } from '../support/recording-upstream.js';

const KEY = 'msk_u_Q7mZp3XkT9vLr2NcW8yHd4FsJ6bGa1Ue';
const SHOWN = `msk_u_…${KEY.slice(-4)}`;

let up: RecordingUpstream;
let dir: string;
/** Everything doctor said in this file, checked for the key at the end too. */
const said: string[] = [];

beforeAll(async () => {
  up = await startRecordingUpstream();
  dir = await mkdtemp(join(tmpdir(), 'miosa-doctor-'));
});
afterEach(() => {
  up.respond(undefined);
  up.requests.length = 0;
  const sent = sentAnyway.splice(0);
  expect(sent, 'doctor sent a request it should not have sent').toEqual([]);
});
afterAll(async () => {
  await up.close();
  await rm(dir, { recursive: true, force: true });
  for (const s of said) expect(s).not.toContain(KEY);
});

const goodEnv = (): NodeJS.ProcessEnv => ({ MIOSA_API_KEY: KEY, MIOSA_BASE_URL: up.url });

async function doctor(opts: Partial<DoctorOptions> & { env: NodeJS.ProcessEnv }): Promise<DoctorResult & { text: string }> {
  const result = await runDoctor(opts);
  const text = formatFindings(result.findings);
  said.push(text, JSON.stringify(result));
  expect(text).not.toContain(KEY);
  expect(JSON.stringify(result)).not.toContain(KEY);
  return { ...result, text };
}

const find = (r: DoctorResult, check: string): Finding => {
  const f = r.findings.find((x) => x.check === check);
  if (!f) throw new Error(`no ${check} finding in ${JSON.stringify(r.findings)}`);
  return f;
};

async function writeConfig(relative: string, text: string): Promise<string> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}`, relative);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, text);
  return file;
}

const configFindings = (r: DoctorResult) => r.findings.filter((f) => f.check.startsWith('config'));

/** Where doctor sent a request through noNetwork: afterEach fails the test unless it is empty. */
const sentAnyway: string[] = [];
/**
 * A fetch for cases where doctor must send nothing. Throwing was not enough: doctor reports a failed
 * request as a finding (and the error policy logs a throwing fetch as an internal error to stderr),
 * so the test passed while doctor sent. Each call is recorded and fails the test instead.
 */
const noNetwork: typeof fetch = async (input) => {
  sentAnyway.push(input instanceof Request ? input.url : String(input));
  throw new TypeError('fetch failed');
};

describe('the environment', () => {
  it('a good key: every check ok, the organization named, the key shown only as its last 4', async () => {
    const r = await doctor({ env: goodEnv() });
    expect(r.findings.map((f) => [f.check, f.status])).toEqual([
      ['key', 'ok'],
      ['base URL', 'ok'],
      ['API', 'ok'],
      ['timeout', 'ok'],
    ]);
    expect(r.ok).toBe(true);
    expect(exitCode(r)).toBe(0);
    expect(find(r, 'key').message).toContain(SHOWN);
    expect(find(r, 'base URL').message).toContain(`${up.url}/api/v1`);
    expect(find(r, 'API').message).toMatch(/organization "Acme Inc" \(acme\) as owner/);
    expect(find(r, 'timeout').message).toMatch(/MIOSA_TIMEOUT_MS=25000 ms \(the default\).*Claude Code's 30 s/);
    expect(r.text).toMatch(/^✓ key: /);
    expect(r.text).toMatch(/All good\.\n$/);
    // One request, the one that says who the key belongs to, with the key as sent by the server.
    expect(up.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /api/v1/platform/tenants/current']);
    expect(up.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('MIOSA_TENANT is sent and reported', async () => {
    const r = await doctor({ env: { ...goodEnv(), MIOSA_TENANT: 'acme' } });
    expect(up.requests[0].headers['x-miosa-tenant']).toBe('acme');
    expect(find(r, 'API').message).toContain('MIOSA_TENANT=acme');
  });

  it('no key: fail, says where to get one, and sends nothing', async () => {
    const r = await doctor({ env: { MIOSA_BASE_URL: up.url }, fetch: noNetwork });
    expect(find(r, 'key')).toMatchObject({ status: 'fail', message: 'MIOSA_API_KEY is not set in this environment.' });
    expect(find(r, 'key').fix).toMatch(/Dashboard → Settings → API Keys/);
    expect(find(r, 'API').status).toBe('warn');
    expect(r.ok).toBe(false);
    expect(exitCode(r)).toBe(1);
    expect(r.text).toMatch(/^✗ key: MIOSA_API_KEY is not set/m);
    expect(r.text).toMatch(/^ {4}Create a key under Dashboard/m);
  });

  it('a malformed key: fail, not sent anywhere, not shown', async () => {
    const bad = 'sk-live-0123456789abcdef0123456789';
    const r = await doctor({ env: { MIOSA_API_KEY: bad, MIOSA_BASE_URL: up.url }, fetch: noNetwork });
    expect(find(r, 'key').status).toBe('fail');
    expect(find(r, 'key').message).toMatch(/does not look like a MIOSA key.*not sent anywhere/);
    expect(r.text).not.toContain(bad);
    expect(r.text).not.toContain(bad.slice(-4));
  });

  it('a quoted key: fail, with the reason', async () => {
    const r = await doctor({ env: { MIOSA_API_KEY: `"${KEY}"`, MIOSA_BASE_URL: up.url }, fetch: noNetwork });
    expect(find(r, 'key')).toMatchObject({ status: 'fail' });
    expect(find(r, 'key').message).toMatch(/quotes/);
  });

  it('an msk_ key that is not a user key: warn, and the API is still asked', async () => {
    const other = 'msk_live_0123456789abcdefWXYZ';
    const r = await doctor({ env: { MIOSA_API_KEY: other, MIOSA_BASE_URL: up.url } });
    said.push(r.text);
    expect(find(r, 'key').status).toBe('warn');
    expect(find(r, 'key').message).toMatch(/msk_…WXYZ\) starts with msk_ but not msk_u_: it is not a user API key/);
    expect(r.text).not.toContain(other);
    expect(find(r, 'API').status).toBe('ok');
    expect(r.ok).toBe(true);
  });

  it('a plain-http base URL that is not loopback: fail, and the key is not sent', async () => {
    const r = await doctor({ env: { MIOSA_API_KEY: KEY, MIOSA_BASE_URL: 'http://api.example.com' }, fetch: noNetwork });
    expect(find(r, 'base URL').status).toBe('fail');
    expect(find(r, 'base URL').message).toMatch(/must use https \(got http:\/\/api\.example\.com\)/);
    expect(find(r, 'base URL').fix).toMatch(/127\.0\.0\.1\/localhost/);
    expect(find(r, 'API').status).toBe('warn');
    expect(r.ok).toBe(false);
  });

  it('401: fail, with the error policy\'s guidance', async () => {
    up.respond(() => ({ status: 401, body: { error: { code: 'UNAUTHORIZED', message: 'Invalid or revoked API key.' } } }));
    const r = await doctor({ env: goodEnv() });
    const api = find(r, 'API');
    expect(api.status).toBe('fail');
    expect(api.message).toMatch(/MIOSA refused the API key \(401\): Invalid or revoked API key\./);
    expect(api.message).toMatch(/request id req_test_1/);
    expect(api.fix).toMatch(/Dashboard → Settings → API Keys/);
    expect(exitCode(r)).toBe(1);
  });

  it('403: the key works but may not read its organization: warn with the scope', async () => {
    up.respond(() => ({ status: 403, body: { error: { code: 'FORBIDDEN', message: 'missing scope' } } }));
    const r = await doctor({ env: goodEnv() });
    expect(find(r, 'API').status).toBe('warn');
    expect(find(r, 'API').fix).toMatch(/tenants:read/);
  });

  it('an API message quoting the key is masked', async () => {
    up.respond(() => ({ status: 401, body: { error: { code: 'UNAUTHORIZED', message: `key ${KEY} was revoked` } } }));
    const r = await doctor({ env: goodEnv() });
    expect(find(r, 'API').message).not.toContain(KEY);
  });

  it('a timeout: fail within MIOSA_TIMEOUT_MS, and says to raise it', async () => {
    up.respond(() => ({ delayMs: 3000, body: { data: { id: 'o', name: 'n', slug: 's' } } }));
    const started = Date.now();
    const r = await doctor({ env: { ...goodEnv(), MIOSA_TIMEOUT_MS: '1000' } });
    expect(Date.now() - started).toBeLessThan(2500);
    const api = find(r, 'API');
    expect(api.status).toBe('fail');
    expect(api.message).toMatch(/No answer from MIOSA within 1000 ms \(MIOSA_TIMEOUT_MS=1000\)/);
    expect(api.fix).toMatch(/Raise MIOSA_TIMEOUT_MS/);
  });

  it('nothing listening: fail, check the network and MIOSA_BASE_URL', async () => {
    // A port that was just free: connections to it are refused.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise((r) => probe.close(r));
    const r = await doctor({ env: { MIOSA_API_KEY: KEY, MIOSA_BASE_URL: `http://127.0.0.1:${port}` } });
    expect(find(r, 'API').status).toBe('fail');
    expect(find(r, 'API').message).toMatch(/Could not reach MIOSA: ECONNREFUSED/);
    expect(find(r, 'API').fix).toMatch(/MIOSA_BASE_URL/);
  });

  it('settings the server would refuse are a fail', async () => {
    const r = await doctor({ env: { ...goodEnv(), MIOSA_TIMEOUT_MS: 'soon', MIOSA_TOOLSETS: 'sandbox,nope' } });
    const s = find(r, 'settings');
    expect(s.status).toBe('fail');
    expect(s.message).toMatch(/MIOSA_TIMEOUT_MS must be a whole number/);
    expect(s.message).toMatch(/MIOSA_TOOLSETS: Unknown toolset nope\. Valid toolsets: account, .*, code\./);
  });

  it('the code toolset is one the server takes, so doctor does not call it unknown', async () => {
    // doctor reports settings only when the server would refuse them.
    const r = await doctor({ env: { ...goodEnv(), MIOSA_TOOLSETS: 'sandbox,code' } });
    expect(r.findings.filter((f) => f.check === 'settings')).toEqual([]);
    expect(r.ok).toBe(true);
  });
});

describe('timeouts against the client', () => {
  it('over Claude Code\'s 30 s: warn, raise MCP_TOOL_TIMEOUT', async () => {
    const r = await doctor({ env: { ...goodEnv(), MIOSA_TIMEOUT_MS: '60000' }, client: 'claude-code' });
    const t = find(r, 'timeout');
    expect(t.status).toBe('warn');
    expect(t.message).toMatch(/MIOSA_TIMEOUT_MS exceeds Claude Code's 30 s tool timeout/);
    expect(t.fix).toMatch(/MCP_TOOL_TIMEOUT=65000/);
    expect(r.ok).toBe(true);
  });

  it('Cursor waits 10 s: the defaults warn, lowered values pass', async () => {
    const r = await doctor({ env: goodEnv(), client: 'cursor' });
    const t = find(r, 'timeout');
    expect(t.status).toBe('warn');
    expect(t.message).toMatch(/MIOSA_TIMEOUT_MS and MIOSA_WAIT_MS exceed Cursor/);
    expect(t.fix).toMatch(/MIOSA_TIMEOUT_MS=9000 and MIOSA_WAIT_MS=8000/);
    const lowered = await doctor({ env: { ...goodEnv(), MIOSA_TIMEOUT_MS: '9000', MIOSA_WAIT_MS: '8000' }, client: 'cursor' });
    expect(find(lowered, 'timeout').status).toBe('ok');
  });

  it('MIOSA_WAIT_MS alone over the bound is named', async () => {
    const r = await doctor({ env: { ...goodEnv(), MIOSA_WAIT_MS: '45000' }, client: 'claude-code' });
    expect(find(r, 'timeout').message).toMatch(/MIOSA_WAIT_MS exceeds/);
  });

  it('an unknown client is an error that lists the valid ones', async () => {
    await expect(runDoctor({ env: goodEnv(), client: 'emacs' })).rejects.toThrow(/Valid clients: claude-code, cursor/);
  });
});

describe('a client config file', () => {
  it('invalid JSON: the line and column of the error, and that Cursor shows no tools', async () => {
    const text = [
      '{', //                                   line 1
      '  "mcpServers": {', //                   line 2
      '    "miosa": {', //                      line 3
      '      "command": "npx",', //             line 4
      '      "args": ["-y", "miosa-mcp"],', //  line 5
      '    }', //                               line 6: the '}' after a trailing comma, column 5
      '  }',
      '}',
      '',
    ].join('\n');
    const file = await writeConfig('.cursor/mcp.json', text);
    const r = await doctor({ env: goodEnv(), configFile: file });
    const c = find(r, 'config');
    expect(c.status).toBe('fail');
    expect(c.message).toMatch(/is not valid JSON: line 6, column 5: '}' after a comma: a trailing comma/);
    expect(c.message).toMatch(/Cursor shows no tools at all/);
    expect(c.fix).toMatch(/^Fix line 6, column 5/);
    expect(r.ok).toBe(false);
  });

  it('a missing comma is placed where it is missing', async () => {
    const text = '{\n  "mcpServers": {\n    "miosa": {\n      "command": "npx"\n      "args": []\n    }\n  }\n}\n';
    const file = await writeConfig('.cursor/mcp.json', text);
    const r = await doctor({ env: goodEnv(), configFile: file });
    expect(find(r, 'config').message).toMatch(/line 5, column 7: '"' where ',' or '}' should be \(a missing comma\?\)/);
  });

  it('error positions agree with JSON.parse wherever it gives one', () => {
    const broken = ['{"a": 1,}', '{\n "a": 1\n "b": 2}', '{', '{"a":1}}', '[1, 2', '{"a": "b\nc"}', '{"a" 1}', '{\n\n  "x": [1,,2]}'];
    for (const t of broken) {
      const ours = parseJson(t);
      expect('error' in ours, t).toBe(true);
      let native: number | undefined;
      try {
        JSON.parse(t);
      } catch (e) {
        const m = /at position (\d+)/.exec((e as Error).message);
        native = m ? Number(m[1]) : undefined;
      }
      if (native !== undefined && 'offset' in ours) expect(ours.offset, t).toBe(native);
    }
    expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(parseJson('{"a": [1, {"b": null}], "c": "\\u00e9"}')).toEqual({ value: { a: [1, { b: null }], c: 'é' }, duplicates: [] });
  });

  it('an empty file is invalid, at line 1 column 1', async () => {
    const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', '') });
    expect(find(r, 'config').message).toMatch(/line 1, column 1: the end of the file where a value should be/);
  });

  it('a literal key in the file: warn, keep it in the client\'s secret store, shown masked', async () => {
    const text = JSON.stringify({ mcpServers: { miosa: { command: 'npx', args: ['-y', 'miosa-mcp', '--toolsets', 'sandbox'], env: { MIOSA_API_KEY: KEY } } } }, null, 2);
    const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', text) });
    const k = find(r, 'config key');
    expect(k.status).toBe('warn');
    expect(k.message).toContain('mcpServers.miosa.env.MIOSA_API_KEY holds the key itself');
    expect(k.message).toContain(SHOWN);
    expect(k.fix).toMatch(/secret store.*\$\{env:MIOSA_API_KEY\}/);
    expect(r.ok).toBe(true);
  });

  it('a good Cursor config: every check ok, Cursor\'s 10 s included; without its timeouts doctor asks for exactly what config writes', async () => {
    const file = await writeConfig('.cursor/mcp.json', renderConfig('cursor').text);
    const r = await doctor({ env: goodEnv(), configFile: file });
    expect(configFindings(r).map((f) => [f.check, f.status])).toEqual([
      ['config', 'ok'],
      ['config server', 'ok'],
      ['config key', 'ok'],
    ]);
    expect(find(r, 'config key').message).toContain('${env:MIOSA_API_KEY}');
    expect(r.findings.every((f) => f.status === 'ok')).toBe(true);
    expect(find(r, 'timeout').message).toMatch(/MIOSA_TIMEOUT_MS=9000 ms \(MIOSA_TIMEOUT_MS in mcp\.json\).*fit within Cursor/);

    // A hand-written entry without them: the client is recognized from the path, and the fix is config's own values.
    const doc = JSON.parse(renderConfig('cursor').text);
    for (const k of Object.keys(SERVER_ENV_FOR.cursor!)) delete doc.mcpServers.miosa.env[k];
    const bare = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', JSON.stringify(doc)) });
    expect(find(bare, 'timeout')).toMatchObject({ status: 'warn' });
    expect(find(bare, 'timeout').fix).toContain('MIOSA_TIMEOUT_MS=9000 and MIOSA_WAIT_MS=8000 in the "env" of the miosa entry');
  });

  it('a remote Cursor entry: the server\'s timeouts are set where it runs, so doctor does not ask to set them in the entry', async () => {
    const file = await writeConfig('.cursor/mcp.json', renderConfig('cursor', { http: 'https://mcp.example.com/mcp' }).text);
    const r = await doctor({ env: goodEnv(), configFile: file });
    const t = find(r, 'timeout');
    expect(t.status).toBe('ok');
    expect(t.message).toMatch(/remote server: its MIOSA_TIMEOUT_MS and MIOSA_WAIT_MS are set where it runs/);
    expect(`${t.message} ${t.fix ?? ''}`).not.toMatch(/"env"/);
  });

  it.each(CLIENTS.filter((c) => c !== 'claude-code'))('what `config %s` prints passes the config checks (stdio and http)', async (client) => {
    const where: Record<Exclude<ClientName, 'claude-code'>, string> = {
      cursor: '.cursor/mcp.json',
      vscode: '.vscode/mcp.json',
      windsurf: 'windsurf/mcp_config.json',
      gemini: '.gemini/settings.json',
      codex: '.codex/config.toml',
    };
    const path = where[client as Exclude<ClientName, 'claude-code'>];
    for (const http of [undefined, 'https://mcp.example.com/mcp']) {
      const file = await writeConfig(path, renderConfig(client, http ? { http } : {}).text);
      expect(clientFromPath(file)).toBe(client);
      const r = await doctor({ env: goodEnv(), configFile: file });
      expect(configFindings(r).filter((f) => f.status !== 'ok'), `${client} ${http ?? 'stdio'}`).toEqual([]);
      expect(configFindings(r).map((f) => f.check)).toEqual(['config', 'config server', 'config key']);
    }
  });

  it('no miosa entry: fail, and lists what is there', async () => {
    const text = JSON.stringify({ mcpServers: { github: { url: 'https://api.githubcopilot.com/mcp/' }, fs: { command: 'npx', args: ['fs-mcp'] } } });
    const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', text) });
    const s = find(r, 'config server');
    expect(s.status).toBe('fail');
    expect(s.message).toMatch(/no MCP server entry that runs miosa-mcp \(it has github, fs\)/);
    expect(s.fix).toMatch(/miosa-mcp config cursor/);
  });

  it('a non-https MIOSA_BASE_URL in the entry: fail', async () => {
    const text = JSON.stringify({ mcpServers: { miosa: { command: 'npx', args: ['-y', 'miosa-mcp', '--dynamic'], env: { MIOSA_API_KEY: '${env:MIOSA_API_KEY}', MIOSA_BASE_URL: 'http://api.example.com' } } } });
    const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', text) });
    expect(find(r, 'config base URL').status).toBe('fail');
    expect(find(r, 'config base URL').message).toMatch(/must use https/);
  });

  it('a remote entry: no Authorization header is a fail, a plain-http URL is a fail', async () => {
    const noAuth = JSON.stringify({ mcpServers: { miosa: { url: 'https://mcp.miosa.example/mcp?toolsets=sandbox' } } });
    const r1 = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', noAuth) });
    expect(find(r1, 'config key').status).toBe('fail');
    expect(find(r1, 'config key').message).toMatch(/no Authorization header/);
    const plain = JSON.stringify({ mcpServers: { miosa: { url: 'http://mcp.miosa.example/mcp?toolsets=sandbox', headers: { Authorization: 'Bearer ${env:MIOSA_API_KEY}' } } } });
    const r2 = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', plain) });
    expect(find(r2, 'config URL').status).toBe('fail');
  });

  it('plain http is loopback only by the server\'s own rule: a name that merely starts with 127. is a fail', async () => {
    const at = (url: string) => JSON.stringify({ mcpServers: { miosa: { url, headers: { Authorization: 'Bearer ${env:MIOSA_API_KEY}' } } } });
    for (const url of ['http://127.0.0.1.nip.example/mcp', 'http://127.evil.example/mcp']) {
      const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', at(url)) });
      expect(find(r, 'config URL'), url).toMatchObject({ status: 'fail', message: `${url} is not https: the key would travel in clear text.` });
    }
    for (const url of ['http://127.0.0.1:8787/mcp', 'http://localhost:8787/mcp', 'http://[::1]:8787/mcp', 'http://127.1.2.3:8787/mcp']) {
      const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', at(url)) });
      expect(r.findings.filter((f) => f.check === 'config URL'), url).toEqual([]);
    }
  });

  it('a placeholder left in place: fail', async () => {
    const text = JSON.stringify({ mcpServers: { miosa: { command: 'npx', args: ['-y', 'miosa-mcp', '--toolsets', 'sandbox'], env: { MIOSA_API_KEY: 'msk_u_...' } } } });
    const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', text) });
    expect(find(r, 'config key').status).toBe('fail');
    expect(find(r, 'config key').message).toMatch(/placeholder/);
  });

  it('Cursor with all 145 tools: warn, use the sandbox toolset or --dynamic', async () => {
    const text = JSON.stringify({ mcpServers: { miosa: { command: 'npx', args: ['-y', 'miosa-mcp'], env: { MIOSA_API_KEY: '${env:MIOSA_API_KEY}' } } } });
    const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', text) });
    const t = find(r, 'config tools');
    expect(t.status).toBe('warn');
    expect(t.message).toMatch(/first 40 tools/);
    expect(t.fix).toMatch(/--toolsets sandbox/);
  });

  it('two "mcpServers" keys: warn that the second replaces the first', async () => {
    const text = '{\n  "mcpServers": {"other": {"command": "x"}},\n  "mcpServers": {"miosa": {"command": "npx", "args": ["-y", "miosa-mcp", "--dynamic"]}}\n}\n';
    const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', text) });
    expect(find(r, 'config')).toMatchObject({ status: 'warn' });
    expect(find(r, 'config').message).toMatch(/"mcpServers" twice \(again on line 3\)/);
  });

  it('VS Code files may have comments and trailing commas; Cursor files may not', async () => {
    const text = '{\n  // MIOSA\n  "servers": {\n    "miosa": {"type": "stdio", "command": "npx", "args": ["-y", "miosa-mcp", "--toolsets", "sandbox"], "env": {"MIOSA_API_KEY": "${input:miosa-api-key}"},},\n  },\n}\n';
    const vs = await doctor({ env: goodEnv(), configFile: await writeConfig('.vscode/mcp.json', text) });
    expect(configFindings(vs).every((f) => f.status === 'ok')).toBe(true);
    const cur = await doctor({ env: goodEnv(), configFile: await writeConfig('.cursor/mcp.json', text) });
    expect(find(cur, 'config').message).toMatch(/line 2, column 3: a comment, and JSON has none/);
    expect(find(cur, 'config').fix).toMatch(/allowed in VS Code and Gemini CLI files, not here/);
  });

  it('a missing file: fail, with where the client reads it', async () => {
    const r = await doctor({ env: goodEnv(), configFile: join(dir, 'nowhere', '.cursor', 'mcp.json') });
    expect(find(r, 'config')).toMatchObject({ status: 'fail' });
    expect(find(r, 'config').message).toMatch(/no such file/);
    expect(find(r, 'config').fix).toMatch(/Cursor reads \.cursor\/mcp\.json/);
  });

  it('Codex TOML: a literal key warns; tool_timeout_sec is the limit in force', async () => {
    const text = [
      'model = "o4-mini"',
      '',
      '[mcp_servers.miosa]',
      'command = "npx"',
      'args = [',
      '  "-y",',
      '  "miosa-mcp", # the package',
      ']',
      'tool_timeout_sec = 20',
      '',
      '[mcp_servers.miosa.env]',
      `MIOSA_API_KEY = "${KEY}"`,
      "MIOSA_BASE_URL = 'https://api.miosa.ai'",
      '',
    ].join('\n');
    const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.codex/config.toml', text) });
    expect(find(r, 'config').status).toBe('ok');
    expect(find(r, 'config server').status).toBe('ok');
    expect(find(r, 'config key')).toMatchObject({ status: 'warn' });
    expect(find(r, 'config key').message).toContain(SHOWN);
    expect(find(r, 'config key').fix).toMatch(/env_vars = \["MIOSA_API_KEY"\]/);
    expect(find(r, 'config base URL').status).toBe('ok');
    const t = find(r, 'timeout');
    expect(t.status).toBe('warn');
    expect(t.message).toMatch(/Codex's own timeout for it \(20000 ms in config\.toml\)/);
    expect(t.fix).toMatch(/tool_timeout_sec = 30/);
  });

  it('Codex TOML that Codex cannot parse fails, at its line and column, without quoting the file', async () => {
    const text = ['[mcp_servers.miosa]', 'command = "npx"', `env = { MIOSA_API_KEY = "${KEY}" }`, 'args = ["-y" "miosa-mcp"]', ''].join('\n');
    const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.codex/config.toml', text) });
    const c = find(r, 'config');
    expect(c.status).toBe('fail');
    expect(c.message).toMatch(/config\.toml is not valid TOML: line 4, column \d+: .+\. Codex loads no MCP server from it/);
    expect(c.fix).toMatch(/^Fix line 4, column \d+/);
    expect(JSON.stringify(r)).not.toContain(KEY);
    expect(r.ok).toBe(false);
  });

  it('TOML the old loose reader accepted is read in full: multi-line strings and arrays, inline tables, dates', async () => {
    const text = ['when = 2026-01-01T00:00:00Z', '[mcp_servers.miosa]', 'command = "npx"', 'args = [', '  "-y",', '  "miosa-mcp",', ']', 'note = """', 'two', 'lines"""', 'env = { MIOSA_API_KEY_ENV = "x" }', ''].join('\n');
    const r = await doctor({ env: goodEnv(), configFile: await writeConfig('.codex/config.toml', text) });
    expect(find(r, 'config')).toMatchObject({ status: 'ok', message: 'config.toml reads as TOML.' });
    expect(find(r, 'config server').status).toBe('ok');
  });
});

describe('formatting', () => {
  it('one line per finding with ✓ ! ✗, the fix indented beneath; a key in any text is masked', () => {
    const text = formatFindings([
      { check: 'a', status: 'ok', message: 'fine', fix: 'never shown' },
      { check: 'b', status: 'warn', message: 'hmm', fix: 'do this\nthen that' },
      { check: 'c', status: 'fail', message: `broken ${KEY}`, fix: 'repair' },
    ]);
    expect(text).toBe(['✓ a: fine', '! b: hmm', '    do this', '    then that', `✗ c: broken ${SHOWN}`, '    repair', '1 problem to fix, 1 warning.', ''].join('\n'));
  });

  it('maskKey shows the kind and at most the last 4', () => {
    expect(maskKey(KEY)).toBe(SHOWN);
    expect(maskKey('msk_u_short')).toBe('msk_u_…');
    expect(maskKey('msk_live_0123456789abcdef')).toBe('msk_…cdef');
  });
});
