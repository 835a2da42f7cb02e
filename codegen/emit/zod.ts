// The zod validator source for a tool's served input schema. json-schema-to-zod has no object-size
// or key-name keywords, and a validator laxer than the served schema lets through arguments the API
// then refuses; those keywords become refinements here.
import { jsonSchemaToZod, parseSchema, type JsonSchema, type Refs } from 'json-schema-to-zod';

export function zodSource(inputSchema: Record<string, unknown>): string {
  return jsonSchemaToZod({ ...inputSchema, additionalProperties: false } as never, {
    module: 'none',
    withoutDescribes: true,
    parserOverride: objectSizeAndNames,
  });
}

function objectSizeAndNames(schema: JsonSchema, refs: Refs): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const { minProperties, maxProperties, propertyNames, ...rest } = schema as Record<string, unknown>;
  if (minProperties === undefined && maxProperties === undefined && propertyNames === undefined) return undefined;
  let out = parseSchema(rest as JsonSchema, refs);
  if (typeof minProperties === 'number') {
    out += `.refine((o) => Object.keys(o).length >= ${minProperties}, { message: ${JSON.stringify(`needs at least ${minProperties} ${minProperties === 1 ? 'entry' : 'entries'}`)} })`;
  }
  if (typeof maxProperties === 'number') {
    out += `.refine((o) => Object.keys(o).length <= ${maxProperties}, { message: ${JSON.stringify(`takes at most ${maxProperties} entries`)} })`;
  }
  const pattern = (propertyNames as { pattern?: unknown } | undefined)?.pattern;
  if (typeof pattern === 'string') {
    // The pattern is compiled once, when the schema is built, not for every key of every call.
    out += `.refine(((re) => (o: Record<string, unknown>) => Object.keys(o).every((k) => re.test(k)))(new RegExp(${JSON.stringify(pattern)})), { message: ${JSON.stringify(`every name must match ${pattern}`)} })`;
  }
  return out;
}
