// The four conversations of the roster, end to end over real stdio and real HTTP: the built CLI,
// the SDK's own client, and the emulator doing the work for real.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { allConversations, type Outcome } from '../../scripts/conversations.js';
import { httpClient, startHttpServer, stdioClient, type HttpServerProcess } from '../support/cli.js';

/** Width and height from a PNG's IHDR, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function expectOutcome(o: Outcome): void {
  // 1. A real PNG of the stated size, which changes once an app is launched.
  expect(pngSize(o.screenshots.before)).toEqual({ width: 1024, height: 768 });
  expect(pngSize(o.screenshots.afterLaunch)).toEqual({ width: 1024, height: 768 });
  expect(o.screenshots.afterLaunch.equals(o.screenshots.before)).toBe(false);
  // 2. The build ran for real and the published URL serves what it built.
  expect(o.build.exitCode).toBe(0);
  expect(o.build.publicUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  expect(o.build.page).toContain('Built by next build');
  // 3. The cron job ran the script in the sandbox.
  expect(o.cron.exitCode).toBe(0);
  expect(o.cron.output).toContain('health: ok');
  // 4. Postgres came up; its connection string went into a deployment's environment.
  expect(o.database.state).toBe('running');
  expect(o.database.connectionString).toMatch(/^postgres(ql)?:\/\/[^:]+:[^@]+@[^:/]+:5432\/\w+/);
  expect(o.database.envNames).toContain('DATABASE_URL');
}

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ bootMs: 100 });
});
afterAll(() => emu.close());

describe('the four conversations', () => {
  it('over stdio', async () => {
    const s = await stdioClient({ MIOSA_API_KEY: 'msk_u_e2e_stdio', MIOSA_BASE_URL: emu.url, MIOSA_POLL_MS: '50' });
    try {
      expectOutcome(await allConversations(s.client));
    } finally {
      await s.close();
    }
  }, 120_000);

  describe('over HTTP', () => {
    let srv: HttpServerProcess;
    let client: Client;
    beforeAll(async () => {
      srv = await startHttpServer({ MIOSA_BASE_URL: emu.url, MIOSA_POLL_MS: '50' });
      client = await httpClient(srv.url, { Authorization: 'Bearer msk_u_e2e_http' });
    });
    afterAll(async () => {
      await client.close();
      await srv.stop();
    });

    it('carries all four', async () => {
      expectOutcome(await allConversations(client));
    }, 120_000);
  });
});
