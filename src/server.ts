// Builds one MCP server around one caller's credentials. Over HTTP a new one is built for every
// request (a shared instance once misrouted answers between tenants), so this must stay cheap:
// everything heavy is precomputed in the Surface.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv-provider.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js';
import { callTool, type CallEnv, type Progress } from './call.js';
import { CALL, DESCRIBE, SEARCH, describe, search } from './dynamic.js';
import { failureResult } from './errors.js';
import { INSTRUCTIONS } from './instructions.js';
import type { Surface } from './surface.js';
import { NAME, VERSION } from './version.js';

// The SDK builds an Ajv instance per Server unless given one; it holds only compiled schemas, no
// caller state, so one per process keeps per-request servers cheap without sharing anything personal.
const VALIDATOR = new AjvJsonSchemaValidator();

/** Who this server says it is and what it can do: read by the SDK's Server and by the HTTP fast path. */
// Frozen: one object serves every request, so none may change it.
export const SERVER_INFO = Object.freeze({ name: NAME, title: 'MIOSA', version: VERSION });
export const CAPABILITIES = Object.freeze({ tools: Object.freeze({ listChanged: false }) });

export function buildServer(surface: Surface, env: CallEnv): Server {
  const server = new Server(SERVER_INFO, { capabilities: CAPABILITIES, instructions: INSTRUCTIONS, jsonSchemaValidator: VALIDATOR });
  server.setRequestHandler(ListToolsRequestSchema, () => surface.list);
  server.setRequestHandler(CallToolRequestSchema, async (req, extra) => {
    const token = req.params._meta?.progressToken;
    const progress: Progress | undefined =
      token === undefined
        ? undefined
        : (done, total, message) =>
            extra.sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress: done, total, message } });
    return dispatch(surface, env, req.params.name, req.params.arguments, extra.signal, progress, true);
  });
  return server;
}

/**
 * One tools/call on `surface`: the tool itself, a meta tool, or the error for a name it does not
 * offer. The SDK's Server and the HTTP fast path both answer tools/call with this.
 */
export async function dispatch(
  surface: Surface,
  env: CallEnv,
  name: string,
  args: Record<string, unknown> | undefined,
  signal: AbortSignal,
  progress: Progress | undefined,
  allowMeta: boolean,
): Promise<CallToolResult> {
  const hit = surface.find(name);
  switch (hit.kind) {
    case 'unknown':
      throw new McpError(
        ErrorCode.InvalidParams,
        `Unknown tool ${name}. ${surface.dynamic ? `Use ${SEARCH} to find tools.` : `Call tools/list for the ${surface.size} tools this server offers.`}`,
      );
    case 'refused':
      return failureResult({
        category: 'forbidden',
        message: `${hit.tool.name} is not enabled on this server.`,
        retryable: false,
        tool: hit.tool.name,
        hint: hit.hint,
      });
    case 'meta':
      if (!allowMeta) throw new McpError(ErrorCode.InvalidParams, `${CALL} calls MIOSA tools, not ${name}.`);
      if (name === SEARCH) return search(surface.tools, args ?? {});
      if (name === DESCRIBE || name === CALL) {
        const target = typeof args?.name === 'string' ? args.name : '';
        if (name === CALL) {
          const inner = args?.arguments;
          return dispatch(surface, env, target, inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : {}, signal, progress, false);
        }
        const found = surface.find(target);
        if (found.kind === 'tool') return describe(found.tool);
        if (found.kind === 'refused') return failureResult({ category: 'forbidden', message: `${target} is not enabled on this server.`, retryable: false, tool: target, hint: found.hint });
        throw new McpError(ErrorCode.InvalidParams, `Unknown tool ${target}. Use ${SEARCH} to find tools.`);
      }
      throw new McpError(ErrorCode.InvalidParams, `Unknown tool ${name}.`);
    case 'tool': {
      const result = await callTool(hit.tool, args, env, signal, progress);
      if (hit.alias) {
        result.content = [
          ...result.content,
          { type: 'text', text: `Note: ${hit.alias} was renamed to ${hit.tool.name}; use the new name.` },
        ];
      }
      return result;
    }
  }
}
