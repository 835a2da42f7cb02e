// Given a tiny spec of our own, the generator must place, name and shape every argument as wanted,
// and the surface lint must refuse each kind of broken input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDocuments, generate } from '../../codegen/main.js';
import type { ToolIR } from '../../codegen/ir.js';
import { lintSurface } from '../../codegen/lint.js';
import { loadYaml, type JsonObject } from '../../codegen/spec.js';

const FIX = join(import.meta.dirname, 'fixtures');
const spec = (): JsonObject => loadYaml(join(FIX, 'pets.yaml'));
const overlay = (): JsonObject => loadYaml(join(FIX, 'pets.overlay.yaml'));
const tools = compileDocuments(spec(), overlay()).tools;
const tool = (name: string): ToolIR => {
  const t = tools.find((x) => x.name === name);
  if (!t) throw new Error(`no tool ${name}`);
  return t;
};
const arg = (t: string, name: string) => tool(t).args.find((a) => a.name === name);

/** Compiles with one overlay action's x-mcp block edited, and returns the error text. */
function failureWith(edit: (o: JsonObject, s: JsonObject) => void): string {
  const o = overlay();
  const s = spec();
  edit(o, s);
  try {
    compileDocuments(s, o);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the generator to fail');
}
const block = (o: JsonObject, i: number): JsonObject => {
  const action = (o.actions as JsonObject[])[i];
  const xmcp = (action.update as JsonObject)['x-mcp'] as JsonObject;
  return xmcp[Object.keys(xmcp)[0]] as JsonObject;
};

describe('naming and placement', () => {
  it('emits one tool per x-mcp block, sorted by name', () => {
    expect(tools.map((t) => t.name)).toEqual([
      'blob_get',
      'blob_put',
      'pet_create',
      'pet_delete',
      'pet_files_write',
      'pet_get',
      'pet_list',
      'pet_photo',
    ]);
  });

  it('maps snake_case wire names to camelCase arguments, with the overlay renames', () => {
    expect(arg('pet_create', 'birthDate')).toMatchObject({ in: 'body', wire: 'birth_date' });
    expect(arg('pet_create', 'owner')).toMatchObject({ in: 'body', wire: 'owner_id' });
    expect(arg('pet_list', 'pageSize')).toMatchObject({ in: 'query', wire: 'page_size' });
    expect(arg('pet_get', 'id')).toMatchObject({ in: 'path', wire: 'id' });
  });

  it('drops omitted and fixed fields from the arguments and keeps fixed values for the wire', () => {
    const names = tool('pet_create').args.map((a) => a.name);
    expect(names).not.toContain('internalFlag');
    expect(names).not.toContain('kind');
    expect(tool('pet_create').fixed).toEqual({ query: {}, body: { kind: 'pet' } });
  });

  it('turns the idempotency header into an optional argument and never exposes the tenant header', () => {
    expect(arg('pet_create', 'idempotencyKey')).toMatchObject({ in: 'header', wire: 'Idempotency-Key', required: false });
    expect(tool('pet_create').idempotencyKey).toBe(true);
    expect(tool('pet_list').args.some((a) => a.wire === 'X-Tenant')).toBe(false);
  });

  it('makes an active-resource id optional', () => {
    expect(arg('pet_get', 'id')?.required).toBe(false);
    expect(tool('pet_get').inputSchema.required).toBeUndefined();
    expect(tool('pet_delete').inputSchema.required).toEqual(['id']);
  });

  it('marks multi-segment path parameters', () => {
    expect(arg('blob_get', 'key')?.multiSegment).toBe(true);
  });
});

describe('served schemas', () => {
  it('inlines refs, keeps enums and defaults, and drops noise', () => {
    const props = tool('pet_list').inputSchema.properties as JsonObject;
    expect(props.species).toEqual({ type: 'string', enum: ['cat', 'dog', 'bird'], default: 'cat' });
    // ±2^53 bounds and int64 formats are noise to a model.
    expect(props.pageSize).toEqual({ type: 'integer', default: 20 });
    expect(JSON.stringify(tool('pet_list').inputSchema)).not.toMatch(/\$ref|examples|x-mcp/);
  });

  it('normalises description whitespace and keeps useful formats', () => {
    const props = tool('pet_create').inputSchema.properties as JsonObject;
    expect(props.name).toEqual({ type: 'string', description: "The pet's name." });
    expect(props.birthDate).toEqual({ type: 'string', format: 'date-time' });
  });

  it('gives path ids a minimum length so an empty id never reaches the URL', () => {
    expect((tool('pet_delete').inputSchema.properties as JsonObject).id).toEqual({ type: 'string', minLength: 1 });
  });

  it('derives a lenient outputSchema: unwrapped, lists as items, the always-present fields, types only', () => {
    expect(tool('pet_list').outputSchema).toEqual({
      type: 'object',
      properties: { items: { type: 'array' }, next_cursor: { type: ['string', 'null'] } },
    });
    // Pet requires id and name: those are what surely comes back.
    expect(tool('pet_create').outputSchema?.properties).toEqual({ id: { type: 'string' }, name: { type: 'string' } });
    // An object stating nothing required keeps all its fields, nested ones as bare types.
    expect(tool('pet_files_write').outputSchema?.properties).toEqual({ written: { type: 'integer' } });
    expect(JSON.stringify(tool('pet_create').outputSchema)).not.toContain('required');
  });
});

describe('answer shapes the sources disagree on', () => {
  const media = (s: JsonObject, path: string, method: string, status: string): JsonObject =>
    (((((s.paths as JsonObject)[path] as JsonObject)[method] as JsonObject).responses as JsonObject)[status] as JsonObject).content as JsonObject;

  it('records where the payload may be: the {data} envelope, or data around a bare object', () => {
    expect(tool('pet_list').response).toMatchObject({ envelope: true, list: true, payloadKeys: ['data'] });
    // getPet answers a bare Pet (no data field): an answer wrapped in {data} is read too.
    expect(tool('pet_get').response).toMatchObject({ envelope: false, payloadKeys: ['data'] });
  });

  it('takes x-miosa-payload-keys: the schema\'s key first, the others read as well', () => {
    const s = spec();
    const list = media(s, '/pets', 'get', '200')['application/json'] as JsonObject;
    list.schema = { type: 'object', required: ['pets'], properties: { pets: { type: 'array', items: { type: 'string' } } } };
    list['x-miosa-payload-keys'] = ['pets', 'data'];
    const t = compileDocuments(s, overlay()).tools.find((x) => x.name === 'pet_list')!;
    expect(t.response).toMatchObject({ envelope: true, list: true, payloadKeys: ['pets', 'data'] });
    expect(t.outputSchema).toEqual({ type: 'object', properties: { items: { type: 'array' } } });
  });

  it('refuses payload keys whose first the schema does not require', () => {
    const msg = failureWith((_o, s) => {
      ((media(s, '/pets', 'get', '200')['application/json'] as JsonObject)['x-miosa-payload-keys'] = ['windows', 'data']);
    });
    expect(msg).toMatch(/x-miosa-payload-keys: the schema does not require windows/);
  });
});

describe('what the tool needs beyond the API', () => {
  it('require makes an optional field required; configDefaults drops the spec default and names the setting', () => {
    const o = overlay();
    block(o, 1).require = ['owner'];
    block(o, 0).configDefaults = { pageSize: 'defaultTemplate' };
    const ts = compileDocuments(spec(), o).tools;
    const create = ts.find((x) => x.name === 'pet_create')!;
    expect(create.inputSchema.required).toEqual(expect.arrayContaining(['name', 'owner']));
    const list = ts.find((x) => x.name === 'pet_list')!;
    expect(list.configDefaults).toEqual({ pageSize: 'defaultTemplate' });
    const pageSize = (list.inputSchema.properties as JsonObject).pageSize as JsonObject;
    expect(pageSize.default).toBeUndefined();
    expect(pageSize.description).toMatch(/Default: the server's MIOSA_DEFAULT_TEMPLATE \(20 unless set\)\./);
  });

  it('refuses a require or configDefaults that names no argument, and an unknown setting', () => {
    expect(failureWith((o) => (block(o, 1).require = ['nope']))).toMatch(/require names unknown argument nope/);
    expect(failureWith((o) => (block(o, 1).configDefaults = { nope: 'defaultTemplate' }))).toMatch(/configDefaults names unknown argument nope/);
    expect(failureWith((o) => (block(o, 1).configDefaults = { name: 'apiKey' }))).toMatch(/configDefaults: apiKey is not a server setting/);
  });
});

describe('bytes', () => {
  it('reads image answers as images and other bytes as binary, with an encoding argument', () => {
    expect(tool('pet_photo').response).toMatchObject({ kind: 'image', mediaType: 'image/png' });
    expect(tool('pet_photo').outputSchema).toBeUndefined();
    expect(tool('blob_get').response.kind).toBe('binary');
    expect(arg('blob_get', 'encoding')).toMatchObject({ in: 'local' });
  });

  it('turns a raw byte body into content + encoding', () => {
    expect(arg('blob_put', 'content')).toMatchObject({ in: 'rawBody', base64: 'encoding', required: true });
    expect((tool('blob_put').inputSchema.properties as JsonObject).encoding).toMatchObject({ enum: ['utf8', 'base64'] });
  });

  it('turns base64 fields into text plus encoding, nested renames included', () => {
    expect(arg('pet_files_write', 'files')?.shape).toEqual({
      kind: 'array',
      items: {
        kind: 'object',
        fields: [
          { name: 'path', wire: 'path', required: true },
          { name: 'content', wire: 'content_base64', required: true, base64: 'encoding' },
        ],
      },
    });
    const item = ((tool('pet_files_write').inputSchema.properties as JsonObject).files as JsonObject).items as JsonObject;
    expect(Object.keys(item.properties as JsonObject)).toEqual(['path', 'content', 'encoding']);
    expect(arg('pet_files_write', 'note')).toMatchObject({ base64: 'encoding' });
  });
});

describe('the surface lint refuses', () => {
  it('a name outside [a-z0-9_]{1,40}', () => {
    const msg = failureWith((o) => {
      const xmcp = ((o.actions as JsonObject[])[0].update as JsonObject)['x-mcp'] as JsonObject;
      xmcp['Pet-List'] = xmcp.pet_list;
      delete xmcp.pet_list;
    });
    expect(msg).toMatch(/Pet-List.*must match/);
  });

  it('a duplicated name', () => {
    const msg = failureWith((o) => {
      const xmcp = ((o.actions as JsonObject[])[2].update as JsonObject)['x-mcp'] as JsonObject;
      xmcp.pet_list = xmcp.pet_get;
      delete xmcp.pet_get;
    });
    expect(msg).toMatch(/name pet_list is already used/);
  });

  it('a missing annotation', () => {
    const msg = failureWith((o) => delete (block(o, 0).annotations as JsonObject).openWorldHint);
    expect(msg).toMatch(/pet_list.*openWorldHint must be stated/);
  });

  it('a read-only DELETE and a read-only destructive tool', () => {
    expect(failureWith((o) => ((block(o, 3).annotations as JsonObject).readOnlyHint = true))).toMatch(
      /pet_delete.*(DELETE cannot be read-only|cannot be destructive)/,
    );
  });

  it('an overlay target that matches no operation', () => {
    const msg = failureWith((o) => ((o.actions as JsonObject[])[0].target = "$.paths['/cats'].get"));
    expect(msg).toMatch(/target matches nothing/);
  });

  it('unsupported target syntax', () => {
    const msg = failureWith((o) => ((o.actions as JsonObject[])[0].target = '$.paths[*].get'));
    expect(msg).toMatch(/unsupported overlay target syntax/);
  });

  it('an operation no tool names', () => {
    const msg = failureWith((o) => (o.actions as JsonObject[]).splice(1, 1));
    expect(msg).toMatch(/POST \/pets: no tool in the overlay names this operation/);
  });

  it('x-no-tool without a reason, or on an operation a tool names; with a reason it stands', () => {
    const pets = (s: JsonObject) => ((s.paths as JsonObject)['/pets'] as JsonObject).post as JsonObject;
    expect(failureWith((o, s) => ((o.actions as JsonObject[]).splice(1, 1), (pets(s)['x-no-tool'] = ' ')))).toMatch(/POST \/pets: x-no-tool must say why/);
    expect(failureWith((_o, s) => (pets(s)['x-no-tool'] = 'only the SDKs call it'))).toMatch(/POST \/pets: a tool names this operation, so x-no-tool is wrong/);
    const s = spec();
    const o = overlay();
    (o.actions as JsonObject[]).splice(1, 1);
    pets(s)['x-no-tool'] = 'only the SDKs call it';
    expect(() => compileDocuments(s, o)).not.toThrow();
  });

  it('a description over budget', () => {
    const msg = failureWith((o) => (block(o, 0).description = 'x'.repeat(401)));
    expect(msg).toMatch(/401 characters; the budget is 400/);
  });

  it('an input root that is a union, and a $ref or $defs left in a served schema', () => {
    // The pipeline never builds these (roots are made as objects, refs are inlined); the lint is the
    // guard that keeps it so, checked here on a hand-broken record.
    const broken = structuredClone(tool('pet_list'));
    broken.inputSchema = { type: 'object', properties: { x: { $ref: '#/components/schemas/Species' } }, anyOf: [] };
    broken.outputSchema = { type: 'object', $defs: {} };
    const errors = lintSurface(spec(), [...tools.filter((t) => t.name !== 'pet_list'), broken]);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/pet_list.*input root must not be a union \(anyOf\)/),
        expect.stringMatching(/pet_list.*input schema carries \$ref at #\/properties\/x/),
        expect.stringMatching(/pet_list.*output schema carries \$defs/),
      ]),
    );
  });

  it('a rename of a field that does not exist', () => {
    const msg = failureWith((o) => (block(o, 1).rename = { nope_id: 'nope' }));
    expect(msg).toMatch(/rename of nope_id matches no wire field/);
  });

  it('two arguments with one name', () => {
    const msg = failureWith((o) => (block(o, 1).rename = { owner_id: 'name' }));
    expect(msg).toMatch(/two arguments are named name/);
  });

});

describe('output', () => {
  it('is byte-identical run after run, stamped, listed in the manifest, and removes stale files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-'));
    const inputs = { specFile: join(FIX, 'pets.yaml'), overlayFile: join(FIX, 'pets.overlay.yaml') };
    writeFileSync(join(out, 'stale.ts'), 'old');
    const first = await generate(inputs, out);
    const snapshot = first.map((f) => readFileSync(join(out, f), 'utf8'));
    const second = await generate(inputs, out);
    expect(second).toEqual(first);
    expect(second.map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(snapshot);
    expect(first).not.toContain('stale.ts');
    expect(() => readFileSync(join(out, 'stale.ts'))).toThrow();
    const module = readFileSync(join(out, 'tools/pet_create.ts'), 'utf8');
    expect(module.split('\n')[0]).toMatch(/^\/\/ generated from .*pets\.yaml \+ .*pets\.overlay\.yaml \(inputs sha256:[0-9a-f]{16}\) by codegen\/ — run `make gen`, do not edit$/);
    expect(module).toContain(`api.POST('/pets', {`);
    expect(module).toContain(`kind: "pet" as const`);
    expect(module).toContain(`owner_id: a.owner`);
    expect(readFileSync(join(out, 'tools/blob_put.ts'), 'utf8')).toContain('bodySerializer: () => toBytes(a.content, a.encoding, "content")');
    // A parameter that keeps its slashes is marked on the tool and listed for the client's one serializer.
    expect(readFileSync(join(out, 'tools/blob_get.ts'), 'utf8')).toContain(`"multiSegment": true`);
    expect(readFileSync(join(out, 'tools/blob_get.ts'), 'utf8')).not.toContain('pathSerializer');
    expect(readFileSync(join(out, 'path-params.ts'), 'utf8')).toMatch(/"\/blobs\/\{key\}": \[\s*"key"\s*\]/);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files).toEqual(first);
  });
});
