// The tool surface a server offers, computed once per process: the tools/list answer (already in its
// final JSON form, since building it per request is the costliest thing a stateless server could do)
// and the lookup used by tools/call, where deprecated aliases still answer.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { TOOLS } from '../generated/index.js';
import type { ToolDef } from './tool-def.js';

export interface Surface {
  list: { tools: Tool[] };
  /** Listed tools by name, and their deprecated aliases. */
  find(name: string): { tool: ToolDef<any>; alias?: string } | undefined;
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

export function buildSurface(tools: readonly ToolDef<any>[] = TOOLS): Surface {
  const byName = new Map<string, { tool: ToolDef<any>; alias?: string }>();
  for (const t of tools) {
    byName.set(t.name, { tool: t });
    for (const alias of t.aliases) byName.set(alias, { tool: t, alias });
  }
  return { list: { tools: tools.map(listEntry) }, find: (name) => byName.get(name), size: tools.length };
}
