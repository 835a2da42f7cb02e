// Emits one uniform module per tool: its zod input (built once, on first use), its metadata as
// served, and a handler that builds the request with openapi-fetch over the generated path types,
// so a spec change that breaks a handler fails the type check instead of a user's call.
import type { ArgIR, FieldIR, ToolIR, WireShape } from '../ir.js';
import { camel, pascal } from '../names.js';
import { zodSource } from './zod.js';

export function toolExportName(t: ToolIR): string {
  return camel(t.name);
}

/** The exported type of a tool's arguments (generated/index.ts names the composites' by it). */
export function inputTypeName(t: ToolIR): string {
  return `${pascal(t.name)}Input`;
}

export function emitToolModule(t: ToolIR, header: string): string {
  const zod = zodSource(t.validationSchema);
  const typeName = inputTypeName(t);
  const encodingHelpers = new Set<string>();
  // A composite's call is hand-written; src/composites/index.ts puts it in place of the marker.
  const call = t.composite ? `compositeCall` : emitCall(t, encodingHelpers);
  const wait = t.wait ? emitWait(t) : undefined;

  const imports = [
    `import * as z from 'zod';`,
    t.composite ? `import { compositeCall, type ToolDef } from '../../src/tool-def.js';` : `import type { ToolDef } from '../../src/tool-def.js';`,
  ];
  if (encodingHelpers.size) imports.push(`import { ${[...encodingHelpers].sort().join(', ')} } from '../../src/content-encoding.js';`);

  const meta = {
    name: t.name,
    title: t.title,
    description: t.description,
    toolset: t.toolset,
    annotations: t.annotations,
    inputSchema: t.inputSchema,
    ...(t.outputSchema ? { outputSchema: t.outputSchema } : {}),
    operation: t.operation,
    args: t.args.map((a) => ({ name: a.name, in: a.in, wire: a.wire, ...(a.multiSegment ? { multiSegment: true } : {}) })),
    response: t.response,
    idempotencyKey: t.idempotencyKey,
    ...(t.active ? { active: t.active } : {}),
    ...(t.exactlyOne ? { exactlyOne: t.exactlyOne } : {}),
    ...(t.configDefaults ? { configDefaults: t.configDefaults } : {}),
    untrusted: t.untrusted,
    composite: t.composite,
    aliases: t.aliases,
  };
  const metaText = JSON.stringify(meta, null, 2).replace(/^\{\n/, '').replace(/\n\}$/, '');

  return [
    header,
    ...imports,
    '',
    // Built on the first call, not at load: 145 zod schemas at start cost every editor launch.
    `const buildInput = () => ${zod};`,
    `export type ${typeName} = z.infer<ReturnType<typeof buildInput>>;`,
    `let input: ReturnType<typeof buildInput> | undefined;`,
    '',
    `export const ${toolExportName(t)}: ToolDef<${typeName}> = {`,
    `${metaText},`,
    `  get input() {`,
    `    return (input ??= buildInput());`,
    `  },`,
    `  call: ${call},`,
    ...(wait ? [`  wait: ${wait},`] : []),
    `};`,
    '',
  ].join('\n');
}

/** The wait's settings, and a typed poll of the resource by id. */
function emitWait(t: ToolIR): string {
  const w = t.wait!;
  const { poll, ...rest } = w;
  const settings = JSON.stringify({ ...rest, pollTool: poll.tool, pollKeys: poll.payloadKeys });
  const fn = `(id: string, { api, signal }) => api.GET('${poll.path}', { params: { path: { ${key(poll.param)}: id } }, signal })`;
  return `${settings.slice(0, -1)}, poll: ${fn} }`;
}

function emitCall(t: ToolIR, helpers: Set<string>): string {
  const groups: Record<'path' | 'query' | 'header', string[]> = { path: [], query: [], header: [] };
  const body: string[] = [];
  const options: string[] = [];
  let rawBody: ArgIR | undefined;

  for (const a of t.args) {
    const value = `a.${a.name}`;
    switch (a.in) {
      case 'path':
        // An active-resource id is optional in the schema; the runtime fills it before the call.
        groups.path.push(`${key(a.wire)}: ${a.required ? value : `${value} as string`}`);
        break;
      case 'query':
      case 'header':
        groups[a.in].push(`${key(a.wire)}: ${value}`);
        break;
      case 'body':
        body.push(`${key(a.wire)}: ${fieldValue(a, 'a', helpers, a.name)}`);
        break;
      case 'rawBody':
        rawBody = a;
        break;
      case 'local':
        break;
    }
  }
  for (const [wire, v] of Object.entries(t.fixed.query)) groups.query.push(`${key(wire)}: ${JSON.stringify(v)} as const`);
  for (const [wire, v] of Object.entries(t.fixed.body)) body.push(`${key(wire)}: ${JSON.stringify(v)} as const`);

  const params = (['path', 'query', 'header'] as const)
    .filter((g) => groups[g].length)
    .map((g) => `${g}: { ${groups[g].join(', ')} }`);
  if (params.length) options.push(`params: { ${params.join(', ')} }`);
  const headers: string[] = [];
  if (rawBody) {
    helpers.add('toBytes');
    options.push(`body: a.${rawBody.name}`);
    options.push(`bodySerializer: () => toBytes(a.${rawBody.name}, a.encoding, ${JSON.stringify(rawBody.name)})`);
    headers.push(`'Content-Type': 'application/octet-stream'`);
  } else if (body.length) {
    options.push(`body: { ${body.join(', ')} }`);
  }
  const bytes = t.response.kind === 'image' || t.response.kind === 'binary';
  // The client asks for JSON by default; a file or an image is asked for by its own type (errors
  // still come as JSON), or a server that negotiates answers 406.
  if (bytes) headers.push(`Accept: ${JSON.stringify(`${t.response.mediaType}, application/json;q=0.5`)}`);
  if (headers.length) options.push(`headers: { ${headers.join(', ')} }`);
  // No pathSerializer here: the client has one for every request (src/path-encoding.ts clientPathSerializer).
  if (bytes) options.push(`parseAs: 'arrayBuffer'`);
  options.push('signal');

  return `(a, { api, signal }) =>\n    api.${t.operation.method}('${t.operation.path}', { ${options.join(', ')} })`;
}

/**
 * The wire value of one field, undoing renames and encodings at any depth. `where` names the field
 * as the caller gave it (files[].content), for the error when its base64 is not base64.
 */
function fieldValue(f: FieldIR, owner: string, helpers: Set<string>, where: string): string {
  const value = `${owner}.${f.name}`;
  if (f.base64) {
    helpers.add('toBase64');
    if (!f.required) helpers.add('mapDefined');
    const enc = `${owner}.${f.base64}`;
    const field = JSON.stringify(where);
    return f.required ? `toBase64(${value}, ${enc}, ${field})` : `mapDefined(${value}, (v) => toBase64(v, ${enc}, ${field}))`;
  }
  if (!f.shape) return value;
  const conv = shapeFn(f.shape, helpers, 1, where);
  if (f.required) return `(${conv})(${value})`;
  helpers.add('mapDefined');
  return `mapDefined(${value}, ${conv})`;
}

function shapeFn(shape: WireShape, helpers: Set<string>, depth: number, where: string): string {
  const v = `v${depth}`;
  if (shape.kind === 'array') {
    return `(${v}: any[]) => ${v}.map(${shapeFn(shape.items, helpers, depth + 1, `${where}[]`)})`;
  }
  const fields = shape.fields.map((f) => `${key(f.wire)}: ${fieldValue(f, v, helpers, `${where}.${f.name}`)}`);
  return `(${v}: any) => ({ ${fields.join(', ')} })`;
}

function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
