// The declarations code mode serves are TypeScript a model can rely on: every tool's, in both forms,
// compiles as a declaration of `miosa`, and a script written against them type-checks (or does not,
// when it gets an argument wrong).
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tsType } from '../../codegen/emit/declarations.js';
import { DECLARATIONS } from '../../generated/declarations.js';

function diagnostics(source: string): string[] {
  const file = 'check.ts';
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang) => (name === file ? ts.createSourceFile(file, source, lang) : read(name, lang));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const declare = (form: 'full' | 'brief') => `declare const miosa: {\n${DECLARATIONS.map((d) => d[form]).join('\n')}\n  sleep(ms: number): Promise<void>;\n};\n`;

describe('code-mode declarations (generated/declarations.ts)', () => {
  it('declare every tool, in both forms, as TypeScript that compiles', () => {
    expect(DECLARATIONS.length).toBe(145);
    expect(diagnostics(`${declare('full')}export {};`)).toEqual([]);
    expect(diagnostics(`${declare('brief')}export {};`)).toEqual([]);
  }, 60_000);

  it('type a script that uses them, and catch one that gets an argument wrong', () => {
    const good = `${declare('full')}async function main() {
      const s = await miosa.sandbox_create({ name: "web", size: "small" });
      const r = await miosa.sandbox_exec({ id: s.id, command: "ls" });
      const code: number | undefined = r.exit_code;
      return code;
    }
    export { main };`;
    expect(diagnostics(good)).toEqual([]);
    const bad = good.replace('size: "small"', 'size: "huge"');
    expect(diagnostics(bad).join('\n')).toMatch(/"huge"/);
  }, 60_000);

  it('turns JSON Schema into the matching TypeScript', () => {
    expect(tsType({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'integer' } } }, required: ['a'] }, false)).toBe('{ a: string; b?: number[] }');
    expect(tsType({ type: ['string', 'null'] }, false)).toBe('string | null');
    expect(tsType({ enum: ['x', 'y'] }, false)).toBe('"x" | "y"');
    expect(tsType({ type: 'object', additionalProperties: { type: 'string' } }, false)).toBe('Record<string, string>');
    expect(tsType({ type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } }, false)).toBe('(string | number)[]');
    expect(tsType({ type: 'object', properties: { 'a-b': { type: 'boolean', description: 'A */ trap.' } } }, true)).toBe('{ /** A *\\/ trap. */ "a-b"?: boolean }');
  });
});
