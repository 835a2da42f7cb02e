// `miosa-mcp doctor`: checks, in the user's own environment, everything that makes a first call fail
// (the key, the API origin, whether MIOSA answers and for whom, timeouts against the client's own,
// and optionally the client's MCP config file) and says for each what to do. It never prints the
// key: at most `msk_u_…` and its last 4 characters.
import { ConfigError } from '../../../vocabulary/config-error.js';
import { CLIENTS, isClient, type ClientName } from '../../../vocabulary/client-config.js';
import { checkApi } from './api.js';
import { checkBaseUrl } from './base-url.js';
import { clientFromPath } from './clients.js';
import { checkConfigFile } from './config-file.js';
import type { Finding } from './finding.js';
import { checkKey } from './key.js';
import { scrub } from './mask.js';
import { checkSettings } from './settings.js';
import { checkStart } from './start.js';
import { checkTimeouts } from './timeouts.js';

export type { Finding } from './finding.js';
export { clientFromPath } from './clients.js';
export { lineColumn, parseJson } from './json.js';
export { maskKey } from './mask.js';

export interface DoctorOptions {
  env: NodeJS.ProcessEnv;
  /** A client's MCP config file to check as well. */
  configFile?: string;
  /** The client in use; else guessed from the config file's path. Its tool timeout is checked. */
  client?: string;
  /** Start the config file's server as the client would (initialize + tools/list). The CLI does, unless --no-start. */
  start?: boolean;
  /** Test seam: the network. */
  fetch?: typeof fetch;
}

export interface DoctorResult {
  findings: Finding[];
  /** False when any finding failed: the CLI exits 1. */
  ok: boolean;
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
  if (opts.start) for (const entry of config?.servers ?? []) await checkStart(entry, client, env, configFindings);
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
