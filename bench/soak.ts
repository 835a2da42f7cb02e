// Soak on its own: `npx tsx bench/soak.ts [calls] [--connections N] [--no-build]` (default 100,000
// calls at 16 connections). Starts the emulator and the built server, pinned where possible,
// and prints the server's memory at start, after warm-up and at the end.
import { parseArgs } from 'node:util';
import { buildCli, removeLogs } from './lib/procs.js';
import { runSoak, soakTable } from './lib/soak.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { connections: { type: 'string', default: '16' }, 'no-build': { type: 'boolean', default: false } },
});
const calls = Number(positionals[0] ?? 100_000);
if (!Number.isInteger(calls) || calls < 2000) throw new Error('calls must be a whole number of at least 2000');
if (!values['no-build']) buildCli();
const result = await runSoak({ calls, connections: Number(values.connections), say: (l) => process.stderr.write(`${l}\n`) });
process.stdout.write(`\n### Soak: ${calls.toLocaleString('en-US')} HTTP tool calls\n\n${soakTable(result)}\n`);
removeLogs();
process.exitCode = result.met && result.errors === 0 && result.failedResults === 0 ? 0 : 1;
