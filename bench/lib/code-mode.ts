// Model round trips and tokens for the four conversations, tool by tool against code mode, each run
// for real through the built CLI over stdio against an emulator of its own. What a model pays:
// every turn carries the tools/list answer, and every tool result is read once.
//   turns   = the tool calls the model makes, plus its final answer
//   tokens  = tools/list tokens × turns + the text of every result (o200k)
// Images (two screenshots in conversation 1, either way) are the same in both and not counted.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { startEmulator } from '../../emulator/index.js';
import { CODE_SCRIPTS, type CodeConversation } from '../../scripts/code-conversations.js';
import { buildConversation, cronConversation, databaseConversation, desktopConversation } from '../../scripts/conversations.js';
import { int, table } from './stats.js';
import { childEnv, CLI } from './procs.js';

const tokens = (text: string) => countTokens(text, { disallowedSpecial: new Set() });

/** The declarations a model reads first in code mode, per conversation. */
const SEARCHES: Record<CodeConversation, string[]> = {
  desktop: ['computer', 'desktop'],
  build: ['sandbox', 'deploy'],
  cron: ['sandbox', 'cron'],
  database: ['database', 'deploy'],
};

interface Tally {
  calls: number;
  resultTokens: number;
}

/** A client whose tool calls are counted: how many, and the tokens of the text the model reads. */
function counting(client: Client, tally: Tally): Client {
  const callTool = client.callTool.bind(client);
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop !== 'callTool') return Reflect.get(target, prop, receiver);
      return async (...args: Parameters<Client['callTool']>) => {
        const r = (await callTool(...args)) as CallToolResult;
        tally.calls++;
        tally.resultTokens += tokens(r.content.filter((c) => c.type === 'text').map((c) => (c as { text: string }).text).join('\n'));
        return r;
      };
    },
  });
}

async function connect(url: string, args: string[], key: string): Promise<{ client: Client; listTokens: number }> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, ...args], env: childEnv({ MIOSA_API_KEY: key, MIOSA_BASE_URL: url, MIOSA_POLL_MS: '50' }), stderr: 'ignore' });
  const client = new Client({ name: 'bench-code-mode', version: '0' });
  await client.connect(transport);
  const listTokens = tokens(JSON.stringify(await client.listTools()));
  return { client, listTokens };
}

export interface ConversationFigures {
  conversation: string;
  tools: { turns: number; tokens: number; listTokens: number; resultTokens: number };
  code: { turns: number; tokens: number; listTokens: number; resultTokens: number };
}

export async function measureCodeMode(say: (line: string) => void): Promise<ConversationFigures[]> {
  const emu = await startEmulator({ bootMs: 50 });
  try {
    // Two keys, two organizations: each path creates its own resources under the same names.
    const direct = await connect(emu.url, [], 'msk_u_bench_tools');
    const code = await connect(emu.url, ['--code-mode'], 'msk_u_bench_code');
    const byTool = [desktopConversation, buildConversation, cronConversation, databaseConversation];
    const names: CodeConversation[] = ['desktop', 'build', 'cron', 'database'];
    const out: ConversationFigures[] = [];
    for (const [i, name] of names.entries()) {
      say(`code mode bench: conversation ${i + 1} (${name}), tool by tool then as one script`);
      const t: Tally = { calls: 0, resultTokens: 0 };
      await byTool[i](counting(direct.client, t), () => {});
      const c: Tally = { calls: 0, resultTokens: 0 };
      const codeClient = counting(code.client, c);
      await codeClient.callTool({ name: 'miosa_api_search', arguments: { toolsets: SEARCHES[name] } });
      const r = (await codeClient.callTool({ name: 'miosa_run', arguments: { code: CODE_SCRIPTS[name] } }, undefined, { timeout: 120_000 })) as CallToolResult;
      if (r.isError) throw new Error(`code mode ${name}: ${JSON.stringify(r.content).slice(0, 300)}`);
      const figures = (tally: Tally, listTokens: number) => {
        const turns = tally.calls + 1;
        return { turns, tokens: listTokens * turns + tally.resultTokens, listTokens, resultTokens: tally.resultTokens };
      };
      out.push({ conversation: `${i + 1}. ${name}`, tools: figures(t, direct.listTokens), code: figures(c, code.listTokens) });
    }
    await direct.client.close();
    await code.client.close();
    return out;
  } finally {
    await emu.close();
  }
}

export function codeModeTable(rows: readonly ConversationFigures[]): string {
  return table(
    ['conversation', 'tool by tool: turns', 'tokens', 'code mode: turns', 'tokens', 'tokens saved'],
    rows.map((r) => [
      r.conversation,
      r.tools.turns,
      int(r.tools.tokens),
      r.code.turns,
      int(r.code.tokens),
      `${Math.round((1 - r.code.tokens / r.tools.tokens) * 100)}%`,
    ]),
  );
}
