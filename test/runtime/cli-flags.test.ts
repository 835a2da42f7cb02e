// A wrong flag stops the built CLI before anything starts: exit 2, one line naming the flag and what
// it takes, and where the usage is.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childEnv, CLI } from '../support/cli.js';

const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { env: childEnv({}), encoding: 'utf8', timeout: 20_000 });

describe('flags', () => {
  it.each([
    [['--transport', 'http', '--port', '70000'], '--port must be 0-65535 (got 70000)'],
    [['--transport', 'http', '--port', '0', '--metrics-port', 'abc'], '--metrics-port must be 0-65535 (got abc)'],
    [['emulator', '--port', '1.5'], '--port must be 0-65535 (got 1.5)'],
    [['--transport', 'http', '--port', '0', '--max-body-bytes', '10'], '--max-body-bytes must be at least 1024'],
  ])('%j is refused with exit 2, naming the flag', (args, message) => {
    const r = run(args);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${message}\nRun miosa-mcp --help for usage.`);
    expect(r.stderr).not.toMatch(/serving|listening at/);
  });

  it('a transport it does not know is refused before the emulator starts', () => {
    const r = run(['--emulator', '--transport', 'bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--transport must be stdio or http (got bogus)');
    expect(r.stderr).not.toMatch(/emulator at/);
  });
});
