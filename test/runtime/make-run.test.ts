// `make run` (scripts/run.sh, after the build): the emulator unless MIOSA_UPSTREAM=real, even with
// MIOSA_API_KEY exported; the first line says which upstream; a busy port is one line naming it and PORT=.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const RUN = join(import.meta.dirname, '../../scripts/run.sh');
const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
});

const baseEnv = (extra: Record<string, string>) => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...extra });

/** Runs `make run`'s script until it says where it serves (or exits), and returns what it said. */
function runUntilServing(extra: Record<string, string>): Promise<{ stderr: string; exit?: number | null }> {
  const child = spawn('bash', [RUN], { env: baseEnv(extra), stdio: ['ignore', 'ignore', 'pipe'] });
  stops.push(() => child.kill('SIGTERM'));
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no serving line: ${stderr}`)), 30_000);
    child.stderr!.on('data', (d) => {
      stderr += String(d);
      if (/claude mcp add .*\n/.test(stderr)) {
        clearTimeout(timer);
        resolve({ stderr });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ stderr, exit: code });
    });
  });
}

describe('make run', () => {
  it('with MIOSA_API_KEY exported it still serves the emulator, and says so first', async () => {
    const { stderr, exit } = await runUntilServing({ MIOSA_API_KEY: 'msk_u_x', PORT: '0' });
    expect(exit).toBeUndefined();
    const lines = stderr.split('\n');
    expect(lines[0]).toMatch(/^\[make run\] upstream: the embedded MIOSA emulator .*MIOSA_UPSTREAM=real make run\. MIOSA_API_KEY is not used here/);
    expect(stderr).toMatch(/serving 145 tools over HTTP at http:\/\/127\.0\.0\.1:\d+\/mcp \(also \/api\/v1\/mcp; upstream http:\/\/127\.0\.0\.1:\d+\/api\/v1\)/);
    expect(stderr).toMatch(/claude mcp add --transport http miosa http:\/\/127\.0\.0\.1:\d+\/mcp --header "Authorization: Bearer msk_u_demo_local"/);
  });

  it('MIOSA_UPSTREAM=real serves the configured API and prints a connect line that refers to the key', async () => {
    // The documented name and its alias: the URL is said once, by the server, so the two lines cannot disagree.
    for (const name of ['MIOSA_API_URL', 'MIOSA_BASE_URL']) {
      const { stderr } = await runUntilServing({ MIOSA_UPSTREAM: 'real', [name]: 'http://127.0.0.1:9', PORT: '0' });
      expect(stderr.split('\n')[0]).toBe('[make run] upstream: the MIOSA API (MIOSA_UPSTREAM=real; the serving line names its URL); each client sends its own key.');
      expect(stderr).toMatch(/upstream http:\/\/127\.0\.0\.1:9\/api\/v1\)/);
      expect(stderr).not.toContain('api.miosa.ai');
      expect(stderr).toContain('--header "Authorization: Bearer ${MIOSA_API_KEY}"');
    }
  });

  it('an unknown MIOSA_UPSTREAM is refused', () => {
    const r = spawnSync('bash', [RUN], { env: baseEnv({ MIOSA_UPSTREAM: 'prod', PORT: '0' }), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/MIOSA_UPSTREAM must be emulator \(the default\) or real, not "prod"/);
  });

  it('a busy port is one line that names it and says PORT=', async () => {
    const holder: Server = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    stops.push(() => holder.close());
    const port = (holder.address() as { port: number }).port;
    const { stderr, exit } = await runUntilServing({ PORT: String(port) });
    expect(exit).toBe(1);
    const about = stderr.split('\n').filter((l) => l.includes(String(port)));
    expect(about).toEqual([`[miosa-mcp] port ${port} on 127.0.0.1 is already in use: stop what holds it, or choose another port with --port N (make run: PORT=N make run).`]);
    expect(stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
  });
});
