// mcpb/manifest.json, the MCP Bundle manifest for Claude Desktop: generated, so it must be what the
// emitter makes from package.json and the IR; it must start the package's own entry point with the key
// from a sensitive user setting, and list the 145 tools.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitMcpbManifest, MCPB_ENTRY_POINT, type PackageInfo } from '../../codegen/emit/mcpb.js';
import type { ListedTool } from '../../codegen/emit/readme.js';

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

  it("starts the package's bin with node, the key coming from a sensitive setting", () => {
    expect(MCPB_ENTRY_POINT).toBe(pkg.bin['miosa-mcp']);
    expect(manifest.server).toEqual({
      type: 'node',
      entry_point: MCPB_ENTRY_POINT,
      mcp_config: {
        command: 'node',
        args: [`\${__dirname}/${MCPB_ENTRY_POINT}`],
        env: { MIOSA_API_KEY: '${user_config.api_key}' },
      },
    });
    expect(manifest.user_config.api_key).toMatchObject({ type: 'string', sensitive: true, required: true });
    // The entry point is the build of src/cli.ts, and the package ships it.
    expect(existsSync(join(ROOT, 'src/cli.ts'))).toBe(true);
    expect(MCPB_ENTRY_POINT.startsWith('dist/src/')).toBe(true);
    expect(pkg.files).toContain('dist/');
  });

  it('lists the 145 tools, each once, with its title', () => {
    const names = manifest.tools.map((t: { name: string }) => t.name);
    expect(names).toHaveLength(145);
    expect(names).toEqual(ir.tools.map((t) => t.name).sort());
    for (const t of manifest.tools) expect(t.description).toBe(ir.tools.find((x) => x.name === t.name)?.title);
  });
});
