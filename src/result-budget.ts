// Results that fit: clients cut tool results past a size (Claude Code at 25k tokens), usually in the
// middle of the JSON. Here an oversized result is trimmed where it is long (arrays keep their first
// items, long strings such as stdout keep head and tail) so it stays valid JSON, and says what was
// left out and which argument fetches the rest. Never cut silently.
export const DEFAULT_MAX_RESULT_TOKENS = 20_000;
/** JSON averages 3–4 characters per token in o200k; 3 errs on the side of trimming. */
const CHARS_PER_TOKEN = 3;
const MIN_STRING_KEEP = 400;

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

export interface Omission {
  path: string;
  kept: number;
  total: number;
  unit: 'items' | 'characters';
}

export interface Fitted {
  value: Record<string, unknown>;
  omissions: Omission[];
}

/** Arguments that fetch more of a result, by the names the tools use. */
const PAGING_ARGS = ['cursor', 'limit', 'marker', 'maxKeys', 'lines', 'tail', 'since', 'path', 'depth', 'prefix'];

export function pagingHint(argNames: string[]): string {
  const have = PAGING_ARGS.filter((a) => argNames.includes(a));
  return have.length
    ? `Use ${have.join(', ')} to fetch the rest or a narrower part.`
    : 'Narrow the request to get the rest (for files and output, read a part with sandbox_exec: head, tail, sed -n).';
}

export function fitToBudget(value: Record<string, unknown>, budgetTokens: number): Fitted {
  const budget = budgetTokens * CHARS_PER_TOKEN;
  let current = value;
  const omissions = new Map<string, Omission>();
  for (let round = 0; round < 8; round++) {
    const size = JSON.stringify(current).length;
    if (size <= budget) break;
    const ratio = Math.max(0.05, (budget / size) * 0.9);
    current = shrink(current, '', ratio, omissions) as Record<string, unknown>;
  }
  return { value: current, omissions: [...omissions.values()] };
}

function shrink(node: unknown, path: string, ratio: number, out: Map<string, Omission>): unknown {
  if (typeof node === 'string') {
    if (node.length <= MIN_STRING_KEEP * 2) return node;
    const prior = out.get(path);
    const total = prior?.total ?? node.length;
    const keep = Math.max(MIN_STRING_KEEP, Math.floor(node.length * ratio));
    if (keep >= node.length) return node;
    const head = node.slice(0, Math.ceil(keep * 0.6));
    const tail = node.slice(node.length - Math.floor(keep * 0.4));
    out.set(path, { path: path || '(result)', kept: head.length + tail.length, total, unit: 'characters' });
    return `${head}\n…[${total - head.length - tail.length} characters omitted]…\n${tail}`;
  }
  if (Array.isArray(node)) {
    const items = node.map((v, i) => shrink(v, `${path}[${i}]`, ratio, out));
    if (items.length <= 1 || JSON.stringify(items).length < 2000) return items;
    const prior = out.get(path);
    const total = prior?.total ?? items.length;
    const keep = Math.max(1, Math.floor(items.length * ratio));
    if (keep >= items.length) return items;
    out.set(path, { path: path || '(result)', kept: keep, total, unit: 'items' });
    return items.slice(0, keep);
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shrink(v, path ? `${path}.${k}` : k, ratio, out)]));
  }
  return node;
}
