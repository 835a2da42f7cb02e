// The operator's endpoints beside /mcp: /readyz (503 from the moment the drain starts) and /metrics
// (Prometheus text). /metrics is served on the MCP port unless a port of its own is given, and asks
// for MIOSA_METRICS_TOKEN as a bearer token when one is set: where /mcp is public, keep /metrics on
// a private port, behind the token, or both.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { drainState } from '../drain.js';
import { hostRefusal } from '../../vocabulary/host-guard.js';
import { hostOfHeader } from '../../vocabulary/loopback.js';
import type { Metrics } from './metrics.js';

export interface OpsOptions {
  metrics: Metrics;
  /** Bearer token /metrics requires (MIOSA_METRICS_TOKEN); none: open to whoever reaches the port. */
  token?: string;
  /** false when /metrics has a port of its own: the MCP port then answers 404 for it. */
  metricsHere: boolean;
}

/** Answers /readyz and /metrics; returns false for any other path. */
export type OpsHandler = (path: string, req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export function opsHandler(opts: OpsOptions): OpsHandler {
  return async (path, req, res) => {
    if (path === '/readyz') {
      if (!onlyGet(req, res, path)) return true;
      const ready = !drainState.draining;
      json(res, ready ? 200 : 503, ready ? { ready: true } : { ready: false, reason: 'draining: this process is shutting down' });
      return true;
    }
    if (path === '/metrics' && opts.metricsHere) {
      if (!onlyGet(req, res, path)) return true;
      if (opts.token !== undefined && !bearerMatches(req.headers.authorization, opts.token)) {
        res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer realm="miosa-mcp-metrics"' });
        res.end('Send "Authorization: Bearer <MIOSA_METRICS_TOKEN>" to read /metrics.\n');
        return true;
      }
      const body = await opts.metrics.registry.metrics();
      res.writeHead(200, { 'Content-Type': opts.metrics.registry.contentType, 'Cache-Control': 'no-store' });
      res.end(body);
      return true;
    }
    return false;
  };
}

function onlyGet(req: IncomingMessage, res: ServerResponse, path: string): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  res.writeHead(405, { Allow: 'GET', 'Content-Type': 'text/plain' });
  res.end(`Use GET ${path}.\n`);
  return false;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The /metrics port of its own (plus /readyz and /healthz, for probes that use it). Prometheus
 * scrapes a pod by its IP, so a Host that is an IP literal is accepted: DNS rebinding needs a name.
 * Names are loopback or --allowed-hosts only, and no browser Origin is ever served.
 */
export function startOpsListener(host: string, port: number, handle: OpsHandler, allowedHosts: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    const hostHeader = (req.headers.host ?? '').toLowerCase();
    // The listeners' one rule, plus this port's exception: an IP-literal Host.
    const literalIp = isIP(hostOfHeader(hostHeader).replace(/^\[(.*)\]$/, '$1')) !== 0;
    const refusal = hostRefusal(req.headers, { allowedHosts, allowedOrigins: [], loopbackOrigins: false });
    const hostOk = refusal?.header !== 'Host' || literalIp;
    if (!hostOk || req.headers.origin !== undefined) {
      res.writeHead(403, { 'Content-Type': 'text/plain' });
      return void res.end(`${hostOk ? 'Browser origins are' : `Host "${hostHeader}" is`} not allowed on the metrics port.\n`);
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') return json(res, 200, { ok: true });
    handle(path, req, res).then(
      (done) => {
        if (!done) json(res, 404, { error: 'Not found: this port serves /metrics, /readyz and /healthz.' });
      },
      () => {
        if (!res.headersSent) json(res, 500, { error: 'Could not render the metrics.' });
        else res.end();
      },
    );
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
