// Runs one script in a worker thread of its own and relays its tool calls to `call` on the main
// thread, which holds the key. The thread is ended when the script finishes, when the request is
// cancelled, or when the engine overruns its time by more than a grace period (a stopped engine
// answers long before that; this is the backstop), so nothing of one run outlives it.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../version.js';
import type { RunOutcome, SandboxLimits } from './sandbox.js';
import type { FromWorker, ToWorker } from './worker.js';

/** Performs one tool call for the script; answers `{"value":…}` or `{"error":{…}}` as JSON text. */
export type CallForScript = (name: string, argsJson: string, signal: AbortSignal) => Promise<string>;

const GRACE_MS = 2000;

let live = 0;
/**
 * Scripts between their start and their answer: what MIOSA_CODE_MAX_RUNS caps. A finished script's
 * thread is terminating (it exits a moment later) and no longer counts, or a run would be refused
 * for a script that has already answered.
 */
let running = 0;
/** Worker threads that have not exited yet (tests check that a cancelled run leaves none). */
export function liveWorkers(): number {
  return live;
}

// In the bundle the worker is dist/src/code-mode/worker.js, built beside cli.js by scripts/build.sh.
// From source (tsx, vitest) it is worker.ts, started through a two-line loader that registers tsx in
// the thread (`--import tsx` in a worker's execArgv is not honoured by Node 20).
const HERE = fileURLToPath(import.meta.url);
const FROM_SOURCE = HERE.endsWith('.ts');
const WORKER_FILE = FROM_SOURCE ? join(dirname(HERE), 'worker.ts') : join(PACKAGE_ROOT, 'dist/src/code-mode/worker.js');
// (Spelt so the bundle holds no literal import of tsx: the shipped package does not have it.)
const TSX_API = ['tsx', 'esm', 'api'].join('/');
const DEV_LOADER = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(WORKER_FILE).href)}); });`;

function spawn(heapMb: number): Worker {
  const worker = new Worker(FROM_SOURCE ? DEV_LOADER : WORKER_FILE, {
    eval: FROM_SOURCE,
    // Nothing of the server's environment (the key among it) is copied into the thread.
    env: {},
    execArgv: [],
    stdout: true,
    stderr: true,
    // The engine's heap is WebAssembly memory under its own limit; this bounds the thread's JS.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 },
  });
  worker.on('error', () => {}); // a spare that fails is dropped below; a running one reports through runScript
  return worker;
}

// One thread started ahead and idle, its engine loaded, so a run does not wait for a thread to boot
// (~0.5 s). It holds no state: each thread runs one script and is ended after it.
let spare: { worker: Worker; heapMb: number } | undefined;

const heapFor = (limits: SandboxLimits) => 64 + Math.ceil(limits.maxOutputBytes / 1048576) * 4;

/** Starts the spare thread now if there is none, so the next run finds its engine loaded. */
export function prewarm(limits: SandboxLimits): void {
  const heapMb = heapFor(limits);
  if (spare?.heapMb === heapMb) return;
  void spare?.worker.terminate();
  spare = startSpare(heapMb);
}

function startSpare(heapMb: number): { worker: Worker; heapMb: number } {
  const next = spawn(heapMb);
  next.unref();
  next.once('exit', () => {
    if (spare?.worker === next) spare = undefined;
  });
  return { worker: next, heapMb };
}

function takeWorker(heapMb: number): Worker {
  let worker: Worker;
  if (spare && spare.heapMb === heapMb) worker = spare.worker;
  else {
    void spare?.worker.terminate();
    worker = spawn(heapMb);
  }
  worker.ref();
  spare = startSpare(heapMb);
  return worker;
}

export function runScript(code: string, limits: SandboxLimits, call: CallForScript, signal: AbortSignal): Promise<RunOutcome> {
  if (running >= limits.maxConcurrentRuns) {
    return Promise.resolve({
      ok: false,
      failure: { kind: 'busy', message: `${running} scripts are running on this server, its limit (MIOSA_CODE_MAX_RUNS=${limits.maxConcurrentRuns}).` },
      logs: [],
      calls: 0,
    });
  }
  return new Promise((resolve) => {
    const calls = new AbortController();
    const worker = takeWorker(heapFor(limits));
    live++;
    running++;
    worker.once('exit', () => live--);
    let finished = false;
    const finish = (outcome: RunOutcome) => {
      if (finished) return;
      finished = true;
      running--;
      clearTimeout(backstop);
      signal.removeEventListener('abort', onAbort);
      calls.abort();
      void worker.terminate();
      resolve(outcome);
    };
    const stopped = (kind: 'timeout' | 'crashed' | 'cancelled', message: string): RunOutcome => ({ ok: false, failure: { kind, message }, logs: [], calls: 0 });
    const backstop = setTimeout(
      () => finish(stopped('timeout', `The script ran past its ${limits.timeoutMs} ms (MIOSA_CODE_TIMEOUT_MS=${limits.timeoutMs}) and was stopped.`)),
      limits.timeoutMs + GRACE_MS,
    );
    const onAbort = () => finish(stopped('cancelled', 'The request was cancelled; the script was stopped.'));
    signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'done') return finish(msg.outcome);
      void call(msg.name, msg.args, calls.signal)
        .catch((err: Error) => JSON.stringify({ error: { category: 'invalid_arguments', message: `miosa.${msg.name} could not be called: ${err.message}`, tool: msg.name, retryable: false, hint: 'Pass one object of arguments.' } }))
        .then((json) => {
          if (!finished) worker.postMessage({ type: 'answer', id: msg.id, json } satisfies ToWorker);
        });
    });
    worker.on('error', (err: Error & { code?: string }) =>
      finish(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { ok: false, failure: { kind: 'memory', message: `The script used more memory than its limit (MIOSA_CODE_MEMORY_MB=${limits.memoryBytes / 1048576}) and was stopped.` }, logs: [], calls: 0 }
          : stopped('crashed', `The sandbox stopped: ${err.message}`),
      ),
    );
    worker.on('exit', (code) => finish(stopped('crashed', `The sandbox stopped unexpectedly (exit ${code}).`)));
    if (signal.aborted) return onAbort();
    worker.postMessage({ type: 'run', code, limits } satisfies ToWorker);
  });
}
