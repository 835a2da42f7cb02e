// The fault switch: injected statuses with Retry-After, delays, resets and broken bodies.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { client, specChecker, type Call } from './helpers.js';

const spec = specChecker();
let emu: Emulator;
let call: Call;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, bootMs: 50, faultHeader: true });
  call = client(emu.url, 'msk_u_faults');
});
afterEach(() => emu.faults.clear());
afterAll(async () => {
  await emu?.close();
});

describe('the fault switch', () => {
  it('answers a status with Retry-After and an error body, `times` times', async () => {
    emu.faults.set({ path: '/sandboxes', method: 'GET', status: 429, retryAfter: 2, times: 2 });
    for (let i = 0; i < 2; i++) {
      const r = await call('GET', '/sandboxes');
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('2');
      expect(r.json.error).toMatchObject({ code: 'RATE_LIMITED', retry_after: 2 });
      expect(spec.check('listSandboxes', r)).toEqual([]);
    }
    expect((await call('GET', '/sandboxes')).status).toBe(200);
    // Method and path must match.
    emu.faults.set({ path: /\/computers$/, status: 503 });
    expect((await call('GET', '/sandboxes')).status).toBe(200);
    const r = await call('GET', '/computers');
    expect(r.status).toBe(503);
    expect(spec.check('listComputers', r)).toEqual([]);
  });

  it('delays an answer', async () => {
    emu.faults.set({ path: '/compute/regions', delayMs: 300, times: 1 });
    const t0 = Date.now();
    const r = await call('GET', '/compute/regions');
    expect(r.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    const t1 = Date.now();
    await call('GET', '/compute/regions');
    expect(Date.now() - t1).toBeLessThan(250);
  });

  it('resets the connection mid-response or before it', async () => {
    emu.faults.set({ path: '/compute/regions', reset: true, times: 1 });
    await expect(call('GET', '/compute/regions')).rejects.toThrow();
    emu.faults.set({ path: '/compute/regions', reset: 'before-response', times: 1 });
    await expect(fetch(`${emu.url}/api/v1/compute/regions`, { headers: { Authorization: 'Bearer msk_u_faults' } })).rejects.toThrow(/fetch failed/);
    expect((await call('GET', '/compute/regions')).status).toBe(200);
  });

  it('answers a truncated or huge body', async () => {
    emu.faults.set({ path: '/compute/regions', body: '{"data": [{"id": "us-', times: 1 });
    const r = await call('GET', '/compute/regions');
    expect(r.status).toBe(200);
    expect(r.text).toBe('{"data": [{"id": "us-');
    expect(() => JSON.parse(r.text)).toThrow();
    emu.faults.set({ path: '/compute/regions', bytes: 3 * 1024 * 1024, times: 1 });
    const big = await call('GET', '/compute/regions');
    expect(big.bytes.length).toBe(3 * 1024 * 1024);
  });

  it('takes a fault from the X-Emulator-Fault header when enabled', async () => {
    const r = await call('GET', '/compute/regions', { headers: { 'X-Emulator-Fault': JSON.stringify({ status: 502 }) } });
    expect(r.status).toBe(502);
    expect(r.json.error.code).toBe('BAD_GATEWAY');
    expect((await call('GET', '/compute/regions')).status).toBe(200);
    // Requests are recorded, faults included.
    const last = emu.requests.filter((q) => q.path === '/api/v1/compute/regions').at(-2)!;
    expect(last.headers['x-emulator-fault']).toBe('{"status":502}');
  });

  it('ignores the header unless started with faultHeader', async () => {
    const plain = await startEmulator({ port: 0 });
    try {
      const r = await client(plain.url)('GET', '/compute/regions', { headers: { 'X-Emulator-Fault': JSON.stringify({ status: 500 }) } });
      expect(r.status).toBe(200);
    } finally {
      await plain.close();
    }
  });
});
