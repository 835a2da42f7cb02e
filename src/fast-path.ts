// The HTTP fast path: a stateless POST /mcp carrying one plain JSON-RPC message (initialize, ping,
// tools/list, tools/call without a progress token, or notifications) answered without building the
// SDK's Server and transport for it. Those two objects cost more than the rest of a proxied call put
// together (issue 17's profile), and in stateless JSON mode they do nothing but route one answer.
//
// What it shares with the SDK path, so that both say the same thing byte for byte (a differential
// test holds them to it): the SDK's own schemas to validate the envelope and the params, the same
// server identity, the same tools/list object, and dispatch() from server.ts for tools/call, so
// arguments, errors, fencing, waits and results are decided in one place. Anything it is not sure
// of (batches, SSE, progress, tasks, odd headers, invalid params, other methods) goes to the SDK
// path, which gives the SDK's own answer, errors included.
//
// Nothing mutable is shared between requests (CVE-2026-25536: answers crossed tenants through a
// shared transport): each request has its own abort controller and its own answer; what is cached is
// immutable text (the tools/list answer per surface, the initialize answer per protocol version).
import { channel } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { safeParse } from '@modelcontextprotocol/sdk/server/zod-compat.js';
import { isJsonContentType } from '@modelcontextprotocol/sdk/shared/mediaType.js';
import {
  CallToolRequestSchema,
  CallToolResultSchema,
  ErrorCode,
  InitializeRequestSchema,
  JSONRPCMessageSchema,
  LATEST_PROTOCOL_VERSION,
  ListToolsRequestSchema,
  McpError,
  PingRequestSchema,
  SUPPORTED_PROTOCOL_VERSIONS,
  type RequestId,
} from '@modelcontextprotocol/sdk/types.js';
import type { CallEnv } from './call.js';
import { CAPABILITIES, instructionsFor, observedCall, SERVER_INFO } from './server.js';
import type { Surface } from './surface.js';

/**
 * Which path answered each request, `{ fast: boolean }`, for whoever subscribes (tests, metrics);
 * publishing costs nothing while nobody listens.
 */
export const PATH_CHANNEL = channel('miosa-mcp:http-path');

/** MIOSA_HTTP_SDK_PATH=1 sends every request through the SDK's Server and transport (for comparison). */
export const SDK_PATH_ENV = 'MIOSA_HTTP_SDK_PATH';

export interface FastRequest {
  surface: Surface;
  env: CallEnv;
  /** The parsed JSON body. */
  body: unknown;
  req: IncomingMessage;
  res: ServerResponse;
  /** Force the SDK path (startHttp decides it once, from its option or MIOSA_HTTP_SDK_PATH=1). */
  sdkPathOnly?: boolean;
}

/** Answers the request and returns true, or returns false (nothing written) to leave it to the SDK path. */
export async function answerFast(r: FastRequest): Promise<boolean> {
  const fast = await tryFast(r);
  if (PATH_CHANNEL.hasSubscribers) PATH_CHANNEL.publish({ fast });
  return fast;
}

async function tryFast(r: FastRequest): Promise<boolean> {
  if (r.sdkPathOnly) return false;
  if (!plainJsonPost(r.req) || r.body === null || typeof r.body !== 'object' || Array.isArray(r.body)) return false;
  const parsed = JSONRPCMessageSchema.safeParse(r.body);
  if (!parsed.success) return false;
  const msg = parsed.data;
  if (!('method' in msg) || !('id' in msg)) {
    // Notifications and responses: the stateless SDK server acts on none of them that outlives the request.
    r.res.writeHead(202).end();
    return true;
  }
  // A progress token asks for an event stream; a task asks for the SDK's task machinery.
  if (msg.params?._meta?.progressToken !== undefined || (msg.params as { task?: unknown } | undefined)?.task !== undefined) return false;
  switch (msg.method) {
    case 'initialize': {
      const init = InitializeRequestSchema.safeParse(msg);
      if (!init.success) return false;
      sendJson(r.res, answerText(initializeResultText(init.data.params.protocolVersion, instructionsFor(r.surface)), msg.id));
      return true;
    }
    case 'ping':
      if (!PingRequestSchema.safeParse(msg).success) return false;
      sendJson(r.res, answerText('{}', msg.id));
      return true;
    case 'tools/list':
      if (!ListToolsRequestSchema.safeParse(msg).success) return false;
      sendJson(r.res, answerText(listText(r.surface), msg.id));
      return true;
    case 'tools/call': {
      const call = CallToolRequestSchema.safeParse(msg);
      if (!call.success) return false;
      await answerCall(r, msg.id, call.data.params.name, call.data.params.arguments);
      return true;
    }
    default:
      return false;
  }
}

/** The transport checks the SDK path makes before reading a message; any doubt goes to the SDK path. */
function plainJsonPost(req: IncomingMessage): boolean {
  const accept = req.headers.accept;
  if (!accept?.includes('application/json') || !accept.includes('text/event-stream')) return false;
  const contentType = req.headersDistinct['content-type'];
  if (contentType?.length !== 1 || !isJsonContentType(contentType[0])) return false;
  const version = req.headersDistinct['mcp-protocol-version'];
  return version === undefined || (version.length === 1 && SUPPORTED_PROTOCOL_VERSIONS.includes(version[0]));
}

async function answerCall(r: FastRequest, id: RequestId, name: string, args: Record<string, unknown> | undefined): Promise<void> {
  // The call stops when its client goes away, as the SDK path's does when its transport closes.
  const abort = new AbortController();
  const onClose = () => {
    if (!r.res.writableFinished) abort.abort();
  };
  r.res.once('close', onClose);
  let answer: object;
  try {
    const result = await observedCall(r.surface, r.env, { name, args, signal: abort.signal, progress: undefined });
    // As the SDK's Server does: the result checked against (and shaped by) its schema.
    const checked = safeParse(CallToolResultSchema, result);
    if (!checked.success) {
      const why = checked.error instanceof Error ? checked.error.message : String(checked.error);
      throw new McpError(ErrorCode.InvalidParams, `Invalid tools/call result: ${why}`);
    }
    answer = { result: checked.data, jsonrpc: '2.0', id };
  } catch (err) {
    answer = errorAnswer(id, err as Error & { code?: unknown; data?: unknown });
  } finally {
    r.res.off('close', onClose);
  }
  // A request whose client left gets no answer, as on the SDK path.
  if (!abort.signal.aborted) sendJson(r.res, JSON.stringify(answer));
}

/** A thrown error as the SDK's Protocol turns it into a JSON-RPC error. */
function errorAnswer(id: RequestId, error: Error & { code?: unknown; data?: unknown }): object {
  return {
    jsonrpc: '2.0',
    id,
    error: {
      code: Number.isSafeInteger(error.code) ? error.code : ErrorCode.InternalError,
      message: error.message ?? 'Internal error',
      ...(error.data !== undefined && { data: error.data }),
    },
  };
}

/** `{result, jsonrpc, id}` in the order the SDK writes it, around a result already serialized. */
function answerText(resultText: string, id: RequestId): string {
  return `{"result":${resultText},"jsonrpc":"2.0","id":${JSON.stringify(id)}}`;
}

function sendJson(res: ServerResponse, text: string): void {
  if (res.destroyed) return;
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

// Immutable text, computed once: surfaces are themselves immutable and cached (a WeakMap lets an
// evicted surface's text go with it); negotiated versions are a fixed, short list.
const LIST_TEXT = new WeakMap<Surface, string>();
function listText(surface: Surface): string {
  let text = LIST_TEXT.get(surface);
  if (text === undefined) LIST_TEXT.set(surface, (text = JSON.stringify(surface.list)));
  return text;
}

// Keyed by version and instructions (code mode has its own): a handful of strings at most.
const INITIALIZE_TEXT = new Map<string, string>();
function initializeResultText(requested: string, instructions: string): string {
  // The SDK's negotiation: the client's version when supported, else the latest.
  const version = SUPPORTED_PROTOCOL_VERSIONS.includes(requested) ? requested : LATEST_PROTOCOL_VERSION;
  const key = `${version}\n${instructions}`;
  let text = INITIALIZE_TEXT.get(key);
  if (text === undefined) {
    text = JSON.stringify({ protocolVersion: version, capabilities: CAPABILITIES, serverInfo: SERVER_INFO, ...(instructions && { instructions }) });
    INITIALIZE_TEXT.set(key, text);
  }
  return text;
}
