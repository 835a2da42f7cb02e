// The script's world: a QuickJS engine compiled to WebAssembly, holding nothing of the host. Its only
// ways out are three functions installed here and hidden behind `miosa` and `console`: a tool call
// (answered by whoever hosts the sandbox, never with the key), a sleep, and a log line. Every limit
// is enforced by the engine itself: time by its interrupt handler, memory and stack by its allocator,
// calls and output here. This module runs inside a worker thread (worker.ts).
import variant from '@jitl/quickjs-singlefile-mjs-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  type QuickJSContext,
  type QuickJSDeferredPromise,
  type QuickJSHandle,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { transform } from 'sucrase';

export interface SandboxLimits {
  timeoutMs: number;
  memoryBytes: number;
  stackBytes: number;
  maxCalls: number;
  /** The return value's JSON plus the captured console output. */
  maxOutputBytes: number;
  /** Scripts running at once in this process (each holds a thread and its engine's memory). */
  maxConcurrentRuns: number;
}

/** What the host does for the script. `call` answers `{"value":…}` or `{"error":{…}}` as JSON text. */
export interface Host {
  call(name: string, argsJson: string): Promise<string>;
}

export type LimitKind = 'timeout' | 'memory' | 'stack' | 'calls' | 'output';

export type ScriptFailure =
  | { kind: 'syntax'; message: string }
  | { kind: 'thrown'; message: string; name?: string; category?: string; hint?: string; tool?: string; stack?: string }
  | { kind: 'not_json'; message: string }
  | { kind: LimitKind; message: string }
  /** The thread running the script ended under it (the runner's report), or the request was cancelled. */
  | { kind: 'crashed' | 'cancelled' | 'busy'; message: string };

export interface RunOutcome {
  ok: boolean;
  /** The return value as JSON text (`null` when the script returned nothing). */
  value?: string;
  failure?: ScriptFailure;
  logs: string[];
  calls: number;
}

let modulePromise: Promise<QuickJSWASMModule> | undefined;
export function loadEngine(): Promise<QuickJSWASMModule> {
  modulePromise ??= newQuickJSWASMModuleFromVariant(variant);
  return modulePromise;
}

// Runs before the script, then removes the raw host functions from the global object: the script
// reaches them only through `miosa` and `console`, which copy everything as JSON text both ways.
const PRELUDE = `(() => {
  const call = globalThis.__host_call, sleep = globalThis.__host_sleep, log = globalThis.__host_log;
  delete globalThis.__host_call; delete globalThis.__host_sleep; delete globalThis.__host_log;
  const stringify = JSON.stringify, parse = JSON.parse, freeze = Object.freeze;
  class MiosaError extends Error {
    constructor(e) {
      super(e.message);
      this.name = 'MiosaError';
      for (const k of ['category', 'hint', 'tool', 'retryable', 'status', 'code', 'field', 'retryAfterSeconds']) if (e[k] !== undefined) this[k] = e[k];
    }
  }
  freeze(MiosaError.prototype); freeze(MiosaError);
  const tool = (name) => async (args) => {
    const json = stringify(args === undefined || args === null ? {} : args);
    if (typeof json !== 'string' || json[0] !== '{') throw new TypeError('miosa.' + name + ' takes one object of arguments, e.g. miosa.' + name + '({ ... })');
    const r = parse(await call(name, json));
    if (r.error) throw new MiosaError(r.error);
    return r.value;
  };
  const sleepFn = (ms) => sleep(Number(ms) || 0);
  const miosa = new Proxy(freeze(Object.create(null)), {
    get: (_t, name) => (typeof name !== 'string' || name === 'then' ? undefined : name === 'sleep' ? sleepFn : tool(name)),
    set: () => false, defineProperty: () => false, deleteProperty: () => false, setPrototypeOf: () => false,
  });
  const show = (v) => { if (typeof v === 'string') return v; try { const s = stringify(v); return s === undefined ? String(v) : s; } catch { return String(v); } };
  const line = (level) => (...a) => log(level, a.map(show).join(' '));
  const console = freeze({ log: line('log'), info: line('info'), warn: line('warn'), error: line('error'), debug: line('debug') });
  for (const [k, v] of [['miosa', miosa], ['console', console], ['MiosaError', MiosaError]]) {
    Object.defineProperty(globalThis, k, { value: v, writable: false, configurable: false, enumerable: false });
  }
})();`;

/** TypeScript (or JavaScript) body of an async function, as JavaScript the engine can run. */
export function toScript(code: string): string {
  // Wrapped before stripping so `return` and `await` at the top level parse; one line above the code.
  // A lexical binding, not a function declaration: it does not become a property of globalThis.
  const wrapped = `let __miosa_main = async function () {\n${code}\n};`;
  const js = transform(wrapped, { transforms: ['typescript'], disableESTransforms: true }).code;
  return `${js}\n__miosa_main().then((v) => { const s = JSON.stringify(v === undefined ? null : v); if (s === undefined) throw new TypeError('the script returned a value that is not JSON (a function or a symbol)'); return s; })`;
}

/** What one run shares between the engine's callbacks and the host: counts, logs, the first limit hit, the answers still owed. */
interface RunState {
  limits: SandboxLimits;
  deadline: number;
  logs: string[];
  calls: number;
  logBytes: number;
  /** A limit reached in a host function: it ends the run even if the script catches its error. */
  limitHit: ScriptFailure | undefined;
  /** Promises handed to the script that the host has not settled yet (disposed when the run ends). */
  pending: Set<QuickJSDeferredPromise>;
  disposed: boolean;
}

export async function runInSandbox(code: string, limits: SandboxLimits, host: Host): Promise<RunOutcome> {
  const run: RunState = { limits, deadline: 0, logs: [], calls: 0, logBytes: 0, limitHit: undefined, pending: new Set(), disposed: false };
  const fail = (failure: ScriptFailure): RunOutcome => ({ ok: false, failure: run.limitHit ?? failure, logs: run.logs, calls: run.calls });

  let script: string;
  try {
    script = toScript(code);
  } catch (err) {
    return fail({ kind: 'syntax', message: (err as Error).message.replace(/\((\d+):(\d+)\)/, (_m, l, c) => `(line ${Number(l) - 1}, column ${c})`) });
  }

  const mod = await loadEngine();
  const rt = mod.newRuntime();
  rt.setMemoryLimit(limits.memoryBytes);
  rt.setMaxStackSize(limits.stackBytes);
  run.deadline = Date.now() + limits.timeoutMs;
  let timedOut = false;
  rt.setInterruptHandler(() => {
    if (Date.now() <= run.deadline) return false;
    timedOut = true;
    return true;
  });
  const vm = rt.newContext();

  try {
    installHost(vm, () => rt.executePendingJobs(), host, run);
    vm.unwrapResult(vm.evalCode(PRELUDE, 'prelude.js')).dispose();

    const started = vm.evalCode(script, 'script.js');
    if (started.error) return fail(engineFailure(vm, started.error, timedOut, limits));
    const promise = started.value;
    // resolvePromise attaches its callbacks inside the engine: run the jobs after, so a script that
    // settles with no host call in between settles here.
    const native = vm.resolvePromise(promise);
    rt.executePendingJobs();
    const settled = await raceDeadline(native, run.deadline, () => {
      timedOut = true;
    });
    promise.dispose();
    if (settled === 'timeout') return fail(timeoutFailure(limits));
    if (settled.error) return fail(engineFailure(vm, settled.error, timedOut, limits));
    const result = readResult(vm, settled.value, run);
    return typeof result === 'string' ? { ok: true, value: result, logs: run.logs, calls: run.calls } : fail(result);
  } catch (err) {
    return fail(classifyHostError(err, timedOut, limits));
  } finally {
    run.disposed = true;
    for (const d of run.pending) if (d.alive) d.dispose();
    try {
      vm.dispose();
      rt.dispose();
    } catch {
      // A runtime stopped mid-job can hold objects; the worker ends with the run, freeing everything.
    }
  }
}

/**
 * The script's three ways out, as raw globals the prelude hides behind `miosa` and `console`: a tool
 * call and a sleep (promises the host settles later, as macrotasks) and a log line. The call count
 * and the output size are enforced here.
 */
function installHost(vm: QuickJSContext, runPendingJobs: () => void, host: Host, run: RunState): void {
  const { limits } = run;
  // Each answer runs the jobs it unblocked inside the engine.
  const settle = (deferred: QuickJSDeferredPromise, ok: boolean, text: string) => {
    run.pending.delete(deferred);
    if (run.disposed || !deferred.alive) return;
    const h = ok ? vm.newString(text) : vm.newError(text);
    if (ok) deferred.resolve(h);
    else deferred.reject(h);
    h.dispose();
    deferred.dispose();
    runPendingJobs();
  };
  const owe = () => {
    const deferred = vm.newPromise();
    run.pending.add(deferred);
    return deferred;
  };
  const hostCall = vm.newFunction('call', (nameH, argsH) => {
    if (++run.calls > limits.maxCalls) {
      run.limitHit ??= { kind: 'calls', message: `The script made more than ${limits.maxCalls} tool calls (MIOSA_CODE_MAX_CALLS=${limits.maxCalls}).` };
      return vm.newError(run.limitHit.message);
    }
    const name = vm.getString(nameH);
    const args = vm.getString(argsH);
    const deferred = owe();
    host.call(name, args).then(
      (json) => settle(deferred, true, json),
      (err) => settle(deferred, false, String((err as Error)?.message ?? err)),
    );
    return deferred.handle;
  });
  const hostSleep = vm.newFunction('sleep', (msH) => {
    const ms = Math.max(0, Math.min(vm.getNumber(msH), run.deadline - Date.now() + 10));
    const deferred = owe();
    setTimeout(() => settle(deferred, true, ''), ms);
    return deferred.handle;
  });
  const hostLog = vm.newFunction('log', (levelH, textH) => {
    const text = vm.getString(textH);
    run.logBytes += text.length + 1;
    if (run.logBytes > limits.maxOutputBytes) {
      const failure: ScriptFailure = { kind: 'output', message: `The script logged more than ${limits.maxOutputBytes} bytes (MIOSA_CODE_MAX_OUTPUT_BYTES=${limits.maxOutputBytes}).` };
      run.limitHit ??= failure;
      throw new Error(failure.message);
    }
    const level = vm.getString(levelH);
    run.logs.push(level === 'log' ? text : `[${level}] ${text}`);
  });
  for (const [name, fn] of [['__host_call', hostCall], ['__host_sleep', hostSleep], ['__host_log', hostLog]] as const) {
    vm.setProp(vm.global, name, fn);
    fn.dispose();
  }
}

/** The JSON text the script settled with, or why it cannot be the result. Disposes the handle. */
function readResult(vm: QuickJSContext, value: QuickJSHandle, run: RunState): string | ScriptFailure {
  const { limits } = run;
  try {
    // A limit the script caught and went on past still ends the run.
    if (run.limitHit) return run.limitHit;
    // The script may have replaced JSON.stringify: what it settled with must still be a string.
    if (vm.typeof(value) !== 'string') return { kind: 'not_json', message: 'The script\'s result could not be turned into JSON (was JSON.stringify replaced?).' };
    const lengthH = vm.getProp(value, 'length');
    const length = vm.getNumber(lengthH);
    lengthH.dispose();
    if (length + run.logBytes > limits.maxOutputBytes) {
      return { kind: 'output', message: `The script's result is ${length} characters, over the ${limits.maxOutputBytes}-byte output limit (MIOSA_CODE_MAX_OUTPUT_BYTES); return less, e.g. a summary or a slice.` };
    }
    return vm.getString(value);
  } finally {
    value.dispose();
  }
}

function raceDeadline<T>(p: Promise<T>, deadline: number, onTimeout: () => void): Promise<T | 'timeout'> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      resolve('timeout');
    }, Math.max(0, deadline - Date.now()));
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

function timeoutFailure(limits: SandboxLimits): ScriptFailure {
  return { kind: 'timeout', message: `The script ran past its ${limits.timeoutMs} ms (MIOSA_CODE_TIMEOUT_MS=${limits.timeoutMs}) and was stopped.` };
}

/** An error value from inside the engine: the script's own throw, or the engine enforcing a limit. */
function engineFailure(vm: QuickJSContext, handle: QuickJSHandle, timedOut: boolean, limits: SandboxLimits): ScriptFailure {
  const e = vm.dump(handle) as { name?: string; message?: string; stack?: string; category?: string; hint?: string; tool?: string } | string;
  handle.dispose();
  if (timedOut) return timeoutFailure(limits);
  const err = typeof e === 'object' && e ? e : { message: String(e) };
  const message = String(err.message ?? e);
  if (err.name === 'InternalError' && /interrupted/i.test(message)) return timeoutFailure(limits);
  if (/out of memory/i.test(message)) return memoryFailure(limits);
  if (/stack overflow|call stack size/i.test(message)) {
    return { kind: 'stack', message: `The script overflowed its ${Math.round(limits.stackBytes / 1024)} KiB stack (MIOSA_CODE_STACK_KB); look for unbounded recursion.` };
  }
  if (err.name === 'SyntaxError') return { kind: 'syntax', message: `SyntaxError: ${message}` };
  return {
    kind: 'thrown',
    message,
    ...(err.name ? { name: err.name } : {}),
    ...(err.category ? { category: err.category, hint: err.hint, tool: err.tool } : {}),
    ...(err.stack ? { stack: scriptStack(String(err.stack)) } : {}),
  };
}

/** The stack as lines of the script the model wrote (the wrapper adds one line above it). */
function scriptStack(stack: string): string {
  return stack
    .split('\n')
    .filter((l) => l.includes('script.js:') && !l.includes('<eval>'))
    .map((l) => l.replace(/\(?script\.js:(\d+):(\d+)\)?/, (_m, line, col) => `(line ${Number(line) - 1}, column ${col})`).trim())
    .slice(0, 20)
    .join('\n');
}

function memoryFailure(limits: SandboxLimits): ScriptFailure {
  return { kind: 'memory', message: `The script used more than its ${Math.round(limits.memoryBytes / 1048576)} MiB of memory (MIOSA_CODE_MEMORY_MB) and was stopped.` };
}

/** Errors raised on the host side while the engine ran (the engine's allocator, a limit stop). */
function classifyHostError(err: unknown, timedOut: boolean, limits: SandboxLimits): ScriptFailure {
  if (timedOut) return timeoutFailure(limits);
  const message = String((err as Error)?.message ?? err);
  if (/memory|allocation/i.test(message)) return memoryFailure(limits);
  return { kind: 'thrown', message };
}
