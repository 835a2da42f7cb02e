// Reading the OpenAPI document, for the two that read it: codegen/ (to generate the tools) and the
// emulator (to serve and check the API). Both load the one YAML file, follow JSON pointers and
// follow `$ref` chains; each keeps what only it needs (codegen inlines schemas, the emulator builds
// routes and validators) and its own kind of error.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The YAML file as data. The spec uses anchors and aliases freely, so their count is not capped. */
export function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'), { maxAliasCount: -1 });
}

/** One key as a JSON pointer token (`/` and `~` escaped). */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The node at a local JSON pointer (`#/components/schemas/Sandbox` or `/components/...`), or undefined. */
export function atPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.replace(/^#?\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A `$ref` that names nothing, or a chain of them that never ends. */
export class RefError extends Error {
  override name = 'RefError';
}

const MAX_REF_CHAIN = 32;

/**
 * Follows `$ref`s at the top of a node (a parameter, a response, a request body): the node they end
 * at, and its pointer (without `#`; `pointer` when the node was no reference).
 */
export function followRefs(root: unknown, node: unknown, pointer = ''): { node: unknown; pointer: string } {
  let [n, p] = [node, pointer];
  for (let seen = 0; typeof n === 'object' && n !== null && typeof (n as { $ref?: unknown }).$ref === 'string'; seen++) {
    const ref = (n as { $ref: string }).$ref;
    if (seen >= MAX_REF_CHAIN) throw new RefError(`$ref loop at ${ref}`);
    if (!ref.startsWith('#/')) throw new RefError(`only local $refs are supported, got ${ref}`);
    n = atPointer(root, ref);
    if (n === undefined) throw new RefError(`unresolved $ref ${ref}`);
    p = ref.slice(1);
  }
  return { node: n, pointer: p };
}
