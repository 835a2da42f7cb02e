// Tool selections recommended for clients that cap or pay heavily for tool lists. The README
// recommends them, `make surface-report` gates them against each client's cap, and `miosa-mcp config`
// writes them into client configurations.
import type { Selection } from './selection.js';

export interface ClientProfile {
  client: string;
  /** The most tools the client accepts (or uses well). */
  toolCap: number;
  selection: Selection;
  dynamic: boolean;
  why: string;
}

export const CLIENT_PROFILES: readonly ClientProfile[] = [
  {
    client: 'claude-code',
    toolCap: 145,
    selection: {},
    dynamic: false,
    why: 'no tool cap: all 145 tools',
  },
  {
    client: 'vscode',
    toolCap: 128,
    selection: { toolsets: ['sandbox', 'computer', 'desktop', 'deploy', 'database', 'cron'] },
    dynamic: false,
    why: 'VS Code/Copilot refuses more than 128 tools: the six build-and-run toolsets (110 tools)',
  },
  {
    client: 'cursor',
    toolCap: 40,
    selection: { toolsets: ['sandbox'] },
    dynamic: false,
    why: 'Cursor uses only the first 40 tools: the sandbox toolset (35), or --dynamic for everything',
  },
  {
    client: 'cursor-dynamic',
    toolCap: 40,
    selection: {},
    dynamic: true,
    why: 'every tool through 3 meta tools',
  },
  {
    client: 'windsurf',
    toolCap: 100,
    selection: { toolsets: ['sandbox', 'deploy', 'database', 'cron'] },
    dynamic: false,
    why: 'Windsurf caps tools at 100: sandbox, deploy, database and cron (67 tools)',
  },
];
