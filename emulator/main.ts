// Runs the emulator on its own: `npx tsx emulator/main.ts --port 4010 [--boot-ms 800] [--data-dir DIR]
// [--fault-header] [--quiet] [--unsafe-expose-emulator]`. Prints its URL to stderr and stops on
// SIGINT or SIGTERM (a second one exits at once, still cleaning up).
import { parseArgs } from 'node:util';
import { isLoopbackHost } from '../vocabulary/loopback.js';
import { onStopSignals } from '../vocabulary/signals.js';
import { startEmulator } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'boot-ms': { type: 'string' },
    'data-dir': { type: 'string' },
    'fault-header': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'unsafe-expose-emulator': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stderr.write(
    'usage: npx tsx emulator/main.ts [--port 4010] [--host 127.0.0.1] [--boot-ms 800] [--data-dir DIR] [--fault-header] [--quiet] [--unsafe-expose-emulator]\n',
  );
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be 0-65535, got ${values.port}\n`);
  process.exit(2);
}

const emulator = await startEmulator({
  host: values.host,
  unsafeExpose: values['unsafe-expose-emulator'],
  port,
  bootMs: values['boot-ms'] !== undefined ? Number(values['boot-ms']) : undefined,
  dataDir: values['data-dir'],
  faultHeader: values['fault-header'],
  log: values.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
}).catch((err: unknown) => {
  process.stderr.write(`MIOSA emulator: ${(err as Error).message}\n`);
  process.exit(2);
});
process.stderr.write(`MIOSA emulator: ${emulator.url}/api/v1  (MIOSA_API_URL=${emulator.url} MIOSA_API_KEY=msk_u_local)\n`);
process.stderr.write(`MIOSA emulator: pages (sites, previews, desktops) at ${emulator.sitesUrl}\n`);
if (values['unsafe-expose-emulator'] && !isLoopbackHost(values.host)) {
  process.stderr.write(`MIOSA emulator: WARNING: listening on ${values.host}: anyone who can reach it can run commands on this machine\n`);
}

const stop = (signal: string): void => {
  process.stderr.write(`MIOSA emulator: ${signal}, stopping\n`);
  emulator.close().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`MIOSA emulator: close failed: ${String(err)}\n`);
      process.exit(1);
    },
  );
};
onStopSignals(stop, (line) => process.stderr.write(`MIOSA emulator: ${line}\n`));
