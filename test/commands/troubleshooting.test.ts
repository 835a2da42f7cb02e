// README's troubleshooting table, row by row: each symptom is reproduced the way a user meets it (the
// built CLI over stdio or HTTP, or the doctor command), and the text the row quotes in backticks under
// "What you see" must be in what the server really shows. A row without a reproduction fails, so the
// table cannot promise a message nobody checks.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, childEnv, rpc, startHttpServer, stdioClient } from '../support/cli.js';
import { text } from '../support/harness.js';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

interface Row {
  symptom: string;
  see: string;
}

function troubleshootingRows(): Row[] {
  const section = README.split('\n## Troubleshooting')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Symptom') && !l.startsWith('|---'))
    .map((l) => {
      const [symptom, see] = l.split(' | ').map((c) => c.replace(/^\| /, '').trim());
      return { symptom, see };
    });
}

/** The quoted messages of a row, as patterns: `N` stands for a number. */
function quoted(see: string): RegExp[] {
  return [...see.matchAll(/`([^`]+)`/g)].map(
    (m) => new RegExp(m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\bN\b/g, '\\d+')),
  );
}

const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const resultText = (r: CallToolResult) => `${r.isError ? '[error] ' : ''}${text(r)}`;

/** How each symptom is met, and everything the user then sees. */
const REPRODUCE: Record<string, () => Promise<string>> = {
  '401 on the hosted endpoint': async () => {
    const server = await startHttpServer({});
    cleanups.push(() => void server.stop());
    // The classic mistake: the key alone, without "Bearer ".
    const res = await rpc(server.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, { authorization: 'msk_u_pasted_alone_123' });
    const body = (await res.json()) as { error: { message: string } };
    return `HTTP ${res.status} ${res.headers.get('www-authenticate') ?? ''} ${body.error.message}`;
  },

  '`MIOSA_API_KEY` is not set for the local server': async () => {
    const s = await stdioClient({});
    cleanups.push(() => s.close());
    const r = (await s.client.callTool({ name: 'sandbox_list', arguments: {} })) as CallToolResult;
    return `${resultText(r)}\n${s.stderr()}`;
  },

  'Tool calls time out': async () => {
    // An API that accepts the connection and never answers.
    const silent: Server = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => (silent.closeAllConnections(), silent.close(() => r()))));
    const { port } = silent.address() as { port: number };
    const s = await stdioClient({ MIOSA_API_KEY: 'msk_u_troubleshoot_1', MIOSA_BASE_URL: `http://127.0.0.1:${port}`, MIOSA_TIMEOUT_MS: '1000' });
    cleanups.push(() => s.close());
    return resultText((await s.client.callTool({ name: 'sandbox_list', arguments: {} })) as CallToolResult);
  },

  '403': async () => {
    // The emulator's scoped-key convention: this key may read sandboxes, not create them.
    const s = await stdioClient({ MIOSA_API_KEY: 'msk_u_scoped.sandboxes-read_ts' }, ['--emulator']);
    cleanups.push(() => s.close());
    return resultText((await s.client.callTool({ name: 'sandbox_create', arguments: { name: 'web', wait: false } })) as CallToolResult);
  },

  'No tools in Cursor': async () => {
    const dir = mkdtempSync(join(tmpdir(), 'miosa-ts-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'mcp.json');
    // A trailing comma, as hand edits leave them.
    writeFileSync(file, '{\n  "mcpServers": {\n    "miosa": { "command": "npx", "args": ["-y", "miosa-mcp"], },\n  }\n}\n');
    // Nothing listens on port 9: the doctor's API check fails at once, on this machine.
    const env = childEnv({ MIOSA_BASE_URL: 'http://127.0.0.1:9' });
    const run = spawnSync(process.execPath, [CLI, 'doctor', '--config', file], { env, encoding: 'utf8', timeout: 20_000 });
    return `${run.stdout}\n${run.stderr}`;
  },

  'Failed to connect (Claude Code), Disconnected (Gemini CLI)': async () => {
    const dir = mkdtempSync(join(tmpdir(), 'miosa-ts-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    // npx as npm answers for a package not (yet) in the registry, a command that is not there, and a
    // server that dies: the three ways an entry does not start. No network: npx is a stand-in.
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'npx'), `#!/bin/sh\necho "npm error code E404" >&2\necho "npm error 404  The requested resource 'miosa-mcp@*' could not be found or you do not have permission to access it." >&2\nexit 1\n`, { mode: 0o755 });
    const entries = {
      published: { command: 'npx', args: ['-y', 'miosa-mcp'] },
      missing: { command: 'miosa-mcp-not-installed' },
      dying: { command: process.execPath, args: ['-e', 'console.error("boom"); process.exit(3)'] },
    };
    let seen = '';
    for (const [name, entry] of Object.entries(entries)) {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify({ mcpServers: { miosa: entry } }));
      const env = childEnv({ MIOSA_BASE_URL: 'http://127.0.0.1:9', PATH: `${join(dir, 'bin')}:${process.env.PATH}` });
      const run = spawnSync(process.execPath, [CLI, 'doctor', '--config', file], { env, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      seen += `${run.stdout}\n`;
    }
    return seen;
  },
};

describe("README's troubleshooting rows, reproduced", () => {
  const rows = troubleshootingRows();

  it('has a reproduction for every row and a row for every reproduction', () => {
    expect(rows.map((r) => r.symptom).sort()).toEqual(Object.keys(REPRODUCE).sort());
    for (const r of rows) expect(quoted(r.see).length, r.symptom).toBeGreaterThan(0);
  });

  for (const row of rows) {
    it(`${row.symptom}: shows what the row says`, async () => {
      const reproduce = REPRODUCE[row.symptom];
      expect(reproduce, `no reproduction for "${row.symptom}"`).toBeDefined();
      const seen = await reproduce();
      for (const want of quoted(row.see)) expect(seen).toMatch(want);
    });
  }
});
