// Input schemas every framework accepts: each served root is closed, no served schema carries a keyword
// outside the portable set (codegen/portable.ts), a keyword new to the spec fails generation until it
// is placed, the checks dropped from the served schema still hold on the server, and an optional
// argument given as null counts as not given.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDocuments } from '../../codegen/main.js';
import { keywordsOutside, PORTABLE_FORMATS, PORTABLE_KEYWORDS } from '../../codegen/portable.js';
import { loadYaml, type JsonObject } from '../../codegen/spec.js';
import { TOOLS } from '../../generated/index.js';
import { validate } from '../../src/call.js';
import { ToolError } from '../../src/errors.js';

const FIX = join(import.meta.dirname, 'fixtures');
const tool = (name: string) => TOOLS.find((t) => t.name === name)!;

function refusal(name: string, args: Record<string, unknown>): string {
  try {
    validate(tool(name), args);
  } catch (e) {
    if (e instanceof ToolError) return e.failure.message;
    throw e;
  }
  throw new Error(`${name} accepted ${JSON.stringify(args)}`);
}

describe('served input schemas', () => {
  it.each(TOOLS.map((t) => [t.name, t] as const))('%s: closed root, portable keywords only', (_, t) => {
    expect(t.inputSchema.type).toBe('object');
    expect(t.inputSchema.additionalProperties).toBe(false);
    expect(keywordsOutside(t.inputSchema as JsonObject, PORTABLE_KEYWORDS, PORTABLE_FORMATS)).toEqual([]);
  });

  it('tools without arguments are closed empty objects', () => {
    const none = TOOLS.filter((t) => Object.keys(t.inputSchema.properties as object).length === 0);
    expect(none.length).toBeGreaterThan(0);
    for (const t of none) expect(t.inputSchema).toEqual({ type: 'object', properties: {}, additionalProperties: false });
  });

  it('a keyword outside the set fails generation, naming where and what to do', () => {
    const spec = loadYaml(join(FIX, 'pets.yaml'));
    const get = ((spec.paths as JsonObject)['/pets'] as JsonObject).get as JsonObject;
    ((get.parameters as JsonObject[])[2].schema as JsonObject).exclusiveMinimum = 0;
    expect(() => compileDocuments(spec, loadYaml(join(FIX, 'pets.overlay.yaml')))).toThrow(
      /pet_list .*uses exclusiveMinimum at #\/properties\/pageSize, which is neither portable nor a server-side check/,
    );
  });
});

describe('the server checks what is not served', () => {
  it('sandbox_env_set: propertyNames is gone from the schema, not from the check', () => {
    expect(JSON.stringify(tool('sandbox_env_set').inputSchema)).not.toContain('propertyNames');
    expect(refusal('sandbox_env_set', { id: 'sbx_1', vars: { 'BAD-NAME': 'x' } })).toMatch(/every name must match/);
    expect(() => validate(tool('sandbox_env_set'), { id: 'sbx_1', vars: { GOOD_NAME: 'x' } })).not.toThrow();
  });

  it('minLength, pattern and ranges still hold (Codex strips them before the model sees them)', () => {
    expect(refusal('sandbox_exec', { command: '' })).toMatch(/command/);
    expect(refusal('sandbox_exec', { command: 'ls', timeout: 0 })).toMatch(/timeout/);
    expect(refusal('sandbox_exec', { command: 'ls', surprise: 1 })).toMatch(/unknown argument surprise/);
  });
});

describe('null means not given', () => {
  it('optional arguments given as null are omitted (OpenAI strict mode sends them so)', () => {
    const args = validate(tool('sandbox_exec'), { command: 'echo hi', id: null, cwd: null, env: null, timeout: null });
    expect(args).toEqual({ command: 'echo hi', cwd: '/workspace' });
    expect(validate(tool('credits_balance'), {})).toEqual({});
  });

  it('a required argument given as null is still refused, in a sentence', () => {
    const msg = refusal('sandbox_exec', { command: null });
    expect(msg).toMatch(/^Invalid argument command: .*received null\.$/);
  });
});
