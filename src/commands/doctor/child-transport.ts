// An MCP stdio transport over a child process this module spawns itself, so doctor knows what a
// client only half sees: that the command was not found, and the exit code and stderr of a server
// that died before answering.
import { spawn, type ChildProcess } from 'node:child_process';
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class ChildTransport implements Transport {
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
