// `miosa-mcp doctor`: checks, in the user's own environment, everything that makes a first call fail
// (the key, the API origin, whether MIOSA answers and for whom, timeouts against the client's own,
// and optionally the client's MCP config file) and says for each what to do. It never prints the
// key: at most `msk_u_…` and its last 4 characters. This module is the command (flags, the checks in
// order, printing, exit code); each check lives in the module named for what it looks at.
import { parseArgs } from 'node:util';
import { CLIENTS, isClient, type ClientName } from '../../../vocabulary/client-config.js';
import { ConfigError } from '../../../vocabulary/config-error.js';
import { checkApi } from './api-check.js';
import { checkConfigFile } from './client-entry.js';
import { clientFromPath } from './client-file.js';
import { checkBaseUrl, checkKey, checkSettings, checkTimeouts } from './environment.js';
import { scrub, type Finding } from './report.js';
import { checkStart } from './start-check.js';

const HELP =
  'miosa-mcp doctor [--config FILE] [--client NAME] [--no-start]: checks MIOSA_API_KEY, MIOSA_API_URL (or MIOSA_BASE_URL), that MIOSA answers and for whom, timeouts against the client, and a client MCP config file, whose server it starts as the client would (initialize + tools/list; --no-start skips that). Exits 1 when something must be fixed.\n';

/** `miosa-mcp doctor`: prints one line per finding and sets the exit code. Bad flags and an unknown client throw, for the CLI to report. */
export async function doctorCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { config: { type: 'string' }, client: { type: 'string' }, 'no-start': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) return void process.stdout.write(HELP);
  const result = await runDoctor({ env: process.env, configFile: values.config, client: values.client, start: !values['no-start'] });
  process.stdout.write(formatFindings(result.findings));
  process.exitCode = exitCode(result);
}

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
