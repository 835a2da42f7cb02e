// Isolation at full size on its own: `npx tsx bench/isolation.ts [--clients 50] [--calls 10000]
// [--no-build]`. 50 MCP clients over HTTP, each with its own key, against the emulator; fails when
// any client sees another's resources or any call fails.
import { parseArgs } from 'node:util';
import { isolationTable, measureIsolation } from './lib/isolation.js';
import { buildCli, removeLogs } from './lib/procs.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    calls: { type: 'string', default: '10000' },
    'no-build': { type: 'boolean', default: false },
  },
});
if (!values['no-build']) buildCli();
const result = await measureIsolation({
  clients: Number(values.clients),
  calls: Number(values.calls),
  say: (l) => process.stderr.write(`${l}\n`),
});
process.stdout.write(`\n### Isolation: ${result.clients} clients, ${result.calls.toLocaleString('en-US')} calls\n\n${isolationTable(result)}\n`);
for (const s of [...result.crossTalkSamples, ...result.errorSamples]) process.stdout.write(`- ${s}\n`);
removeLogs();
process.exitCode = result.ok ? 0 : 1;
