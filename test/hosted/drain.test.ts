// Stopping a hosted replica without failing a call: /readyz says 503 from the moment SIGTERM
// arrives, while the listener is still open (so a load balancer stops sending before connections
// are refused); a create that is waiting for its sandbox is not cut off by the drain; and when an
// operator sets a drain shorter than the wait, the wait answers "still …: poll sandbox_get" instead of
// a socket error.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { longestCallMs, drainSettingsFromEnv } from '../../src/drain.js';
import { DEFAULT_TIMEOUT_MS, DEFAULT_WAIT_MS } from '../../src/settings.js';
import { httpClient, startHttpServer } from '../support/cli.js';
import { accepts, until } from '../support/hosted.js';
import { useRecordingUpstream } from '../support/recording-upstream.js';

const KEY = 'msk_u_drain_test_key';
const upstream = useRecordingUpstream({ beforeAll, afterAll, beforeEach });

const readyz = async (url: string) => (await fetch(new URL('/readyz', url), { headers: { connection: 'close' } })).status;

/** A sandbox still provisioning until `readyAfterMs` after its creation. */
function slowBoot(readyAfterMs: number) {
  let created = 0;
  return (q: { method: string; path: string }) => {
    if (!q.path.startsWith('/api/v1/sandboxes')) return undefined;
    const sandbox = (state: string) => ({ data: { id: 'sbx_slow', state, created_at: '2026-11-24T00:00:00Z' } });
    if (q.method === 'POST') {
      created = Date.now();
      return { status: 201, body: sandbox('provisioning') };
    }
    return { body: sandbox(Date.now() - created >= readyAfterMs ? 'running' : 'provisioning') };
  };
}

describe('readiness and drain', () => {
  it('/readyz answers 503 from SIGTERM while the listener still accepts and serves; then it closes and the process exits 0', async () => {
    const srv = await startHttpServer({ MIOSA_BASE_URL: upstream.current.url, MIOSA_DRAIN_DELAY_MS: '1500' });
    const port = Number(new URL(srv.url).port);
    expect(await readyz(srv.url)).toBe(200);
    const exited = new Promise<number | null>((r) => srv.child.once('exit', (code) => r(code)));
    srv.child.kill('SIGTERM');
    await until(async () => (await readyz(srv.url)) === 503, 1000, '/readyz to answer 503');
    // Flipped, and the listener is still open: new work is still served, with Connection: close.
    expect(await accepts(port)).toBe(true);
    const res = await fetch(srv.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'sandbox_list', arguments: {} } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('connection')).toBe('close');
    expect(((await res.json()) as { result: CallToolResult }).result.isError).toBeFalsy();
    const body = await (await fetch(new URL('/readyz', srv.url))).json().catch(() => undefined);
    expect(body).toMatchObject({ ready: false });
    // Then the listener closes and, with nothing in flight, the process exits.
    await until(async () => !(await accepts(port)), 5000, 'the listener to close');
    expect(await exited).toBe(0);
    expect(srv.stderr()).toMatch(/stopping: \/readyz answers 503, the listener closes in 1500 ms/);
  }, 20_000);

  it('by default the drain outlasts the longest call, a wait included (the old 10 s bound did not)', () => {
    const d = drainSettingsFromEnv({ timeoutMs: DEFAULT_TIMEOUT_MS, waitMs: DEFAULT_WAIT_MS }, {});
    expect(d.boundMs).toBeGreaterThanOrEqual(longestCallMs({ timeoutMs: DEFAULT_TIMEOUT_MS, waitMs: DEFAULT_WAIT_MS }));
    expect(d.boundMs).toBeGreaterThan(DEFAULT_WAIT_MS + DEFAULT_TIMEOUT_MS);
    const delayed = drainSettingsFromEnv({ timeoutMs: 5000, waitMs: 60_000 }, { MIOSA_DRAIN_DELAY_MS: '5000' });
    expect(delayed.boundMs).toBeGreaterThanOrEqual(5000 + 70_000);
    expect(() => drainSettingsFromEnv({ timeoutMs: 5000 }, { MIOSA_DRAIN_MS: 'soon' })).toThrow(/MIOSA_DRAIN_MS must be a whole number/);
  });

  /** sandbox_create waiting on a sandbox that boots in `readyAfterMs`, SIGTERM after its first poll. */
  async function sigtermDuringWait(readyAfterMs: number, env: Record<string, string>) {
    upstream.current.respond(slowBoot(readyAfterMs));
    const srv = await startHttpServer({ MIOSA_BASE_URL: upstream.current.url, ...env });
    const client = await httpClient(srv.url, { Authorization: `Bearer ${KEY}` });
    const exited = new Promise<number | null>((r) => srv.child.once('exit', (code) => r(code)));
    const call = client.callTool({ name: 'sandbox_create', arguments: { name: 'slow' } }) as Promise<CallToolResult>;
    await until(() => upstream.current.requests.some((q) => q.method === 'GET'), 5000, 'the first poll');
    srv.child.kill('SIGTERM');
    const r = await call;
    expect(r.isError, JSON.stringify(r)).toBeFalsy();
    expect(await exited).toBe(0);
    await client.close().catch(() => {});
    return r;
  }

  it('SIGTERM during a sandbox_create that waits 11 s: the wait finishes and the client gets the running sandbox', async () => {
    const r = await sigtermDuringWait(11_000, { MIOSA_POLL_MS: '500' });
    expect(r.structuredContent).toMatchObject({ id: 'sbx_slow', state: 'running' });
  }, 30_000);

  it('a drain shorter than the wait: the wait stops early and answers "still provisioning … poll sandbox_get", not a socket error', async () => {
    const r = await sigtermDuringWait(600_000, { MIOSA_POLL_MS: '200', MIOSA_DRAIN_MS: '2500' });
    const text = r.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
    expect(text).toMatch(/sbx_slow is still provisioning: this server is shutting down and stopped waiting; poll sandbox_get\(\{id: "sbx_slow"\}\)/);
    expect(r.structuredContent).toMatchObject({ id: 'sbx_slow', state: 'provisioning' });
  }, 20_000);
});
