import { baseUrlFromEnv } from '../../settings.js';
import { CLIENT_PROFILES } from '../../../vocabulary/client-profiles.js';
import type { ClientName } from '../../../vocabulary/client-config.js';
import { CLIENT_LABEL } from './clients.js';
import { entryArgs, entryUrl, headerValue, numberIn, parseEntryUrl, type Entry } from './config-entries.js';
import { checkEntryKey, isReference } from './config-key.js';
import { reporter, type Finding } from './finding.js';
import { isObj, strOf } from './plain-object.js';
import type { ConfigFacts } from './timeouts.js';

/** One entry that runs miosa-mcp: enabled, its key, where the key goes, its tool selection; its timeouts go to `facts`. */
export function checkEntry(entry: Entry, client: ClientName | undefined, out: Finding[], facts: ConfigFacts): void {
  const e = entry.value;
  const url = entryUrl(e);
  const remote = url !== undefined;
  const env = isObj(e.env) ? e.env : {};
  const disabled = e.disabled === true || e.enabled === false;
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
      const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) || /^127\./.test(u.hostname);
      if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) {
        report('fail', `${url} is not https: the key would travel in clear text.`, 'Use the https URL of the hosted server; plain http only for 127.0.0.1/localhost.');
      }
    } catch {
      report('fail', `${entry.at} has a URL that does not parse.`, 'Give the full URL of the hosted server, ending in /mcp.');
    }
  }
  // The API the entry names, by the server's own rule (MIOSA_API_URL, or its older name MIOSA_BASE_URL).
  const named = Object.fromEntries(
    (['MIOSA_API_URL', 'MIOSA_BASE_URL'] as const).map((n) => [n, strOf(env[n])]).filter(([, v]) => v !== undefined && !isReference(v)),
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

  // Timeouts set in the entry are the ones in force for this client.
  facts.timeoutMs ??= numberIn(env.MIOSA_TIMEOUT_MS);
  facts.waitMs ??= numberIn(env.MIOSA_WAIT_MS);
  if (client === 'gemini') facts.clientTimeoutMs ??= numberIn(e.timeout);
  if (client === 'codex') {
    const sec = numberIn(e.tool_timeout_sec);
    if (sec !== undefined) facts.clientTimeoutMs ??= sec * 1000;
  }
}
