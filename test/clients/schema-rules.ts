// What each model API accepts in a tool's parameters, applied to what a client library produced: the
// libraries convert, the APIs judge. No network: these are the documented rules, checked on the output.

type Schema = Record<string, unknown>;
const isObj = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * OpenAI strict mode: every object closed (additionalProperties: false) with every property required.
 * An open object (a free-form map such as env or metadata) cannot be strict.
 */
export function openAiStrictProblems(schema: unknown, path = '#'): string[] {
  if (!isObj(schema)) return [];
  const out: string[] = [];
  const isObjectType = schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object'));
  if (isObjectType) {
    const props = isObj(schema.properties) ? schema.properties : undefined;
    if (schema.additionalProperties !== false) out.push(`open object at ${path} (additionalProperties is not false)`);
    if (props) {
      const required = new Set(Array.isArray(schema.required) ? schema.required : []);
      for (const k of Object.keys(props)) if (!required.has(k)) out.push(`${path}/properties/${k} is not required`);
      for (const [k, v] of Object.entries(props)) out.push(...openAiStrictProblems(v, `${path}/properties/${k}`));
    }
  }
  if (isObj(schema.items)) out.push(...openAiStrictProblems(schema.items, `${path}/items`));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((s, i) => out.push(...openAiStrictProblems(s, `${path}/${key}/${i}`)));
  }
  return out;
}

/** Whether a served schema has a free-form map anywhere (an object whose keys are not named). */
export function hasFreeFormMap(schema: unknown, root = true): boolean {
  if (!isObj(schema)) return false;
  if (schema.type === 'object' && !root && (!isObj(schema.properties) || isObj(schema.additionalProperties))) return true;
  const props = isObj(schema.properties) ? Object.values(schema.properties) : [];
  return [...props, schema.items, ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])].some((s) => hasFreeFormMap(s, false));
}

/** Gemini's function-declaration Schema: the fields it takes (any other field fails the whole request). */
const GEMINI_FIELDS = new Set([
  'type',
  'format',
  'title',
  'description',
  'nullable',
  'enum',
  'maxItems',
  'minItems',
  'properties',
  'required',
  'minProperties',
  'maxProperties',
  'minLength',
  'maxLength',
  'pattern',
  'example',
  'anyOf',
  'propertyOrdering',
  'default',
  'items',
  'minimum',
  'maximum',
]);

export function geminiProblems(schema: unknown, path = '#'): string[] {
  if (!isObj(schema)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(schema)) {
    if (!GEMINI_FIELDS.has(k)) out.push(`${k} at ${path}`);
    if (k === 'properties' && isObj(v)) for (const [p, s] of Object.entries(v)) out.push(...geminiProblems(s, `${path}/properties/${p}`));
    else if (k === 'items') out.push(...geminiProblems(v, `${path}/items`));
    else if (k === 'anyOf' && Array.isArray(v)) v.forEach((s, i) => out.push(...geminiProblems(s, `${path}/anyOf/${i}`)));
  }
  return out;
}
