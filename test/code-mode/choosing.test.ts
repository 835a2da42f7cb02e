// How code mode is chosen, through the built CLI: --code-mode and MIOSA_CODE_MODE over stdio;
// ?mode=code, X-MCP-Mode: code and ?toolsets=…,code over HTTP; and limits that stop the server at
// start with the variable's name when set wrong.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, childEnv, rpc, startHttpServer, stdioClient, type HttpServerProcess } from '../support/cli.js';

const AUTH = { Authorization: 'Bearer msk_u_choosing_tests' };

async function listNames(url: string, headers: Record<string, string> = {}): Promise<string[]> {
  const res = await rpc(url, { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }, { ...AUTH, ...headers });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { result: { tools: { name: string }[] } };
  return body.result.tools.map((t) => t.name);
}

describe('over HTTP', () => {
  let srv: HttpServerProcess;
  beforeAll(async () => {
    srv = await startHttpServer({ MIOSA_BASE_URL: 'http://127.0.0.1:9' });
  });
  afterAll(() => srv.stop());

  it('?mode=code and X-MCP-Mode: code serve the two code tools; ?mode=tools the server\'s own', async () => {
    expect(await listNames(`${srv.url}?mode=code`)).toEqual(['miosa_api_search', 'miosa_run']);
    expect(await listNames(srv.url, { 'X-MCP-Mode': 'code' })).toEqual(['miosa_api_search', 'miosa_run']);
    expect((await listNames(`${srv.url}?mode=tools`)).length).toBe(145);
  });

  it('the code toolset adds them beside the ordinary ones', async () => {
    const names = await listNames(`${srv.url}?toolsets=cron,code`);
    expect(names).toContain('cron_create');
    expect(names.slice(-2)).toEqual(['miosa_api_search', 'miosa_run']);
    expect(names.some((n) => n.startsWith('sandbox_'))).toBe(false);
  });

  it('on a read-only server, ?mode=code serves a read-only miosa_run', async () => {
    const ro = await startHttpServer({ MIOSA_BASE_URL: 'http://127.0.0.1:9' }, ['--read-only']);
    try {
      const res = await rpc(`${ro.url}?mode=code`, { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }, AUTH);
      const tools = ((await res.json()) as { result: { tools: { name: string; annotations: Record<string, boolean> }[] } }).result.tools;
      expect(tools.find((t) => t.name === 'miosa_run')?.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    } finally {
      await ro.stop();
    }
  });

  it('a mode it does not know is a 400 that says which ones it knows', async () => {
    const res = await rpc(`${srv.url}?mode=js`, { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }, AUTH);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('mode must be code or tools (got \\"js\\")');
  });
});

describe('over stdio', () => {
  it('MIOSA_CODE_MODE=1 serves code mode, with its instructions', async () => {
    const s = await stdioClient({ MIOSA_API_KEY: 'msk_u_choosing_stdio', MIOSA_BASE_URL: 'http://127.0.0.1:9', MIOSA_CODE_MODE: '1' });
    try {
      expect((await s.client.listTools()).tools.map((t) => t.name)).toEqual(['miosa_api_search', 'miosa_run']);
      expect(s.client.getInstructions()).toContain('miosa.deployment_publish');
    } finally {
      await s.close();
    }
  });

  it('a limit set wrong stops the server at start, naming the variable', () => {
    const r = spawnSync(process.execPath, [CLI, '--code-mode'], { env: childEnv({ MIOSA_CODE_TIMEOUT_MS: 'soon' }), encoding: 'utf8', input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('MIOSA_CODE_TIMEOUT_MS must be a whole number of milliseconds between 100 and 3600000 (got "soon")');
  });
});
