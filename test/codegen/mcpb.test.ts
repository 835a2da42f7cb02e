// mcpb/manifest.json, the MCP Bundle manifest for Claude Desktop: generated, so it must be what the
// emitter makes from package.json and the IR; it must start the package's own entry point with the key
// from a sensitive user setting, and list the 145 tools.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { emitMcpbManifest, type PackageInfo } from '../../codegen/emit/mcpb.js';
import type { ListedTool } from '../../codegen/emit/readme.js';
import { childEnv } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json')) as PackageInfo & { bin: Record<string, string>; files: string[] };
const ir = JSON.parse(read('generated/tools.json')) as { tools: ListedTool[] };
const text = read('mcpb/manifest.json');
const manifest = JSON.parse(text);

describe('mcpb/manifest.json', () => {
  it('is what codegen makes from package.json and the IR (else run `make gen`)', () => {
    expect(text).toBe(emitMcpbManifest(pkg, ir.tools));
  });

  it('has the fields the 0.3 spec requires, with the package name and version', () => {
    expect(manifest.manifest_version).toBe('0.3');
    expect(manifest.name).toBe(pkg.name);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.description).toBe(pkg.description);
    expect(manifest.author.name).toBeTruthy();
    expect(manifest.compatibility.runtimes.node).toBe(pkg.engines?.node);
  });

  it("starts as the manifest says: its command, args and env, with the key from a sensitive setting", async () => {
    const { mcp_config: cfg, entry_point } = manifest.server;
    expect(manifest.server.type).toBe('node');
    expect(entry_point).toBe(pkg.bin['miosa-mcp']);
    expect(pkg.files.some((f: string) => entry_point.startsWith(f))).toBe(true);
    // Claude Desktop substitutes ${__dirname} (the unpacked bundle, i.e. the package root) and
    // ${user_config.NAME}; each name used must be a declared setting, and the key one must be secret.
    const used = [...JSON.stringify(cfg).matchAll(/\$\{user_config\.(\w+)\}/g)].map((m) => m[1]);
    expect(used).toContain('api_key');
    for (const name of used) expect(manifest.user_config[name], name).toBeDefined();
    expect(manifest.user_config.api_key).toMatchObject({ type: 'string', sensitive: true, required: true });
    const fill = (v: string) => v.replaceAll('${__dirname}', ROOT).replaceAll('${user_config.api_key}', 'msk_u_mcpb_test');
    expect(cfg.command).toBe('node');
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: cfg.args.map(fill),
      env: childEnv(Object.fromEntries(Object.entries(cfg.env as Record<string, string>).map(([k, v]) => [k, fill(v)]))),
      stderr: 'pipe',
    });
    const client = new Client({ name: 'mcpb-test', version: '0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools).toHaveLength(manifest.tools.length);
    } finally {
      await client.close();
    }
  });

  it('lists the 145 tools, each once, with its title', () => {
    const names = manifest.tools.map((t: { name: string }) => t.name);
    expect(names).toHaveLength(145);
    expect(names).toEqual(ir.tools.map((t) => t.name).sort());
    for (const t of manifest.tools) expect(t.description).toBe(ir.tools.find((x) => x.name === t.name)?.title);
  });
});
