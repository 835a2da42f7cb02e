// miosa_api_search: the TypeScript declarations of the tools a script can call, chosen by words,
// toolsets or names, within a token budget. When what matched does not fit in full, it falls back to
// first sentences, then to names, and says how to narrow the search.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { DECLARATIONS } from '../../generated/declarations.js';
import { TOOLSETS, type ToolDef } from '../tool-def.js';
import { rankTools } from '../tool-ranking.js';
import type { Declaration } from '../../vocabulary/declaration.js';

/** The answer's size, in o200k tokens: the sandbox toolset (35 tools) fits in full. */
export const SEARCH_BUDGET_TOKENS = 4000;

const BY_NAME = new Map(DECLARATIONS.map((d) => [d.name, d]));

const SEARCH_HEAD =
  '// await miosa.<tool>(args) resolves to the result, or throws MiosaError {message, category, hint, tool}.\ndeclare const miosa: {';
const SEARCH_TAIL = '  /** Waits, within the script\'s time. */\n  sleep(ms: number): Promise<void>;\n};';
// o200k tokens of the head and tail (34 + 15, with a margin), and of each line's indent and newline;
// test/code-mode checks the sandbox toolset's answer, counted whole, against the budget.
const FRAME_TOKENS = 60;
const LINE_TOKENS = 2;

export interface SearchArgs {
  query?: string;
  toolsets?: string[] | string;
  tools?: string[] | string;
}

const asList = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : [];

/** The declarations of `reachable` tools that the arguments ask for, best matches first. */
export function matchDeclarations(reachable: readonly ToolDef<any>[], args: SearchArgs): Declaration[] {
  const sets = new Set(asList(args.toolsets));
  const names = new Set(asList(args.tools));
  const asked = reachable.filter((t) => BY_NAME.has(t.name) && (!(sets.size || names.size) || sets.has(t.toolset) || names.has(t.name)));
  return rankTools(asked, args.query).map((t) => BY_NAME.get(t.name)!);
}

export function renderSearch(matched: readonly Declaration[], budget = SEARCH_BUDGET_TOKENS): { text: string; form: 'full' | 'brief' | 'partial' } {
  const room = budget - FRAME_TOKENS;
  const sum = (k: 'fullTokens' | 'briefTokens') => matched.reduce((a, d) => a + d[k] + LINE_TOKENS, 0);
  const indent = (s: string) => s.replace(/^/gm, '  ');
  const frame = (body: string[], note = '') => [SEARCH_HEAD, ...body.map(indent), SEARCH_TAIL, note].filter(Boolean).join('\n');
  if (sum('fullTokens') <= room) return { text: frame(matched.map((d) => d.full)), form: 'full' };
  const narrow = `Narrow with toolsets (${TOOLSETS.join(', ')}), tools: [names] or query words to see each in full.`;
  if (sum('briefTokens') <= room) {
    return { text: frame(matched.map((d) => d.brief), `// ${matched.length} tools, first sentences only. ${narrow}`), form: 'brief' };
  }
  // Room kept for the names of what does not fit (a name is a few tokens) and the closing note.
  const reserve = matched.length * 5 + 60;
  const shown: Declaration[] = [];
  let used = 0;
  for (const d of matched) {
    if (used + d.briefTokens + LINE_TOKENS > room - reserve) break;
    shown.push(d);
    used += d.briefTokens + LINE_TOKENS;
  }
  const rest = matched.slice(shown.length).map((d) => d.name);
  const note = `// ${rest.length} more not shown: ${rest.join(', ')}.\n// ${narrow}`;
  return { text: frame(shown.map((d) => d.brief), note), form: 'partial' };
}

export function searchApi(reachable: readonly ToolDef<any>[], args: Record<string, unknown>): CallToolResult {
  const unknownSets = asList(args.toolsets).filter((s) => !(TOOLSETS as readonly string[]).includes(s));
  const matched = matchDeclarations(reachable, args as SearchArgs);
  if (!matched.length) {
    const why = unknownSets.length ? `Unknown toolset ${unknownSets.join(', ')}. ` : '';
    return {
      content: [
        {
          type: 'text',
          text: `${why}No tool this server lets scripts call matches. Toolsets: ${TOOLSETS.join(', ')}; search with other words, or with no arguments for an overview.`,
        },
      ],
    };
  }
  return { content: [{ type: 'text', text: renderSearch(matched).text }] };
}
