// The one ranking of tools for a free-text query, shared by the dynamic toolset's search_tools and
// code mode's miosa_api_search: both must find the same tools for the same words.
import type { ToolDef } from './tool-def.js';

/**
 * Tools matching `query`, best first: 3 points for each word in the tool's name and 1 for each word
 * anywhere in its name, title or description; ties by name. An empty query keeps every tool.
 */
export function rankTools<T extends ToolDef<any>>(tools: readonly T[], query: unknown): T[] {
  const words = String(query ?? '')
    .toLowerCase()
    .split(/[^a-z0-9_]+/)
    .filter(Boolean);
  return tools
    .map((t) => {
      const hay = `${t.name} ${t.title} ${t.description}`.toLowerCase();
      return { t, score: words.reduce((s, w) => s + (t.name.includes(w) ? 3 : 0) + (hay.includes(w) ? 1 : 0), 0) };
    })
    .filter((x) => words.length === 0 || x.score > 0)
    .sort((a, b) => b.score - a.score || a.t.name.localeCompare(b.t.name))
    .map((x) => x.t);
}
