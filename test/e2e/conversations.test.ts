// The four conversations of the roster, end to end over real stdio and real HTTP: the built CLI,
// the SDK's own client, and the emulator doing the work for real.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { allConversations } from '../../scripts/conversations.js';
import { httpClient, startHttpServer, stdioClient, type HttpServerProcess } from '../support/cli.js';
import { expectOutcome } from '../support/outcome.js';

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
