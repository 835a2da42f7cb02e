// Stage 2: apply an OpenAPI Overlay 1.0 document to the spec.
// Targets are JSONPath expressions restricted to plain member access (`$.paths['/sandboxes'].post`):
// that is all the overlay needs, and refusing the rest keeps every target exact. A target that
// matches nothing fails loudly instead of silently dropping a tool.
import { CodegenError, isObject, type Json, type JsonObject } from './spec.js';

interface OverlayAction {
  target: string;
  description?: string;
  update?: Json;
  remove?: boolean;
}

export function parseTarget(target: string): string[] {
  if (!target.startsWith('$')) throw new CodegenError([`overlay target must start with $: ${target}`]);
  const keys: string[] = [];
  const re = /\.([A-Za-z_][\w-]*)|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]/y;
  let i = 1;
  while (i < target.length) {
    re.lastIndex = i;
    const m = re.exec(target);
    if (!m) throw new CodegenError([`unsupported overlay target syntax at "${target.slice(i)}" in ${target}`]);
    keys.push(m[1] ?? m[2] ?? m[3]);
    i = re.lastIndex;
  }
  return keys;
}

/** Overlay update semantics: objects merge recursively, arrays append, anything else replaces. */
function merge(into: JsonObject, update: JsonObject): void {
  for (const [k, v] of Object.entries(update)) {
    const cur = into[k];
    if (isObject(cur) && isObject(v)) merge(cur, v);
    else if (Array.isArray(cur) && Array.isArray(v)) cur.push(...structuredClone(v));
    else into[k] = structuredClone(v);
  }
}

export function applyOverlay(spec: JsonObject, overlay: JsonObject): JsonObject {
  const errors: string[] = [];
  if (typeof overlay.overlay !== 'string' || !overlay.overlay.startsWith('1.')) {
    errors.push('overlay: missing or unsupported `overlay` version (want 1.x)');
  }
  if (!Array.isArray(overlay.actions)) throw new CodegenError([...errors, 'overlay: `actions` must be a list']);
  const out = structuredClone(spec);
  (overlay.actions as unknown as OverlayAction[]).forEach((action, n) => {
    const where = `overlay action #${n + 1} (${action?.target})`;
    if (!isObject(action) || typeof action.target !== 'string') {
      errors.push(`${where}: needs a string target`);
      return;
    }
    let keys: string[];
    try {
      keys = parseTarget(action.target);
    } catch (e) {
      errors.push(`${where}: ${(e as Error).message}`);
      return;
    }
    let parent: Json = null;
    let node: Json = out;
    for (const k of keys) {
      parent = node;
      node = isObject(node) && k in node ? node[k] : undefined!;
      if (node === undefined) break;
    }
    if (node === undefined) {
      errors.push(`${where}: target matches nothing in the spec`);
      return;
    }
    if (action.remove === true) {
      if (isObject(parent)) delete parent[keys[keys.length - 1]];
      return;
    }
    if (!isObject(node) || !isObject(action.update)) {
      errors.push(`${where}: update must be a mapping applied to a mapping`);
      return;
    }
    merge(node, action.update);
  });
  if (errors.length) throw new CodegenError(errors);
  return out;
}
