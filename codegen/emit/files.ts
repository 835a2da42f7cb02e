// The rest of generated/: the API types, the index that collects every tool, and the IR as JSON.
import openapiTS, { astToString } from 'openapi-typescript';
import type { ToolIR } from '../ir.js';
import type { JsonObject } from '../spec.js';
import { inputTypeName, toolExportName } from './tool-module.js';

export async function emitApiTypes(spec: JsonObject, header: string): Promise<string> {
  const ast = await openapiTS(structuredClone(spec) as never, {
    alphabetize: true,
    silent: true,
    // A default is what the server assumes when a field is left out; it must stay optional in requests.
    defaultNonNullable: false,
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

export function emitToolsJson(tools: ToolIR[], provenance: string, inputsHash: string): string {
  return `${JSON.stringify({ generated: provenance, inputsHash, count: tools.length, tools }, null, 2)}\n`;
}
