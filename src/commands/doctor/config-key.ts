// The key in a config file entry: referred to, never written down. A file is shared, committed and
// synced; a reference leaves the key in the client's environment or secret store.
import type { ClientName } from '../../../vocabulary/client-config.js';
import { headerValue, type Entry } from './config-entries.js';
import { reporter, type Finding } from './finding.js';
import { KEY_VAR } from './key.js';
import { LITERAL_KEY, maskKey } from './mask.js';
import { isObj, strOf } from './plain-object.js';

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
    for (const m of value.match(LITERAL_KEY) ?? []) out.push({ at, masked: maskKey(m) });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => literalKeys(v, `${at}[${i}]`, out));
  } else if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) literalKeys(v, at ? `${at}.${k}` : k, out);
  }
  return out;
}

/** A remote entry sends the key in its Authorization header; a local one hands it to the server in its env. */
export function checkEntryKey(entry: Entry, client: ClientName | undefined, remote: boolean, out: Finding[]): void {
  const report = reporter(out, 'config key');
  const e = entry.value;
  const literal = literalKeys(e, entry.at);
  if (literal.length) {
    report('warn', `${literal.map((l) => l.at).join(', ')} hold${literal.length > 1 ? '' : 's'} the key itself (${literal[0].masked}) in the file.`, keepSecretFix(client, remote));
  } else if (remote) {
    const auth = headerValue(e.headers, 'Authorization') ?? headerValue(e.http_headers, 'Authorization');
    const envAuth = strOf(e.bearer_token_env_var) ?? (isObj(e.env_http_headers) ? strOf(e.env_http_headers.Authorization) : undefined);
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
    const env = isObj(e.env) ? e.env : {};
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

/** Whether a value only refers to one the client fills in (`${env:X}`, `$X`), which doctor cannot see. */
export const isReference = (value: string): boolean => REFERENCE.test(value);
