// README.md's tool list: one table per toolset, in TOOLSETS order, rendered from the IR. It is the
// text between two marker comments; `make gen` rewrites it and `codegen/main.ts --check` fails when
// the README holds anything else there.
import { TOOLSETS } from '../../vocabulary/toolsets.js';
import type { ToolIR } from '../ir.js';
import { CodegenError } from '../spec.js';

export const README_START = '<!-- tools:start -->';
export const README_END = '<!-- tools:end -->';

/** What the list needs from a tool: the IR record, or the same fields read from generated/tools.json. */
export type ListedTool = Pick<ToolIR, 'name' | 'title' | 'toolset' | 'annotations'>;

function marks(t: ListedTool): string {
  const a = t.annotations;
  const out: string[] = [];
  if (a.readOnlyHint) out.push('read-only');
  if (a.destructiveHint) out.push('destructive');
  if (a.openWorldHint) out.push('open world');
  return out.join(', ');
}

/** A table cell: pipes would split the row, newlines would end it. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The text between the markers (markers excluded), ending with a newline. */
export function renderToolsSection(tools: readonly ListedTool[]): string {
  const known = new Set<string>(TOOLSETS);
  const stray = tools.filter((t) => !known.has(t.toolset)).map((t) => `${t.name} (${t.toolset})`);
  if (stray.length) throw new CodegenError([`README tool list: tools in no known toolset: ${stray.join(', ')}`]);
  const byName = (a: ListedTool, b: ListedTool) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const lines = [
    `<!-- generated from openapi/mcp.overlay.yaml by codegen/emit/readme.ts: run \`make gen\`, do not edit -->`,
    '',
    `${tools.length} tools in ${TOOLSETS.length} toolsets (choose with \`--toolsets\`, \`--tools\`, \`--read-only\`).`,
    '*read-only*: changes nothing; *destructive*: deletes or overwrites something; *open world*: runs',
    'your code or reaches hosts outside MIOSA. Unmarked tools create or change something.',
  ];
  for (const set of TOOLSETS) {
    const rows = tools.filter((t) => t.toolset === set).sort(byName);
    if (!rows.length) continue;
    lines.push('', `### ${set} (${rows.length})`, '', '| Tool | Title | Hints |', '|---|---|---|');
    for (const t of rows) lines.push(`| \`${t.name}\` | ${cell(t.title)} | ${marks(t)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The marker comments around a generated README section. */
export function markers(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` };
}

/** README text with the named section replaced; throws when its markers are missing. */
export function spliceReadme(readme: string, section: string, name = 'tools'): string {
  const { start: open, end: close } = markers(name);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < 0 || end < start || readme.indexOf(open, start + 1) >= 0) {
    throw new CodegenError([`README.md needs exactly one ${open} … ${close} pair, in that order`]);
  }
  return `${readme.slice(0, start + open.length)}\n${section}${readme.slice(end)}`;
}

/** The text currently in the named section, in the form its renderer returns. */
export function readmeSection(readme: string, name = 'tools'): string | undefined {
  const { start: open, end: close } = markers(name);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + open.length + 1, end);
}
