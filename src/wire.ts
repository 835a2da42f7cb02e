// Small wire-format helpers used by the generated handlers.
import type { PathSerializer } from 'openapi-fetch';
import { MULTI_SEGMENT } from '../generated/path-params.js';
import { ArgumentError } from './errors.js';

export type Encoding = 'utf8' | 'base64';

/** Text given by a tool argument, as the base64 the API expects. */
export function toBase64(content: string, encoding: Encoding = 'utf8', field = 'content'): string {
  return Buffer.from(content, bytesEncoding(content, encoding, field)).toString('base64');
}

/** Text given by a tool argument, as raw bytes for an octet-stream body. */
export function toBytes(content: string, encoding: Encoding = 'utf8', field = 'content'): Uint8Array {
  return new Uint8Array(Buffer.from(content, bytesEncoding(content, encoding, field)));
}

// Standard or URL-safe alphabet, padding optional; whitespace (line-wrapped base64) is ignored.
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * Node decodes malformed base64 silently, dropping what it cannot read: "*" would become an empty
 * file. Content that is not base64 is refused instead, before anything is sent.
 */
function bytesEncoding(content: string, encoding: Encoding, field: string): BufferEncoding {
  if (encoding !== 'base64') return 'utf8';
  const compact = content.replace(/\s+/g, '');
  const digits = compact.replace(/=+$/, '');
  if (!BASE64.test(compact) || digits.length % 4 === 1 || (content !== '' && digits === '')) {
    throw new ArgumentError(field, 'is not base64 (encoding is "base64"). Give the bytes as base64, or the text itself with encoding "utf8".');
  }
  return 'base64';
}

export function mapDefined<T, R>(value: T | undefined, fn: (v: T) => R): R | undefined {
  return value === undefined ? undefined : fn(value);
}

/**
 * Every path parameter is percent-encoded whole, so an id can never add a segment, a query or a
 * fragment; parameters that hold a file path or an object key are encoded segment by segment,
 * keeping their slashes. Values that would climb out ("..") or leave an empty segment never get
 * here: upstream.ts refuses them, naming the argument, before the request is built.
 */
export function pathSerializer(multiSegment: readonly string[] = []): PathSerializer {
  return (template, params) =>
    template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const raw = params?.[name];
      if (raw === undefined || raw === null) throw new ArgumentError(name, 'is required: it is part of the request path.');
      const value = String(raw);
      if (!multiSegment.includes(name)) return encodeURIComponent(value);
      return value.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
    });
}

/**
 * The path parameters of a request that keep their slashes, from the spec (generated/path-params.ts).
 * `pathname` is the path template, alone or after the base URL (as openapi-fetch hands it to a
 * serializer); the longest template it ends with decides.
 */
export function multiSegmentOf(pathname: string): readonly string[] {
  let best = '';
  for (const template of Object.keys(MULTI_SEGMENT)) if (template.length > best.length && pathname.endsWith(template)) best = template;
  return best ? MULTI_SEGMENT[best]! : [];
}

/** The client's one path serializer: every request's parameters encoded as pathSerializer does, per template. */
export const clientPathSerializer: PathSerializer = (pathname, params) => pathSerializer(multiSegmentOf(pathname))(pathname, params);
