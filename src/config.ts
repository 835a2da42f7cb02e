// Settings from the environment, read and checked once at start. A bad setting stops the server with
// a message that says which variable and what to put there.
export const DEFAULT_BASE_URL = 'https://api.miosa.ai';
export const API_PREFIX = '/api/v1';
/** One upstream call, retries included. Under Claude Code's 30 s tool timeout, above a 2–8 s boot. */
export const DEFAULT_TIMEOUT_MS = 25_000;

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
  timeoutMs: number;
  waitMs?: number;
  pollMs?: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * `MIOSA_BASE_URL` may be given with or without `/api/v1`. It must be https, except on loopback
 * (the emulator and tests): the key travels to it with every request.
 */
export function normalizeBaseUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`MIOSA_BASE_URL is not a URL: "${value}". Use ${DEFAULT_BASE_URL} or leave it unset.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError('MIOSA_BASE_URL must be a plain origin (no credentials, query or fragment).');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new ConfigError(
      `MIOSA_BASE_URL must use https (got ${url.protocol}//${url.host}); plain http is allowed only for 127.0.0.1/localhost, where the emulator runs.`,
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

export function upstreamFromEnv(env: NodeJS.ProcessEnv = process.env): UpstreamConfig {
  return {
    baseUrl: normalizeBaseUrl(env.MIOSA_BASE_URL),
    timeoutMs: parseTimeout(env.MIOSA_TIMEOUT_MS),
    waitMs: parseMs('MIOSA_WAIT_MS', env.MIOSA_WAIT_MS, DEFAULT_WAIT_MS, 0, 3_600_000),
    pollMs: parseMs('MIOSA_POLL_MS', env.MIOSA_POLL_MS, DEFAULT_POLL_MS, 10, 60_000),
  };
}

/** A key must look like a MIOSA key before it is sent anywhere. */
export function looksLikeKey(key: string): boolean {
  return /^msk_[A-Za-z0-9_\-]{4,200}$/.test(key);
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const apiKey = env.MIOSA_API_KEY?.trim();
  if (!apiKey) return undefined;
  const tenant = env.MIOSA_TENANT?.trim();
  return { apiKey, ...(tenant ? { tenant } : {}) };
}

/** Removes anything that looks like a MIOSA key from text that leaves the process. */
export function redact(text: string): string {
  return text.replace(/msk_[A-Za-z0-9_\-]{6,}/g, 'msk_…');
}
