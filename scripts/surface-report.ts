// The tool surface, measured: for every profile a server can offer (all tools, each toolset,
// read-only, dynamic mode, each client profile), the tool count, the tokens of the tools/list answer,
// the median and the largest tool, and the longest name a client shows. `--check` applies the gates CI
// enforces. Run: `npx tsx scripts/surface-report.ts [--check]` (`make surface-report`).
//
// Importing this module has no side effects: test/surface/gates.test.ts runs the same gates.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { matchDeclarations, renderSearch } from '../src/code-mode/search.js';
import { CLIENT_PROFILES } from '../vocabulary/client-profiles.js';
import { buildSurface } from '../src/surface.js';
import { TOOLSETS } from '../src/tool-def.js';

/** The server name clients prefix tool names with (Cursor counts `miosa_<tool>` against its cap). */
export const SERVER_NAME = 'miosa';
export const TOKENIZER = 'o200k_base';

export const GATES = {
  /** All tools' tools/list answer, in tokens. */
  allTokens: 30_000,
  /** The median tool's list entry, in tokens. */
  medianToolTokens: 200,
  /** Dynamic mode's tools/list answer, in tokens. */
  dynamicTokens: 1_500,
  /** Code mode's tools/list answer, in tokens. */
  codeTokens: 1_500,
  /** miosa_api_search's answer for the whole sandbox toolset, every tool declared in full, in tokens. */
  codeSearchTokens: 4_000,
  /** `miosa_` + tool name, in characters (Cursor's limit). */
  qualifiedNameLength: 60,
  /** What every client accepts in a tool name. */
  namePattern: /^[A-Za-z0-9_-]+$/,
} as const;

export type ProfileKind = 'all' | 'toolset' | 'read-only' | 'dynamic' | 'code' | 'client';

/** One surface to measure: what a server with that profile answers to tools/list. */
export interface SurfaceInput {
  profile: string;
  kind: ProfileKind;
  list: { tools: Tool[] };
  /** For client profiles: the most tools the client accepts. */
  toolCap?: number;
  /** For code mode: miosa_api_search's answer for the sandbox toolset, and whether it declares all in full. */
  search?: { text: string; full: boolean };
}

export interface ProfileFigures {
  profile: string;
  kind: ProfileKind;
  tools: number;
  toolCap?: number;
  /** Tokens of `JSON.stringify` of the tools/list answer. */
  tokens: number;
  medianToolTokens: number;
  largestTool: { name: string; tokens: number };
  /** The longest `miosa_<tool>` name. */
  longestName: { name: string; length: number };
  /** Code mode: tokens of miosa_api_search's answer for the sandbox toolset, and whether it is in full. */
  search?: { tokens: number; full: boolean };
}

export interface ToolFigures {
  name: string;
  /** Tokens of the tool's list entry alone. */
  tokens: number;
  /** Length of `miosa_<name>`. */
  qualifiedLength: number;
}

export interface SurfaceReport {
  tokenizer: string;
  serverName: string;
  gates: {
    allTokens: number;
    medianToolTokens: number;
    dynamicTokens: number;
    codeTokens: number;
    codeSearchTokens: number;
    qualifiedNameLength: number;
    namePattern: string;
  };
  profiles: ProfileFigures[];
  /** Every tool some profile lists, largest first. */
  tools: ToolFigures[];
}

export type GateId =
  | 'all-tokens'
  | 'median-tool'
  | 'dynamic-tokens'
  | 'code-tokens'
  | 'code-search-tokens'
  | 'client-cap'
  | 'name-length'
  | 'name-chars';

export interface Violation {
  gate: GateId;
  message: string;
}

const tokens = (text: string): number => countTokens(text, { disallowedSpecial: new Set() });

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The surfaces the product offers: all tools, each toolset, read-only, dynamic, each client profile. */
export function productSurfaces(): SurfaceInput[] {
  const inputs: SurfaceInput[] = [{ profile: 'all', kind: 'all', list: buildSurface({}).list }];
  for (const set of TOOLSETS) {
    inputs.push({ profile: `toolset:${set}`, kind: 'toolset', list: buildSurface({ toolsets: [set] }).list });
  }
  inputs.push({ profile: 'read-only', kind: 'read-only', list: buildSurface({ readOnly: true }).list });
  inputs.push({ profile: 'dynamic', kind: 'dynamic', list: buildSurface({}, true).list });
  const code = buildSurface({}, false, undefined, { code: true });
  const sandboxSearch = renderSearch(matchDeclarations(code.tools, { toolsets: ['sandbox'] }));
  inputs.push({ profile: 'code', kind: 'code', list: code.list, search: { text: sandboxSearch.text, full: sandboxSearch.form === 'full' } });
  for (const p of CLIENT_PROFILES) {
    inputs.push({
      profile: `client:${p.client}`,
      kind: 'client',
      list: buildSurface(p.selection, p.dynamic).list,
      toolCap: p.toolCap,
    });
  }
  return inputs;
}

/** Measures surfaces. A tool's entry is tokenized once, whichever profiles list it. */
export function measure(inputs: readonly SurfaceInput[]): SurfaceReport {
  const perTool = new Map<string, ToolFigures>();
  const entryTokens = new Map<string, number>();
  const figureOf = (tool: Tool): ToolFigures => {
    const json = JSON.stringify(tool);
    let n = entryTokens.get(json);
    if (n === undefined) entryTokens.set(json, (n = tokens(json)));
    const f: ToolFigures = { name: tool.name, tokens: n, qualifiedLength: `${SERVER_NAME}_${tool.name}`.length };
    const seen = perTool.get(tool.name);
    if (!seen || seen.tokens < n) perTool.set(tool.name, f);
    return f;
  };

  const profiles = inputs.map((input): ProfileFigures => {
    const figs = input.list.tools.map(figureOf);
    const largest = figs.reduce<ToolFigures | undefined>((a, f) => (!a || f.tokens > a.tokens ? f : a), undefined);
    const longest = figs.reduce<ToolFigures | undefined>(
      (a, f) => (!a || f.qualifiedLength > a.qualifiedLength ? f : a),
      undefined,
    );
    return {
      profile: input.profile,
      kind: input.kind,
      tools: figs.length,
      ...(input.toolCap !== undefined ? { toolCap: input.toolCap } : {}),
      tokens: tokens(JSON.stringify(input.list)),
      medianToolTokens: median(figs.map((f) => f.tokens)),
      ...(input.search ? { search: { tokens: tokens(input.search.text), full: input.search.full } } : {}),
      largestTool: largest ? { name: largest.name, tokens: largest.tokens } : { name: '', tokens: 0 },
      longestName: longest
        ? { name: `${SERVER_NAME}_${longest.name}`, length: longest.qualifiedLength }
        : { name: '', length: 0 },
    };
  });

  return {
    tokenizer: TOKENIZER,
    serverName: SERVER_NAME,
    gates: {
      allTokens: GATES.allTokens,
      medianToolTokens: GATES.medianToolTokens,
      dynamicTokens: GATES.dynamicTokens,
      codeTokens: GATES.codeTokens,
      codeSearchTokens: GATES.codeSearchTokens,
      qualifiedNameLength: GATES.qualifiedNameLength,
      namePattern: GATES.namePattern.source,
    },
    profiles,
    tools: [...perTool.values()].sort((a, b) => b.tokens - a.tokens || a.name.localeCompare(b.name)),
  };
}

/** The gates CI enforces; an empty list means the surface passes. */
export function checkGates(report: SurfaceReport): Violation[] {
  const out: Violation[] = [];
  const fmt = (n: number) => n.toLocaleString('en-US');
  const all = report.profiles.find((p) => p.kind === 'all');
  if (!all) {
    out.push({ gate: 'all-tokens', message: 'no "all" profile was measured' });
  } else {
    if (all.tokens > GATES.allTokens) {
      out.push({
        gate: 'all-tokens',
        message: `all ${all.tools} tools take ${fmt(all.tokens)} tokens in tools/list; the limit is ${fmt(GATES.allTokens)} (largest: ${all.largestTool.name}, ${all.largestTool.tokens})`,
      });
    }
    if (all.medianToolTokens > GATES.medianToolTokens) {
      out.push({
        gate: 'median-tool',
        message: `the median tool takes ${all.medianToolTokens} tokens; the limit is ${GATES.medianToolTokens}`,
      });
    }
  }
  const dyn = report.profiles.find((p) => p.kind === 'dynamic');
  if (!dyn) {
    out.push({ gate: 'dynamic-tokens', message: 'no "dynamic" profile was measured' });
  } else if (dyn.tokens > GATES.dynamicTokens) {
    out.push({
      gate: 'dynamic-tokens',
      message: `dynamic mode takes ${fmt(dyn.tokens)} tokens in tools/list; the limit is ${fmt(GATES.dynamicTokens)}`,
    });
  }
  const code = report.profiles.find((p) => p.kind === 'code');
  if (!code) {
    out.push({ gate: 'code-tokens', message: 'no "code" profile was measured' });
  } else {
    if (code.tokens > GATES.codeTokens) {
      out.push({ gate: 'code-tokens', message: `code mode takes ${fmt(code.tokens)} tokens in tools/list; the limit is ${fmt(GATES.codeTokens)}` });
    }
    if (!code.search || code.search.tokens > GATES.codeSearchTokens || !code.search.full) {
      const what = code.search ? `${fmt(code.search.tokens)} tokens${code.search.full ? '' : ', not every tool in full'}` : 'not measured';
      out.push({
        gate: 'code-search-tokens',
        message: `miosa_api_search for the sandbox toolset: ${what}; the limit is ${fmt(GATES.codeSearchTokens)} with every tool in full`,
      });
    }
  }
  for (const p of report.profiles) {
    if (p.kind === 'client' && p.toolCap !== undefined && p.tools > p.toolCap) {
      out.push({
        gate: 'client-cap',
        message: `${p.profile} offers ${p.tools} tools; the client's cap is ${p.toolCap} (vocabulary/client-profiles.ts)`,
      });
    }
  }
  for (const t of report.tools) {
    if (t.qualifiedLength > GATES.qualifiedNameLength) {
      out.push({
        gate: 'name-length',
        message: `${SERVER_NAME}_${t.name} is ${t.qualifiedLength} characters; the limit is ${GATES.qualifiedNameLength}`,
      });
    }
    if (!GATES.namePattern.test(t.name)) {
      out.push({ gate: 'name-chars', message: `tool name ${JSON.stringify(t.name)} does not match ${GATES.namePattern}` });
    }
  }
  return out;
}

export function renderTable(report: SurfaceReport): string {
  const rows = [
    '| Profile | Tools | Cap | tools/list tokens | Median tool | Largest tool | Longest `miosa_` name |',
    '|---|--:|--:|--:|--:|---|---|',
  ];
  for (const p of report.profiles) {
    rows.push(
      `| ${p.profile} | ${p.tools} | ${p.toolCap ?? ''} | ${p.tokens.toLocaleString('en-US')} | ${p.medianToolTokens} | ` +
        `${p.largestTool.name} (${p.largestTool.tokens}) | ${p.longestName.name} (${p.longestName.length}) |`,
    );
  }
  return rows.join('\n');
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const started = performance.now();
  const report = measure(productSurfaces());
  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../bench/surface.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

  console.log(`Tool surface (${TOKENIZER} tokens; tool names as \`${SERVER_NAME}_<tool>\`)\n`);
  console.log(renderTable(report));
  const code = report.profiles.find((p) => p.kind === 'code');
  if (code?.search) console.log(`\nCode mode: miosa_api_search for the sandbox toolset, ${code.search.tokens.toLocaleString('en-US')} tokens (${code.search.full ? 'every tool in full' : 'NOT in full'}).`);
  console.log(`\nLargest tools: ${report.tools.slice(0, 5).map((t) => `${t.name} (${t.tokens})`).join(', ')}`);
  console.log(`Figures written to bench/surface.json (${Math.round(performance.now() - started)} ms).`);
  if (!check) return 0;

  const violations = checkGates(report);
  const g = GATES;
  console.log(
    `\nGates: all tools <= ${g.allTokens} tokens; median tool <= ${g.medianToolTokens}; dynamic <= ${g.dynamicTokens}; ` +
      `code mode <= ${g.codeTokens}, its sandbox declarations <= ${g.codeSearchTokens} in full; ` +
      `client profiles within their cap; ${SERVER_NAME}_<tool> <= ${g.qualifiedNameLength} characters matching ${g.namePattern}.`,
  );
  if (!violations.length) {
    console.log('All surface gates pass.');
    return 0;
  }
  console.error(`\n${violations.length} surface gate violation(s):`);
  for (const v of violations) console.error(`  - [${v.gate}] ${v.message}`);
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
