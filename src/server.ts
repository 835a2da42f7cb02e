// Builds one MCP server around one caller's credentials. Over HTTP a new one is built for every
// request (a shared instance once misrouted answers between tenants), so this must stay cheap:
// everything heavy is precomputed in the Surface.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
} from '@modelcontextprotocol/sdk/types.js';
import { callTool, type CallEnv } from './call.js';
import { INSTRUCTIONS } from './instructions.js';
import type { Surface } from './surface.js';
import { NAME, VERSION } from './version.js';

export function buildServer(surface: Surface, env: CallEnv): Server {
  const server = new Server(
    { name: NAME, title: 'MIOSA', version: VERSION },
    { capabilities: { tools: { listChanged: false } }, instructions: INSTRUCTIONS },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => surface.list);
  server.setRequestHandler(CallToolRequestSchema, async (req, extra) => {
    const found = surface.find(req.params.name);
    if (!found) {
      throw new McpError(ErrorCode.InvalidParams, `Unknown tool ${req.params.name}. Call tools/list for the ${surface.size} tools this server offers.`);
    }
    const result = await callTool(found.tool, req.params.arguments, env, extra.signal);
    if (found.alias) {
      result.content = [
        ...result.content,
        { type: 'text', text: `Note: ${found.alias} was renamed to ${found.tool.name}; use the new name.` },
      ];
    }
    return result;
  });
  return server;
}
