import { DEFAULT_TIMEOUT_MS, DEFAULT_WAIT_MS, maxResultTokensFromEnv, parseTimeout, upstreamFromEnv } from '../../settings.js';
import { parseFlag, parseList } from '../../selection.js';
import { TOOLSETS } from '../../tool-def.js';
import { reporter, type Finding } from './finding.js';

export interface Settings {
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
  const unknownSets = (parseList(env.MIOSA_TOOLSETS) ?? []).filter((t) => !(TOOLSETS as readonly string[]).includes(t));
  if (unknownSets.length) problems.push(`MIOSA_TOOLSETS names unknown toolset ${unknownSets.join(', ')}; valid toolsets: ${TOOLSETS.join(', ')}.`);
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
