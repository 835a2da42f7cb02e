// The two inputs, read the way the generator reads them: the overlay names exactly the roster's 145
// tools, every example in the spec is valid against its schema, every reference resolves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { applyOverlay } from '../../codegen/overlay.js';
import { operationsOf } from '../../codegen/ir.js';
import { collectRefs, isObject, loadYaml, resolvePointer, type Json, type JsonObject } from '../../codegen/spec.js';
import { ROSTER, ROSTER_NAMES } from '../fixtures/roster.js';

const ROOT = join(import.meta.dirname, '../..');
const spec = loadYaml(join(ROOT, 'openapi/miosa.yaml'));
const overlay = loadYaml(join(ROOT, 'openapi/mcp.overlay.yaml'));
const merged = applyOverlay(spec, overlay);

interface Block {
  name: string;
  op: string;
  block: JsonObject;
}
const blocks: Block[] = operationsOf(merged).flatMap(({ method, path, op }) =>
  Object.entries((op['x-mcp'] ?? {}) as JsonObject).map(([name, block]) => ({
    name,
    op: `${method.toUpperCase()} ${path}`,
    block: block as JsonObject,
  })),
);

describe('the overlay', () => {
  it('names exactly the 145 tools of the roster, once each', () => {
    const names = blocks.map((b) => b.name);
    expect(names.length).toBe(145);
    expect(new Set(names).size).toBe(145);
    expect([...names].sort()).toEqual([...ROSTER_NAMES].sort());
  });

  it('puts every tool in its roster toolset', () => {
    for (const [toolset, names] of Object.entries(ROSTER)) {
      for (const name of names) expect(blocks.find((b) => b.name === name)?.block.toolset, name).toBe(toolset);
    }
  });

  it('gives every tool a name of [a-z0-9_]{1,40}, a title, a description and all annotations', () => {
    for (const { name, block } of blocks) {
      expect(name).toMatch(/^[a-z0-9_]{1,40}$/);
      expect(typeof block.title === 'string' && block.title.length > 0, `${name} title`).toBe(true);
      expect(typeof block.description === 'string' && block.description.length <= 400, `${name} description`).toBe(true);
      const ann = block.annotations as JsonObject;
      for (const k of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint']) {
        expect(typeof ann?.[k], `${name} ${k}`).toBe('boolean');
      }
    }
  });

  it('sits only on operations that exist in the spec', () => {
    const ops = new Set(operationsOf(spec).map(({ method, path }) => `${method.toUpperCase()} ${path}`));
    for (const { name, op } of blocks) expect(ops.has(op), `${name} → ${op}`).toBe(true);
  });
});

describe('the spec', () => {
  it('is OpenAPI 3.1 with unique operationIds', () => {
    expect(String(spec.openapi)).toMatch(/^3\.1\./);
    const ids = operationsOf(spec).map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every $ref', () => {
    const refs = collectRefs(spec);
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of new Set(refs)) expect(() => resolvePointer(spec, ref), ref).not.toThrow();
  });

  it('states scopes, the tenant header and the standard errors on every operation', () => {
    for (const { method, path, op } of operationsOf(spec)) {
      const at = `${method.toUpperCase()} ${path}`;
      const scopes = ((op.security ?? []) as JsonObject[]).flatMap((s) => (s.bearer ?? []) as string[]);
      expect(scopes.length, `${at} scopes`).toBeGreaterThan(0);
      for (const s of scopes) expect(s, at).toMatch(/^[a-z_]+:(read|write)$/);
      const params = JSON.stringify(op.parameters ?? []);
      expect(params, `${at} tenant`).toContain('#/components/parameters/Tenant');
      const responses = Object.keys((op.responses ?? {}) as JsonObject);
      for (const code of ['401', '403', '429', '5XX']) expect(responses, `${at} ${code}`).toContain(code);
    }
  });

  it('answers bytes for the desktop screenshot, file downloads and storage objects', () => {
    const media = (path: string): string[] => {
      const get = ((spec.paths as JsonObject)[path] as JsonObject).get as JsonObject;
      const ok = (get.responses as JsonObject)['200'] as JsonObject;
      return Object.keys((ok.content ?? {}) as JsonObject);
    };
    const screenshot = Object.keys(spec.paths as JsonObject).find((p) => p.endsWith('/desktop/screenshot'));
    expect(screenshot).toBeDefined();
    expect(media(screenshot!)).toEqual(['image/png']);
    const objectPath = Object.keys(spec.paths as JsonObject).find((p) => /^\/storage\/buckets\/\{[^}]+\}\/objects\/\{[^}]+\}$/.test(p));
    expect(media(objectPath!)).toEqual(['application/octet-stream']);
  });
});

describe('the examples', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ ...(spec as object), $id: 'miosa' } as never);
  const schemas = ((spec.components as JsonObject).schemas ?? {}) as JsonObject;

  it('exist on every named schema', () => {
    const missing = Object.entries(schemas)
      .filter(([, s]) => !(isObject(s) && Array.isArray(s.examples) && s.examples.length > 0))
      .map(([n]) => n);
    expect(missing).toEqual([]);
  });

  it('are valid against their schemas', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [name, s] of Object.entries(schemas)) {
      const validate = ajv.getSchema(`miosa#/components/schemas/${name}`)!;
      for (const example of ((s as JsonObject).examples ?? []) as Json[]) {
        checked++;
        if (!validate(example)) failures.push(`${name}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    // Media-type examples (errors, request and response bodies) too.
    for (const { method, path, op } of operationsOf(spec)) {
      const media: [string, JsonObject][] = [];
      const body = op.requestBody as JsonObject | undefined;
      if (body?.content) media.push(...(Object.entries(body.content) as [string, JsonObject][]));
      for (const r of Object.values((op.responses ?? {}) as JsonObject)) {
        const res = (isObject(r) && typeof r.$ref === 'string' ? resolvePointer(spec, r.$ref) : r) as JsonObject;
        if (res.content) media.push(...(Object.entries(res.content) as [string, JsonObject][]));
      }
      for (const [type, m] of media) {
        if (m.example === undefined || !type.includes('json')) continue;
        checked++;
        const v = isObject(m.schema) && typeof m.schema.$ref === 'string'
          ? ajv.getSchema(`miosa${m.schema.$ref}`)!
          : ajv.compile(m.schema as never);
        if (!v(m.example)) failures.push(`${method.toUpperCase()} ${path} ${type}: ${ajv.errorsText(v.errors)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('the instructions', () => {
  it('exist and stay compact (under ~1,000 tokens)', () => {
    const text = readFileSync(join(ROOT, 'openapi/instructions.md'), 'utf8');
    expect(text).toMatch(/sandbox_create/);
    expect(text).toMatch(/\/workspace/);
    expect(text.length / 4).toBeLessThan(1000);
  });
});
