// The contract between generated/ and the runtime: what one tool is. Generated modules fill it from
// the spec and the overlay; composites in src/composites fill the `call` by hand.
import type { Client } from 'openapi-fetch';
import type * as z from 'zod';
import type { paths } from '../generated/api.js';

export type MiosaApi = Client<paths>;

export type Toolset =
  | 'account'
  | 'sandbox'
  | 'computer'
  | 'desktop'
  | 'deploy'
  | 'database'
  | 'cron'
  | 'storage'
  | 'runs'
  | 'security'
  | 'integrations';

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
  };
  idempotencyKey: boolean;
  active?: { arg: string; kind: 'sandbox' | 'computer' };
  exactlyOne?: string[][];
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
}

export interface ToolDef<A = Record<string, unknown>> extends ToolMeta {
  input: z.ZodType<A>;
  call: (args: A, ctx: CallContext) => Promise<CallResult>;
}
