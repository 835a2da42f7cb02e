// mcpb/manifest.json: the MCP Bundle manifest (spec 0.3, github.com/modelcontextprotocol/mcpb) that
// lets Claude Desktop install the server in one click. Name, version, description and the node range
// come from package.json and the tool list from the IR, so `make gen-check` fails when it lags.
// A bundle is the installed package (dist/ + production node_modules) with this file at its root.
import type { ListedTool } from './readme.js';

export const MCPB_MANIFEST_VERSION = '0.3';
export const MCPB_ENTRY_POINT = 'dist/src/cli.js';

export interface PackageInfo {
  name: string;
  version: string;
  description: string;
  license?: string;
  engines?: { node?: string };
}

export function emitMcpbManifest(pkg: PackageInfo, tools: readonly ListedTool[]): string {
  const manifest = {
    manifest_version: MCPB_MANIFEST_VERSION,
    name: pkg.name,
    display_name: 'MIOSA',
    version: pkg.version,
    description: pkg.description,
    long_description:
      'Sandboxes, Linux desktops, deployments, databases, cron jobs, storage, runs, keys and secrets of the ' +
      'MIOSA cloud as MCP tools. Needs a MIOSA API key (msk_u_…, Dashboard → Settings → API Keys); give it ' +
      'only the scopes your work needs. The key is sent only to MIOSA and never appears in results or logs.',
    author: { name: 'MIOSA' },
    license: pkg.license,
    keywords: ['miosa', 'sandbox', 'deploy', 'database', 'cloud', 'mcp'],
    server: {
      type: 'node',
      entry_point: MCPB_ENTRY_POINT,
      mcp_config: {
        command: 'node',
        args: [`\${__dirname}/${MCPB_ENTRY_POINT}`],
        env: { MIOSA_API_KEY: '${user_config.api_key}' },
      },
    },
    user_config: {
      api_key: {
        type: 'string',
        title: 'MIOSA API key',
        description: 'An API key starting with msk_u_ (Dashboard → Settings → API Keys).',
        sensitive: true,
        required: true,
      },
    },
    tools: [...tools]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((t) => ({ name: t.name, description: t.title })),
    compatibility: {
      platforms: ['darwin', 'win32', 'linux'],
      ...(pkg.engines?.node ? { runtimes: { node: pkg.engines.node } } : {}),
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
