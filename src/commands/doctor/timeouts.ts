import { basename } from 'node:path';
import type { ClientName } from '../../../vocabulary/client-config.js';
import type { Entry } from './config-entries.js';
import { CLIENT_LABEL } from './clients.js';
import { reporter, type Finding } from './finding.js';
import type { Settings } from './settings.js';

/** Timeouts a client's config file sets: they are the ones in force for that client. */
export interface ConfigFacts {
  file: string;
  /** The entries that run miosa-mcp, for doctor to start. */
  servers?: Entry[];
  timeoutMs?: number;
  waitMs?: number;
  clientTimeoutMs?: number;
}

interface ClientLimit {
  ms: number;
  what: string;
  raise: (needMs: number) => string;
}

const CLIENT_LIMITS: Partial<Record<ClientName, ClientLimit>> = {
  'claude-code': {
    ms: 30_000,
    what: "Claude Code's 30 s tool timeout",
    raise: (need) => `Start Claude Code with MCP_TOOL_TIMEOUT=${need} (milliseconds) in its environment, or lower MIOSA_TIMEOUT_MS / MIOSA_WAIT_MS in the server env.`,
  },
  cursor: {
    ms: 10_000,
    what: 'Cursor, which waits about 10 s for a tool',
    raise: () =>
      'Set MIOSA_TIMEOUT_MS=9000 and MIOSA_WAIT_MS=8000 in the "env" of the miosa entry in .cursor/mcp.json, so calls answer before Cursor gives up (a long operation then answers with its state, to poll).',
  },
  codex: {
    ms: 60_000,
    what: "Codex's 60 s tool timeout (tool_timeout_sec)",
    raise: (need) => `Set tool_timeout_sec = ${Math.ceil(need / 1000)} under [mcp_servers.miosa] in ~/.codex/config.toml.`,
  },
  gemini: {
    ms: 600_000,
    what: "Gemini CLI's 10 min server timeout",
    raise: (need) => `Set "timeout": ${need} in the miosa entry of ~/.gemini/settings.json.`,
  },
};

/** A server that waits longer than its client is cut off mid-call: the user sees a client timeout, not MIOSA's answer. */
export function checkTimeouts(settings: Settings, client: ClientName | undefined, config: ConfigFacts | undefined, out: Finding[]): void {
  const report = reporter(out, 'timeout');
  const where = config?.file ? ` in ${basename(config.file)}` : '';
  const timeoutMs = config?.timeoutMs ?? settings.timeoutMs;
  const waitMs = config?.waitMs ?? settings.waitMs;
  const tSrc = config?.timeoutMs !== undefined ? `MIOSA_TIMEOUT_MS${where}` : settings.timeoutSource;
  const wSrc = config?.waitMs !== undefined ? `MIOSA_WAIT_MS${where}` : settings.waitSource;
  const ours = `MIOSA_TIMEOUT_MS=${timeoutMs} ms (${tSrc}) and MIOSA_WAIT_MS=${waitMs} ms (${wSrc})`;
  // Without a known client, Claude Code's is the bound most users meet.
  const target: ClientName = client && CLIENT_LIMITS[client] ? client : 'claude-code';
  const known = CLIENT_LIMITS[target]!;
  const limit: ClientLimit =
    config?.clientTimeoutMs !== undefined ? { ...known, ms: config.clientTimeoutMs, what: `${CLIENT_LABEL[target]}'s own timeout for it (${config.clientTimeoutMs} ms${where})` } : known;
  const over = [timeoutMs > limit.ms ? 'MIOSA_TIMEOUT_MS' : '', waitMs > limit.ms ? 'MIOSA_WAIT_MS' : ''].filter(Boolean);
  if (client && !CLIENT_LIMITS[client]) {
    report('ok', `${ours}; ${CLIENT_LABEL[client]} sets no short tool timeout of its own.`);
    return;
  }
  if (over.length) {
    report(
      'warn',
      `${ours}: ${over.join(' and ')} exceed${over.length > 1 ? '' : 's'} ${limit.what}, so a slow call (a boot, a wait) is cut off by the client before the server answers.`,
      limit.raise(Math.max(timeoutMs, waitMs) + 5_000),
    );
    return;
  }
  const note = client ? '' : ' Cursor waits only about 10 s: add --client cursor to check against it.';
  report('ok', `${ours} fit within ${limit.what}.${note}`);
}
