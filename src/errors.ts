// The one error policy. Every failure of a tool call, whoever detects it, becomes one ToolFailure:
// a category a program can branch on, the API's own code and message, and a hint that tells the user
// what to do. It is returned as an `isError` result, never thrown at the client.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { redact } from './config.js';
import { fenceNonce, fenceUpstreamText } from './fit.js';
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
  | 'upstream_error';

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
    /** What is wrong, for a header ("a line break (CR or LF)"); for a path, whether it holds several segments. */
    readonly problem: string,
    readonly multiSegment = false,
  ) {
    super(`refused to send ${place === 'path' ? `path parameter ${wire || '(url)'}` : `header ${wire}`} ${JSON.stringify(value)}: ${problem}`);
  }
}

export const KEY_HELP =
  'Check that the key is active under Dashboard → Settings → API Keys (https://miosa.ai), or create a new one.';

export function missingKeyFailure(tool: string): ToolFailure {
  return {
    category: 'unauthenticated',
    message: 'MIOSA_API_KEY is not set for this server.',
    retryable: false,
    tool,
    hint:
      'Confirm the "env" block with MIOSA_API_KEY is present in your MCP client config (for example "env": {"MIOSA_API_KEY": "msk_u_..."}) and that the key starts with msk_u_; then restart the server.',
  };
}

export function invalidArguments(tool: string, field: string | undefined, message: string): ToolFailure {
  return {
    category: 'invalid_arguments',
    message: `${field ? `Invalid argument ${field}` : 'Invalid arguments'}: ${message}${/[.!?]$/.test(message) ? '' : '.'}`,
    retryable: false,
    ...(field ? { field } : {}),
    tool,
    hint: 'Fix the argument and call again; nothing was sent to MIOSA.',
  };
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
  if (typeof body === 'string') return body.trim() ? { message: body.trim().slice(0, 300) } : {};
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

export function retryAfterSeconds(headers: Headers, body?: { retry_after?: number }): number | undefined {
  const h = headers.get('retry-after');
  if (h) {
    const n = Number(h);
    if (Number.isFinite(n) && n >= 0) return n;
    const date = Date.parse(h);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  }
  return body?.retry_after;
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
    tool: tool.name,
  };
  // MIOSA may quote a machine's output (START_FAILED carries the app's last lines): fenced, see fit.ts.
  const apiSaid = e.message ? fenceUpstreamText(redact(e.message), fenceNonce()) : undefined;
  const say = (fallback: string) => apiSaid ?? fallback;

  switch (true) {
    case status === 401:
      return { ...base, category: 'unauthenticated', retryable: false, message: `MIOSA refused the API key (401): ${say('invalid or revoked key')}.`, hint: KEY_HELP };
    case status === 403: {
      const scope = (e.details?.required_scope as string | undefined) ?? tool.operation.scopes.join(', ');
      return {
        ...base,
        category: 'forbidden',
        retryable: false,
        message: `The API key is valid but may not do this (403): ${say('permission denied')}.`,
        hint: `${tool.name} needs the scope ${scope}. Grant it to the key under Dashboard → Settings → API Keys, or use a key that has it.`,
      };
    }
    case status === 402:
      return { ...base, category: 'insufficient_credits', retryable: false, message: `Not enough credits (402): ${say('credit balance too low')}.`, hint: 'Check credits_balance and top up under Dashboard → Billing, then retry.' };
    case status === 404:
      return { ...base, category: 'not_found', retryable: false, message: `Not found (404): ${say('no such resource in this organization')}.`, hint: 'Check the id; the matching *_list tool shows what exists for this key.' };
    case status === 409: {
      const state = e.details?.state;
      return {
        ...base,
        category: 'conflict',
        retryable: false,
        message: `Conflict (409): ${say('the resource is not in a state that allows this')}.`,
        hint: `${state ? `The resource is ${String(state)}. ` : ''}Bring it to the needed state first (for example resume or start it, or wait until it is running), then retry.`,
      };
    }
    case status === 400 || status === 422: {
      const field = typeof e.details?.field === 'string' ? e.details.field : undefined;
      return {
        ...base,
        category: 'invalid_arguments',
        retryable: false,
        ...(field ? { field } : {}),
        message: `MIOSA rejected the request (${status}): ${say('invalid input')}.`,
        hint: field ? `Fix ${field} and call again.` : 'Fix the arguments and call again.',
      };
    }
    case status === 429: {
      const after = retryAfterSeconds(response.headers, e);
      return {
        ...base,
        category: 'rate_limited',
        retryable: true,
        ...(after !== undefined ? { retryAfterSeconds: after } : {}),
        message: `Rate limited by MIOSA (429)${after !== undefined ? `; retry after ${after} s` : ''}.`,
        hint: 'Wait, then retry; batch or slow down repeated calls.',
      };
    }
    case status === 502 || status === 503 || status === 504:
      return { ...base, category: 'upstream_unavailable', retryable: true, message: `MIOSA is unavailable (${status}): ${say('bad gateway or overloaded')}.`, hint: 'Retry in a few seconds; if it persists, check https://status.miosa.ai.' };
    default:
      return {
        ...base,
        category: 'upstream_error',
        retryable: status >= 500,
        message: `MIOSA answered ${status}: ${say(response.statusText || 'unexpected answer')}.`,
        hint: status >= 500 ? 'Retry later; quote the request id to MIOSA support if it persists.' : 'Check the arguments; quote the request id to MIOSA support if it persists.',
      };
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
    return {
      category: 'upstream_error',
      message: `Refused to send a request: ${what}; nothing was sent.`,
      retryable: false,
      tool: tool.name,
      hint: 'Check the resource with the matching *_get or *_list tool; quote this message to MIOSA support if it persists.',
    };
  }
  const hint = 'Fix the argument and call again; nothing was sent to MIOSA.';
  const base = { category: 'invalid_arguments' as const, retryable: false, field: arg.name, tool: tool.name, hint };
  if (err.place === 'header') {
    return {
      ...base,
      message:
        `${arg.name} ${shown} cannot be sent as the ${arg.wire} header: it contains ${err.problem}. Use printable ASCII only (a UUID, for example)` +
        (arg.name === 'idempotencyKey' ? ', or omit idempotencyKey to have one generated.' : '.'),
    };
  }
  if (err.multiSegment) {
    return {
      ...base,
      message: `${arg.name} ${shown} cannot be used: it has ${err.problem}, which would not reach the intended place in the request path. Give it without "." or ".." segments and without doubled or trailing "/" (for example /workspace/app/a.txt, not /workspace/x/../app/a.txt or /workspace/app/).`,
    };
  }
  const isId = /id$/i.test(arg.name);
  return {
    ...base,
    message: `${arg.name} ${shown} cannot be used ${isId ? 'as an id' : 'in the request path'}: a "." or ".." segment would be resolved away and send the request to another path. ${isId ? 'Give the id as MIOSA lists it (the matching *_list tool shows them).' : `Give the actual ${arg.name}.`}`,
  };
}

/** A call that got no usable answer: timeout, network failure, or a body that is not what was promised. */
export function exceptionFailure(tool: ToolMeta, err: unknown, timeoutMs: number, given?: Record<string, unknown>): ToolFailure {
  if (err instanceof ToolError) return err.failure;
  if (err instanceof UnsendableValue) return unsendableFailure(tool, err, given);
  if (err instanceof ArgumentError) return invalidArguments(tool.name, err.field, err.message);
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || (e?.name === 'AbortError' && /timeout/i.test(String(e.message)))) {
    return {
      category: 'timeout',
      message: `No answer from MIOSA within ${timeoutMs} ms (MIOSA_TIMEOUT_MS=${timeoutMs}).`,
      retryable: true,
      tool: tool.name,
      hint:
        'Sandbox and desktop boots take 2–8 s on a first call. Raise MIOSA_TIMEOUT_MS (for example 60000) in the server env, and if the client gives up first raise its own MCP timeout (Claude Code: MCP_TOOL_TIMEOUT; Cursor waits 10 s); then retry.',
    };
  }
  if (e instanceof SyntaxError || e?.name === 'SyntaxError') {
    return { category: 'upstream_error', message: 'MIOSA answered with a body that is not valid JSON.', retryable: true, tool: tool.name, hint: 'Retry; if it persists, MIOSA_BASE_URL may point at something that is not the MIOSA API.' };
  }
  if (e?.name === 'BodyTooLarge') {
    return { category: 'upstream_error', message: redact(String(e.message)), retryable: false, tool: tool.name, hint: 'Ask for less: use the tool\'s limit, lines, path or cursor arguments.' };
  }
  const code = e?.cause?.code;
  return {
    category: 'upstream_unavailable',
    message: `Could not reach MIOSA: ${redact(code ?? e?.cause?.message ?? e?.message ?? String(err))}.`,
    retryable: true,
    tool: tool.name,
    hint: 'Check the network and MIOSA_BASE_URL, then retry.',
  };
}

export function failureResult(raw: ToolFailure): CallToolResult {
  // Anything that came from MIOSA (code, request id, field) is redacted like the message.
  const f = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? redact(v) : v]),
  ) as unknown as ToolFailure;
  const text = [`${f.tool} failed: ${f.message}`, f.hint, f.requestId ? `(request id ${f.requestId})` : '']
    .filter(Boolean)
    .join(' ');
  return { isError: true, content: [{ type: 'text', text }], structuredContent: { error: { ...f } } };
}
