// How path parameters are put into a request's URL: the client's one path serializer, which knows
// from the spec (generated/path-params.ts) which parameters keep their slashes.
import type { PathSerializer } from 'openapi-fetch';
import { MULTI_SEGMENT } from '../generated/path-params.js';
import { ArgumentError } from './errors.js';

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
