// Code mode's view of the API: one TypeScript method signature per tool, as `miosa_api_search` serves
// them. Built from the IR at generation time, with each one's o200k token count, so the server can
// answer within a token budget without a tokenizer of its own. Two forms per tool: `full` (the whole
// description, a comment per argument) and `brief` (the first sentence, no argument comments), which
// the search falls back to when the full form of what matched does not fit.
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { ToolIR } from '../ir.js';

import { firstSentence, type Declaration } from '../../vocabulary/declaration.js';

type Schema = { [k: string]: unknown };

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function key(name: string): string {
  return IDENT.test(name) ? name : JSON.stringify(name);
}

/** A doc comment's text kept on one line, with nothing that could close the comment early. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();
}

/** A JSON Schema as a TypeScript type; lenient where the schema is (unknown for "anything"). */
export function tsType(schema: unknown, docs: boolean): string {
  if (!schema || typeof schema !== 'object') return 'unknown';
  const s = schema as Schema;
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in s) return JSON.stringify(s.const);
  for (const k of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[k])) return [...new Set((s[k] as unknown[]).map((x) => tsType(x, docs)))].join(' | ');
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : [];
  if (!types.length) return s.properties ? objectType(s, docs) : 'unknown';
  return types
    .map((t) => {
      switch (t) {
        case 'string':
          return 'string';
        case 'integer':
        case 'number':
          return 'number';
        case 'boolean':
          return 'boolean';
        case 'null':
          return 'null';
        case 'array': {
          const item = tsType(s.items, docs);
          return /[|&]/.test(item) ? `(${item})[]` : `${item}[]`;
        }
        case 'object':
          return objectType(s, docs);
        default:
          return 'unknown';
      }
    })
    .join(' | ');
}

function objectType(s: Schema, docs: boolean): string {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const required = new Set((s.required ?? []) as string[]);
  // The retry key is filled in by the server; in a script it is plumbing, not worth its tokens.
  const names = Object.keys(props).filter((n) => n !== 'idempotencyKey');
  const extra = s.additionalProperties;
  if (!names.length) {
    if (extra && typeof extra === 'object') return `Record<string, ${tsType(extra, docs)}>`;
    return 'Record<string, unknown>';
  }
  const fields = names.map((n) => {
    const p = props[n];
    const doc = docs && typeof p.description === 'string' && p.description ? ` /** ${oneLine(p.description)} */` : '';
    return `${doc ? `${doc.trim()} ` : ''}${key(n)}${required.has(n) ? '' : '?'}: ${tsType(p, docs)}`;
  });
  return `{ ${fields.join('; ')} }`;
}

/** What `await miosa.<tool>(…)` resolves to, by the kind of answer the tool gives. */
function resultType(t: ToolIR, docs: boolean): string {
  switch (t.response.kind) {
    case 'image':
      return '{ mimeType: string; bytes: number; data: string /* base64 */ }';
    case 'empty':
      return '{ ok: true; status: number }';
    default:
      return t.outputSchema ? tsType(t.outputSchema, docs) : 'Record<string, unknown>';
  }
}

function signature(t: ToolIR, docs: boolean): string {
  const input = t.inputSchema as Schema;
  const hasArgs = Object.keys((input.properties ?? {}) as object).length > 0;
  const allOptional = !((input.required as string[] | undefined) ?? []).length;
  const args = hasArgs ? `args${allOptional ? '?' : ''}: ${tsType(input, docs)}` : '';
  const doc = docs ? oneLine(t.description) : oneLine(firstSentence(t.description));
  // Only what the description's verb does not already say: that it deletes or overwrites something.
  const marks = t.annotations.destructiveHint ? ' (destructive)' : '';
  // Result fields go without their comments: their names say enough, and the budget goes to the arguments.
  return `/** ${doc}${marks} */\n${t.name}(${args}): Promise<${resultType(t, false)}>;`;
}

export function buildDeclarations(tools: readonly ToolIR[]): Declaration[] {
  return tools.map((t) => {
    const full = signature(t, true);
    const brief = signature(t, false);
    return {
      name: t.name,
      toolset: t.toolset,
      readOnly: t.annotations.readOnlyHint,
      full,
      brief,
      fullTokens: countTokens(full),
      briefTokens: countTokens(brief),
    };
  });
}

export function emitDeclarations(tools: readonly ToolIR[], header: string): string {
  const list = buildDeclarations(tools);
  return [
    header,
    `import type { Declaration } from '../vocabulary/declaration.js';`,
    '',
    '/** Code mode: every tool as a method of `miosa`, in TypeScript, with its o200k token counts. */',
    `export const DECLARATIONS: readonly Declaration[] = ${JSON.stringify(list, null, 2)};`,
    '',
  ].join('\n');
}
