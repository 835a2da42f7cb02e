// Dynamic mode: three meta tools instead of 145, for clients that cap or pay heavily for tool lists.
// The model searches, reads one tool's schema, and calls it by name; the call goes through exactly
// the same pipeline (validation, errors, results) as a direct call.
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolDef } from './tool-def.js';
import { TOOLSETS } from './tool-def.js';
import { firstSentence } from '../vocabulary/declaration.js';
import { rankTools } from './tool-ranking.js';

export const SEARCH = 'search_tools';
export const DESCRIBE = 'describe_tool';
export const CALL = 'call_tool';

export const META_TOOLS: Tool[] = [
  {
    name: SEARCH,
    title: 'Search MIOSA tools',
    description:
      'Finds MIOSA tools by words (e.g. "screenshot", "deploy static") and/or toolset. Returns names with one-line descriptions; then use describe_tool for a schema and call_tool to run one.',
    inputSchema: {
      type: 'object',
      properties: {
        query: { type: 'string', description: 'Words to match in names and descriptions.' },
        toolset: { type: 'string', enum: [...TOOLSETS] },
      },
      additionalProperties: false,
    },
    annotations: { title: 'Search MIOSA tools', readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  },
  {
    name: DESCRIBE,
    title: 'Describe a MIOSA tool',
    description: "Returns one tool's description, input schema and annotations, to build a call_tool request.",
    inputSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false },
    annotations: { title: 'Describe a MIOSA tool', readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  },
  {
    name: CALL,
    title: 'Call a MIOSA tool',
    description:
      'Calls a MIOSA tool by name with its arguments (checked against its schema); the result is the same as calling it directly. Check its annotations with describe_tool first: some tools delete things.',
    inputSchema: {
      type: 'object',
      properties: { name: { type: 'string' }, arguments: { type: 'object', description: 'The tool\'s arguments.' } },
      required: ['name'],
      additionalProperties: false,
    },
    annotations: { title: 'Call a MIOSA tool', readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
  },
];

export function search(tools: readonly ToolDef<any>[], args: Record<string, unknown>): CallToolResult {
  const toolset = typeof args.toolset === 'string' ? args.toolset : undefined;
  const ranked = rankTools(
    tools.filter((t) => !toolset || t.toolset === toolset),
    args.query,
  ).slice(0, 25);
  const items = ranked.map((t) => ({ name: t.name, toolset: t.toolset, description: firstSentence(t.description) }));
  const text = items.length
    ? items.map((i) => `${i.name} (${i.toolset}): ${i.description}`).join('\n')
    : `No tool matches. Toolsets: ${TOOLSETS.join(', ')}.`;
  return { content: [{ type: 'text', text }], structuredContent: { items } };
}

export function describe(tool: ToolDef<any>): CallToolResult {
  const value = {
    name: tool.name,
    title: tool.title,
    toolset: tool.toolset,
    description: tool.description,
    inputSchema: tool.inputSchema,
    annotations: tool.annotations,
  };
  return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value };
}
