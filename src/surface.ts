// The tool surface a server offers, computed once per selection and cached: the tools/list answer
// (building it per request is the costliest thing a stateless server could do) and the lookup used
// by tools/call, where deprecated aliases still answer and tools left out say how to enable them.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { TOOLS } from './composites/index.js';
import type { SandboxLimits } from './code-mode/sandbox.js';
import { splitCodeToolset, type CodeMode } from './code-mode/selection.js';
import { CODE_TOOL_NAMES, codeToolEntries } from './code-mode/tools.js';
import { META_TOOLS } from './dynamic.js';
import { applySelection, checkNames, enableHint, isEmpty, selectionKey, type Selection } from './selection.js';
import type { ToolDef } from './tool-def.js';

export type Lookup =
  | { kind: 'tool'; tool: ToolDef<any>; alias?: string }
  | { kind: 'meta'; name: string }
  | { kind: 'code'; name: string }
  | { kind: 'refused'; tool: ToolDef<any>; hint: string }
  | { kind: 'unknown' };

export interface Surface {
  list: { tools: Tool[] };
  /** The tools this surface can call (in dynamic mode: what the meta tools reach). */
  tools: readonly ToolDef<any>[];
  dynamic: boolean;
  /** Code mode: only the two code tools, or them beside the selected tools (src/code-mode/). */
  code?: CodeMode;
  codeLimits?: SandboxLimits;
  selection: Selection;
  find(name: string): Lookup;
  size: number;
}

export function listEntry(t: ToolDef<any>): Tool {
  return {
    name: t.name,
    title: t.title,
    description: t.description,
    inputSchema: t.inputSchema,
    ...(t.outputSchema ? { outputSchema: t.outputSchema } : {}),
    annotations: t.annotations,
  } as Tool;
}

const ALL_BY_NAME = new Map<string, { tool: ToolDef<any>; alias?: string }>();
for (const t of TOOLS) {
  ALL_BY_NAME.set(t.name, { tool: t });
  for (const alias of t.aliases) ALL_BY_NAME.set(alias, { tool: t, alias });
}

/**
 * The surface of `selection` applied to `parent`'s tools (the whole product when there is no
 * parent): a request can only narrow what its server offers.
 */
export function buildSurface(
  requested: Selection = {},
  dynamic = false,
  parent?: Surface,
  opts: { code?: boolean; codeLimits?: SandboxLimits } = {},
): Surface {
  const { selection, code } = splitCodeToolset(requested, opts.code ?? false);
  checkNames(selection, TOOLS);
  const tools = applySelection(parent ? parent.tools : TOOLS, selection);
  const selected = new Set(tools.map((t) => t.name));
  const metaNames = new Set(META_TOOLS.map((m) => m.name));
  const listed = code === 'only' ? [] : dynamic ? META_TOOLS : tools.map(listEntry);
  return {
    // miosa_run changes nothing when nothing it can reach does (a read-only server, or a request's).
    list: { tools: code ? [...listed, ...codeToolEntries(tools.every((t) => t.annotations.readOnlyHint))] : listed },
    tools,
    dynamic: dynamic && code !== 'only',
    code,
    codeLimits: opts.codeLimits ?? parent?.codeLimits,
    selection,
    size: tools.length,
    find(name) {
      if (code && CODE_TOOL_NAMES.has(name)) return { kind: 'code', name };
      if (dynamic && code !== 'only' && metaNames.has(name)) return { kind: 'meta', name };
      const hit = ALL_BY_NAME.get(name);
      if (!hit) return { kind: 'unknown' };
      if (!selected.has(hit.tool.name)) {
        // Left out by the server itself, or only by this request's narrowing.
        const outer = parent?.find(name);
        if (outer?.kind === 'refused') return outer;
        return { kind: 'refused', tool: hit.tool, hint: enableHint(hit.tool, selection) };
      }
      return { kind: 'tool', ...hit };
    },
  };
}

/**
 * Surfaces by selection, for HTTP requests that narrow the server's own. Bounded: the number of
 * distinct selections in use is small, and an unbounded cache would be a memory lever for any caller.
 */
export class SurfaceCache {
  private readonly cache = new Map<string, Surface>();
  constructor(
    readonly base: Surface,
    private readonly limit = 64,
  ) {}

  get(request: Selection, dynamic: boolean, code = this.base.code === 'only'): Surface {
    if (isEmpty(request) && dynamic === this.base.dynamic && code === (this.base.code === 'only')) return this.base;
    const key = `${dynamic ? 'd' : 's'}${code ? 'c' : ''}:${selectionKey(request)}`;
    let s = this.cache.get(key);
    if (!s) {
      s = buildSurface(request, dynamic, this.base, { code });
      if (this.cache.size >= this.limit) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, s);
    }
    return s;
  }
}
