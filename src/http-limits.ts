// What a slow or numerous client may hold of the HTTP server: how long it may take to send headers
// and a whole request, and how many connections may be open at once. At the cap, a new connection
// takes the place of the oldest one not serving an authenticated request (a client dribbling headers
// or an unauthenticated body, an idle keep-alive), so probes such as /healthz and real callers still
// get in while slow clients hold many sockets.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { ConfigError } from '../vocabulary/config-error.js';
import { parseWhole } from './settings.js';

export interface HttpLimits {
  /** Time allowed to send the request headers (MIOSA_HTTP_HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** Time allowed to send the whole request, body included (MIOSA_HTTP_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** Open connections at most (MIOSA_HTTP_MAX_CONNECTIONS). */
  maxConnections: number;
  /** The process's open-files limit, when known: the default cap stays under it. */
  openFilesLimit?: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 1024 };

/** Largest body read from a request without a key: initialize and tools/list are far smaller. */
export const UNAUTHENTICATED_BODY_BYTES = 64 * 1024;

export function httpLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): HttpLimits {
  const headersTimeoutMs = parseWhole('MIOSA_HTTP_HEADERS_TIMEOUT_MS', env.MIOSA_HTTP_HEADERS_TIMEOUT_MS, DEFAULT_HTTP_LIMITS.headersTimeoutMs, 100, 600_000, 'milliseconds');
  const requestTimeoutMs = parseWhole('MIOSA_HTTP_REQUEST_TIMEOUT_MS', env.MIOSA_HTTP_REQUEST_TIMEOUT_MS, DEFAULT_HTTP_LIMITS.requestTimeoutMs, 100, 3_600_000, 'milliseconds');
  if (requestTimeoutMs < headersTimeoutMs) {
    throw new ConfigError(`MIOSA_HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs}) must be at least MIOSA_HTTP_HEADERS_TIMEOUT_MS (${headersTimeoutMs}).`);
  }
  // Past the open-files limit the server cannot accept at all (EMFILE), /healthz included; each
  // connection may also need an upstream socket, so the default cap is half the limit.
  const openFilesLimit = readOpenFilesLimit();
  const fallback = openFilesLimit ? Math.max(2, Math.min(DEFAULT_HTTP_LIMITS.maxConnections, Math.floor(openFilesLimit / 2))) : DEFAULT_HTTP_LIMITS.maxConnections;
  const maxConnections = parseWhole('MIOSA_HTTP_MAX_CONNECTIONS', env.MIOSA_HTTP_MAX_CONNECTIONS, fallback, 2, 1_000_000, 'connections');
  return { headersTimeoutMs, requestTimeoutMs, maxConnections, ...(openFilesLimit ? { openFilesLimit } : {}) };
}

/** The soft limit on open files (`ulimit -n`), where the system tells it (Linux); else undefined. */
function readOpenFilesLimit(): number | undefined {
  try {
    const m = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

export function describeHttpLimits(l: HttpLimits): string {
  return (
    `headers within ${l.headersTimeoutMs} ms, whole request within ${l.requestTimeoutMs} ms, ` +
    `at most ${l.maxConnections} connections${l.openFilesLimit ? ` (open files limit ${l.openFilesLimit})` : ''}`
  );
}

/** How often Node looks for requests past their headers or request timeout (its default is 30 s). */
export function checkingIntervalMs(limits: HttpLimits): number {
  return Math.max(50, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4)));
}

export interface ConnectionCap {
  /** Keeps this socket from being evicted until `done` fires (an authenticated request in progress). */
  protect(socket: Socket, done: { once(event: 'close', f: () => void): unknown }): void;
  /** Open connections now. */
  readonly open: number;
}

export function capConnections(server: Server, max: number): ConnectionCap {
  // Insertion order is age order: the first evictable entry is the oldest.
  const sockets = new Map<Socket, { protectedBy: number }>();
  server.on('connection', (socket: Socket) => {
    if (sockets.size >= max) {
      const oldest = [...sockets].find(([, s]) => s.protectedBy === 0)?.[0];
      if (!oldest) return void socket.destroy();
      sockets.delete(oldest);
      oldest.destroy();
    }
    sockets.set(socket, { protectedBy: 0 });
    socket.once('close', () => sockets.delete(socket));
  });
  return {
    protect(socket, done) {
      const s = sockets.get(socket);
      if (!s) return;
      s.protectedBy++;
      done.once('close', () => {
        s.protectedBy--;
      });
    },
    get open() {
      return sockets.size;
    },
  };
}
