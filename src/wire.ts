// Small wire-format helpers used by the generated handlers.
import type { PathSerializer } from 'openapi-fetch';

export type Encoding = 'utf8' | 'base64';

/** Text given by a tool argument, as the base64 the API expects. */
export function toBase64(content: string, encoding: Encoding = 'utf8'): string {
  return encoding === 'base64' ? Buffer.from(content, 'base64').toString('base64') : Buffer.from(content, 'utf8').toString('base64');
}

/** Text given by a tool argument, as raw bytes for an octet-stream body. */
export function toBytes(content: string, encoding: Encoding = 'utf8'): Uint8Array {
  return new Uint8Array(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
}

export function mapDefined<T, R>(value: T | undefined, fn: (v: T) => R): R | undefined {
  return value === undefined ? undefined : fn(value);
}

/**
 * Every path parameter is percent-encoded whole, so an id can never add a segment, a query or a
 * fragment; parameters that hold a file path or an object key are encoded segment by segment,
 * keeping their slashes, and may not climb out with `..`.
 */
export function pathSerializer(multiSegment: readonly string[] = []): PathSerializer {
  return (template, params) =>
    template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const raw = params?.[name];
      if (raw === undefined || raw === null) throw new Error(`missing path parameter ${name}`);
      const value = String(raw);
      if (!multiSegment.includes(name)) return encodeURIComponent(value);
      const segments = value.replace(/^\/+/, '').split('/');
      if (segments.some((s) => s === '..' || s === '.')) {
        throw new Error(`${name} may not contain "." or ".." segments`);
      }
      return segments.map(encodeURIComponent).join('/');
    });
}
