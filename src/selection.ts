// Which tools a server offers: toolsets, single tools, exclusions, read-only. The same rules serve the
// command line, the environment, and each HTTP request, which may narrow what the server offers but
// never widen it.
import type { ToolDef } from './tool-def.js';
import { unknownToolsets } from '../vocabulary/toolsets.js';

export type { Selection } from '../vocabulary/selection.js';
import type { Selection } from '../vocabulary/selection.js';

export class SelectionError extends Error {
  override name = 'SelectionError';
}

export function parseList(value: string | null | undefined): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

/** A yes/no setting; `setting` names where the value came from, for the error (MIOSA_DYNAMIC, ?dynamic=…). */
export function parseFlag(value: string | null | undefined, setting: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new SelectionError(`${setting} must be true or false (got "${value}")`);
}

/** Checks names against everything the product has, so a typo is an error that lists the valid names. */
export function checkNames(sel: Selection, all: readonly ToolDef<any>[]): void {
  const badSets = unknownToolsets(sel.toolsets ?? []);
  if (badSets) throw new SelectionError(badSets);
  const names = new Set(all.map((t) => t.name));
  const unknownTools = [...(sel.tools ?? []), ...(sel.excludeTools ?? [])].filter((n) => !names.has(n));
  if (unknownTools.length) {
    throw new SelectionError(
      `Unknown tool ${unknownTools.join(', ')}. Valid tools: ${[...names].sort().join(', ')}.`,
    );
  }
}

/**
 * Toolsets and single tools add up (all tools when neither is given); exclusions and read-only then
 * take away. Applied to an already selected set, it can only narrow it.
 */
export function applySelection<T extends ToolDef<any>>(from: readonly T[], sel: Selection): T[] {
  const sets = new Set(sel.toolsets ?? []);
  const picked = new Set(sel.tools ?? []);
  const excluded = new Set(sel.excludeTools ?? []);
  const anyPick = sets.size > 0 || picked.size > 0;
  return from.filter(
    (t) =>
      (!anyPick || sets.has(t.toolset) || picked.has(t.name)) &&
      !excluded.has(t.name) &&
      (!sel.readOnly || t.annotations.readOnlyHint),
  );
}

export function isEmpty(sel: Selection): boolean {
  return !sel.toolsets && !sel.tools && !sel.excludeTools && !sel.readOnly;
}

/** A stable key for caching the surface of one selection. */
export function selectionKey(sel: Selection): string {
  const norm = (l?: string[]) => (l ? [...new Set(l)].sort().join(',') : '');
  return [norm(sel.toolsets), norm(sel.tools), norm(sel.excludeTools), sel.readOnly ? 'ro' : ''].join('|');
}

/** How to get a tool that the current selection leaves out. */
export function enableHint(tool: ToolDef<any>, sel: Selection): string {
  if (sel.readOnly && !tool.annotations.readOnlyHint) {
    return `${tool.name} changes things, and this server runs read-only; start it without --read-only (or drop readonly=1 / X-MCP-Readonly).`;
  }
  if (sel.excludeTools?.includes(tool.name)) return `${tool.name} is excluded by --exclude-tools; remove it from that list.`;
  return `${tool.name} is in the ${tool.toolset} toolset, which this server does not offer; add it with --toolsets ${tool.toolset} (MIOSA_TOOLSETS, or ?toolsets=${tool.toolset} on the HTTP URL) or --tools ${tool.name}.`;
}
