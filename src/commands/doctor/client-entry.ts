// Checks on a client config file's entries that run miosa-mcp: enabled, where the key is written
// and where it goes, the API and tool selection they name, and the timeouts they set (which are the
// ones in force for that client). The key belongs referred to, never written down: a file is shared,
// committed and synced, while a reference leaves the key in the client's environment or secret store.
import { basename } from 'node:path';
import { CLIENT_LABEL, type ClientName } from '../../../vocabulary/client-config.js';
import { CLIENT_PROFILES } from '../../../vocabulary/client-profiles.js';
import { KEY_PATTERN } from '../../redact.js';
import { isRecord } from '../../results.js';
import { inClearText } from '../../../vocabulary/loopback.js';
import { baseUrlFromEnv } from '../../settings.js';
import {
  entryArgs,
  entryDisabled,
  entryUrl,
  expectedPath,
  headerValue,
  HTTPS_ONLY_FIX,
  numberIn,
  parseEntryUrl,
  readServerEntries,
  runsMiosa,
  strOf,
  type Entry,
} from './client-file.js';
import { KEY_VAR, type FileTimeouts } from './environment.js';
import { maskKey, reporter, type Finding } from './report.js';

/** What the file says that later checks need: the timeouts it sets, and the entries that run miosa-mcp (for doctor to start). */
interface ClientFileFacts extends FileTimeouts {
  servers?: Entry[];
}

/** A client's MCP config file: that it reads as the client reads it, and that it runs this server well. */
export async function checkConfigFile(file: string, client: ClientName | undefined, out: Finding[]): Promise<ClientFileFacts> {
  const facts: ClientFileFacts = { file };
  const entries = await readServerEntries(file, client, out);
  if (!entries) return facts;
  const ours = entries.filter(runsMiosa);
  if (!ours.length) {
    const expected = expectedPath(client);
    reporter(out, 'config server')(
      'fail',
      `${basename(file)} has no MCP server entry that runs miosa-mcp${entries.length ? ` (it has ${entries.map((e) => e.name).join(', ')})` : ''}.`,
      `Add one: miosa-mcp config ${client ?? '<client>'} prints it${expected ? ` for ${expected}` : ''}.`,
    );
    return facts;
  }
  for (const entry of ours) checkEntry(entry, client, out, facts);
  facts.servers = ours;
  return facts;
}

/** One entry that runs miosa-mcp: enabled, its key, where the key goes, its tool selection; its timeouts go to `facts`. */
function checkEntry(entry: Entry, client: ClientName | undefined, out: Finding[], facts: FileTimeouts): void {
  const e = entry.value;
  const url = entryUrl(e);
  const remote = url !== undefined;
  const env = isRecord(e.env) ? e.env : {};
  const disabled = entryDisabled(e);
  reporter(out, 'config server')(
    disabled ? 'warn' : 'ok',
    `${entry.at} ${remote ? `connects to ${url}` : `runs ${[strOf(e.command) ?? '?', ...entryArgs(e)].join(' ')}`}${disabled ? ', but it is disabled' : ''}.`,
    disabled ? `Enable it (remove "disabled": true / enabled = false) or toggle it on in ${client ? CLIENT_LABEL[client] : 'the client'}'s MCP settings.` : undefined,
  );

  checkEntryKey(entry, client, remote, out);

  // Where the key goes.
  if (remote) {
    const report = reporter(out, 'config URL');
    try {
      const u = parseEntryUrl(url);
      if (inClearText(u)) report('fail', `${url} is not https: the key would travel in clear text.`, HTTPS_ONLY_FIX);
    } catch {
      report('fail', `${entry.at} has a URL that does not parse.`, 'Give the full URL of the hosted server, ending in /mcp.');
    }
  }
  // The API the entry names, by the server's own rule (MIOSA_API_URL, or its older name MIOSA_BASE_URL).
  const named = Object.fromEntries(
    (['MIOSA_API_URL', 'MIOSA_BASE_URL'] as const).map((n) => [n, strOf(env[n])]).filter(([, v]) => v !== undefined && !REFERENCE.test(v)),
  ) as NodeJS.ProcessEnv;
  if (Object.keys(named).length) {
    const report = reporter(out, 'config base URL');
    try {
      const { baseUrl, source } = baseUrlFromEnv(named);
      report('ok', `The entry sets ${source}: the API at ${baseUrl}.`);
    } catch (err) {
      report(
        'fail',
        `The entry's ${Object.keys(named).join(' and ')} is refused: ${(err as Error).message}`,
        'Remove MIOSA_API_URL/MIOSA_BASE_URL from the entry (the default is https://api.miosa.ai) or give one https origin; http only for 127.0.0.1/localhost.',
      );
    }
  }

  // Clients that cap their tool lists need a selection.
  const profile = client ? CLIENT_PROFILES.find((p) => p.client === client) : undefined;
  if (profile && profile.selection.toolsets) {
    const args = entryArgs(e);
    let query = new URLSearchParams();
    try {
      if (url) query = parseEntryUrl(url).searchParams;
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
      reporter(out, 'config tools')(
        'warn',
        `The entry offers all 145 tools: ${profile.why}.`,
        remote ? `Append ?toolsets=${profile.selection.toolsets.join(',')} to the URL (or ?dynamic=1).` : `Add ${flag} to args (or --dynamic); miosa-mcp config ${client} writes it.`,
      );
    }
  }

  // Timeouts set in the entry are the ones in force for this client; a remote server's are its own.
  facts.remote = (facts.remote ?? true) && remote;
  facts.timeoutMs ??= numberIn(env.MIOSA_TIMEOUT_MS);
  facts.waitMs ??= numberIn(env.MIOSA_WAIT_MS);
  if (client === 'gemini') facts.clientTimeoutMs ??= numberIn(e.timeout);
  if (client === 'codex') {
    const sec = numberIn(e.tool_timeout_sec);
    if (sec !== undefined) facts.clientTimeoutMs ??= sec * 1000;
  }
}

/** A value that only refers to one the client fills in (`${env:X}`, `${input:x}`, `$X`), which doctor cannot see. */
const REFERENCE = /\$\{(?:env:|input:)?[A-Za-z_][A-Za-z0-9_.\-]*\}|\$[A-Za-z_][A-Za-z0-9_]*/;
const PLACEHOLDER = /\.\.\.|…|<[^>]*>|your[_ -]?(api[_ -]?)?key|replace|changeme|x{4,}/i;

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

/** Field paths (within the entry) whose string values hold a literal key. */
function literalKeys(value: unknown, at: string, out: { at: string; masked: string }[] = []): { at: string; masked: string }[] {
  if (typeof value === 'string') {
    for (const m of value.match(KEY_PATTERN) ?? []) out.push({ at, masked: maskKey(m) });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => literalKeys(v, `${at}[${i}]`, out));
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) literalKeys(v, at ? `${at}.${k}` : k, out);
  }
  return out;
}

/** A remote entry sends the key in its Authorization header; a local one hands it to the server in its env. */
function checkEntryKey(entry: Entry, client: ClientName | undefined, remote: boolean, out: Finding[]): void {
  const report = reporter(out, 'config key');
  const e = entry.value;
  const literal = literalKeys(e, entry.at);
  if (literal.length) {
    report('warn', `${literal.map((l) => l.at).join(', ')} hold${literal.length > 1 ? '' : 's'} the key itself (${literal[0].masked}) in the file.`, keepSecretFix(client, remote));
  } else if (remote) {
    const auth = headerValue(e.headers, 'Authorization') ?? headerValue(e.http_headers, 'Authorization');
    const envAuth = strOf(e.bearer_token_env_var) ?? (isRecord(e.env_http_headers) ? strOf(e.env_http_headers.Authorization) : undefined);
    if (envAuth) {
      report('ok', `The key is read from the environment variable ${envAuth}.`);
    } else if (!auth) {
      report(
        'fail',
        `${entry.at} sends no Authorization header: the hosted server answers every call without "Authorization: Bearer msk_u_…" with 401.`,
        `Add the header and refer to the key: ${secretReference(client, true)}; export MIOSA_API_KEY where the client starts.`,
      );
    } else if (PLACEHOLDER.test(auth) && !REFERENCE.test(auth)) {
      report('fail', `The Authorization header still holds a placeholder, not a key reference.`, keepSecretFix(client, true));
    } else if (!/^Bearer\s+\S/.test(auth)) {
      report('fail', 'The Authorization header does not start with "Bearer ".', `Write it as "Bearer <key reference>": ${secretReference(client, true)}.`);
    } else if (!REFERENCE.test(auth)) {
      report('warn', 'The Authorization header holds a literal value that is not a MIOSA key.', keepSecretFix(client, true));
    } else {
      report('ok', `The key is referred to (${REFERENCE.exec(auth)![0]}), not written in the file.`);
    }
  } else {
    const env = isRecord(e.env) ? e.env : {};
    const value = strOf(env[KEY_VAR]);
    const forwarded = Array.isArray(e.env_vars) && e.env_vars.map(String).includes(KEY_VAR);
    if (value !== undefined && PLACEHOLDER.test(value) && !REFERENCE.test(value)) {
      report('fail', `${entry.at}.env.${KEY_VAR} still holds a placeholder.`, keepSecretFix(client, false));
    } else if (value !== undefined && REFERENCE.test(value)) {
      report('ok', `${KEY_VAR} is referred to (${REFERENCE.exec(value)![0]}), not written in the file.`);
    } else if (value !== undefined) {
      report('warn', `${entry.at}.env.${KEY_VAR} is a literal value that is not a MIOSA key.`, keepSecretFix(client, false));
    } else if (forwarded) {
      report('ok', `${KEY_VAR} is passed on from the client's environment (env_vars).`);
    } else {
      report(
        'warn',
        `${entry.at} sets no ${KEY_VAR}: the server has a key only if the client hands on one from its own environment.`,
        `Add it to the entry's env and refer to the key: ${secretReference(client, false)}; export MIOSA_API_KEY where the client starts.`,
      );
    }
  }
}
