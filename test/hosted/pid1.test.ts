// The image runs node as PID 1 (deploy/Dockerfile, no init). PID 1 gets no default signal actions:
// a SIGTERM it has no handler for is ignored, and the container is killed 30-90 s later by SIGKILL,
// calls and all. Here the built CLI runs as PID 1 of its own PID namespace (unshare, as a container
// runtime does) and must drain on SIGTERM: the call in flight is answered, then exit 0.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI, childEnv, httpClient } from '../support/cli.js';
import { exampleReply, useRecordingUpstream } from '../support/recording-upstream.js';
import { until } from '../support/hosted.js';

const upstream = useRecordingUpstream({ beforeAll, afterAll, beforeEach });
const canUnshare = spawnSync('unshare', ['--fork', '--pid', '--mount-proc', 'sh', '-c', 'test $$ = 1'], { timeout: 5000 }).status === 0;
if (!canUnshare) console.warn('\n*** SKIPPED: test/hosted/pid1.test.ts needs `unshare --pid` (root, util-linux) ***\n');

describe.skipIf(!canUnshare)('node as PID 1, as in the image', () => {
  it('SIGTERM to PID 1 drains: the call in flight is answered, then exit 0', async () => {
    upstream.current.respond((q) => (q.path.includes('sbx_pid1') ? { ...exampleReply('getSandbox'), delayMs: 700 } : undefined));
    const child = spawn('unshare', ['--fork', '--pid', '--mount-proc', process.execPath, CLI, '--transport', 'http', '--port', '0'], {
      env: childEnv({ MIOSA_BASE_URL: upstream.current.url }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr!.on('data', (d) => {
        err += String(d);
        const m = /at (http:\/\/[^ ]+\/mcp)/.exec(err);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    // The node process is unshare's only child; in its namespace it is PID 1.
    const nodePid = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
    expect(readFileSync(`/proc/${nodePid}/status`, 'utf8')).toMatch(/^NSpid:\s+\d+\s+1$/m);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

    const client = await httpClient(url, { Authorization: 'Bearer msk_u_pid1_test_key' });
    const call = client.callTool({ name: 'sandbox_get', arguments: { id: 'sbx_pid1' } }) as Promise<CallToolResult>;
    // The call must be in flight when the signal comes, or the test proves nothing about draining it.
    await until(() => upstream.current.requests.some((q) => q.path.includes('sbx_pid1')), 5000, 'the call to reach MIOSA');
    process.kill(nodePid, 'SIGTERM');
    const r = await call;
    expect(r.isError, JSON.stringify(r)).toBeFalsy();
    expect(await exited).toBe(0);
    expect(err).toMatch(/stopping: \/readyz answers 503/);
    await client.close().catch(() => {});
  }, 20_000);

  it('control: a PID 1 with no SIGTERM handler ignores the signal (what the handler above is for)', async () => {
    const child = spawn('unshare', ['--fork', '--pid', '--mount-proc', process.execPath, '-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
    const nodePid = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
    process.kill(nodePid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    expect(child.exitCode).toBeNull();
    process.kill(nodePid, 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
  });
});
