// Composites answer like a single request does, so the runtime shapes and reports them the same way.
import type { CallResult } from '../tool-def.js';

/** A value a composite computed itself, as a successful call result. */
export function computed(value: unknown): CallResult {
  return { data: value, response: new Response(null, { status: 200 }) };
}
