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
import { CODE_INSTRUCTIONS, handleCodeTool } from './code-mode/tools.js';
import { CALL, DESCRIBE, SEARCH, describe, search } from './dynamic.js';
import { failureResult, notEnabledFailure } from './errors.js';
import { INSTRUCTIONS } from './instructions.js';
import type { Lookup, Surface } from './surface.js';
import { observeCall } from './telemetry/events.js';
import { NAME, VERSION } from './version.js';

// The SDK builds an Ajv instance per Server unless given one; it holds only compiled schemas, no
// caller state, so one per process keeps per-request servers cheap without sharing anything personal.
const VALIDATOR = new AjvJsonSchemaValidator();

/** Who this server says it is and what it can do: read by the SDK's Server and by the HTTP fast path. */
// Frozen: one object serves every request, so none may change it.
export const SERVER_INFO = Object.freeze({ name: NAME, title: 'MIOSA', version: VERSION });
export const CAPABILITIES = Object.freeze({ tools: Object.freeze({ listChanged: false }) });

export function buildServer(surface: Surface, env: CallEnv): Server {
  const server = new Server(SERVER_INFO, { capabilities: CAPABILITIES, instructions: instructionsFor(surface), jsonSchemaValidator: VALIDATOR });
  server.setRequestHandler(ListToolsRequestSchema, () => surface.list);
  server.setRequestHandler(CallToolRequestSchema, async (req, extra) => {
    const token = req.params._meta?.progressToken;
    const progress: Progress | undefined =
      token === undefined
        ? undefined
        : (done, total, message) =>
            extra.sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress: done, total, message } });
    return observedCall(surface, env, { name: req.params.name, args: req.params.arguments, signal: extra.signal, progress });
  });
  return server;
}

/** What `initialize` tells the model: the workflow guide, and in code mode how to script the API. */
export function instructionsFor(surface: Surface): string {
  return surface.code ? `${INSTRUCTIONS}\n\n${CODE_INSTRUCTIONS}` : INSTRUCTIONS;
}

/** What one tools/call asks: the name and arguments, with the request's signal and progress reporter. */
interface CallAsked {
  name: string;
  args: Record<string, unknown> | undefined;
  signal: AbortSignal;
  progress: Progress | undefined;
}

/**
 * One tools/call as both HTTP paths (the SDK's Server and the fast path) and stdio answer it: counted
 * and timed for /metrics and the call log under the tool's name, then dispatched.
 */
export function observedCall(surface: Surface, env: CallEnv, asked: CallAsked): Promise<CallToolResult> {
  const hit = surface.find(asked.name);
  return observeCall(metricToolName(hit, asked.name), outcomeOf, () => dispatch(surface, env, asked, true, hit));
}

/** A name the surface knows (a renamed tool counts under its new name); any other is one label. */
function metricToolName(hit: Lookup, name: string): string {
  return hit.kind === 'unknown' ? '(unknown)' : hit.kind === 'meta' || hit.kind === 'code' ? name : hit.tool.name;
}

/** "ok", or the category the error policy gave the failure. */
function outcomeOf(result: CallToolResult): string {
  if (!result.isError) return 'ok';
  const category = (result.structuredContent as { error?: { category?: unknown } } | undefined)?.error?.category;
  return typeof category === 'string' ? category : 'error';
}

/**
 * One tools/call on `surface`: the tool itself, a meta tool, or the error for a name it does not
 * offer. `allowMeta` is false for the call a meta tool (call_tool) makes, so it cannot nest.
 */
async function dispatch(surface: Surface, env: CallEnv, asked: CallAsked, allowMeta: boolean, hit: Lookup = surface.find(asked.name)): Promise<CallToolResult> {
  const { name, args, signal, progress } = asked;
  switch (hit.kind) {
    case 'unknown':
      throw new McpError(
        ErrorCode.InvalidParams,
        `Unknown tool ${name}. ${surface.dynamic ? `Use ${SEARCH} to find tools.` : `Call tools/list for the ${surface.size} tools this server offers.`}`,
      );
    case 'refused':
      return failureResult(notEnabledFailure(hit.tool.name, hit.hint));
    case 'code':
    case 'meta':
      if (!allowMeta) throw new McpError(ErrorCode.InvalidParams, `${CALL} calls MIOSA tools, not ${name}.`);
      if (hit.kind === 'code') return handleCodeTool(surface, env, { name, args, signal, progress });
      if (name === SEARCH) return search(surface.tools, args ?? {});
      if (name === DESCRIBE || name === CALL) {
        const target = typeof args?.name === 'string' ? args.name : '';
        if (name === CALL) {
          const inner = args?.arguments;
          return dispatch(surface, env, { name: target, args: inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : {}, signal, progress }, false);
        }
        const found = surface.find(target);
        if (found.kind === 'tool') return describe(found.tool);
        if (found.kind === 'refused') return failureResult(notEnabledFailure(target, found.hint));
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
