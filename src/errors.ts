// The one error policy. Every failure of a tool call, whoever detects it, becomes one ToolFailure:
// a category a program can branch on, the API's own code and message, and a hint that tells the user
// what to do. It is returned as an `isError` result, never thrown at the client. Errors are told apart
// by their class, never by a name string; an error of no known class is a bug of this server
// (`internal`), never taken for an outage.
import { randomBytes } from 'node:crypto';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { DEFAULT_MAX_RESULT_TOKENS, fitToBudget } from './result-budget.js';
import { fenceNonce, fenceUpstreamText } from './fence.js';
import { BodyTooLarge, ConnectionFailed, MalformedAnswer } from './keepalive-fetch.js';
import { redact, type Secrets } from './redact.js';
import type { ToolMeta } from './tool-def.js';

export type ErrorCategory =
  | 'invalid_arguments'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'insufficient_credits'
  | 'rate_limited'
  | 'timeout'
  | 'upstream_unavailable'
  | 'upstream_error'
  /** The client cancelled the call; nobody reads the answer, but it still has one category. */
  | 'cancelled'
  /** A bug of this server, not of the call or of MIOSA: reported with an id, the stack on stderr. */
  | 'internal';

/** Whether calling again can help, when the failure itself does not say otherwise. */
const RETRYABLE: Record<ErrorCategory, boolean> = {
  invalid_arguments: false,
  unauthenticated: false,
  forbidden: false,
  not_found: false,
  conflict: false,
  insufficient_credits: false,
  rate_limited: true,
  timeout: true,
  upstream_unavailable: true,
  upstream_error: false,
  cancelled: false,
  internal: false,
};

export interface ToolFailure {
  category: ErrorCategory;
  status?: number;
  code?: string;
  message: string;
  requestId?: string;
  retryable: boolean;
  retryAfterSeconds?: number;
  field?: string;
  tool: string;
  hint: string;
}

/** Builds every failure record: `retryable` follows the category unless `more` says otherwise. */
export function failure(
  category: ErrorCategory,
  tool: string,
  message: string,
  hint: string,
  more: Partial<Omit<ToolFailure, 'category' | 'tool' | 'message' | 'hint'>> = {},
): ToolFailure {
  return { category, ...more, message, retryable: more.retryable ?? RETRYABLE[category], tool, hint };
}

/** Thrown inside the call pipeline; turned into a result at its edge. */
export class ToolError extends Error {
  constructor(readonly failure: ToolFailure) {
    super(failure.message);
    this.name = 'ToolError';
  }
}

/** An argument found wrong while its request is built (it passed the schema): names it, says why. */
export class ArgumentError extends Error {
  override name = 'ArgumentError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A value the server will not put into a request, found while the request is built and before
 * anything is sent: a path parameter that is, or (in a file path or object key) contains, a "." or
 * ".." segment, which a URL resolves away so the request would reach another path; or a header value
 * that is not one line of bytes. Raised in upstream.ts; exceptionFailure tells whose value it was.
 */
export class UnsendableValue extends Error {
  override name = 'UnsendableValue';
  constructor(
    /** Where the value was going. */
    readonly place: 'path' | 'header',
    /** The path parameter or header name as sent ("" when only the finished URL showed it). */
    readonly wire: string,
    readonly value: string,
    /** What is wrong ("a line break (CR or LF)", "a \".\" or \"..\" segment"). */
    readonly problem: string,
  ) {
    super(`refused to send ${place === 'path' ? `path parameter ${wire || '(url)'}` : `header ${wire}`} ${JSON.stringify(value)}: ${problem}`);
  }
}

/**
 * Refused before sending: this API key already has as many upstream requests running and waiting on
 * this server as it may (fair-share.ts), so other keys' calls are not slowed by it.
 */
export class KeyOverLimit extends Error {
  override name = 'KeyOverLimit';
  constructor(
    readonly concurrency: number,
    readonly queue: number,
  ) {
    super(`this API key already has ${concurrency} requests to MIOSA running and ${queue} waiting on this server`);
  }
}

/** The configured key cannot be put in a header (a space, a line break, a non-ASCII character). */
export class InvalidKey extends Error {
  override name = 'InvalidKey';
  constructor() {
    super('the API key contains a space, a line break or a non-ASCII character; copy the API key again');
  }
}

/** A request that would leave the configured MIOSA API; the key goes nowhere else. */
export class RefusedDestination extends Error {
  override name = 'RefusedDestination';
}

/** The call's time (MIOSA_TIMEOUT_MS) ran out; see withDeadline. */
export class DeadlinePassed extends Error {
  override name = 'DeadlinePassed';
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

/** MIOSA answered with JSON nested deeper than this server will walk. */
export class AnswerTooDeep extends Error {
  override name = 'AnswerTooDeep';
  constructor(readonly maxDepth: number) {
    super(`MIOSA's answer is nested deeper than ${maxDepth} levels; it was not read.`);
  }
}

/**
 * Whether a failure of the network under a request was a connection failing (refused, reset, a
 * name that does not resolve), so that a safe request may be sent again. Our own pool fails with
 * ConnectionFailed; a fetch given as a test seam or to the doctor fails as fetch does, a TypeError
 * whose cause carries a system error code. A TypeError without one is a bug, never retried.
 */
export function isConnectionError(err: unknown): boolean {
  if (err instanceof ConnectionFailed) return true;
  const cause = (err as { cause?: { code?: unknown } } | undefined)?.cause;
  return err instanceof TypeError && typeof cause?.code === 'string';
}

export const KEY_HELP =
  'Check that the key is active under Dashboard → Settings → API Keys (https://miosa.ai), or create a new one.';

export function missingKeyFailure(tool: string): ToolFailure {
  return failure(
    'unauthenticated',
    tool,
    'MIOSA_API_KEY is not set for this server.',
    'Export MIOSA_API_KEY=msk_u_… where the client starts, and make the server entry pass it on by reference (`miosa-mcp config <client>` prints the entry; the key itself never goes in the file); then restart the server.',
  );
}

export function invalidArguments(tool: string, field: string | undefined, message: string): ToolFailure {
  return failure(
    'invalid_arguments',
    tool,
    `${field ? `Invalid argument ${field}` : 'Invalid arguments'}: ${message}${/[.!?]$/.test(message) ? '' : '.'}`,
    'Fix the argument and call again; nothing was sent to MIOSA.',
    field ? { field } : {},
  );
}

/** A tool the server knows but this selection (flags, environment, the request's narrowing) leaves out. */
export function notEnabledFailure(tool: string, hint: string): ToolFailure {
  return failure('forbidden', tool, `${tool} is not enabled on this server.`, hint);
}

interface ApiErrorBody {
  code?: string;
  message?: string;
  details?: Record<string, unknown>;
  request_id?: string;
  retry_after?: number;
}

/** Reads every error body shape the API is known to use (nested, flat, legacy). */
function readErrorBody(body: unknown): ApiErrorBody {
  if (typeof body === 'string') {
    const text = clip(body.trim(), 300);
    return text ? { message: text } : {};
  }
  if (!body || typeof body !== 'object') return {};
  const b = body as Record<string, unknown>;
  const nested = b.error && typeof b.error === 'object' ? (b.error as Record<string, unknown>) : undefined;
  const src = nested ?? b;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    code: str(src.code) ?? (typeof b.error === 'string' ? b.error : undefined),
    message: str(src.message) ?? str(b.detail) ?? str(b.message) ?? str(b.reason),
    details: (src.details && typeof src.details === 'object' ? src.details : undefined) as Record<string, unknown> | undefined,
    request_id: str(src.request_id) ?? str(b.request_id),
    retry_after: typeof src.retry_after === 'number' ? src.retry_after : typeof b.retry_after === 'number' ? b.retry_after : undefined,
  };
}

/**
 * At most `max` characters of text MIOSA sent. A cut drops the word it falls in: redaction happens
 * later (failureResult) and finds only a whole key, and a key holds no space (createApi refuses one).
 * Text with no space before the cut is not quoted at all ("").
 */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept = text.slice(0, max).replace(/\S+$/, '').trimEnd();
  return kept ? `${kept} …` : '';
}

export function retryAfterSeconds(headers: Headers, body?: { retry_after?: number }): number | undefined {
  const h = headers.get('retry-after')?.trim();
  // Whole seconds or an HTTP date (RFC 9110; every date form holds hh:mm:ss). Anything else is ignored:
  // Number() and Date.parse() read "-1", "0x10" or "soon 5" as a number or a date long past ("now").
  if (h && /^\d+$/.test(h)) return Number(h);
  if (h && /\d\d:\d\d:\d\d/.test(h)) {
    const date = Date.parse(h);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  }
  const fromBody = body?.retry_after;
  return fromBody !== undefined && fromBody >= 0 ? fromBody : undefined;
}

/** A non-2xx answer from MIOSA. */
export function httpFailure(tool: ToolMeta, response: Response, body: unknown): ToolFailure {
  const status = response.status;
  const e = readErrorBody(body);
  const requestId = response.headers.get('x-request-id') ?? e.request_id;
  const base = {
    status,
    ...(e.code ? { code: e.code } : {}),
    ...(requestId ? { requestId } : {}),
  };
  // Redacted where the failure leaves (failureResult), with the caller's exact key: a generic pass
  // here first would cut a key of another shape in two, and the exact one would no longer match.
  // MIOSA may quote a machine's output (START_FAILED carries the app's last lines): fenced, see fence.ts.
  // Its closing period is dropped: each sentence below ends with its own ("not found.." otherwise).
  const said = e.message?.replace(/\.+$/, '');
  const apiSaid = said ? fenceUpstreamText(said, fenceNonce()) : undefined;
  const say = (fallback: string) => apiSaid ?? fallback;
  const fail = (category: ErrorCategory, message: string, hint: string, more: Partial<ToolFailure> = {}) =>
    failure(category, tool.name, message, hint, { ...base, ...more });

  switch (true) {
    case status === 401:
      return fail('unauthenticated', `MIOSA refused the API key (401): ${say('invalid or revoked key')}.`, KEY_HELP);
    case status === 403: {
      const scope = (e.details?.required_scope as string | undefined) ?? tool.operation.scopes.join(', ');
      return fail(
        'forbidden',
        `The API key is valid but may not do this (403): ${say('permission denied')}.`,
        `${tool.name} needs the scope ${scope}. Grant it to the key under Dashboard → Settings → API Keys, or use a key that has it.`,
      );
    }
    case status === 402:
      return fail('insufficient_credits', `Not enough credits (402): ${say('credit balance too low')}.`, 'Check credits_balance and top up under Dashboard → Billing, then retry.');
    case status === 404:
      return fail('not_found', `Not found (404): ${say('no such resource in this organization')}.`, 'Check the id; the matching *_list tool shows what exists for this key.');
    case status === 409: {
      const state = e.details?.state;
      return fail(
        'conflict',
        `Conflict (409): ${say('the resource is not in a state that allows this')}.`,
        `${state ? `The resource is ${String(state)}. ` : ''}Bring it to the needed state first (for example resume or start it, or wait until it is running), then retry.`,
      );
    }
    case status === 400 || status === 422: {
      const field = typeof e.details?.field === 'string' ? e.details.field : undefined;
      return fail(
        'invalid_arguments',
        `MIOSA rejected the request (${status}): ${say('invalid input')}.`,
        field ? `Fix ${field} and call again.` : 'Fix the arguments and call again.',
        field ? { field } : {},
      );
    }
    case status === 429: {
      const after = retryAfterSeconds(response.headers, e);
      return fail(
        'rate_limited',
        `Rate limited by MIOSA (429)${after !== undefined ? `; retry after ${after} s` : ''}.`,
        'Wait, then retry; batch or slow down repeated calls.',
        after !== undefined ? { retryAfterSeconds: after } : {},
      );
    }
    case status === 502 || status === 503 || status === 504:
      return fail('upstream_unavailable', `MIOSA is unavailable (${status}): ${say('bad gateway or overloaded')}.`, 'Retry in a few seconds; if it persists, check https://status.miosa.ai.');
    default:
      return fail(
        'upstream_error',
        `MIOSA answered ${status}: ${say(response.statusText || 'unexpected answer')}.`,
        status >= 500 ? 'Retry later; quote the request id to MIOSA support if it persists.' : 'Check the arguments; quote the request id to MIOSA support if it persists.',
        { retryable: status >= 500 },
      );
  }
}

/**
 * A value refused before sending. When it is the caller's own argument, that argument is what to fix
 * (invalid_arguments, naming it); otherwise it came from MIOSA (an id in an answer) and nothing the
 * caller sends will change it.
 */
export function unsendableFailure(tool: ToolMeta, err: UnsendableValue, given: Record<string, unknown> = {}): ToolFailure {
  const arg = tool.args.find(
    (a) => a.in === err.place && a.wire.toLowerCase() === err.wire.toLowerCase() && given[a.name] !== undefined && String(given[a.name]) === err.value,
  );
  const shown = JSON.stringify(err.value.length > 80 ? `${err.value.slice(0, 80)}…` : err.value);
  if (!arg) {
    const what = !err.wire
      ? `${shown} has a "." or ".." path segment, which would send the request to another path`
      : err.place === 'path'
        ? `${err.wire} ${shown}, taken from an earlier answer of MIOSA, is a "." or ".." path segment, which would send the request to another path`
        : `${err.wire} ${shown} cannot be sent as a header: it contains ${err.problem}`;
    return failure(
      'upstream_error',
      tool.name,
      `Refused to send a request: ${what}; nothing was sent.`,
      'Check the resource with the matching *_get or *_list tool; quote this message to MIOSA support if it persists.',
    );
  }
  const wrong = (message: string) =>
    failure('invalid_arguments', tool.name, message, 'Fix the argument and call again; nothing was sent to MIOSA.', { field: arg.name });
  if (err.place === 'header') {
    return wrong(
      `${arg.name} ${shown} cannot be sent as the ${arg.wire} header: it contains ${err.problem}. Use printable ASCII only (a UUID, for example)` +
        (arg.name === 'idempotencyKey' ? ', or omit idempotencyKey to have one generated.' : '.'),
    );
  }
  if (arg.multiSegment) {
    return wrong(
      `${arg.name} ${shown} cannot be used: it has ${err.problem}, which would not reach the intended place in the request path. Give it without "." or ".." segments and without doubled or trailing "/" (for example /workspace/app/a.txt, not /workspace/x/../app/a.txt or /workspace/app/).`,
    );
  }
  const isId = /id$/i.test(arg.name);
  return wrong(
    `${arg.name} ${shown} cannot be used ${isId ? 'as an id' : 'in the request path'}: a "." or ".." segment would be resolved away and send the request to another path. ${isId ? 'Give the id as MIOSA lists it (the matching *_list tool shows them).' : `Give the actual ${arg.name}.`}`,
  );
}

/**
 * Any failure thrown while a call ran, in one category: the known classes each have theirs; an error
 * of no known class is this server's bug (`internal`). `secrets` are removed from what is logged.
 */
export function exceptionFailure(
  tool: ToolMeta,
  err: unknown,
  timeoutMs: number,
  given?: Record<string, unknown>,
  secrets: Secrets = [],
): ToolFailure {
  const name = tool.name;
  if (err instanceof ToolError) return err.failure;
  if (err instanceof UnsendableValue) return unsendableFailure(tool, err, given);
  if (err instanceof ArgumentError) return invalidArguments(name, err.field, err.message);
  if (err instanceof KeyOverLimit) {
    return failure(
      'rate_limited',
      name,
      `Too many calls at once: ${err.message}; this call was not sent.`,
      'Wait for some of your calls to finish (retry in about 1 s), and run fewer at once. The server operator sets the limits with MIOSA_KEY_CONCURRENCY and MIOSA_KEY_QUEUE.',
      { retryable: true, retryAfterSeconds: 1 },
    );
  }
  if (err instanceof InvalidKey) return failure('unauthenticated', name, `The API key cannot be sent: ${err.message}.`, KEY_HELP);
  if (err instanceof DeadlinePassed) {
    return failure(
      'timeout',
      name,
      `No answer from MIOSA within ${timeoutMs} ms (MIOSA_TIMEOUT_MS=${timeoutMs}).`,
      'Sandbox and desktop boots take 2–8 s on a first call. Raise MIOSA_TIMEOUT_MS (for example 60000) in the server env, and if the client gives up first raise its own MCP timeout (Claude Code: MCP_TOOL_TIMEOUT; Cursor waits 10 s); then retry.',
    );
  }
  if (err instanceof SyntaxError) {
    return failure('upstream_error', name, 'MIOSA answered with a body that is not valid JSON.', 'Retry; if it persists, MIOSA_API_URL (or MIOSA_BASE_URL) may point at something that is not the MIOSA API.', { retryable: true });
  }
  if (err instanceof BodyTooLarge || err instanceof AnswerTooDeep) {
    return failure('upstream_error', name, err.message, "Ask for less: use the tool's limit, lines, path or cursor arguments.");
  }
  if (err instanceof MalformedAnswer) {
    return failure('upstream_error', name, `MIOSA's answer could not be read: ${err.message}.`, 'Check that MIOSA_API_URL (or MIOSA_BASE_URL) points at the MIOSA API; retry later if it does.');
  }
  if (err instanceof RefusedDestination) {
    return failure('upstream_error', name, `${err.message}; nothing was sent.`, 'Check the resource with the matching *_get or *_list tool; quote this message to MIOSA support if it persists.');
  }
  if (isConnectionError(err)) {
    const e = err as { message?: string; cause?: { code?: string; message?: string } };
    return failure(
      'upstream_unavailable',
      name,
      `Could not reach MIOSA: ${redact(e.cause?.code ?? e.cause?.message ?? e.message ?? 'connection failed', secrets)}.`,
      'Check the network and MIOSA_API_URL (or MIOSA_BASE_URL), then retry.',
    );
  }
  return internalFailure(name, err, secrets);
}

/** The client cancelled the call (notifications/cancelled, or the HTTP request went away). */
export function cancelledFailure(tool: string): ToolFailure {
  return failure('cancelled', tool, 'The call was cancelled by the client before MIOSA answered.', 'Call again if the result is still needed.');
}

/**
 * A bug: the caller gets an id to report and no internals; stderr gets the id and the stack, with
 * every key removed.
 */
export function internalFailure(tool: string, err: unknown, secrets: Secrets = []): ToolFailure {
  const id = `mcp_${randomBytes(8).toString('hex')}`;
  const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  process.stderr.write(`${redact(`[miosa-mcp] internal error ${id} in ${tool}: ${detail}`, secrets)}\n`);
  return failure(
    'internal',
    tool,
    `miosa-mcp failed on this call because of a bug in the server, not in the arguments or in MIOSA (error id ${id}).`,
    `Report it to the miosa-mcp maintainers with the error id ${id} (the server's stderr has the details). Calling again with the same arguments will most likely fail the same way.`,
    { requestId: id },
  );
}

/**
 * The result a client gets for a failure: every string redacted (the message may quote MIOSA, which
 * may quote the key), then fitted to the result budget like any other result, in the text and in
 * structuredContent alike.
 */
export function failureResult(raw: ToolFailure, opts: { secrets?: Secrets; maxTokens?: number } = {}): CallToolResult {
  const redacted = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? redact(v, opts.secrets) : v]),
  ) as unknown as ToolFailure;
  // Half the budget each: the text repeats the message and the hint.
  const budget = Math.floor((opts.maxTokens ?? DEFAULT_MAX_RESULT_TOKENS) / 2);
  const f = fitToBudget({ ...redacted }, budget).value as unknown as ToolFailure;
  const text = [`${f.tool} failed: ${f.message}`, f.hint, f.requestId ? `(request id ${f.requestId})` : '']
    .filter(Boolean)
    .join(' ');
  return { isError: true, content: [{ type: 'text', text }], structuredContent: { error: { ...f } } };
}

/** How a miosa_run script failed, as the one failure shape: its own error, a limit, or a tool's error it did not catch. */
export function scriptFailure(f: {
  kind: 'syntax' | 'thrown' | 'not_json' | 'timeout' | 'memory' | 'stack' | 'calls' | 'output' | 'crashed' | 'cancelled' | 'busy';
  message: string;
  name?: string;
  category?: string;
  hint?: string;
  tool?: string;
  stack?: string;
}): ToolFailure {
  const tool = 'miosa_run';
  if (f.kind === 'thrown' && f.category && f.tool) {
    // A MiosaError the script let through keeps the failed call's category and hint.
    return failure(f.category as ErrorCategory, tool, `miosa.${f.tool} failed: ${f.message}`, f.hint ?? 'Fix the call and run the script again.', { retryable: false });
  }
  if (f.kind === 'busy') {
    return failure('rate_limited', tool, f.message, 'Retry in a moment; nothing of the script ran.', { retryAfterSeconds: 1 });
  }
  if (f.kind === 'cancelled') return failure('cancelled', tool, f.message, 'Nothing to do: the request was cancelled.');
  if (f.kind === 'crashed') {
    return failure('internal', tool, f.message, 'Run the script again; if it keeps happening, report it with the server log.', { retryable: true });
  }
  if (f.kind === 'timeout') {
    return failure('timeout', tool, f.message, 'Do less per run (split the work across runs), or raise MIOSA_CODE_TIMEOUT_MS in the server env.', { retryable: false });
  }
  const hints: Record<string, string> = {
    syntax: 'Fix the syntax; `code` is the body of an async function (use `return` and `await` directly).',
    thrown: 'The script threw this itself; fix it and run it again (nothing it did before the throw is undone).',
    not_json: 'Return plain data: objects, arrays, strings, numbers, booleans or null.',
    memory: 'Keep less in memory (slice large results), or raise MIOSA_CODE_MEMORY_MB.',
    stack: 'Look for unbounded recursion, or raise MIOSA_CODE_STACK_KB.',
    calls: 'Make fewer calls per run (list once, then filter in the script), or raise MIOSA_CODE_MAX_CALLS.',
    output: 'Return and log less (a summary, a slice), or raise MIOSA_CODE_MAX_OUTPUT_BYTES.',
  };
  const message = f.kind === 'thrown' ? `The script threw ${f.name ?? 'an error'}: ${f.message}${f.stack ? `\n${f.stack}` : ''}` : f.message;
  return failure('invalid_arguments', tool, message, hints[f.kind], { field: 'code' });
}
