// 50 MCP clients at once over HTTP against one server process, each with its own key and tenant,
// 2,000 interleaved calls of four kinds: every request upstream carries its caller's credentials and
// every answer reaches its caller. Zero cross-talk.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHttpServer, type HttpServerProcess } from '../support/cli.js';
import { startRecordingUpstream, type RecordingUpstream } from '../support/recording-upstream.js';
import { runIsolation } from '../support/isolation.js';
import { echoPlan, isolationUpstream } from './isolation.js';

const CLIENTS = 50;
const CALLS = 2000;

let up: RecordingUpstream;
let srv: HttpServerProcess;
const violations: string[] = [];

beforeAll(async () => {
  up = await startRecordingUpstream();
  up.respond(isolationUpstream(violations));
  // An environment key is present on purpose: HTTP mode must never use it.
  srv = await startHttpServer({ MIOSA_BASE_URL: up.url, MIOSA_API_KEY: 'msk_u_iso_env_never_used' });
});
afterAll(async () => {
  expect(await srv.stop()).toBe(0);
  await up.close();
});

it(`${CLIENTS} concurrent clients, ${CALLS} calls, four kinds: zero cross-talk`, async () => {
  const f = await runIsolation(echoPlan(srv.url, { clients: CLIENTS, calls: CALLS }));
  console.log(
    `isolation: ${f.calls} calls by ${f.clients} clients (one call in flight per client) in ${f.durationMs} ms, ` +
      `${f.callsPerSecond} calls/s; latency p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, max ${f.maxMs} ms; ` +
      `${up.requests.length} upstream requests; cross-talk ${f.crossTalk.count + violations.length}; errors ${f.errors.count}`,
  );
  expect(f.errors.samples.slice(0, 5)).toEqual([]);
  expect(violations.slice(0, 5)).toEqual([]);
  expect(f.crossTalk.samples.slice(0, 5)).toEqual([]);
  expect([f.errors.count, f.crossTalk.count]).toEqual([0, 0]);
  expect(f.calls).toBe(CALLS);
  // One upstream request per call, each checked by the upstream; the environment key never used.
  expect(up.requests).toHaveLength(CALLS);
  expect(up.requests.filter((q) => q.headers.authorization?.includes('env_never_used'))).toEqual([]);
  expect(new Set(up.requests.map((q) => q.headers.authorization)).size).toBe(CLIENTS);
  expect(srv.child.exitCode).toBeNull();
}, 60_000);
