// An SDK client wired to a server in the same process, as an editor would talk to it, minus the pipe.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { normalizeBaseUrl, type Credentials } from '../../src/settings.js';
import { unfence } from '../../src/fence.js';
import { buildServer } from '../../src/server.js';
import { buildSurface } from '../../src/surface.js';

export const surface = buildSurface();

export interface Connected {
  client: Client;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

export async function connect(opts: {
  upstreamUrl: string;
  credentials?: Credentials;
  timeoutMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}): Promise<Connected> {
  const server = buildServer(surface, {
    credentials: opts.credentials,
    upstream: { baseUrl: normalizeBaseUrl(opts.upstreamUrl), timeoutMs: opts.timeoutMs ?? 10_000, sleep: opts.sleep ?? quickSleep },
  });
  const [a, b] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test', version: '0' });
  await Promise.all([server.connect(a), client.connect(b)]);
  return {
    client,
    call: async (name, args = {}) => (await client.callTool({ name, arguments: args })) as CallToolResult,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

/** Retries wait a few milliseconds in tests instead of seconds, but still honour cancellation. */
export function quickSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    // The listener goes when the sleep ends: a long-lived signal (one per call) would otherwise gather
    // one listener per retry and warn MaxListenersExceeded.
    const onAbort = () => (clearTimeout(t), reject(signal.reason));
    const t = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), Math.min(ms, 20));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export const KEY = 'msk_u_test_key_alpha';

export function text(r: CallToolResult): string {
  return r.content.filter((c) => c.type === 'text').map((c) => (c as { text: string }).text).join('\n');
}

export function errorOf(r: CallToolResult): Record<string, unknown> {
  if (!r.isError) throw new Error(`expected an error result, got ${text(r)}`);
  return (r.structuredContent as { error: Record<string, unknown> }).error;
}

/** The text inside one untrusted-data fence, or undefined when `s` is not exactly one fenced string. */
export const insideFence = unfence;

/** A structured result with every fenced string read inside its fence (for checks on the values). */
export function unfencedValue<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v) => unfence(v) ?? v) as T;
}
