// One throughput measurement at a time, shared by run.ts and tuning.ts: the emulator alone (the
// ceiling), or a fresh server process under the same load, so its peak RSS (VmHWM) is that load's.
import { callBody, MCP_HEADERS, runLoad, type LoadResult } from './load.js';
import { memoryOf, sleep, startOurHttp, type Memory } from './procs.js';

export interface Target {
  /** The emulator's origin (without /api/v1). */
  emulatorUrl: string;
  emulatorPid: number;
  /** A running sandbox of `key`'s on the emulator. */
  sandbox: string;
  key: string;
  connections: number;
}

export type ServerLoad = LoadResult & { idle: Memory | undefined };

/** GET /api/v1/sandboxes/{id} straight to the emulator: what no server in front of it can pass. */
export function measureCeiling(t: Target, durationSec: number): Promise<LoadResult> {
  return runLoad({
    url: `${t.emulatorUrl}/api/v1/sandboxes/${t.sandbox}`,
    bodies: [],
    get: true,
    headers: { authorization: `Bearer ${t.key}`, accept: 'application/json' },
    connections: t.connections,
    durationSec,
    verify: (b) => b.includes(t.sandbox),
    pid: t.emulatorPid,
  });
}

export const successfulCall = (b: string) => b.includes('"result"') && !b.includes('"isError":true');

/** A load of tools/call sandbox_get on `url` after a warm-up, with the process's memory sampled. */
export async function loadEndpoint(
  url: string,
  pid: number,
  headers: Record<string, string>,
  body: string,
  verify: (b: string) => boolean,
  o: { connections: number; warmupSec: number; durationSec: number },
): Promise<LoadResult> {
  const all = { ...MCP_HEADERS, ...headers };
  await runLoad({ url, bodies: [body], headers: all, connections: o.connections, durationSec: o.warmupSec, verify });
  return runLoad({ url, bodies: [body], headers: all, connections: o.connections, durationSec: o.durationSec, verify, pid });
}

/** Our HTTP server as a fresh process (server core 0), loaded with tools/call sandbox_get. */
export async function measureOurs(
  t: Target,
  o: { warmupSec: number; durationSec: number; env?: Record<string, string>; nodeFlags?: string[]; cli?: string },
): Promise<ServerLoad> {
  const srv = await startOurHttp(t.emulatorUrl, { core: 0, env: o.env, nodeFlags: o.nodeFlags, cli: o.cli });
  try {
    await sleep(300);
    const idle = memoryOf(srv.pid);
    const r = await loadEndpoint(srv.url, srv.pid, { authorization: `Bearer ${t.key}` }, callBody('sandbox_get', { id: t.sandbox }), successfulCall, {
      connections: t.connections,
      ...o,
    });
    return { ...r, idle };
  } finally {
    await srv.stop();
  }
}
