// The rest of generated/: the API types, the index that collects every tool, and the IR as JSON.
import openapiTS, { astToString } from 'openapi-typescript';
import type { ToolIR } from '../ir.js';
import { serverChecksMore } from '../portable.js';
import type { JsonObject } from '../spec.js';
import { inputTypeName, toolExportName } from './tool-module.js';

export async function emitApiTypes(spec: JsonObject, header: string): Promise<string> {
  const ast = await openapiTS(structuredClone(spec) as never, {
    alphabetize: true,
    silent: true,
    // A default is what the server assumes when a field is left out; it must stay optional in requests.
    defaultNonNullable: false,
    // `type: object` with no properties is any object in JSON Schema (an AT-SPI node's children, a run's
    // steps), not an object that must be empty.
    emptyObjectsUnknown: true,
  });
  return `${header}${astToString(ast)}`;
}

export function emitIndex(tools: ToolIR[], header: string): string {
  const lines = [header, `import type { ToolDef } from '../src/tool-def.js';`];
  for (const t of tools) {
    const input = t.composite ? `, type ${inputTypeName(t)}` : '';
    lines.push(`import { ${toolExportName(t)}${input} } from './tools/${t.name}.js';`);
  }
  lines.push(
    '',
    '/** Every tool of the product, sorted by name; a composite\'s call is attached by src/composites/index.ts. */',
    'export const TOOLS: readonly ToolDef<any>[] = [',
    ...tools.map((t) => `  ${toolExportName(t)},`),
    '];',
    '',
    '/** The composites, by name, with the input each one\'s hand-written call takes. */',
    'export interface CompositeInputs {',
    ...tools.filter((t) => t.composite).map((t) => `  ${t.name}: ${inputTypeName(t)};`),
    '}',
    '',
  );
  return lines.join('\n');
}

/** Which path parameters keep their slashes, by path template: what the client's one path serializer reads. */
export function emitPathParams(tools: ToolIR[], header: string): string {
  const table: Record<string, string[]> = {};
  for (const t of tools) {
    const multi = t.args.filter((a) => a.in === 'path' && a.multiSegment).map((a) => a.wire);
    if (multi.length) table[t.operation.path] = [...new Set([...(table[t.operation.path] ?? []), ...multi])];
  }
  const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
  return [
    header,
    '/** Path parameters that keep their slashes (x-multi-segment: a file path, an object key), by path template. */',
    `export const MULTI_SEGMENT: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(sorted, null, 2)};`,
    '',
  ].join('\n');
}

export function emitToolsJson(tools: ToolIR[], provenance: string, inputsHash: string): string {
  // The validation schema only where it says more than the served one (as in the tool modules).
  const listed = tools.map(({ validationSchema, ...t }) => (serverChecksMore({ ...t, validationSchema }) ? { ...t, validationSchema } : t));
  return `${JSON.stringify({ generated: provenance, inputsHash, count: tools.length, tools: listed }, null, 2)}\n`;
}
