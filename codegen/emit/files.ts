// The rest of generated/: the API types, the index that collects every tool, and the IR as JSON.
import openapiTS, { astToString } from 'openapi-typescript';
import type { ToolIR } from '../ir.js';
import { serverChecksMore } from '../portable.js';
import type { JsonObject } from '../spec.js';
import { toolExportName } from './tool-module.js';

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
  for (const t of tools) lines.push(`import { ${toolExportName(t)} } from './tools/${t.name}.js';`);
  lines.push(
    '',
    '/** Every tool of the product, sorted by name. */',
    'export const TOOLS: readonly ToolDef<any>[] = [',
    ...tools.map((t) => `  ${toolExportName(t)},`),
    '];',
    '',
  );
  return lines.join('\n');
}

export function emitToolsJson(tools: ToolIR[], provenance: string, inputsHash: string): string {
  // The validation schema only where it says more than the served one (as in the tool modules).
  const listed = tools.map(({ validationSchema, ...t }) => (serverChecksMore({ ...t, validationSchema }) ? { ...t, validationSchema } : t));
  return `${JSON.stringify({ generated: provenance, inputsHash, count: tools.length, tools: listed }, null, 2)}\n`;
}
