// `doctor --config`: starts the server an entry describes, exactly as the client would (stdio: its
// command, args and env; HTTP: its URL and headers), then `initialize` and `tools/list`. A file can
// be well formed and still not start (an unpublished package, a command not on PATH, a wrong path, a
// refused key); this is the check that says which, in the words the user can act on. A stdio server
// runs over a transport of doctor's own (ChildTransport, below), which keeps what a client only half
// sees: that the command was not found, and the exit code and stderr of a server that died first.
import { spawn, type ChildProcess } from 'node:child_process';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { ClientName } from '../../../vocabulary/client-config.js';
import { isRecord } from '../../results.js';
import { inClearText } from '../../../vocabulary/loopback.js';
import { entryArgs, entryDisabled, entryUrl, HTTPS_ONLY_FIX, numberIn, strOf, type Entry } from './client-file.js';
import { reporter, type Finding } from './report.js';

/** How long a server may take to answer `initialize` (npx may download first; Codex allows 10 s by default). */
const START_TIMEOUT_MS = 30_000;
const STDERR_LINES = 8;

/**
 * A value as the client expands it from its environment: ${VAR}, ${env:VAR}, $VAR. VS Code's
 * ${input:…} is asked for at start; the key it stands for is MIOSA_API_KEY, when that is set here.
 */
export function expandReference(value: string, env: NodeJS.ProcessEnv): string {
  return value
    .replace(/\$\{input:[^}]*\}/g, () => env.MIOSA_API_KEY ?? '')
    .replace(/\$\{(?:env:)?([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => env[name] ?? '')
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => env[name] ?? '');
}

function stringMap(v: unknown, env: NodeJS.ProcessEnv): Record<string, string> {
  if (!isRecord(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string' || typeof x === 'number') out[k] = expandReference(String(x), env);
  return out;
}

/** The child's environment: the client's own (as they pass theirs on) with the entry's env over it. Codex passes env_vars by name. */
function childEnv(e: Record<string, unknown>, env: NodeJS.ProcessEnv): Record<string, string> {
  const base = Object.fromEntries(Object.entries(env).filter((kv): kv is [string, string] => typeof kv[1] === 'string'));
  const named = Array.isArray(e.env_vars) ? Object.fromEntries(e.env_vars.map(String).filter((n) => env[n] !== undefined).map((n) => [n, env[n]!])) : {};
  return { ...base, ...named, ...stringMap(e.env, env) };
}

function lastLines(text: string, n = STDERR_LINES): string {
  const lines = text.replace(/\r/g, '').split('\n').filter((l) => l.trim());
  return lines.slice(-n).map((l) => `  | ${l.slice(0, 300)}`).join('\n');
}

interface Started {
  tools: number;
  serverName?: string;
}

async function listTools(client: Client): Promise<Started> {
  let tools = 0;
  let cursor: string | undefined;
  do {
    const page = await client.listTools(cursor ? { cursor } : undefined);
    tools += page.tools.length;
    cursor = page.nextCursor;
  } while (cursor);
  return { tools, serverName: client.getServerVersion()?.name };
}

/** The promise, or a rejection when it has not settled within `ms`. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

class StartFailure extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** Why a stdio server did not answer, from what the process left behind. */
function stdioFailure(command: string, commandLine: string, err: unknown, exit: ChildExit | undefined, stderr: string, client: ClientName | undefined): StartFailure {
  const code = (err as { code?: string }).code;
  const tail = lastLines(stderr);
  const name = client ?? '<client>';
  const regenerate = `miosa-mcp config ${name} (from a clone: node dist/src/cli.js config ${name}) prints an entry that starts this installation.`;
  if (code === 'ENOENT') {
    return new StartFailure(`${command}: command not found (not on the PATH the client starts with).`, `Install it, or give its absolute path as "command". ${regenerate}`);
  }
  if (code === 'EACCES') return new StartFailure(`${command}: permission denied (not executable).`, `Check the path in "command". ${regenerate}`);
  if (/npm (error|ERR!) (code E404|404)/.test(stderr)) {
    const pkg = /'([^']+)' is not in this registry|'([^']+)' could not be found/.exec(stderr);
    return new StartFailure(
      `${commandLine} fails: npm has no package ${pkg ? pkg[1] ?? pkg[2] : 'by that name'} (404); it is not published, or the name is wrong.\n${tail}`,
      `From a clone, start the build itself: make build, then node dist/src/cli.js config ${name} prints an entry with node /absolute/path/dist/src/cli.js.`,
    );
  }
  if (/Cannot find module/.test(stderr)) {
    return new StartFailure(`${commandLine} exited${exit?.code != null ? ` with code ${exit.code}` : ''}: the file it runs does not exist.\n${tail}`, `Build it (make build) or fix the path. ${regenerate}`);
  }
  if (exit && (exit.code !== null || exit.signal !== null)) {
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    return new StartFailure(`${commandLine} ${how} before answering initialize.${tail ? `\n${tail}` : ' It wrote nothing to stderr.'}`, `Run the same command in a terminal to see it fail. ${regenerate}`);
  }
  return new StartFailure(`${commandLine} did not answer initialize: ${(err as Error).message}${tail ? `\n${tail}` : ''}`, `Run the same command in a terminal to see why. ${regenerate}`);
}

async function startStdio(e: Record<string, unknown>, env: NodeJS.ProcessEnv, timeoutMs: number, client: ClientName | undefined): Promise<Started> {
  const command = expandReference(strOf(e.command) ?? '', env);
  const args = entryArgs(e).map((a) => expandReference(a, env));
  const commandLine = [command, ...args].join(' ');
  const cwd = strOf(e.cwd);
  const transport = new ChildTransport({ command, args, env: childEnv(e, env), ...(cwd ? { cwd } : {}) });
  const mcp = new Client({ name: 'miosa-mcp-doctor', version: '0' });
  try {
    return await withTimeout(mcp.connect(transport).then(() => listTools(mcp)), timeoutMs);
  } catch (err) {
    // A server that died is reported by its exit code; give the exit a moment to arrive.
    const exit = await Promise.race([transport.exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), 1000).unref())]);
    throw stdioFailure(command, commandLine, err, exit, transport.stderr, client);
  } finally {
    await mcp.close().catch(() => {});
  }
}

function isUnauthorized(err: unknown): boolean {
  return (err as { code?: unknown }).code === 401 || /\b401\b|Unauthorized/.test(String((err as Error)?.message ?? err));
}

async function startHttp(e: Record<string, unknown>, url: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Started> {
  let target: URL;
  try {
    target = new URL(expandReference(url, env));
  } catch {
    throw new StartFailure(`${url} is not a URL.`, 'Give the full URL of the server, ending in /mcp.');
  }
  if (inClearText(target)) {
    // The key would travel in clear text (the config URL check above says so): not sent.
    throw new StartFailure(`not started: ${target.origin} is not https, and the key would travel in clear text.`, HTTPS_ONLY_FIX);
  }
  const headers = { ...stringMap(e.headers, env), ...stringMap(e.http_headers, env) };
  const bearerVar = strOf(e.bearer_token_env_var);
  if (bearerVar && env[bearerVar]) headers.Authorization = `Bearer ${env[bearerVar]}`;
  const mcp = new Client({ name: 'miosa-mcp-doctor', version: '0' });
  const transport = new StreamableHTTPClientTransport(target, { requestInit: { headers } });
  try {
    return await withTimeout(
      mcp.connect(transport).then(async () => {
        const started = await listTools(mcp);
        // Listing needs no key; calls do. A call of a tool that does not exist shows whether the
        // headers would be accepted (401 if not) without sending anything to MIOSA.
        await mcp.callTool({ name: 'doctor_probe_no_such_tool', arguments: {} }).catch((err: unknown) => {
          if (isUnauthorized(err)) throw err;
        });
        return started;
      }),
      timeoutMs,
    );
  } catch (err) {
    const msg = String((err as Error).message ?? err);
    if (isUnauthorized(err)) {
      throw new StartFailure(
        `${target.origin}${target.pathname} refused the request (401): the Authorization header is missing or the key is not accepted.`,
        'Export MIOSA_API_KEY=msk_u_… where the client starts, and send it as "Authorization: Bearer <reference to MIOSA_API_KEY>".',
      );
    }
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    if (cause === 'ECONNREFUSED' || /ECONNREFUSED|fetch failed/.test(msg)) {
      throw new StartFailure(`Nothing answers at ${target.origin}${cause ? ` (${cause})` : ''}.`, 'Start the server (make run, or your hosted deployment) or fix the URL.');
    }
    throw new StartFailure(`${target.origin}${target.pathname} did not answer as an MCP server: ${msg.slice(0, 300)}`, 'Check the URL: it ends in /mcp on a miosa-mcp server.');
  } finally {
    await mcp.close().catch(() => {});
  }
}

/** Starts one entry and reports: the tool count, or exactly why it did not start (a failure: the client cannot reach it either). */
export async function checkStart(entry: Entry, client: ClientName | undefined, env: NodeJS.ProcessEnv, out: Finding[]): Promise<void> {
  const report = reporter(out, 'config start');
  const e = entry.value;
  if (entryDisabled(e)) return;
  const url = entryUrl(e);
  const startup = numberIn(e.startup_timeout_sec);
  const limit = startup !== undefined ? startup * 1000 : START_TIMEOUT_MS;
  try {
    const started = url !== undefined ? await startHttp(e, url, env, limit) : await startStdio(e, env, limit, client);
    report('ok', `${entry.at} started${started.serverName ? ` (${started.serverName})` : ''}: initialize answered, tools/list gave ${started.tools} tool${started.tools === 1 ? '' : 's'}.`);
  } catch (err) {
    if (err instanceof StartFailure) report('fail', `${entry.at} does not start: ${err.message}`, err.fix);
    else report('fail', `${entry.at} does not start: ${(err as Error).message}`, 'Check the entry; miosa-mcp config <client> prints one that starts.');
  }
}

// The stdio transport: an MCP client over a child process doctor spawns itself.

interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

class ChildTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  stderr = '';
  /** Settles when the process has exited (or could not be spawned). */
  readonly exited: Promise<ChildExit>;
  private settleExit!: (e: ChildExit) => void;
  private child?: ChildProcess;
  private readonly buffer = new ReadBuffer();

  constructor(private readonly spec: { command: string; args: string[]; env: Record<string, string>; cwd?: string }) {
    this.exited = new Promise((resolve) => (this.settleExit = resolve));
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.spec.command, this.spec.args, { env: this.spec.env, cwd: this.spec.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
      this.child = child;
      child.once('error', (err) => {
        this.settleExit({ code: null, signal: null });
        reject(err);
        this.onerror?.(err);
      });
      child.once('spawn', () => resolve());
      child.once('exit', (code, signal) => {
        this.settleExit({ code, signal });
        this.onclose?.();
      });
      child.stdin!.on('error', () => {}); // a server that died closes the pipe; the exit says why
      child.stderr!.on('data', (d) => (this.stderr = (this.stderr + String(d)).slice(-20_000)));
      child.stdout!.on('data', (chunk: Buffer) => {
        this.buffer.append(chunk);
        for (;;) {
          let msg: JSONRPCMessage | null;
          try {
            msg = this.buffer.readMessage();
          } catch (err) {
            this.onerror?.(err as Error);
            continue;
          }
          if (!msg) break;
          this.onmessage?.(msg);
        }
      });
    });
  }

  async send(message: JSONRPCMessage): Promise<void> {
    this.child?.stdin?.write(serializeMessage(message));
  }

  async close(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.stdin?.end();
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 2000);
      await this.exited;
      clearTimeout(forced);
    }
  }
}
