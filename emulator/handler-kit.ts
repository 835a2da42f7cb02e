// What every handler works with: the context it is given, what it answers, the error it throws, and
// the ids, times and pages its answers carry.
import { randomBytes } from 'node:crypto';
import type { Operation } from './spec.js';
import type { BodyOf, OperationId, PathOf, QueryOf, SuccessJson } from './api-types.js';
import type { World } from './world.js';
import type { Tenant } from './records.js';

/** An answer in the spec's error shape: `{error: {code, message, details, request_id}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Reply {
  status: number;
  /** A JSON body. */
  json?: unknown;
  /** A raw body (with `contentType`). */
  bytes?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  /** Takes over the response (server-sent events); the server writes nothing itself. */
  stream?: (res: import('node:http').ServerResponse) => void;
}

/** The context of any handler, as helpers shared between operations see it. */
export interface Ctx {
  world: World;
  tenant: Tenant;
  op: Operation;
  /** Path parameters, decoded and coerced. */
  path: Record<string, any>;
  /** Query parameters, coerced to their schema types, with the spec's defaults. */
  query: Record<string, any>;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw bytes for octet-stream bodies; undefined when absent. */
  body: any;
  requestId: string;
}

/**
 * The context of one operation's handler, typed from the spec. index.ts has validated the request
 * against the operation's schemas before the handler runs, so the types hold.
 */
export interface OpCtx<Op extends OperationId> extends Omit<Ctx, 'path' | 'query' | 'body'> {
  path: PathOf<Op>;
  query: QueryOf<Op>;
  body: BodyOf<Op>;
}

/** A reply whose JSON, if any, is what the operation declares on success. */
export type OpReply<Op extends OperationId> = Omit<Reply, 'json'> & { json?: SuccessJson<Op> };

export type Handler<Op extends OperationId> = (ctx: OpCtx<Op>) => OpReply<Op> | Promise<OpReply<Op>>;
/** Handlers by operationId; each one's context and answer typed from its operation. */
export type Handlers = { [Op in OperationId]?: Handler<Op> };

/** The handler of an operation, as the router calls it (with the operation's id only known at run time). */
export function handlerFor(handlers: Handlers, id: string): ((ctx: Ctx) => Reply | Promise<Reply>) | undefined {
  return (handlers as Record<string, (ctx: Ctx) => Reply | Promise<Reply>>)[id];
}

export const ok = <T>(json: T) => ({ status: 200, json });
export const created = <T>(json: T) => ({ status: 201, json });
export const noContent = () => ({ status: 204 });

export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, 'NOT_FOUND', `${what} ${id} not found.`);
}

export function invalid(field: string, message: string, extra: Record<string, unknown> = {}): ApiError {
  return new ApiError(422, 'VALIDATION_ERROR', message, { field, ...extra });
}

export function conflict(code: string, message: string, state?: string, extra: Record<string, unknown> = {}): ApiError {
  return new ApiError(409, code, message, { ...(state !== undefined ? { state } : {}), ...extra });
}

const B36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `prefix` + 10 random base-36 characters, e.g. `sbx_k3j9x0q2mz`. */
export function newId(prefix: string, length = 10): string {
  const bytes = randomBytes(length);
  let s = '';
  for (const b of bytes) s += B36[b % 36];
  return `${prefix}${s}`;
}

export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export function uuid(): string {
  return crypto.randomUUID();
}

export function iso(ms: number = Date.now()): string {
  return new Date(ms).toISOString();
}

export function isoOrNull(ms: number | undefined | null): string | null {
  return ms === undefined || ms === null ? null : iso(ms);
}

/** Opaque cursor pagination over a list already in answer order. */
export function paginate<T>(items: T[], limit: number | undefined, cursor: string | undefined): { data: T[]; next_cursor: string | null; has_more: boolean } {
  const size = limit ?? 20;
  let start = 0;
  if (cursor) {
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    const m = /^o:(\d+)$/.exec(decoded);
    if (!m) throw invalid('cursor', 'cursor is not a cursor this API issued.');
    start = Number(m[1]);
  }
  const data = items.slice(start, start + size);
  const more = start + size < items.length;
  return { data, next_cursor: more ? Buffer.from(`o:${start + size}`).toString('base64url') : null, has_more: more };
}

export function newestFirst<T>(map: Map<string, T>): T[] {
  return [...map.values()].reverse();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
