// Waiting for a long operation (a boot, a publish, a run): poll the resource until the field the
// overlay names says ready or failed, reporting each state as progress. Bounded: past the bound the
// tool answers with the resource as it stands and says which tool to poll; that is not an error.
import type { Progress } from './call.js';
import { callerOrDrainCut, drainCut } from './drain.js';
import { ToolError, failure, httpFailure } from './errors.js';
import { payloadOf, unwrap } from './results.js';
import { fenceNonce, fenceQuoted } from './fence.js';
import type { CallContext, CallResult, ToolDef } from './tool-def.js';
import { withDeadline } from './upstream.js';

export interface WaitSettings {
  /** How long to wait in all. */
  boundMs: number;
  /** Time between polls. */
  intervalMs: number;
  /** Time allowed for each poll (MIOSA_TIMEOUT_MS). */
  pollTimeoutMs: number;
}

export interface Waited {
  result: CallResult;
  /** Set when the bound passed before the resource was ready. */
  pending?: string;
}

const REASON_FIELDS = ['error', 'error_message', 'failure_reason', 'reason', 'last_error', 'message'];

/** `ctx.signal` is the caller's: it ends the wait when the call is cancelled. */
export async function waitUntilReady(
  tool: ToolDef<any>,
  first: CallResult,
  ctx: CallContext,
  settings: WaitSettings,
  progress: Progress | undefined,
  sleep: (ms: number, signal: AbortSignal) => Promise<void>,
): Promise<Waited> {
  const w = tool.wait!;
  const value = unwrap(tool, first.data);
  const id = value[w.idField];
  if (typeof id !== 'string' || !id) return { result: first };
  let resource: Record<string, unknown> = w.into ? ((value[w.into] as Record<string, unknown>) ?? {}) : value;
  const deadline = Date.now() + settings.boundMs;
  let polls = 0;

  for (;;) {
    const state = String(resource[w.field] ?? '');
    if (w.failed.includes(state)) {
      const reason = REASON_FIELDS.map((f) => resource[f]).find((v) => typeof v === 'string' && v) as string | undefined;
      throw new ToolError(
        failure(
          'upstream_error',
          tool.name,
          // The reason is written by the machine (a build's output, an app's crash): fenced.
          `${id} ended ${w.field} ${state}${reason ? `: ${fenceQuoted(reason, fenceNonce())}` : ''}.`,
          `Check it with ${w.pollTool}({id: "${id}"}) and its logs; fix the cause and try again.`,
        ),
      );
    }
    if (w.ready.includes(state)) return { result: merged(first, tool, value, resource) };
    if (Date.now() + settings.intervalMs > deadline) {
      return {
        result: merged(first, tool, value, resource),
        pending: `${id} is still ${state || 'starting'} after ${Math.round(settings.boundMs / 1000)} s; poll ${w.pollTool}({id: "${id}"}) until ${w.field} is ${w.ready.join(' or ')}.`,
      };
    }
    // A draining server stops waiting and answers with the state so far, not with a closed socket.
    const stoppedEarly = (): Waited => ({
      result: merged(first, tool, value, resource),
      pending: `${id} is still ${state || 'starting'}: this server is shutting down and stopped waiting; poll ${w.pollTool}({id: "${id}"}) until ${w.field} is ${w.ready.join(' or ')}.`,
    });
    if (drainCut.aborted) return stoppedEarly();
    await progress?.(++polls, undefined, `${id}: ${w.field} ${state || 'unknown'}`);
    const waiting = callerOrDrainCut(ctx.signal);
    let polled: CallResult;
    try {
      await sleep(settings.intervalMs, waiting.signal);
      polled = await withDeadline(waiting.signal, settings.pollTimeoutMs, (signal) => w.poll(id, { ...ctx, signal }));
    } catch (err) {
      if (drainCut.aborted && !ctx.signal.aborted) return stoppedEarly();
      throw err;
    } finally {
      waiting.release();
    }
    if (!polled.response.ok) throw new ToolError(httpFailure(tool, polled.response, polled.error));
    resource = (payloadOf(polled.data, w.pollKeys).value ?? {}) as Record<string, unknown>;
    polled.response.body?.cancel().catch(() => {});
  }
}

/** The first answer with the latest state of the resource in place of the one it started with. */
function merged(first: CallResult, tool: ToolDef<any>, value: Record<string, unknown>, resource: Record<string, unknown>): CallResult {
  const w = tool.wait!;
  const next = w.into ? { ...value, [w.into]: resource } : resource;
  // Keep the shape the result shaper expects for this tool (an envelope when the tool has one).
  return { ...first, data: tool.response.envelope ? { [tool.response.payloadKeys[0]]: next } : next };
}
