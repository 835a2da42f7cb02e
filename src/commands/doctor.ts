// `miosa-mcp doctor`: checks, in the user's own environment, everything that makes a first call fail
// (the key, the API origin, whether MIOSA answers and for whom, timeouts against the client's own,
// and optionally the client's MCP config file) and says for each what to do. It never prints the
// key: at most `msk_u_…` and its last 4 characters.
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { organizationCurrent } from '../../generated/tools/organization_current.js';
import {
  ConfigError,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WAIT_MS,
  looksLikeKey,
  maxResultTokensFromEnv,
  normalizeBaseUrl,
  parseTimeout,
  upstreamFromEnv,
} from '../config.js';
import { exceptionFailure, httpFailure, type ToolFailure } from '../errors.js';
import { CLIENT_PROFILES } from '../profiles.js';
import { parseFlag, parseList } from '../selection.js';
import { TOOLSETS } from '../tool-def.js';
import { createApi } from '../upstream.js';
import { pathSerializer } from '../wire.js';
import { CLIENTS, isClient, renderConfig, type ClientName } from './config.js';

export interface Finding {
  check: string;
  status: 'ok' | 'warn' | 'fail';
  message: string;
  fix?: string;
}

export interface DoctorOptions {
  env: NodeJS.ProcessEnv;
  /** A client's MCP config file to check as well. */
  configFile?: string;
  /** The client in use; else guessed from the config file's path. Its tool timeout is checked. */
  client?: string;
  /** Test seam: the network. */
  fetch?: typeof fetch;
}

export interface DoctorResult {
  findings: Finding[];
  /** False when any finding failed: the CLI exits 1. */
  ok: boolean;
}

const KEY_VAR = 'MIOSA_API_KEY';
const LITERAL_KEY = /msk_[A-Za-z0-9_\-]{4,}/g;
const CLIENT_LABEL: Record<ClientName, string> = {
  'claude-code': 'Claude Code',
  cursor: 'Cursor',
  vscode: 'VS Code',
  windsurf: 'Windsurf',
  gemini: 'Gemini CLI',
  codex: 'Codex',
};

/** A key as it may be shown: its kind and, when long enough to keep secret, its last 4 characters. */
export function maskKey(key: string): string {
  const prefix = key.startsWith('msk_u_') ? 'msk_u_' : key.startsWith('msk_') ? 'msk_' : '';
  const tail = key.length >= 16 && /^[A-Za-z0-9_\-]{4}$/.test(key.slice(-4)) ? key.slice(-4) : '';
  return `${prefix}…${tail}`;
}

/** Whatever still looks like a whole key is masked before anything leaves. `msk_u_…abcd` is left alone. */
function scrub(text: string): string {
  return text.replace(LITERAL_KEY, (k) => maskKey(k));
}

export function exitCode(result: DoctorResult): number {
  return result.ok ? 0 : 1;
}

export async function runDoctor(opts: DoctorOptions): Promise<DoctorResult> {
  const env = opts.env;
  if (opts.client !== undefined && !isClient(opts.client)) {
    throw new ConfigError(`Unknown client "${opts.client}". Valid clients: ${CLIENTS.join(', ')}.`);
  }
  const client: ClientName | undefined = (opts.client as ClientName | undefined) ?? (opts.configFile ? clientFromPath(opts.configFile) : undefined);

  const findings: Finding[] = [];
  const key = checkKey(env, findings);
  const baseUrl = checkBaseUrl(env, findings);
  const settings = checkSettings(env, findings);
  // Read first (timeouts set in the file are the ones in force), reported last.
  const configFindings: Finding[] = [];
  const config = opts.configFile ? await checkConfigFile(opts.configFile, client, configFindings) : undefined;
  await checkApi(env, key, baseUrl, settings.timeoutMs, opts.fetch, findings);
  checkTimeouts(settings, client, config, findings);
  findings.push(...configFindings);

  const clean = findings.map((f) => ({ ...f, message: scrub(f.message), ...(f.fix !== undefined ? { fix: scrub(f.fix) } : {}) }));
  return { findings: clean, ok: !clean.some((f) => f.status === 'fail') };
}

const SYMBOL: Record<Finding['status'], string> = { ok: '✓', warn: '!', fail: '✗' };

/** One line per finding, its fix indented beneath. */
export function formatFindings(findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const f of findings) {
    lines.push(`${SYMBOL[f.status]} ${f.check}: ${f.message}`);
    if (f.fix && f.status !== 'ok') for (const l of f.fix.split('\n')) lines.push(`    ${l}`);
  }
  const fails = findings.filter((f) => f.status === 'fail').length;
  const warns = findings.filter((f) => f.status === 'warn').length;
  lines.push(fails ? `${fails} problem${fails > 1 ? 's' : ''} to fix${warns ? `, ${warns} warning${warns > 1 ? 's' : ''}` : ''}.` : warns ? `No problems; ${warns} warning${warns > 1 ? 's' : ''}.` : 'All good.');
  return scrub(`${lines.join('\n')}\n`);
}

// ── the key ─────────────────────────────────────────────────────────────────────────────────────

const SET_KEY_FIX =
  'Create a key under Dashboard → Settings → API Keys (https://miosa.ai). Give it to the server as MIOSA_API_KEY: export it in the environment your client starts from and refer to it from the client config (`miosa-mcp config <client>` prints one that does), then restart the client.';

/** The key when it may be sent to MIOSA, else undefined. */
function checkKey(env: NodeJS.ProcessEnv, out: Finding[]): string | undefined {
  const key = env[KEY_VAR]?.trim();
  if (!key) {
    out.push({ check: 'key', status: 'fail', message: `${KEY_VAR} is not set in this environment.`, fix: SET_KEY_FIX });
    return undefined;
  }
  if (/^["'].*["']$/.test(key)) {
    out.push({
      check: 'key',
      status: 'fail',
      message: `${KEY_VAR} is wrapped in quotes, which become part of the key.`,
      fix: 'Remove the quotes around the value (in a JSON config the quotes of the string are enough).',
    });
    return undefined;
  }
  if (!looksLikeKey(key)) {
    out.push({
      check: 'key',
      status: 'fail',
      message: `${KEY_VAR} does not look like a MIOSA key (it should start with msk_u_); it was not sent anywhere.`,
      fix: `Copy the whole key (msk_u_…) from Dashboard → Settings → API Keys (https://miosa.ai), with no spaces or line breaks.`,
    });
    return undefined;
  }
  if (!key.startsWith('msk_u_')) {
    out.push({
      check: 'key',
      status: 'warn',
      message: `${KEY_VAR} (${maskKey(key)}) starts with msk_ but not msk_u_: it is not a user API key, and MIOSA will likely refuse it.`,
      fix: 'Use a user API key (msk_u_…) from Dashboard → Settings → API Keys (https://miosa.ai).',
    });
    return key;
  }
  out.push({ check: 'key', status: 'ok', message: `${KEY_VAR} is set: ${maskKey(key)}.` });
  return key;
}

// ── the API origin ──────────────────────────────────────────────────────────────────────────────

function checkBaseUrl(env: NodeJS.ProcessEnv, out: Finding[]): string | undefined {
  try {
    const url = normalizeBaseUrl(env.MIOSA_BASE_URL);
    const given = env.MIOSA_BASE_URL?.trim();
    const loopback = new URL(url).protocol === 'http:';
    out.push({
      check: 'base URL',
      status: 'ok',
      message: `API at ${url} (${given ? 'from MIOSA_BASE_URL' : 'the default'})${loopback ? '; a loopback address: the local emulator or a test server' : ''}.`,
    });
    return url;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    out.push({
      check: 'base URL',
      status: 'fail',
      message: err.message,
      fix: 'Unset MIOSA_BASE_URL to use https://api.miosa.ai, or set it to an https origin; plain http only for 127.0.0.1/localhost (the emulator).',
    });
    return undefined;
  }
}

// ── settings the server reads at start ──────────────────────────────────────────────────────────

interface Settings {
  timeoutMs: number;
  waitMs: number;
  timeoutSource: string;
  waitSource: string;
}

function checkSettings(env: NodeJS.ProcessEnv, out: Finding[]): Settings {
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
  attempt(() => parseFlag(env.MIOSA_READ_ONLY), undefined);
  attempt(() => parseFlag(env.MIOSA_DYNAMIC), undefined);
  const unknownSets = (parseList(env.MIOSA_TOOLSETS) ?? []).filter((t) => !(TOOLSETS as readonly string[]).includes(t));
  if (unknownSets.length) problems.push(`MIOSA_TOOLSETS names unknown toolset ${unknownSets.join(', ')}; valid toolsets: ${TOOLSETS.join(', ')}.`);
  if (problems.length) {
    out.push({
      check: 'settings',
      status: 'fail',
      message: `The server would refuse to start: ${problems.join(' ')}`,
      fix: 'Fix or unset those variables (miosa-mcp --help lists each one with its default).',
    });
  }
  return {
    timeoutMs,
    waitMs,
    timeoutSource: env.MIOSA_TIMEOUT_MS?.trim() ? 'MIOSA_TIMEOUT_MS' : 'the default',
    waitSource: env.MIOSA_WAIT_MS?.trim() ? 'MIOSA_WAIT_MS' : 'the default',
  };
}

// ── does MIOSA answer, and for whom ─────────────────────────────────────────────────────────────

async function checkApi(
  env: NodeJS.ProcessEnv,
  key: string | undefined,
  baseUrl: string | undefined,
  timeoutMs: number,
  net: typeof fetch | undefined,
  out: Finding[],
): Promise<void> {
  if (!key || !baseUrl) {
    out.push({
      check: 'API',
      status: 'warn',
      message: `Not checked: it needs a usable ${key ? 'MIOSA_BASE_URL' : KEY_VAR} (see above).`,
      fix: 'Fix the finding above, then run miosa-mcp doctor again.',
    });
    return;
  }
  const tenant = env.MIOSA_TENANT?.trim();
  const api = createApi({ apiKey: key, ...(tenant ? { tenant } : {}) }, { baseUrl, timeoutMs, ...(net ? { fetch: net } : {}) });
  const timeout = AbortSignal.timeout(timeoutMs);
  const started = Date.now();
  let failure: ToolFailure;
  try {
    const res = await api.GET('/platform/tenants/current', { pathSerializer: pathSerializer(), signal: timeout });
    if (res.response.ok) {
      const body = res.data as Record<string, unknown> | undefined;
      const org = (body?.data ?? body?.tenant ?? body ?? {}) as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
      const name = str(org.name);
      const slug = str(org.slug);
      const role = str(org.role);
      const who = name || slug ? `organization ${name ? `"${name}"` : ''}${name && slug ? ' ' : ''}${slug ? `(${slug})` : ''}` : 'an organization MIOSA did not name';
      out.push({
        check: 'API',
        status: 'ok',
        message: `MIOSA answered in ${Date.now() - started} ms: the key acts in ${who}${role ? ` as ${role}` : ''}${tenant ? ` (MIOSA_TENANT=${tenant})` : ''}.`,
      });
      return;
    }
    failure = httpFailure(organizationCurrent, res.response, res.error);
  } catch (err) {
    // Time running out is ours to name; the error policy words it.
    const e = timeout.aborted ? Object.assign(new Error('timeout'), { name: 'TimeoutError' }) : err;
    failure = exceptionFailure(organizationCurrent, e, timeoutMs);
  }
  const status: Finding['status'] = failure.category === 'forbidden' || failure.category === 'rate_limited' ? 'warn' : 'fail';
  out.push({
    check: 'API',
    status,
    message: `GET /platform/tenants/current: ${failure.message}${failure.requestId ? ` (request id ${failure.requestId})` : ''}`,
    fix: failure.hint,
  });
}

// ── timeouts against the client's own ───────────────────────────────────────────────────────────

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

function checkTimeouts(settings: Settings, client: ClientName | undefined, config: ConfigFacts | undefined, out: Finding[]): void {
  const where = config?.file ? ` in ${basename(config.file)}` : '';
  const timeoutMs = config?.timeoutMs ?? settings.timeoutMs;
  const waitMs = config?.waitMs ?? settings.waitMs;
  const tSrc = config?.timeoutMs !== undefined ? `MIOSA_TIMEOUT_MS${where}` : settings.timeoutSource;
  const wSrc = config?.waitMs !== undefined ? `MIOSA_WAIT_MS${where}` : settings.waitSource;
  const ours = `MIOSA_TIMEOUT_MS=${timeoutMs} ms (${tSrc}) and MIOSA_WAIT_MS=${waitMs} ms (${wSrc})`;
  const target: ClientName = client && CLIENT_LIMITS[client] ? client : 'claude-code';
  const known = CLIENT_LIMITS[target]!;
  const limit: ClientLimit =
    config?.clientTimeoutMs !== undefined ? { ...known, ms: config.clientTimeoutMs, what: `${CLIENT_LABEL[target]}'s own timeout for it (${config.clientTimeoutMs} ms${where})` } : known;
  const over = [timeoutMs > limit.ms ? 'MIOSA_TIMEOUT_MS' : '', waitMs > limit.ms ? 'MIOSA_WAIT_MS' : ''].filter(Boolean);
  if (client && !CLIENT_LIMITS[client]) {
    out.push({ check: 'timeout', status: 'ok', message: `${ours}; ${CLIENT_LABEL[client]} sets no short tool timeout of its own.` });
    return;
  }
  if (over.length) {
    out.push({
      check: 'timeout',
      status: 'warn',
      message: `${ours}: ${over.join(' and ')} exceed${over.length > 1 ? '' : 's'} ${limit.what}, so a slow call (a boot, a wait) is cut off by the client before the server answers.`,
      fix: limit.raise(Math.max(timeoutMs, waitMs) + 5_000),
    });
    return;
  }
  const note = client ? '' : ' Cursor waits only about 10 s: add --client cursor to check against it.';
  out.push({ check: 'timeout', status: 'ok', message: `${ours} fit within ${limit.what}.${note}` });
}

// ── the client's MCP config file ────────────────────────────────────────────────────────────────

interface ConfigFacts {
  file: string;
  timeoutMs?: number;
  waitMs?: number;
  clientTimeoutMs?: number;
}

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

/** How each client refers to a secret kept outside the file. */
function secretReference(client: ClientName | undefined, remote: boolean): string {
  const how: Record<ClientName, string> = {
    'claude-code': remote ? '"Authorization": "Bearer ${MIOSA_API_KEY}"' : '"MIOSA_API_KEY": "${MIOSA_API_KEY}" (Claude Code expands it from its environment)',
    cursor: remote ? '"Authorization": "Bearer ${env:MIOSA_API_KEY}"' : '"MIOSA_API_KEY": "${env:MIOSA_API_KEY}"',
    windsurf: remote ? '"Authorization": "Bearer ${env:MIOSA_API_KEY}"' : '"MIOSA_API_KEY": "${env:MIOSA_API_KEY}"',
    vscode: `${remote ? '"Authorization": "Bearer ${input:miosa-api-key}"' : '"MIOSA_API_KEY": "${input:miosa-api-key}"'} with a promptString input (password: true): VS Code keeps the key in its secret storage`,
    gemini: remote ? '"Authorization": "Bearer $MIOSA_API_KEY"' : '"MIOSA_API_KEY": "$MIOSA_API_KEY"',
    codex: remote ? 'bearer_token_env_var = "MIOSA_API_KEY"' : 'env_vars = ["MIOSA_API_KEY"]',
  };
  return client ? `use ${how[client]}` : 'refer to an environment variable the client expands (miosa-mcp config <client> shows how)';
}

function keepSecretFix(client: ClientName | undefined, remote: boolean): string {
  return `Keep the key in the client's secret store instead: ${secretReference(client, remote)}, and export MIOSA_API_KEY where the client starts. If the file was shared or committed, revoke the key under Dashboard → Settings → API Keys and create a new one.`;
}

const REFERENCE = /\$\{(?:env:|input:)?[A-Za-z_][A-Za-z0-9_.\-]*\}|\$[A-Za-z_][A-Za-z0-9_]*/;
const PLACEHOLDER = /\.\.\.|…|<[^>]*>|your[_ -]?(api[_ -]?)?key|replace|changeme|x{4,}/i;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strOf = (v: unknown) => (typeof v === 'string' ? v : undefined);

interface Entry {
  name: string;
  /** Where in the file, for messages: mcpServers.miosa */
  at: string;
  value: Obj;
}

/** Every MCP server entry, wherever a client keeps them (mcpServers, servers, mcp.servers, mcp_servers, projects.*.mcpServers). */
function serverEntries(root: unknown, at = '', depth = 0): Entry[] {
  if (!isObj(root) || depth > 4) return [];
  const found: Entry[] = [];
  for (const [k, v] of Object.entries(root)) {
    const path = at ? `${at}.${k}` : k;
    if ((k === 'mcpServers' || k === 'servers' || k === 'mcp_servers') && isObj(v)) {
      for (const [name, entry] of Object.entries(v)) if (isObj(entry)) found.push({ name, at: `${path}.${name}`, value: entry });
    } else if (isObj(v)) {
      found.push(...serverEntries(v, path, depth + 1));
    }
  }
  return found;
}

function entryUrl(e: Obj): string | undefined {
  return strOf(e.url) ?? strOf(e.serverUrl) ?? strOf(e.httpUrl);
}

function runsMiosa(entry: Entry): boolean {
  const e = entry.value;
  const cmd = [strOf(e.command) ?? '', ...(Array.isArray(e.args) ? e.args.map(String) : [])].join(' ');
  if (/miosa-mcp/i.test(cmd)) return true;
  const url = entryUrl(e);
  if (!url) return false;
  let path: string;
  try {
    path = new URL(url.replace(/\$\{[^}]*\}/g, 'x')).pathname;
  } catch {
    return false;
  }
  if (!/\/mcp\/?$/.test(path)) return false;
  // Any MCP server's URL ends in /mcp: this one must also say it is MIOSA's.
  return /miosa/i.test(`${entry.name} ${url} ${JSON.stringify(e.headers ?? {})} ${String(e.bearer_token_env_var ?? '')}`);
}

/** Field paths (within the entry) whose string values hold a literal key. */
function literalKeys(value: unknown, at: string, out: { at: string; masked: string }[] = []): { at: string; masked: string }[] {
  if (typeof value === 'string') {
    for (const m of value.match(LITERAL_KEY) ?? []) out.push({ at, masked: maskKey(m) });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => literalKeys(v, `${at}[${i}]`, out));
  } else if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) literalKeys(v, at ? `${at}.${k}` : k, out);
  }
  return out;
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!isObj(headers)) return undefined;
  const k = Object.keys(headers).find((h) => h.toLowerCase() === name.toLowerCase());
  return k ? strOf(headers[k]) : undefined;
}

const numberIn = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : undefined;

async function checkConfigFile(file: string, client: ClientName | undefined, out: Finding[]): Promise<ConfigFacts> {
  const facts: ConfigFacts = { file };
  const label = client ? CLIENT_LABEL[client] : 'the client';
  const expected = client ? renderConfig(client).path : undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    out.push({
      check: 'config',
      status: 'fail',
      message: `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code ?? String(err)}.`,
      fix: `Check the path${expected ? `: ${label} reads ${expected}` : ''}; miosa-mcp config <client> prints what to put there.`,
    });
    return facts;
  }

  let root: unknown;
  if (file.toLowerCase().endsWith('.toml')) {
    const read = readTomlLoosely(text);
    root = read.value;
    if (read.unread.length) {
      out.push({
        check: 'config',
        status: 'warn',
        message: `${basename(file)}: line${read.unread.length > 1 ? 's' : ''} ${read.unread.slice(0, 5).join(', ')} could not be read as TOML (doctor reads TOML loosely; Codex refuses a file it cannot parse).`,
        fix: 'Check those lines: strings in double quotes, arrays in [ ], one key = value per line.',
      });
    } else {
      out.push({ check: 'config', status: 'ok', message: `${basename(file)} reads as TOML.` });
    }
  } else {
    // VS Code and Gemini CLI read their JSON files with comments and trailing commas allowed.
    const lenient = client === 'vscode' || client === 'gemini';
    const parsed = parseJson(text, lenient);
    if ('error' in parsed) {
      const { line, column } = lineColumn(text, parsed.offset);
      const consequence =
        client === 'cursor' || client === undefined
          ? 'Cursor shows no tools at all, from any server, while this file is invalid.'
          : `${label} loads no MCP server from it until it is fixed.`;
      const alsoJsonc = !lenient && !('error' in parseJson(text, true));
      out.push({
        check: 'config',
        status: 'fail',
        message: `${file} is not valid JSON: line ${line}, column ${column}: ${parsed.error}. ${consequence}`,
        fix: `Fix line ${line}, column ${column}${alsoJsonc ? ' (comments and trailing commas are allowed in VS Code and Gemini CLI files, not here)' : ''}; a JSON checker or the editor's JSON mode points at the same place.`,
      });
      return facts;
    }
    root = parsed.value;
    if (parsed.duplicates.length) {
      const d = parsed.duplicates[0];
      const { line } = lineColumn(text, d.offset);
      out.push({
        check: 'config',
        status: 'warn',
        message: `${basename(file)} has "${d.key}" twice (again on line ${line}): the second replaces the first, and its servers are lost.`,
        fix: `Merge the two "${d.key}" objects into one.`,
      });
    } else {
      out.push({ check: 'config', status: 'ok', message: `${basename(file)} is valid JSON.` });
    }
  }

  const entries = serverEntries(root);
  const ours = entries.filter(runsMiosa);
  if (!ours.length) {
    out.push({
      check: 'config server',
      status: 'fail',
      message: `${basename(file)} has no MCP server entry that runs miosa-mcp${entries.length ? ` (it has ${entries.map((e) => e.name).join(', ')})` : ''}.`,
      fix: `Add one: miosa-mcp config ${client ?? '<client>'} prints it${expected ? ` for ${expected}` : ''}.`,
    });
    return facts;
  }
  for (const entry of ours) checkEntry(entry, client, out, facts);
  return facts;
}

function checkEntry(entry: Entry, client: ClientName | undefined, out: Finding[], facts: ConfigFacts): void {
  const e = entry.value;
  const url = entryUrl(e);
  const remote = url !== undefined;
  const env = isObj(e.env) ? e.env : {};
  const disabled = e.disabled === true || e.enabled === false;
  out.push({
    check: 'config server',
    status: disabled ? 'warn' : 'ok',
    message: `${entry.at} ${remote ? `connects to ${url}` : `runs ${[strOf(e.command) ?? '?', ...(Array.isArray(e.args) ? e.args.map(String) : [])].join(' ')}`}${disabled ? ', but it is disabled' : ''}.`,
    ...(disabled ? { fix: `Enable it (remove "disabled": true / enabled = false) or toggle it on in ${client ? CLIENT_LABEL[client] : 'the client'}'s MCP settings.` } : {}),
  });

  // The key: referred to, never written down.
  const literal = literalKeys(e, entry.at);
  if (literal.length) {
    out.push({
      check: 'config key',
      status: 'warn',
      message: `${literal.map((l) => l.at).join(', ')} hold${literal.length > 1 ? '' : 's'} the key itself (${literal[0].masked}) in the file.`,
      fix: keepSecretFix(client, remote),
    });
  } else if (remote) {
    const auth = headerValue(e.headers, 'Authorization') ?? headerValue(e.http_headers, 'Authorization');
    const envAuth = strOf(e.bearer_token_env_var) ?? (isObj(e.env_http_headers) ? strOf(e.env_http_headers.Authorization) : undefined);
    if (envAuth) {
      out.push({ check: 'config key', status: 'ok', message: `The key is read from the environment variable ${envAuth}.` });
    } else if (!auth) {
      out.push({
        check: 'config key',
        status: 'fail',
        message: `${entry.at} sends no Authorization header: the hosted server answers every call without "Authorization: Bearer msk_u_…" with 401.`,
        fix: `Add the header and refer to the key: ${secretReference(client, true)}; export MIOSA_API_KEY where the client starts.`,
      });
    } else if (PLACEHOLDER.test(auth) && !REFERENCE.test(auth)) {
      out.push({ check: 'config key', status: 'fail', message: `The Authorization header still holds a placeholder, not a key reference.`, fix: keepSecretFix(client, true) });
    } else if (!/^Bearer\s+\S/.test(auth)) {
      out.push({ check: 'config key', status: 'fail', message: 'The Authorization header does not start with "Bearer ".', fix: `Write it as "Bearer <key reference>": ${secretReference(client, true)}.` });
    } else if (!REFERENCE.test(auth)) {
      out.push({ check: 'config key', status: 'warn', message: 'The Authorization header holds a literal value that is not a MIOSA key.', fix: keepSecretFix(client, true) });
    } else {
      out.push({ check: 'config key', status: 'ok', message: `The key is referred to (${REFERENCE.exec(auth)![0]}), not written in the file.` });
    }
  } else {
    const value = strOf(env[KEY_VAR]);
    const forwarded = Array.isArray(e.env_vars) && e.env_vars.map(String).includes(KEY_VAR);
    if (value !== undefined && PLACEHOLDER.test(value) && !REFERENCE.test(value)) {
      out.push({ check: 'config key', status: 'fail', message: `${entry.at}.env.${KEY_VAR} still holds a placeholder.`, fix: keepSecretFix(client, false) });
    } else if (value !== undefined && REFERENCE.test(value)) {
      out.push({ check: 'config key', status: 'ok', message: `${KEY_VAR} is referred to (${REFERENCE.exec(value)![0]}), not written in the file.` });
    } else if (value !== undefined) {
      out.push({ check: 'config key', status: 'warn', message: `${entry.at}.env.${KEY_VAR} is a literal value that is not a MIOSA key.`, fix: keepSecretFix(client, false) });
    } else if (forwarded) {
      out.push({ check: 'config key', status: 'ok', message: `${KEY_VAR} is passed on from the client's environment (env_vars).` });
    } else {
      out.push({
        check: 'config key',
        status: 'warn',
        message: `${entry.at} sets no ${KEY_VAR}: the server has a key only if the client hands on one from its own environment.`,
        fix: `Add it to the entry's env and refer to the key: ${secretReference(client, false)}; export MIOSA_API_KEY where the client starts.`,
      });
    }
  }

  // Where the key goes.
  if (remote) {
    try {
      const u = new URL(url.replace(/\$\{[^}]*\}/g, 'x'));
      const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) || /^127\./.test(u.hostname);
      if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) {
        out.push({
          check: 'config URL',
          status: 'fail',
          message: `${url} is not https: the key would travel in clear text.`,
          fix: 'Use the https URL of the hosted server; plain http only for 127.0.0.1/localhost.',
        });
      }
    } catch {
      out.push({ check: 'config URL', status: 'fail', message: `${entry.at} has a URL that does not parse.`, fix: 'Give the full URL of the hosted server, ending in /mcp.' });
    }
  }
  const base = strOf(env.MIOSA_BASE_URL);
  if (base !== undefined && !REFERENCE.test(base)) {
    try {
      const normalized = normalizeBaseUrl(base);
      out.push({ check: 'config base URL', status: 'ok', message: `The entry sets MIOSA_BASE_URL: the API at ${normalized}.` });
    } catch (err) {
      out.push({
        check: 'config base URL',
        status: 'fail',
        message: `The entry's MIOSA_BASE_URL is refused: ${(err as Error).message}`,
        fix: 'Remove MIOSA_BASE_URL from the entry (the default is https://api.miosa.ai) or give an https origin; http only for 127.0.0.1/localhost.',
      });
    }
  }

  // Clients that cap their tool lists need a selection.
  const profile = client ? CLIENT_PROFILES.find((p) => p.client === client) : undefined;
  if (profile && profile.selection.toolsets) {
    const args = Array.isArray(e.args) ? e.args.map(String) : [];
    let query = new URLSearchParams();
    try {
      if (url) query = new URL(url.replace(/\$\{[^}]*\}/g, 'x')).searchParams;
    } catch {
      /* reported above */
    }
    const selected =
      args.some((a) => /^--(toolsets|tools|dynamic)(=|$)/.test(a)) ||
      ['MIOSA_TOOLSETS', 'MIOSA_TOOLS', 'MIOSA_DYNAMIC'].some((k) => env[k] !== undefined) ||
      ['toolsets', 'tools', 'dynamic'].some((k) => query.has(k)) ||
      ['X-MCP-Toolsets', 'X-MCP-Tools', 'X-MCP-Dynamic'].some((h) => headerValue(e.headers, h) !== undefined);
    if (!selected) {
      const flag = `--toolsets ${profile.selection.toolsets.join(',')}`;
      out.push({
        check: 'config tools',
        status: 'warn',
        message: `The entry offers all 145 tools: ${profile.why}.`,
        fix: remote
          ? `Append ?toolsets=${profile.selection.toolsets.join(',')} to the URL (or ?dynamic=1).`
          : `Add ${flag} to args (or --dynamic); miosa-mcp config ${client} writes it.`,
      });
    }
  }

  // Timeouts set in the entry are the ones in force for this client.
  facts.timeoutMs ??= numberIn(env.MIOSA_TIMEOUT_MS);
  facts.waitMs ??= numberIn(env.MIOSA_WAIT_MS);
  if (client === 'gemini') facts.clientTimeoutMs ??= numberIn(e.timeout);
  if (client === 'codex') {
    const sec = numberIn(e.tool_timeout_sec);
    if (sec !== undefined) facts.clientTimeoutMs ??= sec * 1000;
  }
}

// ── JSON with positions ─────────────────────────────────────────────────────────────────────────

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

type JsonParse = { value: unknown; duplicates: { key: string; offset: number }[] } | { error: string; offset: number };

/**
 * JSON.parse's messages differ between Node versions, may carry no position, and quote the text
 * (which may hold a key). This parser says where and what, in its own words. `lenient` accepts
 * comments and trailing commas, as VS Code and Gemini CLI do.
 */
export function parseJson(text: string, lenient = false): JsonParse {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const duplicates: { key: string; offset: number }[] = [];
  class Bad {
    constructor(
      readonly offset: number,
      readonly what: string,
    ) {}
  }
  const show = (c: string | undefined) => (c === undefined ? 'the end of the file' : /[\x21-\x7e]/.test(c) ? `'${c}'` : `character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`);
  const ws = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
        if (!lenient) throw new Bad(i, 'a comment, and JSON has none');
        if (text[i + 1] === '/') {
          const end = text.indexOf('\n', i);
          i = end < 0 ? text.length : end;
        } else {
          const end = text.indexOf('*/', i + 2);
          if (end < 0) throw new Bad(i, 'a /* comment that never closes');
          i = end + 2;
        }
      } else return;
    }
  };
  const string = (): string => {
    const start = i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) throw new Bad(start, 'a string that never closes (a missing ")');
      if (c === '"') break;
      if (c === '\\') {
        const n = text[i + 1];
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Bad(i, 'a \\u escape without 4 hex digits');
          i += 6;
        } else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
        else throw new Bad(i, `an unknown escape \\${n ?? ''} (write a backslash as \\\\)`);
        continue;
      }
      if (c < ' ') throw new Bad(i, c === '\n' ? 'a line break inside a string (a missing closing ")' : `${show(c)} inside a string`);
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') return i++, obj;
      for (;;) {
        ws();
        if (text[i] !== '"') {
          if (text[i] === '}') throw new Bad(i, "'}' after a comma: a trailing comma, which JSON does not allow");
          throw new Bad(i, `${show(text[i])} where a property name in double quotes should be`);
        }
        const keyAt = i;
        const key = string();
        ws();
        if (text[i] !== ':') throw new Bad(i, `${show(text[i])} where ':' should follow the name "${key.slice(0, 40)}"`);
        i++;
        const v = value();
        if (Object.prototype.hasOwnProperty.call(obj, key)) duplicates.push({ key, offset: keyAt });
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (lenient && text[i] === '}') return i++, obj;
          continue;
        }
        if (text[i] === '}') return i++, obj;
        throw new Bad(i, `${show(text[i])} where ',' or '}' should be ${text[i] === undefined ? '(is the file cut short?)' : '(a missing comma?)'}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') return i++, arr;
      for (;;) {
        ws();
        if (text[i] === ']') throw new Bad(i, "']' after a comma: a trailing comma, which JSON does not allow");
        arr.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (lenient && text[i] === ']') return i++, arr;
          continue;
        }
        if (text[i] === ']') return i++, arr;
        throw new Bad(i, `${show(text[i])} where ',' or ']' should be ${text[i] === undefined ? '(is the file cut short?)' : '(a missing comma?)'}`);
      }
    }
    if (c === '"') return string();
    const num = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    num.lastIndex = i;
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const m = num.exec(text);
      if (!m) throw new Bad(i, 'a malformed number');
      i += m[0].length;
      return Number(m[0]);
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    if (c === undefined) throw new Bad(i, 'the end of the file where a value should be (is the file empty or cut short?)');
    throw new Bad(i, `${show(c)} where a value should be${c === "'" ? ' (JSON strings take double quotes)' : ''}`);
  };
  try {
    const v = value();
    ws();
    if (i < text.length) throw new Bad(i, `${show(text[i])} after the end of the JSON value (an extra '}' or ']'?)`);
    return { value: v, duplicates };
  } catch (err) {
    if (err instanceof Bad) return { error: err.what, offset: err.offset };
    throw err;
  }
}

// ── TOML, loosely ───────────────────────────────────────────────────────────────────────────────

class Incomplete extends Error {}
class Unreadable extends Error {}

/**
 * Enough of TOML to find `[mcp_servers.*]` tables and their values (strings, arrays, inline tables,
 * numbers, booleans). Lines it cannot read are listed rather than guessed at.
 */
export function readTomlLoosely(text: string): { value: Obj; unread: number[] } {
  const lines = text.split(/\r?\n/);
  const root: Obj = {};
  const unread: number[] = [];
  let current: Obj = root;
  const descend = (from: Obj, path: string[]): Obj => {
    let at = from;
    for (const seg of path) {
      const next = at[seg];
      if (Array.isArray(next)) at = (next[next.length - 1] as Obj) ?? at;
      else if (isObj(next)) at = next;
      else at = at[seg] = {} as Obj;
    }
    return at;
  };
  for (let n = 0; n < lines.length; n++) {
    const lineNo = n + 1;
    const t = lines[n].trim();
    if (!t || t.startsWith('#')) continue;
    try {
      if (t.startsWith('[')) {
        const array = t.startsWith('[[');
        const close = array ? t.indexOf(']]') : t.indexOf(']');
        const rest = t.slice(close + (array ? 2 : 1)).trim();
        if (close < 0 || (rest && !rest.startsWith('#'))) throw new Unreadable();
        const path = keyPath(t.slice(array ? 2 : 1, close));
        if (array) {
          const parent = descend(root, path.slice(0, -1));
          const last = path[path.length - 1];
          const list = Array.isArray(parent[last]) ? (parent[last] as Obj[]) : (parent[last] = [] as Obj[]);
          list.push((current = {}));
        } else current = descend(root, path);
        continue;
      }
      const eq = outsideQuotes(t, '=');
      if (eq < 0) throw new Unreadable();
      const path = keyPath(t.slice(0, eq));
      let source = t.slice(eq + 1);
      for (;;) {
        try {
          const v = new TomlValue(source).whole();
          descend(current, path.slice(0, -1))[path[path.length - 1]] = v;
          break;
        } catch (err) {
          if (err instanceof Incomplete && n + 1 < lines.length) source += `\n${lines[++n]}`;
          else throw new Unreadable();
        }
      }
    } catch (err) {
      if (!(err instanceof Unreadable)) throw err;
      unread.push(lineNo);
    }
  }
  return { value: root, unread };
}

function outsideQuotes(s: string, ch: string): number {
  let q: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '\\' && q === '"') i++;
      else if (c === q) q = undefined;
    } else if (c === '"' || c === "'") q = c;
    else if (c === ch) return i;
  }
  return -1;
}

function keyPath(raw: string): string[] {
  const parts: string[] = [];
  let s = raw.trim();
  while (s) {
    let seg: string;
    if (s[0] === '"' || s[0] === "'") {
      const end = s.indexOf(s[0], 1);
      if (end < 0) throw new Unreadable();
      seg = s[0] === '"' ? (JSON.parse(s.slice(0, end + 1)) as string) : s.slice(1, end);
      s = s.slice(end + 1).trim();
    } else {
      const m = /^[A-Za-z0-9_\-]+/.exec(s);
      if (!m) throw new Unreadable();
      seg = m[0];
      s = s.slice(seg.length).trim();
    }
    parts.push(seg);
    if (!s) break;
    if (s[0] !== '.') throw new Unreadable();
    s = s.slice(1).trim();
  }
  if (!parts.length) throw new Unreadable();
  return parts;
}

class TomlValue {
  private i = 0;
  constructor(private readonly s: string) {}

  whole(): unknown {
    const v = this.value();
    this.space(false);
    if (this.i < this.s.length) throw new Unreadable();
    return v;
  }

  private space(newlines: boolean): void {
    for (;;) {
      const c = this.s[this.i];
      if (c === ' ' || c === '\t' || (newlines && (c === '\n' || c === '\r'))) this.i++;
      else if (c === '#') {
        const end = this.s.indexOf('\n', this.i);
        this.i = end < 0 ? this.s.length : end;
      } else return;
    }
  }

  private value(): unknown {
    this.space(false);
    const s = this.s;
    const c = s[this.i];
    if (c === undefined) throw new Incomplete();
    if (s.startsWith('"""', this.i) || s.startsWith("'''", this.i)) {
      const quote = s.slice(this.i, this.i + 3);
      const end = s.indexOf(quote, this.i + 3);
      if (end < 0) throw new Incomplete();
      const body = s.slice(this.i + 3, end).replace(/^\r?\n/, '');
      this.i = end + 3;
      return quote === '"""' ? unescapeBasic(body.replace(/\\\r?\n\s*/g, '')) : body;
    }
    if (c === '"') {
      let j = this.i + 1;
      for (; j < s.length && s[j] !== '"' && s[j] !== '\n'; j++) if (s[j] === '\\') j++;
      if (s[j] !== '"') throw new Unreadable();
      const body = s.slice(this.i + 1, j);
      this.i = j + 1;
      return unescapeBasic(body);
    }
    if (c === "'") {
      const end = s.indexOf("'", this.i + 1);
      if (end < 0 || s.slice(this.i, end).includes('\n')) throw new Unreadable();
      const body = s.slice(this.i + 1, end);
      this.i = end + 1;
      return body;
    }
    if (c === '[') {
      this.i++;
      const arr: unknown[] = [];
      for (;;) {
        this.space(true);
        if (this.i >= s.length) throw new Incomplete();
        if (s[this.i] === ']') return this.i++, arr;
        arr.push(this.value());
        this.space(true);
        if (this.i >= s.length) throw new Incomplete();
        if (s[this.i] === ',') this.i++;
        else if (s[this.i] !== ']') throw new Unreadable();
      }
    }
    if (c === '{') {
      this.i++;
      const obj: Obj = {};
      this.space(false);
      if (s[this.i] === '}') return this.i++, obj;
      for (;;) {
        this.space(false);
        const eq = outsideQuotes(s.slice(this.i), '=');
        if (eq < 0) throw this.i >= s.length || !s.slice(this.i).includes('}') ? new Incomplete() : new Unreadable();
        const path = keyPath(s.slice(this.i, this.i + eq));
        this.i += eq + 1;
        let at = obj;
        for (const seg of path.slice(0, -1)) at = isObj(at[seg]) ? (at[seg] as Obj) : (at[seg] = {} as Obj);
        at[path[path.length - 1]] = this.value();
        this.space(false);
        if (this.i >= s.length) throw new Incomplete();
        if (s[this.i] === ',') this.i++;
        else if (s[this.i] === '}') return this.i++, obj;
        else throw new Unreadable();
      }
    }
    const m = /^(?:true|false|[+-]?(?:inf|nan)|[0-9+\-][0-9A-Za-z_:.+\-]*(?: [0-9][0-9:.+\-Z]*)?)/.exec(s.slice(this.i));
    if (!m) throw new Unreadable();
    this.i += m[0].length;
    const word = m[0];
    if (word === 'true' || word === 'false') return word === 'true';
    const n = Number(word.replace(/_/g, ''));
    return Number.isNaN(n) ? word : n;
  }
}

function unescapeBasic(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, e: string) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    const map: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\', e: '\x1b' };
    if (!(e in map)) throw new Unreadable();
    return map[e];
  });
}
