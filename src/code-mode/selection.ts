// How code mode is chosen: `--code-mode` / MIOSA_CODE_MODE=1 / `?mode=code` / `X-MCP-Mode: code`
// serve only the two code tools; the `code` toolset adds them beside the ordinary ones (alone, it is
// the same as code mode). Either way a script reaches the tools the rest of the selection offers.
import { CODE_TOOLSET } from '../../vocabulary/toolsets.js';
import { SelectionError, type Selection } from '../selection.js';

export type CodeMode = 'only' | 'beside' | undefined;

/** The selection without the `code` toolset, and what that toolset (or the code-mode flag) asks for. */
export function splitCodeToolset(sel: Selection, codeFlag: boolean): { selection: Selection; code: CodeMode } {
  const hasCode = sel.toolsets?.includes(CODE_TOOLSET) ?? false;
  if (!hasCode) return { selection: sel, code: codeFlag ? 'only' : undefined };
  const toolsets = sel.toolsets!.filter((t) => t !== CODE_TOOLSET);
  const selection = { ...sel, toolsets: toolsets.length ? toolsets : undefined };
  const alone = !selection.toolsets && !selection.tools;
  return { selection, code: codeFlag || alone ? 'only' : 'beside' };
}

/** `?mode=` / `X-MCP-Mode:` over HTTP: `code` for code mode, `tools` (or nothing) for the server's own. */
export function parseMode(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'code') return true;
  if (value === 'tools') return false;
  throw new SelectionError(`mode must be code or tools (got "${value}")`);
}
