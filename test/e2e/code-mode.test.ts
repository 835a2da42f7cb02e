// The four conversations, each as one miosa_run, over real stdio (--code-mode) and real HTTP
// (?mode=code): the built CLI, the SDK's client, the emulator doing the work. The outcomes are
// checked by the same expectOutcome as the tool-by-tool path in conversations.test.ts.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { allCodeConversations } from '../../scripts/code-conversations.js';
import { httpClient, startHttpServer, stdioClient, type HttpServerProcess } from '../support/cli.js';
import { expectOutcome } from '../support/outcome.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ bootMs: 100 });
});
afterAll(() => emu.close());

function expectCodeMode(client: Client, tools: { name: string }[]): void {
  expect(tools.map((t) => t.name)).toEqual(['miosa_api_search', 'miosa_run']);
  expect(client.getInstructions()).toContain('## Code mode');
}

describe('the four conversations as one miosa_run each', () => {
  it('over stdio', async () => {
    const s = await stdioClient({ MIOSA_API_KEY: 'msk_u_code_stdio', MIOSA_BASE_URL: emu.url, MIOSA_POLL_MS: '50' }, ['--code-mode']);
    try {
      expectCodeMode(s.client, (await s.client.listTools()).tools);
      expectOutcome(await allCodeConversations(s.client));
    } finally {
      await s.close();
    }
  }, 120_000);

  describe('over HTTP', () => {
    let srv: HttpServerProcess;
    let client: Client;
    beforeAll(async () => {
      srv = await startHttpServer({ MIOSA_BASE_URL: emu.url, MIOSA_POLL_MS: '50' });
      client = await httpClient(`${srv.url}?mode=code`, { Authorization: 'Bearer msk_u_code_http' });
    });
    afterAll(async () => {
      await client.close();
      await srv.stop();
    });

    it('carries all four', async () => {
      expectCodeMode(client, (await client.listTools()).tools);
      expectOutcome(await allCodeConversations(client));
    }, 120_000);
  });
});
