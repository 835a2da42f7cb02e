// make demo: the four conversations of the roster, driven through a real MCP client against the
// built server running with its embedded emulator (no key, no network), printing every call and
// what came back.
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { allConversations } from './conversations.js';

const cli = join(import.meta.dirname, '../dist/src/cli.js');
const transport = new StdioClientTransport({
  command: process.execPath,
  args: [cli, '--emulator'],
  env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', MIOSA_POLL_MS: '200' },
  stderr: 'inherit',
});
const client = new Client({ name: 'miosa-demo', version: '1' });
await client.connect(transport);
const { tools } = await client.listTools();
console.log(`Connected to ${client.getServerVersion()?.name} ${client.getServerVersion()?.version}: ${tools.length} tools.`);
try {
  const o = await allConversations(client, (line) => console.log(line));
  console.log('\n# Outcome');
  console.log(`- screenshots: ${o.screenshots.before.length} and ${o.screenshots.afterLaunch.length} bytes of PNG, ${o.screenshots.before.equals(o.screenshots.afterLaunch) ? 'identical' : 'different after launching an app'}`);
  console.log(`- build exit code ${o.build.exitCode}, live at ${o.build.publicUrl}`);
  console.log(`- cron execution exit code ${o.cron.exitCode}: ${o.cron.output.trim()}`);
  console.log(`- database ${o.database.state}: ${o.database.connectionString.replace(/:[^:@/]+@/, ':****@')}; deployment env: ${o.database.envNames.join(', ')}`);
} finally {
  await client.close();
}
