import { basename, dirname } from 'node:path';
import type { ClientName } from '../../../vocabulary/client-config.js';

export { CLIENT_LABEL } from '../../../vocabulary/client-config.js';

/** The client whose config file this is, from where each client keeps it; undefined when the path says nothing. */
export function clientFromPath(file: string): ClientName | undefined {
  const name = basename(file).toLowerCase();
  const dir = basename(dirname(file)).toLowerCase();
  if (name === 'mcp.json' && dir === '.cursor') return 'cursor';
  if (name === 'mcp.json' && (dir === '.vscode' || dir === 'user')) return 'vscode';
  if (name === 'mcp_config.json' && dir === 'windsurf') return 'windsurf';
  if (name === 'settings.json' && dir === '.gemini') return 'gemini';
  if (name.endsWith('.toml') && (dir === '.codex' || name === 'config.toml')) return 'codex';
  if (name === '.claude.json' || name === '.mcp.json') return 'claude-code';
  return undefined;
}
