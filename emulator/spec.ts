// The contract, read once per process: `openapi/miosa.yaml` turned into a route table (path template →
// regex → operation), the scopes and parameters of each operation, and ajv validators for requests
// and responses. Every emulator instance in a process shares it (compiling the validators is the
// expensive part).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { escapePointer, followRefs, readYaml } from '../vocabulary/openapi.js';

export type JsonObject = { [k: string]: unknown };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export const SPEC_ID = 'miosa';

export interface ParamDef {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  /** JSON pointer (without `#`) of the parameter's schema in the spec. */
  pointer: string;
  /** Primitive type used to coerce query and path strings. */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'other';
  multiSegment: boolean;
  defaultValue?: unknown;
}

export interface Operation {
  id: string;
  method: string;
  /** The spec's path template, e.g. `/sandboxes/{id}/files/{path}`. */
  path: string;
  regex: RegExp;
  pathParams: string[];
  params: ParamDef[];
  scopes: string[];
  /** Declares the Idempotency-Key header. */
  idempotent: boolean;
  body?: { contentType: string; pointer: string; required: boolean };
  /** Status (e.g. '200', '5XX') → media type and schema pointer of its body, if any. */
  responses: Map<string, { contentType?: string; pointer?: string }>;
  /** How specific the template is; higher wins when two match. */
  rank: number;
}

export interface Spec {
  doc: JsonObject;
  operations: Operation[];
  byId: Map<string, Operation>;
  ajv: Ajv2020;
  validator(pointer: string): ValidateFunction;
  match(method: string, path: string): { op: Operation; params: Record<string, string> } | { allowed: string[] } | undefined;
}

let cached: Spec | undefined;

/** Finds `openapi/miosa.yaml` walking up from this file (works from the source tree and from dist/). */
export function findSpecFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'openapi', 'miosa.yaml');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('openapi/miosa.yaml not found above ' + dirname(fileURLToPath(import.meta.url)));
}

/** Follows `$ref`s at the top of a node; answers the node and the pointer it was found at. */
function deref(root: JsonObject, node: unknown, pointer: string): { node: JsonObject; pointer: string } {
  return followRefs(root, node, pointer) as { node: JsonObject; pointer: string };
}

function primitiveType(root: JsonObject, schema: unknown): ParamDef['type'] {
  const s = deref(root, schema, '').node;
  const types = Array.isArray(s?.type) ? (s.type as string[]) : [s?.type as string];
  for (const t of ['integer', 'number', 'boolean', 'string'] as const) if (types.includes(t)) return t;
  return 'other';
}

export function loadSpec(file = findSpecFile()): Spec {
  if (cached) return cached;
  const doc = readYaml(file) as JsonObject;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, JsonObject>)) {
    for (const method of METHODS) if (item[method]) operations.push(readOperation(doc, path, method, item[method] as JsonObject));
  }
  // Equal ranks: the template whose first parameter comes later wins, so a literal beats a
  // parameter in the same place (`/sandboxes/by-name/{name}` over `/sandboxes/{id}/logs`).
  const firstParam = (o: Operation) => o.path.split('/').findIndex((seg) => seg.startsWith('{'));
  operations.sort((a, b) => b.rank - a.rank || firstParam(b) - firstParam(a));

  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ ...doc, $id: SPEC_ID } as never);
  const validators = new Map<string, ValidateFunction>();

  cached = {
    doc,
    operations,
    byId: new Map(operations.map((o) => [o.id, o])),
    ajv,
    validator(pointer: string): ValidateFunction {
      let v = validators.get(pointer);
      if (!v) {
        v = ajv.getSchema(`${SPEC_ID}#${pointer}`);
        if (!v) throw new Error(`no schema at ${pointer}`);
        validators.set(pointer, v);
      }
      return v;
    },
    match: (method, path) => matchRoute(operations, method, path),
  };
  return cached;
}

function readOperation(doc: JsonObject, path: string, method: (typeof METHODS)[number], op: JsonObject): Operation {
  const opPointer = `/paths/${escapePointer(path)}/${method}`;
  const params = readParams(doc, op, opPointer);
  const security = (op.security ?? doc.security ?? []) as Array<Record<string, string[]>>;
  return {
    id: op.operationId as string,
    method: method.toUpperCase(),
    path,
    ...routeOf(path, params),
    params,
    scopes: security.flatMap((s) => s.bearer ?? []),
    idempotent: params.some((p) => p.name === 'Idempotency-Key'),
    body: readBody(op, opPointer),
    responses: readResponses(doc, op, opPointer),
  };
}

function readParams(doc: JsonObject, op: JsonObject, opPointer: string): ParamDef[] {
  return ((op.parameters ?? []) as unknown[]).map((p, i) => {
    const { node, pointer } = deref(doc, p, `${opPointer}/parameters/${i}`);
    const schema = node.schema as JsonObject | undefined;
    return {
      name: node.name as string,
      in: node.in as ParamDef['in'],
      required: node.required === true,
      pointer: `${pointer}/schema`,
      type: primitiveType(doc, schema),
      multiSegment: node['x-multi-segment'] === true,
      defaultValue: schema ? deref(doc, schema, '').node.default : undefined,
    };
  });
}

/**
 * The regex a path template matches, its parameters in order, and its rank: literal segments count
 * most, and a template with a multi-segment parameter (which swallows slashes) least.
 */
function routeOf(path: string, params: ParamDef[]): Pick<Operation, 'regex' | 'pathParams' | 'rank'> {
  const pathParams: string[] = [];
  const segments = path.split('/').filter(Boolean);
  let literal = 0;
  const regexSource = segments
    .map((seg) => {
      const m = /^\{(.+)\}$/.exec(seg);
      if (!m) {
        literal++;
        return '/' + seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      pathParams.push(m[1]);
      const multi = params.find((p) => p.name === m[1])?.multiSegment;
      return multi ? '/(.+)' : '/([^/]+)';
    })
    .join('');
  const multi = params.some((p) => p.in === 'path' && p.multiSegment);
  return { regex: new RegExp(`^${regexSource}/?$`), pathParams, rank: literal * 10 + segments.length - (multi ? 100 : 0) };
}

function readBody(op: JsonObject, opPointer: string): Operation['body'] {
  const rb = op.requestBody as JsonObject | undefined;
  if (!rb) return undefined;
  const [contentType] = Object.keys(rb.content as Record<string, JsonObject>);
  return { contentType, pointer: `${opPointer}/requestBody/content/${escapePointer(contentType)}/schema`, required: rb.required === true };
}

function readResponses(doc: JsonObject, op: JsonObject, opPointer: string): Operation['responses'] {
  const responses: Operation['responses'] = new Map();
  for (const [status, r] of Object.entries(op.responses as JsonObject)) {
    const { node, pointer } = deref(doc, r, `${opPointer}/responses/${status}`);
    const content = node.content as Record<string, JsonObject> | undefined;
    const [contentType] = content ? Object.keys(content) : [];
    responses.set(status, contentType ? { contentType, pointer: `${pointer}/content/${escapePointer(contentType)}/schema` } : {});
  }
  return responses;
}

/** The first operation (in rank order) whose template matches; or the methods that would have. */
function matchRoute(operations: Operation[], method: string, path: string): ReturnType<Spec['match']> {
  const allowed: string[] = [];
  for (const op of operations) {
    const m = op.regex.exec(path);
    if (!m) continue;
    if (op.method !== method) {
      allowed.push(op.method);
      continue;
    }
    const params: Record<string, string> = {};
    op.pathParams.forEach((name, i) => {
      params[name] = m[i + 1];
    });
    return { op, params };
  }
  return allowed.length ? { allowed } : undefined;
}

/** The status key of `op.responses` that covers `status` (exact, then `4XX`/`5XX`). */
export function responseKey(op: Operation, status: number): string | undefined {
  const exact = String(status);
  if (op.responses.has(exact)) return exact;
  const range = `${exact[0]}XX`;
  if (op.responses.has(range)) return range;
  return op.responses.has('default') ? 'default' : undefined;
}

/** `files/0/path` + missing `content` → `files[0].content`. */
export function fieldOf(err: ErrorObject, prefix?: string): string {
  const parts = err.instancePath
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (err.keyword === 'required') parts.push((err.params as { missingProperty: string }).missingProperty);
  if (err.keyword === 'additionalProperties') parts.push((err.params as { additionalProperty: string }).additionalProperty);
  let field = prefix ?? '';
  for (const p of parts) field += /^\d+$/.test(p) ? `[${p}]` : field ? `.${p}` : p;
  return field || prefix || 'body';
}

export function describeError(err: ErrorObject, field: string): string {
  switch (err.keyword) {
    case 'required':
      return `${field} is required.`;
    case 'enum':
      return `${field} must be one of ${((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String).join(', ')}.`;
    case 'type':
      return `${field} must be ${(err.params as { type: string }).type}.`;
    case 'format':
      return `${field} must be a valid ${(err.params as { format: string }).format}.`;
    default:
      return `${field} ${err.message ?? 'is invalid'}.`;
  }
}
