// The layout is the data flow: openapi → codegen → generated → src (runtime), with emulator/ beside
// the runtime as the stand-in API. This test reads every import in the repository (TypeScript's own
// parser) and fails on an arrow that runs against that flow. A deliberate violation is checked too,
// so the rule cannot silently pass.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LAYERS = ['vocabulary', 'codegen', 'generated', 'src', 'emulator'] as const;

export interface Edge {
  from: string;
  to: string;
  dynamic: boolean;
  typeOnly: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every relative import of every .ts file under the layers, as repository paths. */
function edges(): Edge[] {
  const out: Edge[] = [];
  for (const layer of LAYERS) {
    let all: string[];
    try {
      all = files(join(ROOT, layer));
    } catch {
      continue;
    }
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
      const add = (spec: string, dynamic: boolean, typeOnly: boolean) => {
        if (!spec.startsWith('.')) return;
        const to = relative(ROOT, resolve(dirname(file), spec)).replace(/\.js$/, '.ts');
        out.push({ from: relative(ROOT, file), to, dynamic, typeOnly });
      };
      const visit = (node: ts.Node) => {
        if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
          const typeOnly = ts.isImportDeclaration(node) ? !!node.importClause?.isTypeOnly : node.isTypeOnly;
          add(node.moduleSpecifier.text, false, typeOnly);
        } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
          const [arg] = node.arguments;
          if (arg && ts.isStringLiteral(arg)) add(arg.text, true, false);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return out;
}

const layerOf = (path: string) => path.split('/')[0];

/** What generated modules may take from the runtime: the tool contract and the content encoders. */
const GENERATED_MAY_IMPORT = new Set(['src/tool-def.ts', 'src/content-encoding.ts']);
/** The one door from the runtime into the emulator, opened only on demand. */
const EMULATOR_ENTRY = 'emulator/index.ts';

/** The rule, as messages naming each arrow that breaks it. */
export function violations(all: Edge[]): string[] {
  const bad: string[] = [];
  for (const e of all) {
    const [from, to] = [layerOf(e.from), layerOf(e.to)];
    const arrow = `${e.from} → ${e.to}`;
    if (from === to) continue;
    if (from === 'vocabulary') bad.push(`${arrow}: the vocabulary imports nothing of the project`);
    if (from === 'codegen' && to === 'src') bad.push(`${arrow}: codegen/ must not import the runtime`);
    if (from === 'src' && to === 'codegen') bad.push(`${arrow}: the runtime must not import codegen/`);
    if (from === 'generated' && to === 'src' && !GENERATED_MAY_IMPORT.has(e.to))
      bad.push(`${arrow}: generated/ takes only ${[...GENERATED_MAY_IMPORT].join(', ')} from src/`);
    // A type-only import is erased at build: it names the entry's types and loads nothing.
    if (from === 'src' && to === 'emulator' && (e.to !== EMULATOR_ENTRY || !(e.dynamic || e.typeOnly)))
      bad.push(`${arrow}: src/ reaches the emulator only through a dynamic import of ${EMULATOR_ENTRY}`);
    if (from === 'emulator' && (to === 'src' || to === 'codegen')) bad.push(`${arrow}: the emulator stands apart from the product`);
  }
  return bad;
}

describe('layering', () => {
  const all = edges();

  it('reads the imports of every layer', () => {
    for (const layer of ['vocabulary', 'codegen', 'generated', 'src', 'emulator']) expect(all.some((e) => layerOf(e.from) === layer), layer).toBe(true);
  });

  it('has no arrow against the flow openapi → codegen → generated → src', () => {
    expect(violations(all)).toEqual([]);
  });

  it('fails on a deliberate violation of each rule', () => {
    const planted: Edge[] = [
      { from: 'codegen/x.ts', to: 'src/commands/config.ts', dynamic: false, typeOnly: false },
      { from: 'src/x.ts', to: 'codegen/ir.ts', dynamic: false, typeOnly: false },
      { from: 'generated/tools/a.ts', to: 'src/composites/a.ts', dynamic: false, typeOnly: false },
      { from: 'src/cli.ts', to: 'emulator/index.ts', dynamic: false, typeOnly: false },
      { from: 'src/cli.ts', to: 'emulator/records.ts', dynamic: true, typeOnly: false },
      { from: 'vocabulary/x.ts', to: 'src/x.ts', dynamic: false, typeOnly: false },
      { from: 'emulator/x.ts', to: 'src/x.ts', dynamic: false, typeOnly: false },
    ];
    expect(violations(planted)).toHaveLength(planted.length);
    expect(violations([{ from: 'src/cli.ts', to: 'emulator/index.ts', dynamic: true, typeOnly: false }])).toEqual([]);
    expect(violations([{ from: 'src/cli.ts', to: 'emulator/index.ts', dynamic: false, typeOnly: true }])).toEqual([]);
    expect(violations([{ from: 'src/cli.ts', to: 'emulator/records.ts', dynamic: false, typeOnly: true }])).toHaveLength(1);
  });
});
