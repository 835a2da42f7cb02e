// Issue 15, part B, as a user's process sees it: the built CLI over stdio when the editor closes its
// end of stdout, the emulator's log lines in the server's stderr, and doctor's terminal output.
import { spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatFindings, runDoctor } from '../../src/commands/doctor/index.js';
import { CLI, childEnv, stdioClient } from '../support/cli.js';
import { startRecordingUpstream, type RecordingUpstream } from '../support/recording-upstream.js';

let up: RecordingUpstream;
beforeAll(async () => {
  up = await startRecordingUpstream();
});
afterAll(() => up.close());
afterEach(() => up.respond(undefined));

const rpcLine = (id: number, method: string, params: object = {}) => `${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`;

describe('stdout closed by the reader (finding 8)', () => {
  it('while requests keep coming, the stdio server ends cleanly: exit 0, no stack trace', async () => {
    const child = spawn(process.execPath, [CLI], {
      env: childEnv({ MIOSA_API_KEY: 'msk_u_epipe_test', MIOSA_BASE_URL: up.url }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdin.on('error', () => {}); // the child may be gone while we still write
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (code, signal) => resolve([code, signal])));
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);

    child.stdin.write(rpcLine(0, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'epipe', version: '0' } }));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    // The reader goes away; the client keeps asking (each tools/list answer is ~100 kB).
    child.stdout.destroy();
    let gone = false;
    void exited.then(() => (gone = true));
    for (let id = 1; id <= 400 && !gone; id++) {
      child.stdin.write(rpcLine(id, 'tools/list'));
      await new Promise((r) => setTimeout(r, 5));
    }
    const [code, signal] = await exited;
    clearTimeout(killer);
    expect({ code, signal }, stderr).toEqual({ code: 0, signal: null });
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  }, 30_000);
});

describe('the emulator behind --emulator (finding 7)', () => {
  it('no character run of the key reaches the server stderr, whatever the key looks like', async () => {
    // The emulator takes msk_ keys (and logs a new tenant for each); it refuses others with a 401.
    for (const key of ['msk_u_emulogSECRET456', 'msk_u_emu.SECRET789', 'sk-live-EMULOGsecret123']) {
      // info: the emulator's lines (a new tenant) are below the default log level.
      const s = await stdioClient({ MIOSA_API_KEY: key, MIOSA_LOG_LEVEL: 'info' }, ['--emulator']);
      await s.client.callTool({ name: 'sandbox_list', arguments: {} });
      await s.client.callTool({ name: 'sandbox_get', arguments: { id: `sbx_${key}` } });
      await s.close();
      const stderr = s.stderr();
      if (key.startsWith('msk_')) expect(stderr).toMatch(/new tenant/);
      // Any 6 characters in a row past the first 4 (msk_u_ itself is quoted by the usage hints).
      for (let i = 4; i + 6 <= key.length; i++) expect(stderr, key).not.toContain(key.slice(i, i + 6));
    }
  }, 30_000);
});

describe('doctor (finding 13)', () => {
  it('prints what MIOSA says with escape sequences and control characters removed', async () => {
    up.respond(() => ({
      body: { data: { name: '\x1b[31mAcme\x1b]0;owned\x07 Corp\x1b[2J\x9b1m\x07', slug: 'acme\rspoof', role: 'owner\x1b[0m' } },
    }));
    const result = await runDoctor({ env: { MIOSA_API_KEY: 'msk_u_doctor_ansi_1234', MIOSA_BASE_URL: up.url } });
    const out = formatFindings(result.findings);
    expect(out).toMatch(/organization "Acme Corp" \(acmespoof\) as owner/);
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(JSON.stringify(result.findings)).not.toMatch(/\\u001b|\\r|\\u0007/);
  });
});
