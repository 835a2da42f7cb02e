// Stateless Streamable HTTP: every POST /mcp gets its own server and transport, built around the
// credentials of that request alone. Nothing about a caller outlives its request.
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { CallEnv } from './call.js';
import { looksLikeKey } from './redact.js';
import type { Credentials } from './settings.js';
import { KEY_HELP } from './errors.js';
import { hostRefusal } from '../vocabulary/host-guard.js';
import { capConnections, checkingIntervalMs, DEFAULT_HTTP_LIMITS, UNAUTHENTICATED_BODY_BYTES, type ConnectionCap, type HttpLimits } from './http-limits.js';
import { parseMode } from './code-mode/selection.js';
import { answerFast, SDK_PATH_ENV } from './fast-path.js';
import { parseFlag, parseList, SelectionError, type Selection } from './selection.js';
import { buildServer } from './server.js';
import { drainState } from './drain.js';
import { acceptableRequestId, newRequestId, refusalReason, reportRefused, requestScope } from './telemetry/events.js';
import type { OpsHandler } from './telemetry/ops-http.js';
import type { Surface, SurfaceCache } from './surface.js';
import { VERSION } from './version.js';
import { isMcpPath } from './mcp-paths.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface HttpOptions {
  host: string;
  port: number;
  maxBodyBytes: number;
  /** Extra Host header values to accept (a public hostname behind a proxy). Loopback names are always accepted. */
  allowedHosts: string[];
  /** Browser origins allowed to call; none by default. */
  allowedOrigins: string[];
  upstream: CallEnv['upstream'];
  maxResultTokens?: number;
  /** Header and request timeouts, connection cap (http-limits.ts); defaults when absent. */
  limits?: HttpLimits;
  log: (line: string) => void;
  /** /readyz and /metrics (src/telemetry/ops-http.ts); without it those paths are 404. */
  ops?: OpsHandler;
  /** Send every request through the SDK's Server and transport, never the fast path (fast-path.ts); default: MIOSA_HTTP_SDK_PATH=1. */
  sdkPathOnly?: boolean;
}

const AUTH_GUIDANCE =
  'Send "Authorization: Bearer msk_u_..." — confirm the header value starts with "Bearer msk_u_" and is not the key alone. ' +
  KEY_HELP;

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly rpcCode = -32600,
  ) {
    super(message);
  }
}

export function startHttp(surfaces: SurfaceCache, given: HttpOptions): Promise<HttpServer> {
  // Read once at start, as every setting is, not on each request.
  const opts = { ...given, sdkPathOnly: given.sdkPathOnly ?? process.env[SDK_PATH_ENV] === '1' };
  const limits = opts.limits ?? DEFAULT_HTTP_LIMITS;
  const server = createServer({ connectionsCheckingInterval: checkingIntervalMs(limits) }, (req, res) => {
    // Once the server is closing, a connection whose answer is done is closed, not kept alive: a
    // stopping server exits when its calls in flight are answered, not a keep-alive timeout later.
    res.once('finish', () => {
      if (!server.listening) setImmediate(() => server.closeIdleConnections());
    });
    // A draining process tells keep-alive clients (a proxy's pool) to reconnect elsewhere.
    if (drainState.draining) res.setHeader('Connection', 'close');
    // One id per request, shared by its log lines and its answer; a proxy's own id is kept.
    const requestId = acceptableRequestId(req.headers['x-request-id']) ?? newRequestId();
    res.setHeader('X-Request-Id', requestId);
    requestScope.run({ requestId }, () => handle(surfaces, opts, cap, req, res)).catch((err) => {
      if (err instanceof HttpProblem) {
        reportRefused(refusalReason(err.status));
        return sendProblem(res, err);
      }
      // The client went away mid-request (closed, or evicted at the connection cap): nobody to answer.
      if (req.destroyed && (err as NodeJS.ErrnoException).code === 'ECONNRESET') return void res.destroy();
      opts.log(`http: internal error: ${(err as Error).message}`);
      if (!res.headersSent) sendProblem(res, new HttpProblem(500, 'Internal server error.', {}, -32603));
      else res.end();
    });
  });
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  const cap = capConnections(server, limits.maxConnections);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve(server));
  });
}

/** What a browser page on an allowed origin may send (its preflight asks). */
const CORS_ALLOW_HEADERS =
  'Authorization, Content-Type, Accept, Mcp-Protocol-Version, Mcp-Session-Id, Last-Event-ID, X-MIOSA-Tenant, ' +
  'X-MCP-Toolsets, X-MCP-Tools, X-MCP-Exclude-Tools, X-MCP-Readonly, X-MCP-Dynamic, X-MCP-Mode';

async function handle(surfaces: SurfaceCache, opts: HttpOptions, cap: ConnectionCap, req: IncomingMessage, res: ServerResponse): Promise<void> {
  checkHostAndOrigin(req, opts);
  // Only origins listed with --allowed-origins may read answers in a browser; nobody else gets CORS headers.
  const corsOrigin = req.headers.origin !== undefined && opts.allowedOrigins.includes(req.headers.origin) ? req.headers.origin : undefined;
  if (opts.allowedOrigins.length) res.setHeader('Vary', 'Origin');
  if (corsOrigin) {
    res.setHeader('Access-Control-Allow-Origin', corsOrigin);
    res.setHeader('Access-Control-Expose-Headers', 'WWW-Authenticate, Mcp-Session-Id');
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;

  if (opts.ops && (await opts.ops(path, req, res))) return;
  if (path === '/healthz') {
    if (req.method !== 'GET') throw new HttpProblem(405, 'Use GET /healthz.', { Allow: 'GET' });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ ok: true, version: VERSION, tools: surfaces.base.size }));
    return;
  }
  if (!isMcpPath(path)) throw new HttpProblem(404, 'Not found; the MCP endpoint is POST /mcp (or /api/v1/mcp).');
  if (req.method === 'OPTIONS' && corsOrigin) {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS,
      'Access-Control-Max-Age': '600',
    });
    return void res.end();
  }
  if (req.method !== 'POST') {
    // Stateless: no listening stream to open (GET) and no session to end (DELETE).
    throw new HttpProblem(405, 'Method not allowed: this server is stateless; send JSON-RPC with POST /mcp.', { Allow: 'POST' });
  }

  const surface = requestSurface(surfaces, url, req);
  const credentials = readCredentials(req);
  // The key is checked before the body is read: without one, only a small body (initialize,
  // tools/list) is read at all, so a client with no key cannot hold a connection with a large slow body.
  // (A body over the cap for everyone is refused as such, 413, below.)
  const declared = Number(req.headers['content-length']);
  if (credentials) cap.protect(req.socket, res);
  else if (declared > UNAUTHENTICATED_BODY_BYTES && declared <= opts.maxBodyBytes) throw missingAuthorization({ Connection: 'close' });
  const body = await readJsonBody(req, credentials ? opts.maxBodyBytes : Math.min(opts.maxBodyBytes, UNAUTHENTICATED_BODY_BYTES));
  if (!credentials && callsTools(body)) throw missingAuthorization();

  const env = { credentials, upstream: opts.upstream, maxResultTokens: opts.maxResultTokens };
  if (await answerFast({ surface, env, body, req, res, sdkPathOnly: opts.sdkPathOnly })) return;
  // Loaded on first use: with @hono/node-server under it, it is a good part of a stdio start, and
  // the fast path answers most HTTP requests without it.
  const { StreamableHTTPServerTransport } = await import('@modelcontextprotocol/sdk/server/streamableHttp.js');
  const mcp = buildServer(surface, env);
  // One plain JSON answer, unless a message asked for progress: notifications need the event stream
  // (in JSON mode the SDK drops them), and nothing else this server sends mid-request.
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: !asksForProgress(body) });
  res.on('close', () => {
    void transport.close();
    void mcp.close();
  });
  await mcp.connect(transport);
  await transport.handleRequest(req, res, body);
}

/** The request's own narrowing of the tool surface, from the URL query or X-MCP-* headers. */
function requestSurface(surfaces: SurfaceCache, url: URL, req: IncomingMessage): Surface {
  const pick = (query: string, header: string): string | undefined => {
    const h = req.headers[header];
    return url.searchParams.get(query) ?? (Array.isArray(h) ? h.join(',') : h);
  };
  const flag = (query: string, header: string) => parseFlag(pick(query, header.toLowerCase()), `${query} (?${query}= or the ${header} header)`);
  try {
    const sel: Selection = {
      toolsets: parseList(pick('toolsets', 'x-mcp-toolsets')),
      tools: parseList(pick('tools', 'x-mcp-tools')),
      excludeTools: parseList(pick('exclude_tools', 'x-mcp-exclude-tools')),
      readOnly: flag('readonly', 'X-MCP-Readonly'),
    };
    const dynamic = flag('dynamic', 'X-MCP-Dynamic');
    const code = parseMode(pick('mode', 'x-mcp-mode'));
    return surfaces.get(sel, surfaces.base.dynamic || dynamic === true, code ?? surfaces.base.code === 'only');
  } catch (err) {
    if (err instanceof SelectionError) throw new HttpProblem(400, err.message);
    throw err;
  }
}

function readCredentials(req: IncomingMessage): Credentials | undefined {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m || !looksLikeKey(m[1])) {
    const what = m ? 'the token after "Bearer" is not a MIOSA key (keys start with msk_)' : 'the header is not "Bearer <key>"';
    throw new HttpProblem(401, `Invalid Authorization header: ${what}. ${AUTH_GUIDANCE}`, {
      'WWW-Authenticate': bearerChallenge('invalid_token'),
      // Refused before its body was read: the connection is not kept for the rest of it.
      Connection: 'close',
    });
  }
  const tenant = req.headers['x-miosa-tenant'];
  const t = Array.isArray(tenant) ? tenant[0] : tenant;
  if (t !== undefined && !/^[A-Za-z0-9_.\-]{1,128}$/.test(t)) {
    throw new HttpProblem(400, 'Invalid X-MIOSA-Tenant header: use the organization UUID or slug.');
  }
  return { apiKey: m[1], ...(t ? { tenant: t } : {}) };
}

function missingAuthorization(headers: Record<string, string> = {}): HttpProblem {
  return new HttpProblem(401, `Missing Authorization header. ${AUTH_GUIDANCE}`, { 'WWW-Authenticate': bearerChallenge('invalid_request'), ...headers });
}

function bearerChallenge(error: string): string {
  return `Bearer realm="miosa-mcp", error="${error}"`;
}

function callsTools(body: unknown): boolean {
  const messages = Array.isArray(body) ? body : [body];
  return messages.some((m) => m && typeof m === 'object' && (m as { method?: unknown }).method === 'tools/call');
}

function asksForProgress(body: unknown): boolean {
  const messages = Array.isArray(body) ? body : [body];
  return messages.some((m) => {
    const meta = (m as { params?: { _meta?: { progressToken?: unknown } } } | null)?.params?._meta;
    return meta !== null && typeof meta === 'object' && meta.progressToken !== undefined;
  });
}

async function readJsonBody(req: IncomingMessage, cap: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (declared > cap) throw bodyTooLarge(req, cap);
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= cap) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      reject(bodyTooLarge(req, cap));
    };
    req.on('data', onData);
    req.once('end', resolve);
    req.once('error', reject);
  });
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpProblem(400, 'Parse error: the request body is not valid JSON.', {}, -32700);
  }
}

/**
 * A 413 the client can read: closing the socket under a client still sending its body resets the
 * connection before the client reads why. The rest is read and dropped, for 2 s at most.
 */
function bodyTooLarge(req: IncomingMessage, cap: number): HttpProblem {
  req.resume();
  const closeSoon = setTimeout(() => req.socket.destroy(), 2000).unref();
  req.once('end', () => clearTimeout(closeSoon));
  return new HttpProblem(413, `Request body is larger than ${cap} bytes.`);
}

/** DNS-rebinding defence: a browser page on another site must not reach a server bound to loopback. */
function checkHostAndOrigin(req: IncomingMessage, opts: HttpOptions): void {
  const refused = hostRefusal(req.headers, opts);
  if (refused?.header === 'Host') throw new HttpProblem(403, `Host "${refused.value}" is not allowed; start the server with --allowed-hosts to serve it.`);
  if (refused) throw new HttpProblem(403, `Origin "${refused.value}" is not allowed; start the server with --allowed-origins to permit it.`);
}

function sendProblem(res: ServerResponse, p: HttpProblem): void {
  if (res.headersSent) return void res.end();
  res.writeHead(p.status, { 'Content-Type': 'application/json', ...p.headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: p.rpcCode, message: p.message } }));
}
