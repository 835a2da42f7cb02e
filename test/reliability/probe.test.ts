// docker_deploy_doctor's probe is the one request the server sends outside the MIOSA API, to a URL a
// user can steer (a custom domain's DNS, a redirect the app answers). On a hosted server it must not
// become a way into the server's own network: public addresses only, checked on the address really
// dialled, no redirect followed; against the emulator, loopback only and no DNS at all.
import { createServer, type Server } from 'node:http';
import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, probeGet, ProbeRefused, type Lookup } from '../../src/composites/probe.js';
import { unfence } from '../../src/fence.js';
import { KEY, connect, type Connected } from '../support/harness.js';
import { startRecordingUpstream, type RecordingUpstream } from '../support/recording-upstream.js';

interface Listener {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

async function listen(answer: (path: string) => { status: number; headers?: Record<string, string>; body?: string }): Promise<Listener> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`.trim());
    const a = answer(req.url ?? '/');
    res.writeHead(a.status, a.headers).end(a.body ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    hits,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

let internal: Listener;
let app: Listener;
let up: RecordingUpstream;
let mcp: Connected;
let publicUrl = '';

beforeAll(async () => {
  // Stands for the metadata service or a private database: nothing may reach it.
  internal = await listen(() => ({ status: 200, body: '{"secret":"instance-credentials"}' }));
  app = await listen((path) =>
    path === '/go-inside' ? { status: 302, headers: { location: `${internal.url}/latest/meta-data` } } : { status: 200, body: '<h1>up</h1>' },
  );
  up = await startRecordingUpstream();
  up.respond((q) => {
    if (/^\/api\/v1\/deployments\/[^/]+$/.test(q.path)) {
      return { body: { data: { id: 'dep_1', state: 'running', deployment_product: 'docker_deploy', public_url: publicUrl } } };
    }
    return undefined;
  });
  mcp = await connect({ upstreamUrl: up.url, credentials: { apiKey: KEY } });
});
afterAll(async () => {
  await mcp.close();
  await up.close();
  await app.close();
  await internal.close();
});

async function doctor(url: string, probePath = '/'): Promise<{ ok: boolean; status: number | null; message: string; response_snippet: string }> {
  publicUrl = url;
  const r = await mcp.call('docker_deploy_doctor', { id: 'dep_1', probePath });
  expect(r.isError, JSON.stringify(r)).toBeFalsy();
  // What the app answered is fenced (it is the web's text); the probe's own verdicts are read inside.
  const probe = (r.structuredContent as { probe: Record<string, unknown> }).probe;
  return Object.fromEntries(Object.entries(probe).map(([k, v]) => [k, unfence(v) ?? v])) as never;
}

describe('the probe, through the tool (the API on loopback: the emulator rules)', () => {
  it('reaches the app on loopback, without the key', async () => {
    const p = await doctor(app.url);
    expect(p).toMatchObject({ ok: true, status: 200, response_snippet: '<h1>up</h1>' });
    expect(app.hits.at(-1)).toBe('GET /');
  });

  it('does not follow a redirect, and says where it pointed', async () => {
    const p = await doctor(app.url, '/go-inside');
    expect(p).toMatchObject({ ok: false, status: 302 });
    expect(p.message).toMatch(new RegExp(`HTTP 302 to ${internal.url}/latest/meta-data: not followed`));
    expect(internal.hits).toEqual([]);
  });

  it('refuses a host that is not on this machine, before any DNS lookup', async () => {
    const p = await doctor('https://app.example.com');
    expect(p).toMatchObject({ ok: false, status: null });
    expect(p.message).toMatch(/^probe refused: app\.example\.com is not on this machine/);
  });

  it('a probePath cannot name another host', async () => {
    publicUrl = app.url;
    const r = await mcp.call('docker_deploy_doctor', { id: 'dep_1', probePath: `//${new URL(internal.url).host}/x` });
    expect(JSON.stringify(r.structuredContent)).toMatch(/probePath must be a path on/);
    expect(internal.hits).toEqual([]);
  });
});

describe('the probe on a hosted server (public addresses only)', () => {
  const opts = (lookup?: Lookup) => ({ signal: new AbortController().signal, loopback: false, timeoutMs: 2000, maxBytes: 4096, lookup });
  const fakeDns = (table: Record<string, string[]>): Lookup & { asked: string[] } => {
    const asked: string[] = [];
    const fn = ((host: string, _o: unknown, cb: (e: NodeJS.ErrnoException | null, a: LookupAddress[]) => void) => {
      asked.push(host);
      const addresses = (table[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      cb(null, addresses);
    }) as Lookup & { asked: string[] };
    fn.asked = asked;
    return fn;
  };

  it('tells public addresses from everything else', () => {
    for (const a of ['8.8.8.8', '1.1.1.1', '151.101.1.69', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isPublicAddress(a), a).toBe(true);
    for (const a of [
      '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
      '224.0.0.1', '255.255.255.255', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:169.254.169.254', 'not-an-ip',
    ]) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });

  it('refuses a name that resolves to the metadata service or a private address, on the address it would dial', async () => {
    const dns = fakeDns({ 'meta.attacker.test': ['169.254.169.254'], 'mixed.attacker.test': ['8.8.8.8', '10.0.0.7'], 'local.attacker.test': [new URL(internal.url).hostname] });
    for (const host of ['meta.attacker.test', 'mixed.attacker.test', 'local.attacker.test']) {
      const port = new URL(internal.url).port;
      await expect(probeGet(new URL(`http://${host}:${port}/latest/meta-data`), opts(dns)), host).rejects.toThrow(ProbeRefused);
    }
    expect(dns.asked).toEqual(['meta.attacker.test', 'mixed.attacker.test', 'local.attacker.test']);
    expect(internal.hits).toEqual([]);
  });

  it('refuses private literals without asking DNS, and anything not http(s)', async () => {
    const dns = fakeDns({});
    for (const url of [internal.url, 'http://10.0.0.1/', 'http://[::1]:80/', 'http://[::ffff:127.0.0.1]/', 'file:///etc/passwd']) {
      await expect(probeGet(new URL(url), opts(dns)), url).rejects.toThrow(ProbeRefused);
    }
    expect(dns.asked).toEqual([]);
    expect(internal.hits).toEqual([]);
  });
});
