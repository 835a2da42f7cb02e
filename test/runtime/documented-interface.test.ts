// The interface MIOSA's MCP guide documents for a local server: MIOSA_API_URL (MIOSA_BASE_URL kept as
// an older name), MIOSA_DEFAULT_TEMPLATE for sandbox_create, MCP at /api/v1/mcp as well as /mcp, and
// sandbox_create's white-label attribution. Driven through the built CLI with a real MCP client.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/commands/doctor/index.js';
import { baseUrlFromEnv, DEFAULT_TEMPLATE, defaultTemplateFromEnv } from '../../src/settings.js';
import { ConfigError } from '../../vocabulary/config-error.js';
import { CLI, childEnv, httpClient, startHttpServer, stdioClient } from '../support/cli.js';
import { useRecordingUpstream } from '../support/recording-upstream.js';

const KEY = 'msk_u_documented_interface';
const upstream = useRecordingUpstream({ beforeAll, afterAll, beforeEach });

describe('MIOSA_API_URL, with MIOSA_BASE_URL as its older name', () => {
  it('reads either, says which, and accepts both when they agree', () => {
    expect(baseUrlFromEnv({})).toEqual({ baseUrl: 'https://api.miosa.ai/api/v1', source: 'default' });
    expect(baseUrlFromEnv({ MIOSA_API_URL: 'https://staging.miosa.ai' })).toEqual({ baseUrl: 'https://staging.miosa.ai/api/v1', source: 'MIOSA_API_URL' });
    expect(baseUrlFromEnv({ MIOSA_BASE_URL: 'https://staging.miosa.ai/api/v1' })).toEqual({ baseUrl: 'https://staging.miosa.ai/api/v1', source: 'MIOSA_BASE_URL' });
    // The same API written two ways is agreement.
    expect(baseUrlFromEnv({ MIOSA_API_URL: 'https://staging.miosa.ai', MIOSA_BASE_URL: 'https://staging.miosa.ai/api/v1/' }).source).toBe('MIOSA_API_URL');
  });

  it('refuses two that disagree, and names the variable of a bad value', () => {
    expect(() => baseUrlFromEnv({ MIOSA_API_URL: 'https://a.miosa.ai', MIOSA_BASE_URL: 'https://b.miosa.ai' })).toThrow(
      /MIOSA_API_URL \(https:\/\/a\.miosa\.ai\/api\/v1\) and MIOSA_BASE_URL \(https:\/\/b\.miosa\.ai\/api\/v1\) name different APIs/,
    );
    expect(() => baseUrlFromEnv({ MIOSA_API_URL: 'http://api.example.com' })).toThrow(/^MIOSA_API_URL must use https/);
    expect(() => baseUrlFromEnv({ MIOSA_BASE_URL: 'not a url' })).toThrow(/^MIOSA_BASE_URL is not a URL/);
  });

  it('the server will not start when they disagree: exit 2 and the reason on stderr', async () => {
    const child = spawn(process.execPath, [CLI], {
      env: childEnv({ MIOSA_API_KEY: KEY, MIOSA_API_URL: upstream.current.url, MIOSA_BASE_URL: 'https://api.miosa.ai' }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/MIOSA_API_URL \(http:\/\/127\.0\.0\.1:\d+\/api\/v1\) and MIOSA_BASE_URL \(https:\/\/api\.miosa\.ai\/api\/v1\) name different APIs/);
    expect(upstream.current.requests).toHaveLength(0);
  });

  it('doctor says which variable named the API', async () => {
    const noNetwork = (() => Promise.reject(new Error('no network in this test'))) as typeof fetch;
    const from = async (env: NodeJS.ProcessEnv) =>
      (await runDoctor({ env, fetch: noNetwork })).findings.find((f) => f.check === 'base URL')!;
    expect((await from({ MIOSA_API_URL: 'https://staging.miosa.ai' })).message).toMatch(/API at https:\/\/staging\.miosa\.ai\/api\/v1 \(from MIOSA_API_URL\)/);
    expect((await from({ MIOSA_BASE_URL: 'https://staging.miosa.ai' })).message).toMatch(/from MIOSA_BASE_URL, an older name for MIOSA_API_URL/);
    expect((await from({ MIOSA_API_URL: 'https://x.miosa.ai', MIOSA_BASE_URL: 'https://x.miosa.ai' })).message).toMatch(/MIOSA_BASE_URL agrees/);
    expect((await from({})).message).toMatch(/the default; set MIOSA_API_URL/);
    const clash = await from({ MIOSA_API_URL: 'https://a.miosa.ai', MIOSA_BASE_URL: 'https://b.miosa.ai' });
    expect(clash.status).toBe('fail');
    expect(clash.message).toMatch(/name different APIs/);
  });

  it('doctor --config reads a client entry by the same rule', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'miosa-doctor-'));
    try {
      const entry = async (env: Record<string, string>) => {
        const file = join(dir, 'mcp.json');
        await writeFile(file, JSON.stringify({ mcpServers: { miosa: { command: 'npx', args: ['-y', 'miosa-mcp'], env: { MIOSA_API_KEY: '${env:MIOSA_API_KEY}', ...env } } } }));
        const noNetwork = (() => Promise.reject(new Error('no network in this test'))) as typeof fetch;
        return (await runDoctor({ env: {}, configFile: file, client: 'cursor', fetch: noNetwork })).findings.find((f) => f.check === 'config base URL')!;
      };
      expect((await entry({ MIOSA_API_URL: 'https://staging.miosa.ai' })).message).toBe('The entry sets MIOSA_API_URL: the API at https://staging.miosa.ai/api/v1.');
      expect((await entry({ MIOSA_BASE_URL: 'https://staging.miosa.ai' })).message).toMatch(/sets MIOSA_BASE_URL/);
      const clash = await entry({ MIOSA_API_URL: 'https://a.miosa.ai', MIOSA_BASE_URL: 'https://b.miosa.ai' });
      expect(clash.status).toBe('fail');
      expect(clash.message).toMatch(/name different APIs/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('MIOSA_DEFAULT_TEMPLATE', () => {
  it('defaults to miosa-sandbox and refuses what cannot be a template id', () => {
    expect(DEFAULT_TEMPLATE).toBe('miosa-sandbox');
    expect(defaultTemplateFromEnv({})).toBe('miosa-sandbox');
    expect(defaultTemplateFromEnv({ MIOSA_DEFAULT_TEMPLATE: ' nextjs ' })).toBe('nextjs');
    expect(() => defaultTemplateFromEnv({ MIOSA_DEFAULT_TEMPLATE: 'two words' })).toThrow(ConfigError);
  });

  it('sandbox_create over stdio sends it when no template is given, and the caller\'s when one is', async () => {
    const s = await stdioClient({ MIOSA_API_KEY: KEY, MIOSA_API_URL: upstream.current.url, MIOSA_DEFAULT_TEMPLATE: 'python-data' });
    try {
      const first = (await s.client.callTool({ name: 'sandbox_create', arguments: { name: 'a', wait: false } })) as CallToolResult;
      expect(first.isError).toBeFalsy();
      expect(upstream.current.requests[0].json).toMatchObject({ name: 'a', template_id: 'python-data' });
      await s.client.callTool({ name: 'sandbox_create', arguments: { name: 'b', template: 'nextjs', wait: false } });
      expect(upstream.current.requests[1].json).toMatchObject({ name: 'b', template_id: 'nextjs' });
      // The tool's schema tells the model where the default comes from.
      const tool = (await s.client.listTools()).tools.find((t) => t.name === 'sandbox_create')!;
      const template = (tool.inputSchema.properties as Record<string, { default?: unknown; description?: string }>).template;
      expect(template.default).toBeUndefined();
      expect(template.description).toMatch(/MIOSA_DEFAULT_TEMPLATE \(miosa-sandbox unless set\)/);
    } finally {
      await s.close();
    }
  });

  it('without it, sandbox_create sends miosa-sandbox, as the guide documents', async () => {
    const s = await stdioClient({ MIOSA_API_KEY: KEY, MIOSA_BASE_URL: upstream.current.url });
    try {
      await s.client.callTool({ name: 'sandbox_create', arguments: { wait: false } });
      expect(upstream.current.requests[0].json).toMatchObject({ template_id: 'miosa-sandbox' });
    } finally {
      await s.close();
    }
  });
});

describe('miosa-mcp config', () => {
  const run = (args: string[]) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'config', ...args], { env: childEnv({}), stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += String(d)));
      child.stderr.on('data', (d) => (err += String(d)));
      child.once('exit', (code) => resolve({ code, out, err }));
    });

  it('names the documented settings for a local server, and not for a hosted one', async () => {
    const local = await run(['cursor']);
    expect(local.code).toBe(0);
    expect(local.err).toMatch(/MIOSA_API_URL for a self-hosted or staging API, MIOSA_DEFAULT_TEMPLATE for the template sandbox_create uses/);
    // The key by reference, and Cursor's short timeouts; no other setting is written for the user.
    expect(JSON.parse(local.out).mcpServers.miosa.env).toEqual({ MIOSA_API_KEY: '${env:MIOSA_API_KEY}', MIOSA_TIMEOUT_MS: '9000', MIOSA_WAIT_MS: '8000' });
    const hosted = await run(['cursor', '--http', 'https://mcp.example.com/api/v1/mcp']);
    expect(hosted.code).toBe(0);
    expect(JSON.parse(hosted.out).mcpServers.miosa.url).toBe('https://mcp.example.com/api/v1/mcp?toolsets=sandbox');
    expect(hosted.err).not.toMatch(/MIOSA_DEFAULT_TEMPLATE/);
  });
});

describe('sandbox_create attribution', () => {
  it('sends external_workspace_id and external_project_id (and external_user_id)', async () => {
    const s = await stdioClient({ MIOSA_API_KEY: KEY, MIOSA_API_URL: upstream.current.url });
    try {
      const r = (await s.client.callTool({
        name: 'sandbox_create',
        arguments: { externalWorkspaceId: 'ws-ext-1', externalProjectId: 'proj-ext-2', externalUserId: 'user-ext-3', wait: false },
      })) as CallToolResult;
      expect(r.isError).toBeFalsy();
      expect(upstream.current.requests[0].json).toMatchObject({ external_workspace_id: 'ws-ext-1', external_project_id: 'proj-ext-2', external_user_id: 'user-ext-3' });
    } finally {
      await s.close();
    }
  });
});

describe('MCP at /mcp and at /api/v1/mcp', () => {
  it('a real MCP client lists and calls tools at both paths, with its own key', async () => {
    const srv = await startHttpServer({ MIOSA_API_URL: upstream.current.url });
    try {
      expect(srv.stderr()).toMatch(/also \/api\/v1\/mcp/);
      for (const url of [srv.url, srv.url.replace(/\/mcp$/, '/api/v1/mcp')]) {
        upstream.current.requests.length = 0;
        const client = await httpClient(url, { Authorization: `Bearer ${KEY}` });
        try {
          expect((await client.listTools()).tools).toHaveLength(145);
          const r = (await client.callTool({ name: 'region_list', arguments: {} })) as CallToolResult;
          expect(r.isError, url).toBeFalsy();
          expect(upstream.current.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /api/v1/compute/regions']);
          expect(upstream.current.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
        } finally {
          await client.close();
        }
      }
      // Other paths are still not MCP.
      const other = await fetch(srv.url.replace(/\/mcp$/, '/api/v2/mcp'), { method: 'POST' });
      expect(other.status).toBe(404);
    } finally {
      await srv.stop();
    }
  });
});
