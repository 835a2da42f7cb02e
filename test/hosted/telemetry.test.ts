// What an operator watches: /metrics (Prometheus text) and one log line per call. Neither may ever
// hold a key, a tenant or an argument value, whatever the call did; labels stay bounded; the level
// and format settings do what they say; /metrics can have its own port and a token.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLI, childEnv, httpClient, rpc, startHttpServer } from '../support/cli.js';
import { callsCounted, sandboxConversation } from '../support/hosted.js';
import { createMetrics } from '../../src/telemetry/metrics.js';
import { connect, KEY as HARNESS_KEY } from '../support/harness.js';
import { useRecordingUpstream } from '../support/recording-upstream.js';

const upstream = useRecordingUpstream({ beforeAll, afterAll, beforeEach });
const KEY = 'msk_u_KNOWNkey7f3a9c1e5b';
const SECRET_PART = 'KNOWNkey7f3a9c1e5b';
const MARKER = 'argval4d1c9e';
const TENANT = 'tenant-9b8e7d';

const metricsOf = async (base: string, headers: Record<string, string> = {}) => {
  const res = await fetch(new URL('/metrics', base), { headers });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
};

describe('metrics and logs hold no key and no argument value', () => {
  it('a conversation with a known key, tenant and argument values, good and failing calls: /metrics and the JSON log lines never show them', async () => {
    const srv = await startHttpServer({ MIOSA_LOG_LEVEL: 'debug' }, ['--emulator', '--log-format', 'json']);
    const client = await httpClient(srv.url, { Authorization: `Bearer ${KEY}`, 'X-MIOSA-Tenant': TENANT });
    const conv = await sandboxConversation(client, 12, MARKER);
    expect(conv.failures).toEqual([]);
    // Failing calls whose arguments carry the marker: a missing sandbox, a bad argument, an unknown tool.
    const missing = await client.callTool({ name: 'sandbox_get', arguments: { id: `sbx_${MARKER}` } });
    expect(missing.isError).toBe(true);
    const invalid = await client.callTool({ name: 'sandbox_exec', arguments: { command: 42, cwd: MARKER } });
    expect(invalid.isError).toBe(true);
    await expect(client.callTool({ name: `tool_${MARKER}`, arguments: { x: MARKER } })).rejects.toThrow();
    const toolCalls = conv.calls + 3;
    // Refused before any tool: a bad header that holds the marker, and one with no key at all.
    expect((await rpc(srv.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, { authorization: `Bearer ${MARKER}` })).status).toBe(401);
    expect((await rpc(srv.url, { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'sandbox_list', arguments: {} } })).status).toBe(401);

    const m = await metricsOf(srv.url);
    expect(m.status).toBe(200);
    expect(m.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(callsCounted(m.text)).toBe(toolCalls);
    expect(m.text).toContain('miosa_mcp_tool_calls_total{tool="sandbox_exec",outcome="ok"}');
    expect(m.text).toContain('miosa_mcp_tool_calls_total{tool="sandbox_get",outcome="not_found"} 1');
    expect(m.text).toContain('miosa_mcp_tool_calls_total{tool="sandbox_exec",outcome="invalid_arguments"} 1');
    expect(m.text).toContain('miosa_mcp_tool_calls_total{tool="(unknown)",outcome="invalid_request"} 1');
    expect(m.text).toMatch(/miosa_mcp_tool_call_duration_seconds_count\{tool="sandbox_create"\} 1/);
    expect(m.text).toMatch(/miosa_mcp_upstream_responses_total\{status_class="2xx"\} [1-9]\d*/);
    expect(m.text).toMatch(/miosa_mcp_upstream_responses_total\{status_class="4xx"\} [1-9]/);
    expect(m.text).toContain('miosa_mcp_http_requests_refused_total{reason="unauthenticated"} 2');
    expect(m.text).toContain('miosa_mcp_tool_calls_in_flight 0');
    expect(m.text).toMatch(/^process_resident_memory_bytes \d+/m);
    // Labels of our series: only these names; every tool label is a tool of the surface or "(unknown)".
    const ours = m.text.split('\n').filter((l) => l.startsWith('miosa_mcp_'));
    const labelNames = new Set(ours.flatMap((l) => [...l.matchAll(/[{,]([a-z_]+)="/g)].map((x) => x[1])));
    for (const l of labelNames) expect(['le', 'outcome', 'reason', 'status_class', 'tool']).toContain(l);
    const known = new Set((await client.listTools()).tools.map((t) => t.name));
    for (const [, tool] of m.text.matchAll(/tool="([^"]*)"/g)) expect(known.has(tool) || tool === '(unknown)', tool).toBe(true);
    await client.close();
    expect(await srv.stop()).toBe(0);
    const stderr = srv.stderr();
    for (const [what, text] of [['/metrics', m.text], ['stderr', stderr]] as const) {
      for (const secret of [KEY, SECRET_PART, MARKER, TENANT]) expect(text.includes(secret), `${secret} in ${what}`).toBe(false);
    }
    // Every stderr line is one JSON object; one per tool call, with what an operator needs.
    const lines = stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const callLines = lines.filter((l) => typeof l.tool === 'string');
    expect(callLines).toHaveLength(toolCalls);
    for (const l of callLines) {
      expect(l).toMatchObject({ level: expect.stringMatching(/info|error/), request_id: expect.any(String), outcome: expect.any(String), duration_ms: expect.any(Number) });
      expect(Object.keys(l).sort()).toEqual(
        ['duration_ms', 'hostname', 'level', 'msg', 'name', 'outcome', 'pid', 'request_id', 'retries', 'time', 'tool', 'upstream_status'].filter((k) => k in l),
      );
    }
    expect(callLines.find((l) => l.tool === 'sandbox_create')).toMatchObject({ outcome: 'ok', upstream_status: expect.any(Number) });
    expect(callLines.find((l) => l.tool === 'sandbox_get')).toMatchObject({ outcome: 'not_found', upstream_status: 404 });
    expect(lines.some((l) => l.level === 'debug' && /upstream answered 2\d\d/.test(String(l.msg)))).toBe(true);
    expect(lines.some((l) => l.level === 'notice' && /serving 145 tools over HTTP/.test(String(l.msg)))).toBe(true);
    console.log(`telemetry: ${toolCalls} calls, ${lines.length} JSON log lines, ${m.text.length} bytes of metrics; no key, tenant or argument value in either`);
  }, 60_000);
});

describe('upstream answers and retries', () => {
  it('a 503 then a 200 on a safe read: one retry, one 5xx and one 2xx answer, one ok call with its latency', async () => {
    const metrics = createMetrics({ processMetrics: false });
    try {
      let n = 0;
      upstream.current.respond((q) => (q.path === '/api/v1/sandboxes' && q.method === 'GET' && n++ === 0 ? { status: 503, body: { error: { code: 'busy', message: 'busy' } } } : undefined));
      const c = await connect({ upstreamUrl: upstream.current.url, credentials: { apiKey: HARNESS_KEY } });
      expect((await c.call('sandbox_list')).isError).toBeFalsy();
      upstream.current.respond(() => ({ status: 404, body: { error: { code: 'not_found', message: 'no' } } }));
      expect((await c.call('sandbox_get', { id: 'sbx_none' })).isError).toBe(true);
      await c.close();
      const text = await metrics.registry.metrics();
      expect(text).toContain('miosa_mcp_upstream_retries_total 1');
      expect(text).toContain('miosa_mcp_upstream_responses_total{status_class="5xx"} 1');
      expect(text).toContain('miosa_mcp_upstream_responses_total{status_class="2xx"} 1');
      expect(text).toContain('miosa_mcp_upstream_responses_total{status_class="4xx"} 1');
      expect(text).toContain('miosa_mcp_tool_calls_total{tool="sandbox_list",outcome="ok"} 1');
      expect(text).toContain('miosa_mcp_tool_calls_total{tool="sandbox_get",outcome="not_found"} 1');
      expect(text).toContain('miosa_mcp_tool_call_duration_seconds_count{tool="sandbox_list"} 1');
      expect(text).toContain('miosa_mcp_tool_calls_in_flight 0');
    } finally {
      metrics.detach();
    }
  });
});

describe('log settings', () => {
  const callOnce = async (env: Record<string, string>, args: string[] = []) => {
    const srv = await startHttpServer({ MIOSA_BASE_URL: upstream.current.url, ...env }, args);
    const client = await httpClient(srv.url, { Authorization: `Bearer ${KEY}` });
    await client.callTool({ name: 'sandbox_list', arguments: {} });
    await client.close();
    await srv.stop();
    return srv.stderr();
  };

  it('MIOSA_LOG_LEVEL: warn by default (no call lines), info adds one per call, error keeps only start and stop', async () => {
    const byDefault = await callOnce({});
    expect(byDefault).toMatch(/^\[miosa-mcp\] serving 145 tools over HTTP/m);
    expect(byDefault).toMatch(/\[miosa-mcp\] stopping/);
    expect(byDefault).not.toMatch(/call sandbox_list/);
    const info = await callOnce({ MIOSA_LOG_LEVEL: 'info' });
    expect(info).toMatch(/^\[miosa-mcp\] call sandbox_list ok request_id=\S+ tool=sandbox_list outcome=ok upstream_status=200 duration_ms=[\d.]+$/m);
    expect(info).not.toMatch(/upstream answered/);
    const debug = await callOnce({ MIOSA_LOG_LEVEL: 'DEBUG' });
    expect(debug).toMatch(/\[miosa-mcp\] debug: upstream answered 200/);
    const error = await callOnce({ MIOSA_LOG_LEVEL: 'error' });
    expect(error).not.toMatch(/call sandbox_list/);
    expect(error).toMatch(/serving 145 tools/);
    const json = await callOnce({ MIOSA_LOG_LEVEL: 'info', MIOSA_LOG_FORMAT: 'json' });
    expect(json.trim().split('\n').map((l) => JSON.parse(l).msg)).toContain('call sandbox_list ok');
  }, 30_000);

  it('a bad MIOSA_LOG_LEVEL or --log-format stops the server with what to set', () => {
    for (const [env, args, want] of [
      [{ MIOSA_LOG_LEVEL: 'verbose' }, [], /MIOSA_LOG_LEVEL must be one of debug, info, warn, error \(got "verbose"\)/],
      [{}, ['--log-format', 'xml'], /--log-format must be text or json \(got "xml"\)/],
    ] as const) {
      const r = spawnSync(process.execPath, [CLI, '--transport', 'http', '--port', '0', ...args], { env: childEnv({ ...env }), encoding: 'utf8', timeout: 10_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(want);
    }
  });
});

describe('/metrics exposure', () => {
  it('MIOSA_METRICS_TOKEN: /metrics needs it as a bearer token; /readyz and /healthz do not', async () => {
    const srv = await startHttpServer({ MIOSA_BASE_URL: upstream.current.url, MIOSA_METRICS_TOKEN: 'scrape-token-1' });
    expect((await metricsOf(srv.url)).status).toBe(401);
    expect((await metricsOf(srv.url, { authorization: 'Bearer wrong-token-1' })).status).toBe(401);
    const ok = await metricsOf(srv.url, { authorization: 'Bearer scrape-token-1' });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('miosa_mcp_ready 1');
    expect((await fetch(new URL('/readyz', srv.url))).status).toBe(200);
    expect((await fetch(new URL('/healthz', srv.url))).status).toBe(200);
    await srv.stop();
  });

  it('--metrics-port: /metrics only there, where IP-literal Hosts (Prometheus by pod IP) pass and names or browser origins do not', async () => {
    const srv = await startHttpServer({ MIOSA_BASE_URL: upstream.current.url }, ['--metrics-port', '0']);
    const m = /metrics at (http:\/\/[^ ]+)\/metrics/.exec(srv.stderr());
    expect(m, srv.stderr()).not.toBeNull();
    const ops = m![1];
    expect((await metricsOf(srv.url)).status).toBe(404);
    expect((await metricsOf(ops)).text).toContain('miosa_mcp_tool_calls_in_flight');
    expect((await fetch(new URL('/readyz', ops))).status).toBe(200);
    expect((await fetch(new URL('/healthz', ops))).status).toBe(200);
    const raw = async (headers: Record<string, string>) => {
      const { request } = await import('node:http');
      return new Promise<number>((resolve, reject) => {
        const u = new URL('/metrics', ops);
        request({ host: u.hostname, port: u.port, path: '/metrics', headers }, (res) => (res.resume(), resolve(res.statusCode!))).on('error', reject).end();
      });
    };
    expect(await raw({ host: '10.1.2.3:9090' })).toBe(200);
    expect(await raw({ host: '[fd00::7]:9090' })).toBe(200);
    expect(await raw({ host: 'localhost:9090' })).toBe(200);
    expect(await raw({ host: 'localhost.evil.example' })).toBe(403);
    expect(await raw({ host: 'evil.example:9090' })).toBe(403);
    expect(await raw({ host: '127.0.0.1', origin: 'http://evil.example' })).toBe(403);
    await srv.stop();
  });
});
