// What the hosted-endpoint tests share: the sandbox conversation a user's assistant has (create,
// then write, exec and read in turn, then destroy) and a reader of the Prometheus call counters.
import { connect as netConnect } from 'node:net';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export interface ConversationResult {
  calls: number;
  failures: string[];
}

/**
 * Exactly `calls` tool calls (at least 5): sandbox_create, rounds of sandbox_file_write,
 * sandbox_exec and sandbox_file_read (the last round cut to fit), then sandbox_destroy. `marker` goes
 * into every argument that carries free text, so a scan can look for it afterwards.
 */
export async function sandboxConversation(client: Client, calls: number, marker: string): Promise<ConversationResult> {
  const failures: string[] = [];
  let made = 0;
  const call = async (name: string, args: Record<string, unknown>): Promise<CallToolResult | undefined> => {
    made++;
    try {
      const r = (await client.callTool({ name, arguments: args })) as CallToolResult;
      if (r.isError) failures.push(`${name}: ${JSON.stringify(r.content).slice(0, 300)}`);
      return r;
    } catch (err) {
      failures.push(`${name}: ${(err as Error).message}`);
      return undefined;
    }
  };
  const created = await call('sandbox_create', { name: `conv-${marker}` });
  const id = (created?.structuredContent as { id?: string } | undefined)?.id ?? 'sbx_missing';
  const steps = [
    (i: number) => call('sandbox_file_write', { id, path: `/workspace/${marker}-${i}.txt`, content: `${marker} round ${i}\n` }),
    (i: number) => call('sandbox_exec', { id, command: `cat ${marker}-${i}.txt`, cwd: '/workspace' }),
    (i: number) => call('sandbox_file_read', { id, path: `/workspace/${marker}-${i}.txt` }),
  ];
  for (let i = 0; made < calls - 1; i++) await steps[i % 3](Math.floor(i / 3));
  await call('sandbox_destroy', { id });
  return { calls: made, failures };
}

/** Sum of miosa_mcp_tool_calls_total over all its series in one scrape. */
export function callsCounted(metricsText: string): number {
  return metricsText
    .split('\n')
    .filter((l) => l.startsWith('miosa_mcp_tool_calls_total{'))
    .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

/** Polls `cond` (a throw counts as not yet) until it holds, or fails naming `what`. */
export async function until(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await Promise.resolve().then(cond).catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Whether a brand-new TCP connection to the port is accepted. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = netConnect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}
