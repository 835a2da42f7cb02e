// fast-check arbitraries from the JSON Schemas the server serves: values a schema accepts, and
// argument objects in which any property may be replaced by anything at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ToolDef } from '../../src/tool-def.js';

// Where the server checks more than it serves (codegen/portable.ts), the IR keeps the schema it checks
// against; the runtime carries only its zod form, so tests read that schema here.
const VALIDATION = new Map(
  (JSON.parse(readFileSync(join(import.meta.dirname, '../../generated/tools.json'), 'utf8')) as { tools: { name: string; validationSchema?: Schema }[] }).tools
    .filter((t) => t.validationSchema)
    .map((t) => [t.name, t.validationSchema as Schema & { type: 'object' }]),
);

/** What valid arguments are: the schema the server checks against (the served one where they agree). */
export function validationSchemaOf(tool: ToolDef<any>): Schema & { type: 'object' } {
  return VALIDATION.get(tool.name) ?? tool.inputSchema;
}

type Schema = Record<string, unknown>;

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** Any value the schema accepts (for the keywords the tool schemas use). */
export function valueOf(schema: Schema): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  // A list of types (metadata values: string, number or boolean): a value of any of them.
  if (Array.isArray(schema.type)) {
    return fc.oneof(...(schema.type as string[]).map((t) => (t === 'null' ? fc.constant(null) : valueOf({ ...schema, type: t }))));
  }
  switch (schema.type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -1_000_000;
      const max = typeof schema.maximum === 'number' ? schema.maximum : Math.max(min + 1_000_000, 1_000_000);
      return schema.type === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = (schema.items ?? {}) as Schema;
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const maxLength = typeof schema.maxItems === 'number' ? schema.maxItems : Math.max(minLength, 3);
      return fc.array(valueOf(items), { minLength, maxLength });
    }
    case 'object':
      return objectOf(schema);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : Math.max(minLength, 24);
  const limit = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  let arb: fc.Arbitrary<string>;
  switch (schema.format) {
    case 'date-time':
      arb = isoDate;
      break;
    case 'date':
      arb = isoDate.map((s) => s.slice(0, 10));
      break;
    case 'uuid':
      arb = fc.uuid();
      break;
    case 'uri':
      arb = fc.webUrl({ validSchemes: ['https'] });
      break;
    default:
      arb =
        typeof schema.pattern === 'string'
          ? fc.stringMatching(new RegExp(schema.pattern))
          : fc.string({ unit: 'grapheme', minLength, maxLength });
  }
  return arb.filter((s) => [...s].length >= minLength && [...s].length <= limit);
}

function objectOf(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  if (!Object.keys(props).length && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    const names = (schema.propertyNames ?? {}) as Schema;
    const key = typeof names.pattern === 'string' ? fc.stringMatching(new RegExp(names.pattern)) : fc.string({ minLength: 1, maxLength: 8 });
    const minKeys = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
    return fc.dictionary(key, valueOf(schema.additionalProperties as Schema), { minKeys, maxKeys: Math.max(minKeys, 3) });
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, s] of Object.entries(props)) model[k] = valueOf(s);
  return fc.record(model, { requiredKeys: [...required].filter((k) => k in props) }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Tool arguments: every property valid, omitted, or replaced by any JSON value, and maybe a stray key. */
export function hostileArgsOf(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, s] of Object.entries(props)) model[k] = fc.oneof(valueOf(s), fc.jsonValue({ maxDepth: 3 }));
  const base = fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
  const stray = fc.option(fc.tuple(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })), { freq: 4 });
  return fc.tuple(base, stray).map(([args, extra]) => (extra ? { ...args, [extra[0]]: extra[1] } : args));
}

/**
 * Arguments for a tool from its served schema that satisfy the two rules a schema cannot say: its
 * exactly-one groups, and content that is base64 wherever its `encoding` says "base64".
 */
export function validArgsOf(tool: ToolDef<any>): fc.Arbitrary<Record<string, unknown>> {
  return exactlyOneArgs(tool).map((args) => withBase64Content(args) as Record<string, unknown>);
}

function withBase64Content(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withBase64Content);
  if (!v || typeof v !== 'object') return v;
  const out = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withBase64Content(x)]));
  if (out.encoding === 'base64' && typeof out.content === 'string') out.content = Buffer.from(out.content, 'utf8').toString('base64');
  return out;
}

function exactlyOneArgs(tool: ToolDef<any>): fc.Arbitrary<Record<string, unknown>> {
  // Valid arguments: from what the server checks, which may say more than the served schema.
  const schema = validationSchemaOf(tool);
  const base = valueOf(schema) as fc.Arbitrary<Record<string, unknown>>;
  const groups = tool.exactlyOne ?? [];
  if (!groups.length) return base;
  const props = schema.properties as Record<string, Record<string, unknown>>;
  return fc.tuple(base, ...groups.map((g) => fc.constantFrom(...g))).chain(([args, ...picks]) => {
    const out = { ...args };
    groups.forEach((g) => g.forEach((k) => delete out[k]));
    const picked = picks as string[];
    return fc.tuple(...picked.map((k) => valueOf(props[k]))).map((vals) => {
      picked.forEach((k, i) => (out[k] = vals[i]));
      return out;
    });
  });
}
