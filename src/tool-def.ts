// The contract between generated/ and the runtime: what one tool is. Generated modules fill it from
// the spec and the overlay; a composite's module carries `compositeCall` in place of its call, which
// src/composites/index.ts replaces (the runtime imports generated/, never the other way round).
import type { Client } from 'openapi-fetch';
import type * as z from 'zod';
import type { paths } from '../generated/api.js';
import type { Toolset } from '../vocabulary/toolsets.js';

export type MiosaApi = Client<paths>;

// The toolset names live in the vocabulary, below codegen and the runtime both.
export { TOOLSETS, type Toolset } from '../vocabulary/toolsets.js';

export interface ToolAnnotations {
  title: string;
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

export type JsonSchema = { [k: string]: unknown };

export interface ArgMeta {
  name: string;
  in: 'path' | 'query' | 'header' | 'body' | 'rawBody' | 'local';
  wire: string;
  /** A path parameter that keeps its slashes (a file path, an object key): x-multi-segment in the spec. */
  multiSegment?: true;
}

export interface ToolMeta {
  name: string;
  title: string;
  description: string;
  toolset: Toolset;
  annotations: ToolAnnotations;
  inputSchema: JsonSchema & { type: 'object' };
  outputSchema?: JsonSchema & { type: 'object' };
  operation: { id: string; method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH'; path: string; scopes: string[] };
  args: ArgMeta[];
  response: {
    kind: 'json' | 'image' | 'binary' | 'empty';
    status: number;
    mediaType?: string;
    envelope: boolean;
    list: boolean;
    /** Keys an answer may carry the payload under, first found wins (see `payloadOf`). */
    payloadKeys: string[];
  };
  idempotencyKey: boolean;
  active?: { arg: string; kind: 'sandbox' | 'computer' };
  exactlyOne?: string[][];
  /** Arguments that default to a server setting (MIOSA_DEFAULT_TEMPLATE) when omitted. */
  configDefaults?: Record<string, 'defaultTemplate'>;
  untrusted: boolean;
  composite: boolean;
  aliases: string[];
}

/** What a call hands back to the runtime: openapi-fetch's result shape, from one request or several. */
export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface CallContext {
  api: MiosaApi;
  /** Aborted when the MCP request is cancelled or the call's time is up. */
  signal: AbortSignal;
  /** The configured API (`MIOSA_API_URL` + `/api/v1`): a composite that reaches beyond it asks where it runs. */
  apiBaseUrl: string;
}

/** Declared in the overlay: how a tool that starts a long operation waits for it. */
export interface WaitDef {
  idField: string;
  into?: string;
  field: string;
  ready: string[];
  failed: string[];
  /** The tool to poll by hand once the wait's bound has passed. */
  pollTool: string;
  pollKeys: string[];
  poll: (id: string, ctx: CallContext) => Promise<CallResult>;
}

export interface ToolDef<A = Record<string, unknown>> extends ToolMeta {
  input: z.ZodType<A>;
  call: (args: A, ctx: CallContext) => Promise<CallResult>;
  wait?: WaitDef;
}

/**
 * The call a composite's generated module carries in place of its own: the real one is written by
 * hand in src/composites and put in its place by src/composites/index.ts, so generated/ never imports
 * an implementation from the runtime. Reaching it means a tool list was taken from generated/
 * instead of from src/composites/index.ts.
 */
export async function compositeCall(): Promise<CallResult> {
  throw new Error('a composite tool was called without its implementation (take TOOLS from src/composites/index.ts)');
}
