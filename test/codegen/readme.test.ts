// README.md's tool list is generated: rendered from the IR (generated/tools.json) it must be exactly
// what the README holds between its markers, so a stale README fails the tests as well as
// `make gen-check`, and it must name every tool once, under its toolset, in TOOLSETS order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  README_END,
  README_START,
  readmeSection,
  renderToolsSection,
  spliceReadme,
  type ListedTool,
} from '../../codegen/emit/readme.js';
import { TOOLSETS } from '../../src/tool-def.js';

const ROOT = join(import.meta.dirname, '../..');
const ir = JSON.parse(readFileSync(join(ROOT, 'generated/tools.json'), 'utf8')) as { count: number; tools: ListedTool[] };
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = renderToolsSection(ir.tools);

describe('README.md tool list', () => {
  it('is exactly what the IR renders (else run `make gen`)', () => {
    expect(readme.split(README_START)).toHaveLength(2);
    expect(readme.split(README_END)).toHaveLength(2);
    expect(readmeSection(readme)).toBe(section);
    expect(spliceReadme(readme, section)).toBe(readme);
  });

  it('names each of the 145 tools exactly once', () => {
    expect(ir.tools).toHaveLength(145);
    expect(ir.count).toBe(145);
    const listed = [...section.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toHaveLength(145);
    expect(new Set(listed).size).toBe(145);
    expect([...listed].sort()).toEqual(ir.tools.map((t) => t.name).sort());
    for (const t of ir.tools) expect(section.split(`\`${t.name}\``)).toHaveLength(2);
  });

  it('has one heading per toolset, in TOOLSETS order, whose counts are its rows', () => {
    const headings = [...section.matchAll(/^### ([a-z]+) \((\d+)\)$/gm)].map((m) => [m[1], Number(m[2])] as const);
    expect(headings.map(([set]) => set)).toEqual([...TOOLSETS]);
    for (const [set, n] of headings) expect(n).toBe(ir.tools.filter((t) => t.toolset === set).length);
    expect(headings.reduce((sum, [, n]) => sum + n, 0)).toBe(145);
  });

  it('marks read-only and destructive tools from their annotations', () => {
    const row = (name: string) => section.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
    expect(row('sandbox_list')).toMatch(/\| read-only \|$/);
    expect(row('sandbox_destroy')).toMatch(/destructive/);
    expect(row('sandbox_exec')).toMatch(/open world/);
    const readOnly = ir.tools.filter((t) => t.annotations.readOnlyHint).length;
    expect(section.match(/\| read-only[ ,|]/g)).toHaveLength(readOnly);
  });
});

describe('splicing', () => {
  const doc = `# x\n\n## Tools\n\n${README_START}\nold\n${README_END}\n\n## After\n`;

  it('replaces only the text between the markers, and is idempotent', () => {
    const once = spliceReadme(doc, 'new\n');
    expect(once).toBe(`# x\n\n## Tools\n\n${README_START}\nnew\n${README_END}\n\n## After\n`);
    expect(spliceReadme(once, 'new\n')).toBe(once);
    expect(readmeSection(once)).toBe('new\n');
  });

  it('refuses a README without one ordered pair of markers', () => {
    expect(() => spliceReadme('# x\n', 'new\n')).toThrow(/tools:start/);
    expect(() => spliceReadme(`${README_END}\n${README_START}\n`, 'new\n')).toThrow(/in that order/);
    expect(() => spliceReadme(`${README_START}\n${README_START}\n${README_END}\n`, 'n\n')).toThrow(/exactly one/);
  });

  it('refuses a tool in no known toolset', () => {
    const stray = { ...ir.tools[0], toolset: 'nowhere' };
    expect(() => renderToolsSection([...ir.tools, stray])).toThrow(/nowhere/);
  });
});
