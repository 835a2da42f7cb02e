// The process log on stderr: human-readable lines for local use (`--log-format text`), or one JSON
// object per line through pino for log pipelines (`--log-format json`). MIOSA_LOG_LEVEL (debug, info,
// warn, error; default warn, as MIOSA's MCP guide documents) filters everything except the lifecycle
// notices ("serving … at …", "stopping"), which supervisors and users wait for and so always print.
// Nothing here is given a key or an argument value; messages pass through redact() all the same.
import { ConfigError } from '../../vocabulary/config-error.js';
import { redact } from '../redact.js';

/** The key this process was given (stdio), in every form it may be quoted: no log line shows it. */
const PROCESS_SECRETS = [process.env.MIOSA_API_KEY, process.env.MIOSA_API_KEY?.trim()];
import { NAME } from '../version.js';
import { addSink } from './events.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['text', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const DEFAULT_LOG_LEVEL: LogLevel = 'warn';

export type Fields = Record<string, string | number | boolean | undefined>;
type Write = (msg: string, fields?: Fields) => void;

export interface Logger {
  debug: Write;
  info: Write;
  warn: Write;
  error: Write;
  /** Start and stop: printed whatever the level. */
  notice: Write;
}

export function parseLogLevel(raw: string | undefined): LogLevel {
  const v = (raw ?? '').trim().toLowerCase();
  if (!v) return DEFAULT_LOG_LEVEL;
  if ((LOG_LEVELS as readonly string[]).includes(v)) return v as LogLevel;
  throw new ConfigError(`MIOSA_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${raw}").`);
}

export function parseLogFormat(raw: string | undefined, from = '--log-format'): LogFormat {
  const v = (raw ?? '').trim().toLowerCase();
  if (!v) return 'text';
  if ((LOG_FORMATS as readonly string[]).includes(v)) return v as LogFormat;
  throw new ConfigError(`${from} must be text or json (got "${raw}").`);
}

const RANK: Record<LogLevel, number> = { debug: 20, info: 30, warn: 40, error: 50 };
/** Above pino's fatal (60) is silent; 55 keeps notices printed at every level users can choose. */
const NOTICE = 55;

export interface LoggerOptions {
  format: LogFormat;
  level: LogLevel;
  /** Where lines go (default: stderr, synchronously, so nothing is lost when the process exits). */
  write?: (line: string) => void;
}

export async function createLogger(opts: LoggerOptions): Promise<Logger> {
  return opts.format === 'json' ? jsonLogger(opts) : textLogger(opts);
}

const stderrWrite = (line: string) => void process.stderr.write(line);

export function textLogger(opts: Omit<LoggerOptions, 'format'>): Logger {
  const out = opts.write ?? stderrWrite;
  const at = (rank: number, tag: string): Write => (msg, fields) => {
    if (rank < RANK[opts.level]) return;
    const extra = Object.entries(fields ?? {})
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => ` ${k}=${v}`)
      .join('');
    out(`[${NAME}] ${tag}${redact(msg, PROCESS_SECRETS)}${extra}\n`);
  };
  return { debug: at(20, 'debug: '), info: at(30, ''), warn: at(40, 'warning: '), error: at(50, 'error: '), notice: at(NOTICE, '') };
}

async function jsonLogger(opts: LoggerOptions): Promise<Logger> {
  // Only for JSON: the stdio cold start does not pay for it. pino is CommonJS; bundled, its exports
  // arrive as the default export.
  const mod = await import('pino');
  const pino = (mod.default ?? mod.pino) as typeof mod.pino;
  const destination = opts.write ? { write: opts.write } : pino.destination({ dest: 2, sync: true });
  const p = pino(
    {
      name: NAME,
      level: opts.level,
      customLevels: { notice: NOTICE },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Belt and braces: no caller passes these, and pino would drop them if one did.
      redact: { paths: ['authorization', 'apiKey', 'key', 'arguments', '*.authorization', '*.apiKey'], remove: true },
    },
    destination,
  );
  const at = (level: 'debug' | 'info' | 'warn' | 'error' | 'notice'): Write => (msg, fields) => p[level]({ ...fields }, redact(msg, PROCESS_SECRETS));
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), notice: at('notice') };
}

/**
 * One line per tool call (info; a call that failed inside the server: error) and, at debug, one per
 * upstream attempt. Returns the function that stops it.
 */
export function logCalls(log: Logger): () => void {
  return addSink({
    callEnded: (c) => {
      const fields: Fields = {
        request_id: c.requestId,
        tool: c.tool,
        outcome: c.outcome,
        upstream_status: c.upstreamStatus,
        retries: c.retries || undefined,
        duration_ms: Math.round(c.durationMs * 10) / 10,
      };
      (c.outcome === 'internal' ? log.error : log.info)(`call ${c.tool} ${c.outcome}`, fields);
    },
    upstreamAnswer: (status) => log.debug(`upstream answered ${status ?? 'nothing (network error or timeout)'}`),
    upstreamRetry: () => log.debug('upstream attempt repeated'),
  });
}
