// Settings from the environment, read and checked once at start. A bad setting stops the server with
// a message that says which variable and what to put there.
import { ConfigError } from '../vocabulary/config-error.js';
import { inClearText } from '../vocabulary/loopback.js';

export const DEFAULT_BASE_URL = 'https://api.miosa.ai';
export const API_PREFIX = '/api/v1';
/**
 * One upstream call, retries included. MIOSA's MCP guide documents 30000; we keep 25000 so that a
 * call that runs out of time ends under Claude Code's 30 s tool timeout with our own actionable
 * error, not the client's bare timeout, and still above a 2–8 s boot. MIOSA_TIMEOUT_MS=30000 gives
 * the documented value.
 */
export const DEFAULT_TIMEOUT_MS = 25_000;
/** The template sandbox_create uses when none is given (MIOSA_DEFAULT_TEMPLATE), as MIOSA documents it. */
export const DEFAULT_TEMPLATE = 'miosa-sandbox';

export interface Credentials {
  apiKey: string;
  tenant?: string;
}

/** How long tools that start a long operation wait for it, in all, and how often they look. */
export const DEFAULT_WAIT_MS = 20_000;
export const DEFAULT_POLL_MS = 1_000;

export interface UpstreamConfig {
  /** Origin + `/api/v1`, no trailing slash. */
  baseUrl: string;
  /** The template sandbox_create uses when the caller names none (MIOSA_DEFAULT_TEMPLATE). */
  defaultTemplate?: string;
  timeoutMs: number;
  waitMs?: number;
  pollMs?: number;
  /** Per-key fair share of the upstream (fair-share.ts); its defaults when absent. */
  keyLimits?: { concurrency: number; queue: number };
}


/**
 * The API origin may be given with or without `/api/v1`. It must be https, except on loopback
 * (the emulator and tests): the key travels to it with every request. `name` is the variable it
 * came from, for the message.
 */
export function normalizeBaseUrl(raw: string | undefined, name = 'MIOSA_API_URL'): string {
  const value = (raw ?? '').trim() || DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a URL: "${value}". Use ${DEFAULT_BASE_URL} or leave it unset.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError(`${name} must be a plain origin (no credentials, query or fragment).`);
  }
  if (inClearText(url)) {
    throw new ConfigError(
      `${name} must use https (got ${url.protocol}//${url.host}); plain http is allowed only for 127.0.0.1/localhost, where the emulator runs.`,
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  const prefix = path.endsWith(API_PREFIX) ? path : `${path}${API_PREFIX}`;
  return `${url.origin}${prefix}`;
}

export function parseWhole(name: string, raw: string | undefined, fallback: number, min: number, max: number, unit: string): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number of ${unit} between ${min} and ${max} (got "${raw}").`);
  }
  return n;
}

const parseMs = (name: string, raw: string | undefined, fallback: number, min: number, max: number) =>
  parseWhole(name, raw, fallback, min, max, 'milliseconds');

/** MIOSA_MAX_RESULT_TOKENS: results past this are trimmed, keeping JSON valid. */
export function maxResultTokensFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return parseWhole('MIOSA_MAX_RESULT_TOKENS', env.MIOSA_MAX_RESULT_TOKENS, 20_000, 500, 1_000_000, 'tokens');
}

export function parseTimeout(raw: string | undefined): number {
  return parseMs('MIOSA_TIMEOUT_MS', raw, DEFAULT_TIMEOUT_MS, 1000, 600_000);
}

/** Which variable named the API: MIOSA's documented name, our earlier one, or neither. */
export type BaseUrlSource = 'MIOSA_API_URL' | 'MIOSA_BASE_URL' | 'default';

/**
 * `MIOSA_API_URL` is the name MIOSA's MCP guide documents; `MIOSA_BASE_URL` (the SDKs' name, and
 * ours before) is an alias. Both set must name the same API, or the server refuses to start rather
 * than guess where the key goes.
 */
export function baseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): { baseUrl: string; source: BaseUrlSource } {
  const apiUrl = env.MIOSA_API_URL?.trim();
  const baseUrl = env.MIOSA_BASE_URL?.trim();
  if (apiUrl && baseUrl) {
    const a = normalizeBaseUrl(apiUrl, 'MIOSA_API_URL');
    const b = normalizeBaseUrl(baseUrl, 'MIOSA_BASE_URL');
    if (a !== b) {
      throw new ConfigError(
        `MIOSA_API_URL (${a}) and MIOSA_BASE_URL (${b}) name different APIs. Set only MIOSA_API_URL (MIOSA_BASE_URL is an older name for it), or make them equal.`,
      );
    }
    return { baseUrl: a, source: 'MIOSA_API_URL' };
  }
  if (apiUrl) return { baseUrl: normalizeBaseUrl(apiUrl, 'MIOSA_API_URL'), source: 'MIOSA_API_URL' };
  if (baseUrl) return { baseUrl: normalizeBaseUrl(baseUrl, 'MIOSA_BASE_URL'), source: 'MIOSA_BASE_URL' };
  return { baseUrl: normalizeBaseUrl(undefined), source: 'default' };
}

/** MIOSA_DEFAULT_TEMPLATE: a template id or slug, no spaces. */
export function defaultTemplateFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.MIOSA_DEFAULT_TEMPLATE?.trim();
  if (!raw) return DEFAULT_TEMPLATE;
  if (!/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/.test(raw)) {
    throw new ConfigError(
      `MIOSA_DEFAULT_TEMPLATE must be a template id or slug such as ${DEFAULT_TEMPLATE} (got "${raw}"); see template_list.`,
    );
  }
  return raw;
}

export function upstreamFromEnv(env: NodeJS.ProcessEnv = process.env): UpstreamConfig {
  return {
    baseUrl: baseUrlFromEnv(env).baseUrl,
    defaultTemplate: defaultTemplateFromEnv(env),
    timeoutMs: parseTimeout(env.MIOSA_TIMEOUT_MS),
    waitMs: parseMs('MIOSA_WAIT_MS', env.MIOSA_WAIT_MS, DEFAULT_WAIT_MS, 0, 3_600_000),
    pollMs: parseMs('MIOSA_POLL_MS', env.MIOSA_POLL_MS, DEFAULT_POLL_MS, 10, 60_000),
  };
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const apiKey = env.MIOSA_API_KEY?.trim();
  if (!apiKey) return undefined;
  const tenant = env.MIOSA_TENANT?.trim();
  return { apiKey, ...(tenant ? { tenant } : {}) };
}
