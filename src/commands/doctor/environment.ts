// Checks on the environment the server starts in, read with the server's own parsers so that what
// it would refuse is found here: the key, the API origin, the other settings, and whether the
// server's timeouts fit within the client's own (a server that waits longer is cut off mid-call).
import { basename } from 'node:path';
import { CLIENT_LABEL, SERVER_ENV_FOR, type ClientName } from '../../../vocabulary/client-config.js';
import { ConfigError } from '../../../vocabulary/config-error.js';
import { looksLikeKey } from '../../redact.js';
import { parseFlag, parseList } from '../../selection.js';
import { baseUrlFromEnv, DEFAULT_TIMEOUT_MS, DEFAULT_WAIT_MS, maxResultTokensFromEnv, parseTimeout, upstreamFromEnv } from '../../settings.js';
import { unknownToolsets } from '../../../vocabulary/toolsets.js';
import { maskKey, reporter, type Finding } from './report.js';

export const KEY_VAR = 'MIOSA_API_KEY';

const SET_KEY_FIX =
  'Create a key under Dashboard → Settings → API Keys (https://miosa.ai). Give it to the server as MIOSA_API_KEY: export it in the environment your client starts from and refer to it from the client config (`miosa-mcp config <client>` prints one that does), then restart the client.';

/** The key when it may be sent to MIOSA, else undefined. */
export function checkKey(env: NodeJS.ProcessEnv, out: Finding[]): string | undefined {
  const report = reporter(out, 'key');
  const key = env[KEY_VAR]?.trim();
  if (!key) {
    report('fail', `${KEY_VAR} is not set in this environment.`, SET_KEY_FIX);
    return undefined;
  }
  if (/^["'].*["']$/.test(key)) {
    report('fail', `${KEY_VAR} is wrapped in quotes, which become part of the key.`, 'Remove the quotes around the value (in a JSON config the quotes of the string are enough).');
    return undefined;
  }
  if (!looksLikeKey(key)) {
    report(
      'fail',
      `${KEY_VAR} does not look like a MIOSA key (it should start with msk_u_); it was not sent anywhere.`,
      `Copy the whole key (msk_u_…) from Dashboard → Settings → API Keys (https://miosa.ai), with no spaces or line breaks.`,
    );
    return undefined;
  }
  if (!key.startsWith('msk_u_')) {
    // Still sent: MIOSA's answer is the better judge of a key kind this server does not know.
    report(
      'warn',
      `${KEY_VAR} (${maskKey(key)}) starts with msk_ but not msk_u_: it is not a user API key, and MIOSA will likely refuse it.`,
      'Use a user API key (msk_u_…) from Dashboard → Settings → API Keys (https://miosa.ai).',
    );
    return key;
  }
  report('ok', `${KEY_VAR} is set: ${maskKey(key)}.`);
  return key;
}

/** The API origin the server would use, or undefined when it would refuse MIOSA_API_URL/MIOSA_BASE_URL. */
export function checkBaseUrl(env: NodeJS.ProcessEnv, out: Finding[]): string | undefined {
  const report = reporter(out, 'base URL');
  try {
    const { baseUrl: url, source } = baseUrlFromEnv(env);
    const from =
      source === 'default'
        ? 'the default; set MIOSA_API_URL to change it'
        : source === 'MIOSA_BASE_URL'
          ? 'from MIOSA_BASE_URL, an older name for MIOSA_API_URL'
          : env.MIOSA_BASE_URL?.trim()
            ? 'from MIOSA_API_URL; MIOSA_BASE_URL agrees'
            : 'from MIOSA_API_URL';
    const loopback = new URL(url).protocol === 'http:';
    report('ok', `API at ${url} (${from})${loopback ? '; a loopback address: the local emulator or a test server' : ''}.`);
    return url;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    report(
      'fail',
      err.message,
      'Unset MIOSA_API_URL (and its older name MIOSA_BASE_URL) to use https://api.miosa.ai, or set one of them to an https origin; plain http only for 127.0.0.1/localhost (the emulator).',
    );
    return undefined;
  }
}

interface Settings {
  timeoutMs: number;
  waitMs: number;
  timeoutSource: string;
  waitSource: string;
}

/**
 * Reads the variables the server reads at start, with the server's own parsers, so that what it
 * would refuse is found here. The timeouts are returned (defaults where refused) for the timeout check.
 */
export function checkSettings(env: NodeJS.ProcessEnv, out: Finding[]): Settings {
  const problems: string[] = [];
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof Error) || !/ConfigError|SelectionError/.test(err.name)) throw err;
      problems.push(err.message);
      return fallback;
    }
  };
  const timeoutMs = attempt(() => parseTimeout(env.MIOSA_TIMEOUT_MS), DEFAULT_TIMEOUT_MS);
  const waitMs = attempt(() => upstreamFromEnv({ MIOSA_WAIT_MS: env.MIOSA_WAIT_MS, MIOSA_POLL_MS: env.MIOSA_POLL_MS }).waitMs ?? DEFAULT_WAIT_MS, DEFAULT_WAIT_MS);
  attempt(() => maxResultTokensFromEnv(env), 0);
  attempt(() => parseFlag(env.MIOSA_READ_ONLY, 'MIOSA_READ_ONLY'), undefined);
  attempt(() => parseFlag(env.MIOSA_DYNAMIC, 'MIOSA_DYNAMIC'), undefined);
  const unknownSets = unknownToolsets(parseList(env.MIOSA_TOOLSETS) ?? []);
  if (unknownSets) problems.push(`MIOSA_TOOLSETS: ${unknownSets}`);
  if (problems.length) {
    reporter(out, 'settings')('fail', `The server would refuse to start: ${problems.join(' ')}`, 'Fix or unset those variables (miosa-mcp --help lists each one with its default).');
  }
  return {
    timeoutMs,
    waitMs,
    timeoutSource: env.MIOSA_TIMEOUT_MS?.trim() ? 'MIOSA_TIMEOUT_MS' : 'the default',
    waitSource: env.MIOSA_WAIT_MS?.trim() ? 'MIOSA_WAIT_MS' : 'the default',
  };
}

/** Timeouts a client's config file sets: they are the ones in force for that client. */
export interface FileTimeouts {
  file: string;
  timeoutMs?: number;
  waitMs?: number;
  clientTimeoutMs?: number;
  /** Every entry is a remote (HTTP) server: its timeouts are set where it runs, not here. */
  remote?: boolean;
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
      `Set ${Object.entries(SERVER_ENV_FOR.cursor ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(' and ')} in the "env" of the miosa entry in .cursor/mcp.json (miosa-mcp config cursor writes them), so calls answer before Cursor gives up (a long operation then answers with its state, to poll).`,
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
export function checkTimeouts(settings: Settings, client: ClientName | undefined, config: FileTimeouts | undefined, out: Finding[]): void {
  const report = reporter(out, 'timeout');
  if (config?.remote) {
    // This machine's MIOSA_TIMEOUT_MS says nothing of a server elsewhere; advice to set it in the entry would do nothing.
    const limit = client ? CLIENT_LIMITS[client] : undefined;
    report(
      'ok',
      `The entry connects to a remote server: its MIOSA_TIMEOUT_MS and MIOSA_WAIT_MS are set where it runs.${limit ? ` A slow call (a boot, a wait) longer than ${limit.what} is cut off by the client; poll it with the matching *_get tool.` : ''}`,
    );
    return;
  }
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
