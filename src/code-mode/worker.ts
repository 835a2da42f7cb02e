// The worker thread one script runs in, off the main event loop: a script's CPU never holds up other
// requests, and the main thread can end the thread outright if the engine does not stop in time. The
// worker gets the code and the limits, never the key; each tool call is a message to the main
// thread, which performs it and answers with the result as JSON text.
import { parentPort } from 'node:worker_threads';
import { loadEngine, runInSandbox, type SandboxLimits } from './sandbox.js';

export type ToWorker =
  | { type: 'run'; code: string; limits: SandboxLimits }
  | { type: 'answer'; id: number; json: string };

export type FromWorker =
  | { type: 'call'; id: number; name: string; args: string }
  | { type: 'done'; outcome: Awaited<ReturnType<typeof runInSandbox>> };

const port = parentPort;
if (!port) throw new Error('miosa-mcp: the code-mode worker runs only as a worker thread');

// Loaded as the thread starts, while it waits as the spare, not when a script arrives.
void loadEngine();

const waiting = new Map<number, (json: string) => void>();
let nextId = 0;

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'answer') {
    waiting.get(msg.id)?.(msg.json);
    waiting.delete(msg.id);
    return;
  }
  void runInSandbox(msg.code, msg.limits, {
    call: (name, args) =>
      new Promise<string>((resolve) => {
        const id = ++nextId;
        waiting.set(id, resolve);
        port.postMessage({ type: 'call', id, name, args } satisfies FromWorker);
      }),
  }).then((outcome) => port.postMessage({ type: 'done', outcome } satisfies FromWorker));
});
