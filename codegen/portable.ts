// The JSON Schema vocabulary every framework accepts in a tool's input: the keywords OpenAI strict
// mode, Gemini's function declarations and Anthropic all take. One keyword outside it can sink a whole
// request (Gemini refuses `propertyNames`, and with it every tool sent alongside). Some keywords the
// spec needs are outside it; they are checked by the server's own validator and not served.
import { isObject, type Json, type JsonObject } from './spec.js';

export const PORTABLE_KEYWORDS = new Set([
  'type',
  'description',
  'enum',
  'default',
  'format',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'anyOf',
]);

/** Checked by the server (the zod validator), never served: no framework's subset has them all. */
export const VALIDATE_ONLY_KEYWORDS = new Set(['propertyNames', 'minProperties', 'maxProperties', 'uniqueItems']);

/** Gemini takes only date-time among string formats; the others stay server-side checks. */
export const PORTABLE_FORMATS = new Set(['date-time']);

/**
 * The served form of a validation schema: validate-only keywords and formats dropped, and every
 * object with named properties closed (`additionalProperties: false`), as strict mode wants and as
 * the server already refuses unknown arguments. Maps (a schema-valued additionalProperties) stay maps.
 */
export function portableSchema(node: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (VALIDATE_ONLY_KEYWORDS.has(k)) continue;
    if (k === 'format' && !PORTABLE_FORMATS.has(String(v))) continue;
    if (k === 'properties' && isObject(v)) {
      out.properties = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, isObject(s) ? portableSchema(s) : s]));
    } else if ((k === 'items' || k === 'additionalProperties') && isObject(v)) {
      out[k] = portableSchema(v);
    } else if (k === 'anyOf' && Array.isArray(v)) {
      out.anyOf = v.map((s) => (isObject(s) ? portableSchema(s) : s));
    } else {
      out[k] = structuredClone(v);
    }
  }
  if (out.type === 'object' && isObject(out.properties) && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** Every keyword (and format) in `node` outside `allowed`, with where it is; property names are not keywords. */
export function keywordsOutside(node: Json, allowed: ReadonlySet<string>, formats: ReadonlySet<string> | undefined, path = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => keywordsOutside(n, allowed, formats, `${path}/${i}`));
  if (!isObject(node)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(node)) {
    if (!allowed.has(k)) out.push(`${k} at ${path}`);
    else if (k === 'format' && formats && !formats.has(String(v))) out.push(`format ${String(v)} at ${path}`);
    if (k === 'properties' && isObject(v)) {
      for (const [p, s] of Object.entries(v)) out.push(...keywordsOutside(s, allowed, formats, `${path}/properties/${p}`));
    } else if (k !== 'enum' && k !== 'default' && k !== 'required') {
      out.push(...keywordsOutside(v, allowed, formats, `${path}/${k}`));
    }
  }
  return out;
}

/** Whether the server checks more than the served schema says: only then is the validation schema written out. */
export function serverChecksMore(t: { inputSchema: JsonObject; validationSchema: JsonObject }): boolean {
  return JSON.stringify(t.validationSchema) !== JSON.stringify(t.inputSchema);
}
