// JSON Schema as served in tools/list: what a model needs to call the tool and nothing else. Every
// token here is paid on every turn of every conversation, and some clients reject `$ref`, `$defs`
// and unknown keywords, so this keeps a small vocabulary and drops the rest.
import type { ResponseIR } from './ir.js';
import { PORTABLE_KEYWORDS, VALIDATE_ONLY_KEYWORDS } from './portable.js';
import { deref, inlineRefs, isObject, type Json, type JsonObject } from './spec.js';

// What the pipeline carries from the spec into the validation schema: the portable keywords, the
// server-side checks, and a few more that the surface lint then refuses until they are placed.
const KEEP = new Set([...PORTABLE_KEYWORDS, ...VALIDATE_ONLY_KEYWORDS, 'const', 'exclusiveMinimum', 'exclusiveMaximum', 'oneOf']);
// Formats that tell a model something; int32/int64/double only add tokens.
const USEFUL_FORMATS = new Set(['date-time', 'date', 'uri', 'email', 'uuid', 'hostname']);
const SAFE_INT = 2 ** 53 - 1;

export function serveSchema(node: Json): JsonObject {
  if (!isObject(node)) return {};
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (!KEEP.has(k)) continue;
    if (k === 'format' && !USEFUL_FORMATS.has(String(v))) continue;
    if ((k === 'minimum' || k === 'maximum') && typeof v === 'number' && Math.abs(v) >= SAFE_INT) continue;
    if (k === 'properties' && isObject(v)) {
      out.properties = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, serveSchema(s)]));
    } else if (k === 'items' || k === 'propertyNames') {
      out[k] = serveSchema(v);
    } else if (k === 'additionalProperties') {
      // Only a schema-valued one says something (a map's value type); booleans are noise here.
      if (isObject(v)) out.additionalProperties = serveSchema(v);
    } else if ((k === 'anyOf' || k === 'oneOf') && Array.isArray(v)) {
      out[k] = v.map(serveSchema);
    } else if (k === 'required' && Array.isArray(v) && v.length === 0) {
      continue;
    } else if (k === 'description' && typeof v === 'string') {
      out.description = v.trim().replace(/\s+/g, ' ');
    } else {
      out[k] = structuredClone(v);
    }
  }
  return out;
}

/**
 * A lenient outputSchema: the fields an answer always carries (the schema's `required`), with their
 * types, nothing required and no nesting. Real APIs drift from their specs, and a strict outputSchema
 * turns every drift into a failed call; this one tells a model what surely comes back, costs few
 * tokens on every turn, and cannot reject a plausible answer. Lists keep their paging fields.
 */
export function outputSchemaOf(spec: JsonObject, op: JsonObject, response: ResponseIR): JsonObject {
  const responses = (op.responses ?? {}) as JsonObject;
  const res = deref(spec, responses[String(response.status)]) as JsonObject;
  const media = ((res.content ?? {}) as JsonObject)['application/json'] as JsonObject;
  const body = inlineRefs(spec, (media.schema ?? {}) as Json) as JsonObject;
  const bodyProps = isObject(body.properties) ? body.properties : {};
  let fields: JsonObject;
  if (response.envelope) {
    const key = response.payloadKeys[0];
    const data = bodyProps[key] as JsonObject;
    const siblings = Object.fromEntries(Object.entries(bodyProps).filter(([k]) => k !== key));
    fields = response.list ? { items: data, ...siblings } : { ...pick(siblings, requiredOf(body)), ...essential(data) };
  } else {
    fields = response.list ? { items: body } : essential(body);
  }
  return looseObject(fields);
}

function requiredOf(schema: JsonObject): string[] {
  return (schema.required as string[] | undefined) ?? [];
}

function pick(props: JsonObject, keys: string[]): JsonObject {
  return Object.fromEntries(Object.entries(props).filter(([k]) => keys.includes(k)));
}

/** The properties an object always has; all of them when it states none. */
function essential(schema: JsonObject): JsonObject {
  const props = isObject(schema.properties) ? schema.properties : {};
  const required = requiredOf(schema);
  return required.length ? pick(props, required) : props;
}

export function looseObject(fields: JsonObject): JsonObject {
  const properties: JsonObject = {};
  for (const [k, s] of Object.entries(fields)) properties[k] = looseType(s);
  return { type: 'object', properties };
}

function looseType(s: Json): JsonObject {
  if (!isObject(s)) return {};
  const t = s.type;
  if (typeof t === 'string' || Array.isArray(t)) return { type: structuredClone(t) };
  if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) return {};
  if (isObject(s.properties)) return { type: 'object' };
  return {};
}
