// Stage 1: load the spec and resolve its local references.
// The spec is one file; `$ref`s point inside it (`#/components/...`). Resolution is ours rather than a
// bundler's because the generator needs both views: the raw document (for openapi-typescript and the
// overlay) and schemas with refs inlined (for the served tool schemas).
import { atPointer, followRefs, readYaml, RefError } from '../vocabulary/openapi.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export class CodegenError extends Error {
  constructor(messages: string[]) {
    super(messages.join('\n'));
    this.name = 'CodegenError';
  }
}

export function loadYaml(file: string): JsonObject {
  const doc = readYaml(file) as Json;
  if (!isObject(doc)) throw new CodegenError([`${file}: not a YAML mapping`]);
  return doc;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Follows a local JSON pointer (`#/components/schemas/Sandbox`). */
export function resolvePointer(root: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new CodegenError([`only local $refs are supported, got ${ref}`]);
  const node = atPointer(root, ref) as Json | undefined;
  if (node === undefined) throw new CodegenError([`unresolved $ref ${ref}`]);
  return node;
}

/** Follows `$ref` chains at the top of a node (parameters, responses, request bodies). */
export function deref(root: JsonObject, node: Json): Json {
  try {
    return followRefs(root, node).node as Json;
  } catch (e) {
    throw e instanceof RefError ? new CodegenError([e.message]) : e;
  }
}

/** Deep copy of a schema with every `$ref` inlined. Recursive schemas are an error: tool schemas must be finite. */
export function inlineRefs(root: JsonObject, node: Json, stack: string[] = []): Json {
  if (Array.isArray(node)) return node.map((n) => inlineRefs(root, n, stack));
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (stack.includes(ref)) throw new CodegenError([`recursive schema ${[...stack, ref].join(' -> ')}`]);
    const { $ref: _drop, ...siblings } = node;
    const target = inlineRefs(root, resolvePointer(root, ref), [...stack, ref]);
    return isObject(target) ? { ...target, ...(inlineRefs(root, siblings, stack) as JsonObject) } : target;
  }
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = inlineRefs(root, v, stack);
  return out;
}

/** Every `$ref` string in a document, for the "every ref resolves" check. */
export function collectRefs(node: Json, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (isObject(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else collectRefs(v, out);
    }
  }
  return out;
}
