// The tool-surface gates CI enforces (`make surface-report`), run through the same function the
// script uses; and a fake surface that breaks every gate, so the gates are known to be able to fail.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import {
  checkGates,
  GATES,
  measure,
  productSurfaces,
  type GateId,
  type SurfaceInput,
} from '../../scripts/surface-report.js';

function fakeTool(name: string, words = 5): Tool {
  return {
    name,
    title: name,
    description: Array.from({ length: words }, (_, i) => `word${i}`).join(' '),
    inputSchema: { type: 'object', properties: {} },
    annotations: { readOnlyHint: true },
  };
}

describe('tool surface gates', () => {
  it('the product surface passes every gate', () => {
    const report = measure(productSurfaces());
    const violations = checkGates(report);
    expect(
      violations.map((v) => `[${v.gate}] ${v.message}`),
      'surface gate violations (run `npx tsx scripts/surface-report.ts --check` for the figures)',
    ).toEqual([]);
  });

  it('measures what it is given: counts, median, largest and longest name', () => {
    const list = { tools: [fakeTool('a', 1), fakeTool('bbbb', 50), fakeTool('cc', 10)] };
    const [p] = measure([{ profile: 'all', kind: 'all', list }]).profiles;
    expect(p.tools).toBe(3);
    expect(p.largestTool.name).toBe('bbbb');
    expect(p.longestName).toEqual({ name: 'miosa_bbbb', length: 10 });
    expect(p.medianToolTokens).toBeGreaterThan(0);
    expect(p.medianToolTokens).toBeLessThan(p.largestTool.tokens);
    expect(p.tokens).toBeGreaterThan(p.largestTool.tokens);
  });

  it('each gate fires on an oversized, renamed fake surface', () => {
    // 145 tools of ~400 tokens each: over the all-tools budget and the median-tool budget.
    const big = Array.from({ length: 145 }, (_, i) => fakeTool(`tool_${i}`, 400));
    big.push(fakeTool(`x${'y'.repeat(GATES.qualifiedNameLength)}`)); // miosa_ + 61 characters
    big.push(fakeTool('bad.name/with spaces'));
    const inputs: SurfaceInput[] = [
      { profile: 'all', kind: 'all', list: { tools: big } },
      // Meta tools with enormous descriptions: over the dynamic budget.
      { profile: 'dynamic', kind: 'dynamic', list: { tools: [fakeTool('search_tools', 2_000)] } },
      // Code mode with enormous tools and declarations that no longer fit in full.
      { profile: 'code', kind: 'code', list: { tools: [fakeTool('miosa_run', 2_000)] }, search: { text: 'word '.repeat(5_000), full: false } },
      { profile: 'client:tiny', kind: 'client', toolCap: 40, list: { tools: big.slice(0, 41) } },
    ];
    const violations = checkGates(measure(inputs));
    const fired = new Set(violations.map((v) => v.gate));
    const all: GateId[] = ['all-tokens', 'median-tool', 'dynamic-tokens', 'code-tokens', 'code-search-tokens', 'client-cap', 'name-length', 'name-chars'];
    for (const gate of all) expect(fired, `gate ${gate} did not fire`).toContain(gate);
    expect(violations.find((v) => v.gate === 'client-cap')?.message).toContain('client:tiny offers 41 tools');
    expect(violations.find((v) => v.gate === 'name-chars')?.message).toContain('bad.name/with spaces');
  });

  it('a surface within the budgets passes', () => {
    const small = Array.from({ length: 10 }, (_, i) => fakeTool(`tool_${i}`));
    const inputs: SurfaceInput[] = [
      { profile: 'all', kind: 'all', list: { tools: small } },
      { profile: 'dynamic', kind: 'dynamic', list: { tools: small.slice(0, 3) } },
      { profile: 'code', kind: 'code', list: { tools: small.slice(0, 2) }, search: { text: 'declare const miosa: {};', full: true } },
      { profile: 'client:tiny', kind: 'client', toolCap: 10, list: { tools: small } },
    ];
    expect(checkGates(measure(inputs))).toEqual([]);
  });
});
