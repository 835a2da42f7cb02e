// Where the HTTP server answers MCP: `/mcp`, and `/api/v1/mcp`, the path of MIOSA's hosted endpoint
// (https://api.miosa.ai/api/v1/mcp in MIOSA's MCP guide), so a client configured from MIOSA's docs
// works against this server unchanged.
const MCP_PATHS: readonly string[] = ['/mcp', '/api/v1/mcp'];

export function isMcpPath(path: string): boolean {
  return MCP_PATHS.includes(path);
}
