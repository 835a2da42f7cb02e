// Raw JSON-RPC clients for the benchmarks: no MCP client library in the measured path, so what is
// timed is the server (and the pipe or socket), not a client's own validation and bookkeeping.
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { stopChild } from './procs.js';

export const PROTOCOL_VERSION = '2025-06-18';

export type Message = { jsonrpc: '2.0'; id?: string | number; method?: string; params?: unknown; result?: any; error?: any };

export const initializeRequest = (id: number | string): Message => ({
  jsonrpc: '2.0',
  id,
  method: 'initialize',
  params: { protocolVersion: PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'miosa-bench', version: '0' } },
});
export const initializedNotification: Message = { jsonrpc: '2.0', method: 'notifications/initialized' };
export const listRequest = (id: number | string): Message => ({ jsonrpc: '2.0', id, method: 'tools/list', params: {} });
export const callRequest = (id: number | string, name: string, args: Record<string, unknown>): Message => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name, arguments: args },
});

/** Newline-delimited JSON-RPC over a readable stream, answers matched to their request by id. */
class LineReader {
  private chunks: Buffer[] = [];
  private waiters = new Map<string, (m: { msg: Message; bytes: number }) => void>();
  private early = new Map<string, { msg: Message; bytes: number }>();
  error: Error | undefined;

  constructor(stream: Readable) {
    stream.on('data', (chunk: Buffer) => {
      let start = 0;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, start)) {
        this.chunks.push(chunk.subarray(start, i));
        const line = Buffer.concat(this.chunks);
        this.chunks = [];
        start = i + 1;
        this.dispatch(line);
      }
      if (start < chunk.length) this.chunks.push(chunk.subarray(start));
    });
  }

  private dispatch(line: Buffer): void {
    if (line.length === 0) return;
    let msg: Message;
    try {
      msg = JSON.parse(line.toString('utf8')) as Message;
    } catch {
      return; // a stray log line on stdout: not ours to judge here
    }
    if (msg.id === undefined) return;
    const key = String(msg.id);
    const hit = { msg, bytes: line.length };
    const w = this.waiters.get(key);
    if (w) {
      this.waiters.delete(key);
      w(hit);
    } else {
      this.early.set(key, hit);
    }
  }

  wait(id: string | number, timeoutMs = 30_000): Promise<{ msg: Message; bytes: number }> {
    const key = String(id);
    const got = this.early.get(key);
    if (got) {
      this.early.delete(key);
      return Promise.resolve(got);
    }
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        this.waiters.delete(key);
        reject(new Error(`no answer to request ${key} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(key, (m) => {
        clearTimeout(t);
        resolve(m);
      });
    });
  }
}

export interface ColdStart {
  /** spawn → initialize answered, ms. */
  initialize: number;
  /** spawn → first tools/list answered, ms. */
  toolsList: number;
  listBytes: number;
  tools: number;
}

/** Spawns a stdio server, initializes, lists the tools, and stops it: the times an editor waits. */
export async function coldStart(cmd: string, args: string[], env: Record<string, string>, cwd?: string): Promise<ColdStart> {
  const t0 = performance.now();
  const child = spawn(cmd, args, { env, cwd, stdio: ['pipe', 'pipe', 'ignore'] });
  try {
    const reader = new LineReader(child.stdout!);
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server exited (code ${code}) before answering`))));
    child.stdin!.write(`${JSON.stringify(initializeRequest(1))}\n`);
    const init = await Promise.race([reader.wait(1), exited]);
    const t1 = performance.now();
    if (init.msg.error) throw new Error(`initialize failed: ${JSON.stringify(init.msg.error)}`);
    child.stdin!.write(`${JSON.stringify(initializedNotification)}\n${JSON.stringify(listRequest(2))}\n`);
    const list = await Promise.race([reader.wait(2), exited]);
    const t2 = performance.now();
    if (list.msg.error) throw new Error(`tools/list failed: ${JSON.stringify(list.msg.error)}`);
    return { initialize: t1 - t0, toolsList: t2 - t0, listBytes: list.bytes, tools: list.msg.result.tools.length };
  } finally {
    child.stdin!.end();
    await stopChild(child, 2000);
  }
}

/** spawn → exit of `node -e 0`: what starting any Node process costs here. */
export async function nodeFloor(): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((r) => child.once('exit', r));
  return performance.now() - t0;
}

export interface Timed {
  msg: Message;
  ms: number;
  bytes: number;
}

/** A long-lived stdio server, for steady-state round trips after start. */
export class StdioSession {
  private next = 100;
  private constructor(
    readonly child: ChildProcess,
    private readonly reader: LineReader,
  ) {}

  static async open(cmd: string, args: string[], env: Record<string, string>, cwd?: string): Promise<StdioSession> {
    const child = spawn(cmd, args, { env, cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    const s = new StdioSession(child, new LineReader(child.stdout!));
    const init = await s.send(initializeRequest(s.next++));
    if (init.msg.error) throw new Error(`initialize failed: ${JSON.stringify(init.msg.error)}`);
    child.stdin!.write(`${JSON.stringify(initializedNotification)}\n`);
    return s;
  }

  async send(msg: Message): Promise<Timed> {
    const t0 = performance.now();
    this.child.stdin!.write(`${JSON.stringify(msg)}\n`);
    const got = await this.reader.wait(msg.id!);
    return { ...got, ms: performance.now() - t0 };
  }

  list(): Promise<Timed> {
    return this.send(listRequest(this.next++));
  }

  call(name: string, args: Record<string, unknown>): Promise<Timed> {
    return this.send(callRequest(this.next++, name, args));
  }

  async close(): Promise<void> {
    this.child.stdin!.end();
    await stopChild(this.child, 2000);
  }
}

/** A Server object driven through an in-memory transport: no serialization, no I/O. */
export class InProcessSession {
  private next = 1;
  private waiters = new Map<string, (m: Message) => void>();
  private constructor(private readonly client: InMemoryTransport) {}

  static async open(server: Server): Promise<InProcessSession> {
    const [client, serverSide] = InMemoryTransport.createLinkedPair();
    const s = new InProcessSession(client);
    client.onmessage = (m) => {
      const msg = m as Message;
      if (msg.id === undefined) return;
      const w = s.waiters.get(String(msg.id));
      if (w) {
        s.waiters.delete(String(msg.id));
        w(msg);
      }
    };
    await server.connect(serverSide);
    await client.start();
    const init = await s.send(initializeRequest(s.next++));
    if (init.msg.error) throw new Error(`initialize failed: ${JSON.stringify(init.msg.error)}`);
    await client.send(initializedNotification as JSONRPCMessage);
    return s;
  }

  async send(msg: Message): Promise<{ msg: Message; ms: number }> {
    const answer = new Promise<Message>((resolve) => this.waiters.set(String(msg.id), resolve));
    const t0 = performance.now();
    await this.client.send(msg as JSONRPCMessage);
    const got = await answer;
    return { msg: got, ms: performance.now() - t0 };
  }

  list() {
    return this.send(listRequest(this.next++));
  }

  call(name: string, args: Record<string, unknown>) {
    return this.send(callRequest(this.next++, name, args));
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** One JSON-RPC exchange over Streamable HTTP; the answer parsed whether JSON or an SSE stream. */
export async function httpRpc(
  url: string,
  msg: Message,
  headers: Record<string, string> = {},
): Promise<{ status: number; msg: Message | undefined; ms: number; bytes: number; headers: Headers; text: string }> {
  const body = JSON.stringify(msg);
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body,
  });
  const text = await res.text();
  const elapsed = performance.now() - t0;
  return { status: res.status, msg: parseAnswer(text, msg.id), ms: elapsed, bytes: Buffer.byteLength(text), headers: res.headers, text };
}

/** The JSON-RPC answer with `id` in a JSON body or an SSE stream. */
export function parseAnswer(text: string, id: string | number | undefined): Message | undefined {
  const candidates: string[] = [];
  if (/^\s*[[{]/.test(text)) candidates.push(text);
  else for (const line of text.split('\n')) if (line.startsWith('data:')) candidates.push(line.slice(5).trim());
  for (const c of candidates) {
    try {
      const parsed = JSON.parse(c) as Message | Message[];
      for (const m of Array.isArray(parsed) ? parsed : [parsed]) if (id === undefined || m.id === id) return m;
    } catch {
      // not JSON: keep looking
    }
  }
  return undefined;
}

/** GET straight to the upstream with the key: the floor any call through a server sits on. */
export async function directGet(url: string, key: string): Promise<{ status: number; ms: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' } });
  const body = await res.text();
  return { status: res.status, ms: performance.now() - t0, body };
}
