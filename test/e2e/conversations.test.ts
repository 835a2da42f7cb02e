// The four conversations of the roster, end to end over real stdio and real HTTP: the built CLI,
// the SDK's own client, and the emulator doing the work for real. Each runs two ways, tool by tool
// and as one miosa_run per conversation in code mode, and must end with the same outcome.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { allCodeConversations } from '../../scripts/code-conversations.js';
import { allConversations, type Outcome } from '../../scripts/conversations.js';
import { httpClient, startHttpServer, stdioClient, type HttpServerProcess } from '../support/cli.js';
import { expectOutcome } from '../support/outcome.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ bootMs: 100 });
});
afterAll(() => emu.close());

interface Path {
  name: string;
  /** Extra CLI arguments over stdio; the query that asks for the same over HTTP. */
  args: string[];
  query: string;
  drive: (client: Client) => Promise<Outcome>;
  /** What tools/list must show on this path (undefined: the whole product). */
  tools?: string[];
}

const PATHS: Path[] = [
  { name: 'tool by tool', args: [], query: '', drive: (c) => allConversations(c) },
  { name: 'as one miosa_run each (code mode)', args: ['--code-mode'], query: '?mode=code', drive: (c) => allCodeConversations(c), tools: ['miosa_api_search', 'miosa_run'] },
];

async function expectPath(path: Path, client: Client): Promise<void> {
  if (path.tools) {
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(path.tools);
    expect(client.getInstructions()).toContain('## Code mode');
  }
  expectOutcome(await path.drive(client));
}

describe.each(PATHS)('the four conversations, $name', (path) => {
  // Each path has keys of its own, so each works in an organization of its own on the one emulator.
  const key = (transport: string) => `msk_u_e2e_${transport}_${path.args.length ? 'code' : 'tools'}`;

  it('over stdio', async () => {
    const s = await stdioClient({ MIOSA_API_KEY: key('stdio'), MIOSA_BASE_URL: emu.url, MIOSA_POLL_MS: '50' }, path.args);
    try {
      await expectPath(path, s.client);
    } finally {
      await s.close();
    }
  }, 120_000);

  describe('over HTTP', () => {
    let srv: HttpServerProcess;
    let client: Client;
    beforeAll(async () => {
      srv = await startHttpServer({ MIOSA_BASE_URL: emu.url, MIOSA_POLL_MS: '50' });
      client = await httpClient(`${srv.url}${path.query}`, { Authorization: `Bearer ${key('http')}` });
    });
    afterAll(async () => {
      await client.close();
      await srv.stop();
    });

    it('carries all four', () => expectPath(path, client), 120_000);
  });
});
