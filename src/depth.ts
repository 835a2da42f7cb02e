// How deep a JSON value nests, measured without recursion. The server's own walks over arguments and
// answers (serializing, trimming, redacting) recurse, and a value nested a few thousand levels runs
// the stack out: such a value is refused where it enters, naming whose it was.

/** Deeper than any argument or answer of the MIOSA API needs, far below where a recursive walk fails. */
export const MAX_NESTING = 128;

/** Whether arrays and objects in `value` nest more than `max` levels deep. */
export function nestsDeeperThan(value: unknown, max: number = MAX_NESTING): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object' || ArrayBuffer.isView(node) || node instanceof ArrayBuffer) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
