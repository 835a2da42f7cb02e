// Runs the built CLI as a user's editor or a hosting platform would: a child process over stdio, or
// an HTTP server on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

export const CLI = join(import.meta.dirname, '../../dist/src/cli.js');

/** The child's environment: only what a client would pass, never the test runner's own. */
export function childEnv(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...extra };
}

export async function stdioClient(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ client: Client; stderr: () => string; close(): Promise<void> }> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, ...args], env: childEnv(env), stderr: 'pipe' });
  let err = '';
  transport.stderr?.on('data', (d) => (err += String(d)));
  const client = new Client({ name: 'stdio-test', version: '0' });
  await client.connect(transport);
  return { client, stderr: () => err, close: () => client.close() };
}

export interface HttpServerProcess {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  stop(): Promise<number | null>;
}

export async function startHttpServer(env: Record<string, string>, args: string[] = [], limits: { maxOpenFiles?: number } = {}): Promise<HttpServerProcess> {
  const argv = [CLI, '--transport', 'http', '--port', '0', ...args];
  // A small file-descriptor limit (ulimit -n), as a constrained host has, through bash's ulimit.
  const child = limits.maxOpenFiles
    ? spawn('bash', ['-c', `ulimit -n ${limits.maxOpenFiles} && exec "$0" "$@"`, process.execPath, ...argv], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, argv, { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 15_000);
    child.stderr!.on('data', (d) => {
      err += String(d);
      const m = /at (http:\/\/[^ ]+\/mcp)/.exec(err);
      if (m) {
        clearTimeout(t);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  return {
    url,
    child,
    stderr: () => err,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

export async function httpClient(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'http-test', version: '0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

/** A JSON-RPC POST as a raw HTTP client sends it. */
export function rpc(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
