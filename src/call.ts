// One tools/call, start to finish: find the tool, validate the arguments before anything is sent,
// resolve an omitted active id, add the idempotency key, call MIOSA within the time allowed, and
// shape what comes back. Every failure leaves through the error policy as an `isError` result.
import { randomUUID } from 'node:crypto';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type * as z from 'zod';
import { resolveActive } from './active-resource.js';
import { DEFAULT_POLL_MS, DEFAULT_WAIT_MS, type Credentials, type UpstreamConfig } from './settings.js';
import { MAX_NESTING, nestsDeeperThan } from './depth.js';
import {
  AnswerTooDeep,
  ToolError,
  cancelledFailure,
  exceptionFailure,
  failureResult,
  httpFailure,
  invalidArguments,
  missingKeyFailure,
} from './errors.js';
import { successResult } from './results.js';
import type { ToolDef } from './tool-def.js';
import { abortableSleep as sleepFor, createApi, withDeadline, type UpstreamOptions } from './upstream.js';
import { waitUntilReady } from './wait.js';

export interface CallEnv {
  /** This caller's credentials; undefined when none were given (stdio without MIOSA_API_KEY). */
  credentials: Credentials | undefined;
  upstream: UpstreamConfig & Pick<UpstreamOptions, 'fetch' | 'sleep'>;
  /** Results larger than this many tokens are trimmed (MIOSA_MAX_RESULT_TOKENS). */
  maxResultTokens?: number;
  /**
   * False for calls whose result a program reads (code mode's miosa.<tool>()): machine text comes
   * back bare, and the script's own result, which the model reads, is fenced as a whole.
   */
  fence?: boolean;
}

/** Reports progress to the client, when it asked for it with a progress token. */
export type Progress = (done: number, total: number | undefined, message: string) => Promise<void>;

export async function callTool(
  tool: ToolDef<any>,
  rawArgs: Record<string, unknown> | undefined,
  env: CallEnv,
  signal: AbortSignal,
  progress?: Progress,
): Promise<CallToolResult> {
  // The arguments as the caller gave them, before an active id or an idempotency key is filled in:
  // a value refused before sending is the caller's to fix only if it is one of these.
  let given: Record<string, unknown> | undefined;
  // Whatever leaves this call, result or error, loses this caller's key, whatever its shape.
  const secrets = [env.credentials?.apiKey];
  try {
    const args = validate(tool, rawArgs ?? {});
    given = { ...args };
    // Defaults that are the server's settings, not the spec's (sandbox_create's template).
    for (const [arg, setting] of Object.entries(tool.configDefaults ?? {})) {
      if (args[arg] === undefined && env.upstream[setting] !== undefined) args[arg] = env.upstream[setting];
    }
    if (!env.credentials) throw new ToolError(missingKeyFailure(tool.name));

    const api = createApi(env.credentials, env.upstream);
    let active: { kind: string; id: string } | undefined;
    // The call gets MIOSA_TIMEOUT_MS, retries included; its timer is cleared as soon as it answers.
    let result = await withDeadline(signal, env.upstream.timeoutMs, async (callSignal) => {
      const ctx = { api, signal: callSignal, apiBaseUrl: env.upstream.baseUrl };
      if (tool.active && args[tool.active.arg] === undefined) {
        const id = await resolveActive(tool, tool.active.kind, ctx);
        args[tool.active.arg] = id;
        active = { kind: tool.active.kind, id };
      }
      // One key per call, so every retry of this call carries the same one.
      if (tool.idempotencyKey && args.idempotencyKey === undefined) args.idempotencyKey = randomUUID();
      return tool.call(args, ctx);
    });
    if (!result.response.ok) throw new ToolError(httpFailure(tool, result.response, result.error));
    let pending: string | undefined;
    if (tool.wait && args.wait !== false) {
      // Each poll gets the call timeout of its own; the wait as a whole has its bound.
      ({ result, pending } = await waitUntilReady(
        tool,
        result,
        { api, signal, apiBaseUrl: env.upstream.baseUrl },
        {
          boundMs: env.upstream.waitMs ?? DEFAULT_WAIT_MS,
          intervalMs: env.upstream.pollMs ?? DEFAULT_POLL_MS,
          pollTimeoutMs: env.upstream.timeoutMs,
        },
        progress,
        env.upstream.sleep ?? sleepFor,
      ));
    }
    if (nestsDeeperThan(result.data)) throw new AnswerTooDeep(MAX_NESTING);
    // successResult redacts (before trimming, so a cut cannot leave part of a key behind).
    return successResult(tool, result, {
      active,
      pending,
      encoding: args.encoding as 'utf8' | 'base64' | undefined,
      maxTokens: env.maxResultTokens,
      secrets,
      fence: env.fence,
    });
  } catch (err) {
    const f = signal.aborted && !(err instanceof ToolError) ? cancelledFailure(tool.name) : exceptionFailure(tool, err, env.upstream.timeoutMs, given, secrets);
    return failureResult(f, { secrets, maxTokens: env.maxResultTokens });
  }
}

/**
 * An optional argument given as null is one not given: OpenAI strict mode turns every optional
 * argument into a required, nullable one, so models send null for what they leave out. A required
 * argument given null is still refused, as is null anywhere below the top level.
 */
export function withoutNullOptionals(tool: ToolDef<any>, raw: Record<string, unknown>): Record<string, unknown> {
  if (!Object.values(raw).includes(null)) return raw;
  const required = (tool.inputSchema.required ?? []) as string[];
  const known = (tool.inputSchema.properties ?? {}) as Record<string, unknown>;
  // Unknown names stay, so they are refused as unknown whatever their value.
  return Object.fromEntries(Object.entries(raw).filter(([k, v]) => v !== null || required.includes(k) || !(k in known)));
}

/** Arguments checked against the tool's schema and its exactly-one groups, before any request. */
export function validate(tool: ToolDef<any>, raw: Record<string, unknown>): Record<string, unknown> {
  // Before the schema: its checks, and everything after, walk the value recursively.
  const deep = Object.keys(raw).find((k) => nestsDeeperThan(raw[k], MAX_NESTING - 1));
  if (deep !== undefined) {
    throw new ToolError(invalidArguments(tool.name, deep, `nests deeper than ${MAX_NESTING} levels; flatten it (or send it as a JSON string where the tool takes one).`));
  }
  const parsed = (tool.input as z.ZodType).safeParse(withoutNullOptionals(tool, raw));
  if (!parsed.success) {
    // A misnamed argument (computerId for id) is both unknown and a missing required one: naming the
    // unknown name, with the names the tool takes, says what to fix.
    const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0];
    const field = issue.path.length ? issue.path.join('.') : undefined;
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown argument${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; the tool takes ${Object.keys((tool.inputSchema.properties ?? {}) as object).join(', ') || 'no arguments'}`
        : issue.message;
    throw new ToolError(invalidArguments(tool.name, field ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined), message));
  }
  const args = parsed.data as Record<string, unknown>;
  for (const group of tool.exactlyOne ?? []) {
    const given = group.filter((k) => args[k] !== undefined);
    if (given.length !== 1) {
      throw new ToolError(
        invalidArguments(tool.name, group.join('|'), `give exactly one of ${group.join(', ')} (got ${given.length ? given.join(', ') : 'none'})`),
      );
    }
  }
  return args;
}
