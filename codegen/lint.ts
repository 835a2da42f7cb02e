// The surface lint: what would break a client, or a session, fails generation here rather than in
// an editor. Each rule says what is wrong and where.
import { TOOLSETS } from '../vocabulary/toolsets.js';
import { operationsOf, type ToolIR } from './ir.js';
import { keywordsOutside, PORTABLE_FORMATS, PORTABLE_KEYWORDS, VALIDATE_ONLY_KEYWORDS } from './portable.js';
import { isObject, type Json, type JsonObject } from './spec.js';

export const NAME_RE = /^[a-z0-9_]{1,40}$/;
export const DESCRIPTION_BUDGET = 400;
const ANNOTATIONS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;
// Keywords a served schema must never carry: clients (Gemini among them) reject references.
const FORBIDDEN_KEYS = new Set(['$ref', '$defs', 'definitions', '$schema']);

export function lintSurface(spec: JsonObject, tools: ToolIR[]): string[] {
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const claim = (name: string, owner: string): void => {
    const prior = seen.get(name);
    if (prior) errors.push(`${owner}: name ${name} is already used by ${prior}`);
    else seen.set(name, owner);
  };

  for (const t of tools) {
    const at = `${t.name} (${t.operation.method} ${t.operation.path})`;
    if (!NAME_RE.test(t.name)) errors.push(`${at}: name must match ${NAME_RE}`);
    claim(t.name, at);
    for (const alias of t.aliases) {
      if (!NAME_RE.test(alias)) errors.push(`${at}: alias ${alias} must match ${NAME_RE}`);
      claim(alias, `${at} alias`);
    }
    if (!t.title) errors.push(`${at}: missing title`);
    if (!(TOOLSETS as readonly string[]).includes(t.toolset)) {
      errors.push(`${at}: toolset "${t.toolset}" is not one of ${TOOLSETS.join(', ')}`);
    }
    if (!t.description) errors.push(`${at}: missing description`);
    if (t.description.length > DESCRIPTION_BUDGET) {
      errors.push(`${at}: description is ${t.description.length} characters; the budget is ${DESCRIPTION_BUDGET}`);
    }
    for (const a of ANNOTATIONS) {
      if (typeof t.annotations[a] !== 'boolean') errors.push(`${at}: annotation ${a} must be stated as true or false`);
    }
    const { readOnlyHint, destructiveHint } = t.annotations;
    if (readOnlyHint && destructiveHint) errors.push(`${at}: a read-only tool cannot be destructive`);
    if (readOnlyHint && t.operation.method === 'DELETE') errors.push(`${at}: a DELETE cannot be read-only`);
    if (readOnlyHint && t.idempotencyKey) errors.push(`${at}: a read-only tool takes no idempotency key`);
    if (!t.composite && !t.operation.id) errors.push(`${at}: the operation has no operationId`);

    const root = t.inputSchema;
    if (root.type !== 'object' || !isObject(root.properties)) errors.push(`${at}: input root must be an object with properties`);
    for (const k of ['anyOf', 'oneOf', 'allOf', 'not', 'if']) {
      if (k in root) errors.push(`${at}: input root must not be a union (${k})`);
    }
    for (const where of findForbidden(t.inputSchema)) errors.push(`${at}: input schema carries ${where}`);
    if (root.additionalProperties !== false) errors.push(`${at}: input root must say additionalProperties: false (the server refuses unknown arguments)`);
    // Served: only what OpenAI strict, Gemini and Anthropic all accept (codegen/portable.ts).
    for (const where of keywordsOutside(t.inputSchema, PORTABLE_KEYWORDS, PORTABLE_FORMATS)) {
      errors.push(`${at}: served input schema carries ${where}, outside the portable set (see codegen/portable.ts)`);
    }
    // A keyword new to the spec must be placed: served (portable) or checked by the server only.
    for (const where of keywordsOutside(t.validationSchema, new Set([...PORTABLE_KEYWORDS, ...VALIDATE_ONLY_KEYWORDS]), undefined)) {
      errors.push(
        `${at}: input schema uses ${where}, which is neither portable nor a server-side check; rewrite it with portable keywords, or add it to VALIDATE_ONLY_KEYWORDS in codegen/portable.ts if the server's validator checks it`,
      );
    }
    if (t.outputSchema) {
      if (t.outputSchema.type !== 'object') errors.push(`${at}: outputSchema must be an object`);
      for (const where of findForbidden(t.outputSchema)) errors.push(`${at}: output schema carries ${where}`);
    }
  }

  // Every operation in the spec exists because a tool calls it, or says why none does (`x-no-tool`:
  // an operation the official SDKs call, kept so the emulator serves it and SDK requests are checked).
  const targeted = new Set(tools.map((t) => `${t.operation.method} ${t.operation.path}`));
  for (const { method, path, op } of operationsOf(spec)) {
    const key = `${method.toUpperCase()} ${path}`;
    const reason = op['x-no-tool'];
    if (reason !== undefined && (typeof reason !== 'string' || !reason.trim())) errors.push(`${key}: x-no-tool must say why`);
    else if (reason !== undefined && targeted.has(key)) errors.push(`${key}: a tool names this operation, so x-no-tool is wrong`);
    else if (reason === undefined && !targeted.has(key)) errors.push(`${key}: no tool in the overlay names this operation (or add x-no-tool with the reason)`);
  }
  return errors;
}

function findForbidden(node: Json, path = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => findForbidden(n, `${path}/${i}`));
  if (!isObject(node)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(node)) {
    // Under `properties` the keys are argument names, not keywords.
    if (FORBIDDEN_KEYS.has(k) && !path.endsWith('/properties')) out.push(`${k} at ${path}`);
    out.push(...findForbidden(v, `${path}/${k}`));
  }
  return out;
}
