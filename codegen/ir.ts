// Stage 3: one record per tool, built from the operation the overlay's `x-mcp` block sits on.
// Everything the emitters and the runtime need is decided here, once: where each argument goes and
// under which wire name, the JSON Schema served in tools/list, and how the answer is read.
import { camel } from './names.js';
import { looseObject, outputSchemaOf, serveSchema } from './schema.js';
import { portableSchema } from './portable.js';
import {
  CodegenError,
  HTTP_METHODS,
  deref,
  inlineRefs,
  isObject,
  type HttpMethod,
  type Json,
  type JsonObject,
} from './spec.js';

export interface Annotations {
  title: string;
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

/** How a structured argument maps onto its wire form, where names or encodings differ. */
export type WireShape =
  | { kind: 'object'; fields: FieldIR[] }
  | { kind: 'array'; items: WireShape };

export interface FieldIR {
  name: string;
  wire: string;
  required: boolean;
  /** The text is sent base64-encoded; the named sibling argument says how to read it (utf8 or base64). */
  base64?: string;
  shape?: WireShape;
}

export interface ArgIR extends FieldIR {
  /** `local`: not sent, read by the runtime or a composite (encoding, extraArgs). */
  in: 'path' | 'query' | 'header' | 'body' | 'rawBody' | 'local';
  multiSegment?: boolean;
}

export interface ResponseIR {
  kind: 'json' | 'image' | 'binary' | 'empty';
  status: number;
  mediaType?: string;
  /** The spec's body wraps the payload under `payloadKeys[0]` (`{ data: ... }` by default). */
  envelope: boolean;
  /** What the envelope (or the body) holds is an array; the result wraps it as `{ items }`. */
  list: boolean;
  /**
   * Keys under which an answer may carry the payload, first found wins: the spec's envelope, the
   * other shapes the sources disagree on (`x-miosa-payload-keys`), and `data` for a bare object
   * that declares no `data` field (the SDKs unwrap `data` whenever it is there). Empty: the body is
   * the payload.
   */
  payloadKeys: string[];
}

/** Waiting for a long operation: poll a GET until a field says ready or failed. */
export interface WaitIR {
  /** The GET that reads the resource, and the tool that calls it (named to the user past the bound). */
  poll: { operationId: string; path: string; param: string; payloadKeys: string[]; tool: string };
  /** Field of the tool's result holding the id to poll. */
  idField: string;
  /** Where the polled resource goes in the result; the whole result when absent. */
  into?: string;
  field: string;
  ready: string[];
  failed: string[];
}

export interface ToolIR {
  name: string;
  title: string;
  description: string;
  toolset: string;
  annotations: Annotations;
  operation: { id: string; method: Uppercase<HttpMethod>; path: string; scopes: string[] };
  args: ArgIR[];
  /** Values sent on every call and not exposed, by where they go. */
  fixed: { query: JsonObject; body: JsonObject };
  /** What tools/list serves: the portable form of validationSchema (codegen/portable.ts). */
  inputSchema: JsonObject;
  /** Everything the spec says about the arguments: the server's own validator is built from it. */
  validationSchema: JsonObject;
  outputSchema?: JsonObject;
  response: ResponseIR;
  idempotencyKey: boolean;
  active?: { arg: string; kind: 'sandbox' | 'computer' };
  exactlyOne?: string[][];
  configDefaults?: Record<string, string>;
  wait?: WaitIR;
  untrusted: boolean;
  composite: boolean;
  aliases: string[];
}

const ENCODING_ARG = 'encoding';

/** Server settings an argument's default may come from, with the variable that sets each. */
const CONFIG_DEFAULTS = new Map([['defaultTemplate', 'MIOSA_DEFAULT_TEMPLATE']]);

interface XMcp {
  title?: string;
  toolset?: string;
  description?: string;
  annotations?: Partial<Record<keyof Annotations, unknown>>;
  rename?: Record<string, string>;
  omit?: string[];
  fixed?: JsonObject;
  defaults?: JsonObject;
  active?: { arg: string; kind: 'sandbox' | 'computer' };
  exactlyOne?: string[][];
  /** Arguments the tool requires although the API does not (what a useful call needs). */
  require?: string[];
  /** Arguments whose default is a setting of the server (UpstreamConfig key), not the spec's. */
  configDefaults?: Record<string, string>;
  extraArgs?: Record<string, JsonObject>;
  composite?: boolean;
  input?: { properties?: JsonObject; required?: string[] };
  output?: { properties?: JsonObject };
  untrusted?: boolean;
  deprecatedAliases?: string[];
  wait?: { poll: string; tool?: string; id?: string; into?: string; field: string; ready: string[]; failed?: string[] };
}

export interface OperationRef {
  method: HttpMethod;
  path: string;
  op: JsonObject;
}

export function operationsOf(spec: JsonObject): OperationRef[] {
  const out: OperationRef[] = [];
  for (const [path, item] of Object.entries((spec.paths ?? {}) as JsonObject)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op)) out.push({ method, path, op });
    }
  }
  return out;
}

export function buildIR(spec: JsonObject): ToolIR[] {
  const tools: ToolIR[] = [];
  const errors: string[] = [];
  for (const ref of operationsOf(spec)) {
    const blocks = ref.op['x-mcp'];
    if (blocks === undefined) continue;
    if (!isObject(blocks)) {
      errors.push(`${ref.method.toUpperCase()} ${ref.path}: x-mcp must map tool names to tool blocks`);
      continue;
    }
    for (const [name, block] of Object.entries(blocks)) {
      try {
        tools.push(buildTool(spec, ref, name, block as unknown as XMcp));
      } catch (e) {
        errors.push(`${name}: ${(e as Error).message}`);
      }
    }
  }
  for (const t of tools) {
    if (!t.wait) continue;
    // The tool a user polls by hand: the one calling the poll operation, or the overlay's choice.
    const named = t.wait.poll.tool;
    const poller = named ? tools.find((p) => p.name === named) : tools.find((p) => p.operation.id === t.wait!.poll.operationId && !p.composite);
    if (!poller) errors.push(`${t.name}: no tool polls ${t.wait.poll.operationId}; name one with wait.tool`);
    else t.wait.poll.tool = poller.name;
  }
  if (errors.length) throw new CodegenError(errors);
  return tools.sort((a, b) => a.name.localeCompare(b.name));
}

function waitOf(spec: JsonObject, x: NonNullable<XMcp['wait']>, problems: string[]): WaitIR | undefined {
  const target = operationsOf(spec).find(({ op }) => op.operationId === x.poll);
  if (!target || target.method !== 'get') {
    problems.push(`wait.poll ${x.poll} is not a GET operation of the spec`);
    return undefined;
  }
  const params = [...target.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  if (params.length !== 1) {
    problems.push(`wait.poll ${x.poll} must take exactly one path parameter (the id)`);
    return undefined;
  }
  if (!Array.isArray(x.ready) || !x.ready.length || typeof x.field !== 'string') {
    problems.push('wait needs a field and a non-empty ready list');
    return undefined;
  }
  const response = responseOf(spec, target.op, problems);
  return {
    poll: { operationId: x.poll, path: target.path, param: params[0], payloadKeys: response.payloadKeys, tool: x.tool ?? '' },
    idField: x.id ?? 'id',
    ...(x.into ? { into: x.into } : {}),
    field: x.field,
    ready: x.ready,
    failed: x.failed ?? [],
  };
}

function buildTool(spec: JsonObject, { method, path, op }: OperationRef, name: string, x: XMcp): ToolIR {
  const c = new ArgCollector(x);
  let idempotencyKey = false;
  if (x.composite && x.input) {
    // A composite whose arguments are its own: the handler in src/composites reads them all.
    for (const [n, s] of Object.entries(x.input.properties ?? {})) {
      c.add({ name: n, wire: n, in: 'local', required: (x.input.required ?? []).includes(n) }, serveSchema(inlineRefs(spec, s)));
    }
  } else {
    idempotencyKey = addParameterArgs(spec, op, c);
    addBodyArgs(spec, op, c);
  }
  for (const [n, s] of Object.entries(x.extraArgs ?? {})) {
    c.add({ name: n, wire: n, in: 'local', required: false }, serveSchema(inlineRefs(spec, s)));
  }
  const wait = x.wait ? waitOf(spec, x.wait, c.problems) : undefined;
  if (wait) {
    c.add(
      { name: 'wait', wire: 'wait', in: 'local', required: false },
      { type: 'boolean', default: true, description: `Wait until ready, with progress (default); false returns at once.` },
    );
  }
  // A composite that answers with its own value (not the operation's) declares it.
  const response: ResponseIR = x.composite && x.output
    ? { kind: 'json', status: 200, envelope: false, list: false, payloadKeys: [] }
    : responseOf(spec, op, c.problems);
  addEncodingArg(c, response);
  applyArgRules(c);

  const validationSchema: JsonObject = { type: 'object', properties: c.props };
  if (c.required.length) validationSchema.required = c.required;
  // The root is closed: the server refuses unknown arguments, and strict mode needs it said.
  validationSchema.additionalProperties = false;
  const inputSchema = portableSchema(validationSchema);

  const ann = x.annotations ?? {};
  const annotations = {
    title: String(x.title ?? ''),
    readOnlyHint: ann.readOnlyHint,
    destructiveHint: ann.destructiveHint,
    idempotentHint: ann.idempotentHint,
    openWorldHint: ann.openWorldHint,
  } as Annotations;

  if (c.problems.length) throw new CodegenError(c.problems);
  const security = (op.security ?? spec.security ?? []) as JsonObject[];
  const scopes = security.flatMap((s) => Object.values(s).flat() as string[]).filter(Boolean);

  return {
    name,
    title: String(x.title ?? ''),
    description: String(x.description ?? '').trim().replace(/\s+/g, ' '),
    toolset: String(x.toolset ?? ''),
    annotations,
    operation: {
      id: String(op.operationId ?? ''),
      method: method.toUpperCase() as Uppercase<HttpMethod>,
      path,
      scopes,
    },
    args: c.args,
    fixed: { query: c.fixedQuery, body: c.fixedBody },
    inputSchema,
    validationSchema,
    ...(response.kind === 'json'
      ? { outputSchema: x.composite && x.output ? looseObject(x.output.properties ?? {}) : outputSchemaOf(spec, op, response) }
      : {}),
    response,
    idempotencyKey,
    ...(x.active ? { active: x.active } : {}),
    ...(x.exactlyOne ? { exactlyOne: x.exactlyOne } : {}),
    ...(x.configDefaults ? { configDefaults: x.configDefaults } : {}),
    ...(wait ? { wait } : {}),
    untrusted: x.untrusted === true,
    composite: x.composite === true,
    aliases: x.deprecatedAliases ?? [],
  };
}

/** What buildTool gathers from one operation and its x-mcp block: the arguments, their schemas, the problems. */
class ArgCollector {
  readonly problems: string[] = [];
  readonly args: ArgIR[] = [];
  readonly props: JsonObject = {};
  readonly required: string[] = [];
  readonly fixedQuery: JsonObject = {};
  readonly fixedBody: JsonObject = {};
  readonly usedRenames = new Set<string>();
  readonly rename: Record<string, string>;
  readonly omit: Set<string>;
  readonly fixed: JsonObject;

  constructor(readonly x: XMcp) {
    this.rename = x.rename ?? {};
    this.omit = new Set(x.omit ?? []);
    this.fixed = x.fixed ?? {};
  }

  /** The argument's name for a wire name: the overlay's rename, or camelCase. */
  argName(wire: string): string {
    if (wire in this.rename) this.usedRenames.add(wire);
    return this.rename[wire] ?? camel(wire);
  }

  add(arg: ArgIR, schema: JsonObject): void {
    if (this.args.some((a) => a.name === arg.name)) this.problems.push(`two arguments are named ${arg.name}`);
    this.args.push(arg);
    this.props[arg.name] = schema;
    if (arg.required) this.required.push(arg.name);
  }
}

/** The operation's parameters as arguments (path, query, header); whether one is the idempotency key. */
function addParameterArgs(spec: JsonObject, op: JsonObject, c: ArgCollector): boolean {
  let idempotencyKey = false;
  for (const raw of (op.parameters ?? []) as Json[]) {
    const p = deref(spec, raw) as JsonObject;
    const runtime = p['x-mcp-runtime'];
    if (runtime === 'tenant') continue;
    if (runtime === 'idempotency') {
      idempotencyKey = true;
      c.add(
        { name: 'idempotencyKey', wire: String(p.name), in: 'header', required: false },
        // The spec's bounds (1-255 characters), so an empty key is refused here, not by MIOSA.
        { ...serveSchema(inlineRefs(spec, p.schema ?? {})), description: 'Reuse to make a retry safe; generated when omitted.' },
      );
      continue;
    }
    const wire = String(p.name);
    if (wire in c.fixed) {
      if (p.in !== 'query') c.problems.push(`fixed ${wire} is a ${String(p.in)} parameter; only query and body values can be fixed`);
      c.fixedQuery[wire] = c.fixed[wire];
      continue;
    }
    if (c.omit.has(wire)) continue;
    const loc = p.in as 'path' | 'query' | 'header';
    const n = c.argName(wire);
    const schema = serveSchema(inlineRefs(spec, (p.schema ?? {}) as Json));
    if (typeof p.description === 'string' && !schema.description) schema.description = p.description;
    // An empty path segment changes the route; an empty query value (`?path=`) is, by OpenAPI's
    // allowEmptyValue default, no value at all. Either way the API cannot take "".
    const emptyAllowed = loc === 'header' || (loc === 'query' && p.allowEmptyValue === true);
    if (!emptyAllowed && schema.type === 'string' && !schema.enum && schema.minLength === undefined) schema.minLength = 1;
    const isActive = c.x.active?.arg === n;
    c.add(
      {
        name: n,
        wire,
        in: loc,
        required: (loc === 'path' || p.required === true) && !isActive,
        ...(p['x-multi-segment'] === true ? { multiSegment: true } : {}),
      },
      schema,
    );
  }
  return idempotencyKey;
}

/** The request body as arguments: a JSON object's fields one by one, or raw bytes as `content`. */
function addBodyArgs(spec: JsonObject, op: JsonObject, c: ArgCollector): void {
  const body = op.requestBody === undefined ? undefined : (deref(spec, op.requestBody) as JsonObject);
  if (!body) return;
  const content = (body.content ?? {}) as JsonObject;
  const json = content['application/json'];
  const mediaTypes = Object.keys(content);
  if (isObject(json)) {
    const schema = inlineRefs(spec, (json.schema ?? {}) as Json) as JsonObject;
    if (schema.type !== 'object' || !isObject(schema.properties)) {
      c.problems.push('a JSON request body must be an object with properties');
      return;
    }
    const req = new Set((schema.required as string[] | undefined) ?? []);
    for (const [wire, s] of Object.entries(schema.properties)) {
      if (wire in c.fixed) {
        c.fixedBody[wire] = c.fixed[wire];
        continue;
      }
      if (c.omit.has(wire)) continue;
      const n = c.argName(wire);
      const mapped = mapField(s as JsonObject, wire, c.rename, c.usedRenames);
      const field: ArgIR = { name: n, wire, in: 'body', required: req.has(wire) && !(n in (c.x.defaults ?? {})) };
      if (mapped.base64) field.base64 = ENCODING_ARG;
      if (mapped.shape) field.shape = mapped.shape;
      c.add(field, mapped.schema);
    }
  } else if (mediaTypes.length === 1) {
    // A raw byte body: the tool takes the bytes as text (utf8) or base64.
    c.add(
      { name: 'content', wire: '$body', in: 'rawBody', required: body.required === true, base64: ENCODING_ARG },
      // A required body may not be empty: the spec refuses a zero-length upload.
      { type: 'string', ...(body.required === true ? { minLength: 1 } : {}), description: 'The content: text, or base64 when encoding is base64.' },
    );
  } else {
    c.problems.push(`unsupported request media types ${mediaTypes.join(', ')}`);
  }
}

/** `encoding`, when some argument is base64 or the answer is bytes. */
function addEncodingArg(c: ArgCollector, response: ResponseIR): void {
  if (!(c.args.some((a) => a.base64) || response.kind === 'binary') || c.props[ENCODING_ARG]) return;
  c.add(
    { name: ENCODING_ARG, wire: ENCODING_ARG, in: 'local', required: false },
    {
      type: 'string',
      enum: ['utf8', 'base64'],
      default: 'utf8',
      description:
        response.kind === 'binary'
          ? 'Return the bytes as utf8 text or as base64.'
          : 'How content is given: utf8 text or base64 bytes.',
    },
  );
}

/** The overlay's rules about arguments (defaults, fixed, rename, exactlyOne, active, configDefaults, require), applied and checked. */
function applyArgRules(c: ArgCollector): void {
  const { x, props, problems } = c;
  for (const [argN, value] of Object.entries(x.defaults ?? {})) {
    if (!isObject(props[argN])) problems.push(`defaults names unknown argument ${argN}`);
    else (props[argN] as JsonObject).default = value;
  }
  for (const wire of Object.keys(c.fixed)) {
    if (!(wire in c.fixedQuery) && !(wire in c.fixedBody)) problems.push(`fixed ${wire} matches no query parameter or body field`);
  }
  for (const wire of Object.keys(c.rename)) {
    if (!c.usedRenames.has(wire)) problems.push(`rename of ${wire} matches no wire field`);
  }
  for (const group of x.exactlyOne ?? []) {
    for (const n of group) if (!(n in props)) problems.push(`exactlyOne names unknown argument ${n}`);
  }
  if (x.active && !(x.active.arg in props)) problems.push(`active names unknown argument ${x.active.arg}`);
  for (const [n, setting] of Object.entries(x.configDefaults ?? {})) {
    const schema = props[n];
    if (!isObject(schema)) problems.push(`configDefaults names unknown argument ${n}`);
    else if (!CONFIG_DEFAULTS.has(setting)) problems.push(`configDefaults: ${setting} is not a server setting`);
    else {
      // The runtime fills it in from the server's settings, so the schema states no default of its own.
      const fallback = schema.default;
      delete schema.default;
      schema.description = `${String(schema.description ?? '').replace(/\.?$/, '.')} Default: the server's ${CONFIG_DEFAULTS.get(setting)}${fallback === undefined ? '' : ` (${String(fallback)} unless set)`}.`.trim();
    }
  }
  for (const n of x.require ?? []) {
    const arg = c.args.find((a) => a.name === n);
    if (!arg) problems.push(`require names unknown argument ${n}`);
    else if (!arg.required) {
      arg.required = true;
      c.required.push(n);
    }
  }
}


/**
 * Maps one body field: its served schema (camelCase property names, base64 fields turned into text
 * plus an `encoding` sibling) and, when anything differs from the wire, the shape that undoes it.
 * `prefix` is the wire path used by nested renames (`files[].content_base64`).
 */
function mapField(
  schema: JsonObject,
  prefix: string,
  rename: Record<string, string>,
  used: Set<string>,
): { schema: JsonObject; shape?: WireShape; base64?: boolean } {
  if (schema.type === 'string' && schema.contentEncoding === 'base64') {
    const served = serveSchema(schema);
    served.description = served.description ?? 'Text, or base64 bytes when encoding is base64.';
    return { schema: served, base64: true };
  }
  if (schema.type === 'array' && isObject(schema.items)) {
    const inner = mapField(schema.items, `${prefix}[]`, rename, used);
    const served = serveSchema({ ...schema, items: {} });
    served.items = inner.schema;
    return inner.shape ? { schema: served, shape: { kind: 'array', items: inner.shape } } : { schema: served };
  }
  if (schema.type === 'object' && isObject(schema.properties) && Object.keys(schema.properties).length) {
    const fields: FieldIR[] = [];
    const props: JsonObject = {};
    const req = new Set((schema.required as string[] | undefined) ?? []);
    const reqOut: string[] = [];
    let differs = false;
    for (const [wire, s] of Object.entries(schema.properties)) {
      const path = `${prefix}.${wire}`;
      if (path in rename) used.add(path);
      const n = rename[path] ?? camel(wire);
      const inner = mapField(s as JsonObject, `${prefix}.${wire}`, rename, used);
      const field: FieldIR = { name: n, wire, required: req.has(wire) };
      if (inner.base64) field.base64 = ENCODING_ARG;
      if (inner.shape) field.shape = inner.shape;
      if (n !== wire || inner.base64 || inner.shape) differs = true;
      fields.push(field);
      props[n] = inner.schema;
      if (field.required) reqOut.push(n);
    }
    if (fields.some((f) => f.base64) && !props[ENCODING_ARG]) {
      props[ENCODING_ARG] = { type: 'string', enum: ['utf8', 'base64'], default: 'utf8' };
    }
    const served = serveSchema({ ...schema, properties: {}, required: [] });
    served.properties = props;
    if (reqOut.length) served.required = reqOut;
    else delete served.required;
    return differs ? { schema: served, shape: { kind: 'object', fields } } : { schema: served };
  }
  return { schema: serveSchema(schema) };
}


function responseOf(spec: JsonObject, op: JsonObject, problems: string[]): ResponseIR {
  const responses = (op.responses ?? {}) as JsonObject;
  const codes = Object.keys(responses)
    .filter((c) => /^2\d\d$/.test(c))
    .sort();
  if (!codes.length) {
    problems.push('the operation declares no 2xx response');
    return { kind: 'empty', status: 204, envelope: false, list: false, payloadKeys: [] };
  }
  const status = Number(codes[0]);
  const res = deref(spec, responses[codes[0]]) as JsonObject;
  const content = (res.content ?? {}) as JsonObject;
  const types = Object.keys(content);
  if (!types.length) return { kind: 'empty', status, envelope: false, list: false, payloadKeys: [] };
  const json = types.find((t) => t === 'application/json');
  if (!json) {
    const mediaType = types[0];
    return { kind: mediaType.startsWith('image/') ? 'image' : 'binary', status, mediaType, envelope: false, list: false, payloadKeys: [] };
  }
  const media = content[json] as JsonObject;
  const schema = inlineRefs(spec, (media.schema ?? {}) as Json) as JsonObject;
  const props = isObject(schema.properties) ? schema.properties : {};
  const required = (schema.required as string[] | undefined) ?? [];
  const declared = media['x-miosa-payload-keys'];
  let payloadKeys: string[];
  if (declared !== undefined) {
    // Sources disagree on the shape: the spec's schema takes the first key, the tools read any.
    if (!Array.isArray(declared) || !declared.length || !declared.every((k) => typeof k === 'string')) {
      problems.push('x-miosa-payload-keys must be a non-empty list of keys');
      payloadKeys = [];
    } else {
      payloadKeys = declared as string[];
      if (!required.includes(payloadKeys[0])) problems.push(`x-miosa-payload-keys: the schema does not require ${payloadKeys[0]}`);
    }
  } else {
    payloadKeys = 'data' in props && !required.includes('data') ? [] : ['data'];
  }
  const envelope = payloadKeys.length > 0 && required.includes(payloadKeys[0]) && payloadKeys[0] in props;
  const inner = envelope ? (props[payloadKeys[0]] as JsonObject) : schema;
  return { kind: 'json', status, mediaType: json, envelope, list: inner.type === 'array', payloadKeys };
}
