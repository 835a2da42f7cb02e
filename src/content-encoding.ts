// File content a tool argument gives as text or base64, turned into what the API takes (base64 in a
// JSON body, or raw bytes). Used by the generated tool modules.
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
