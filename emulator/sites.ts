// What the emulator serves besides the API, on its own listener (another origin than the API's):
// published deployments (`/d/<id>/`), previews of exposed ports (`/preview/<sandbox or computer
// id>/<port>/`), export downloads and a live view of each computer's desktop (`/desktop/<computer id>/`).
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { renderDesktop } from './desktop/render.js';
import { refreshDeployment } from './handlers/deploy.js';
import type { World } from './world.js';
import type { ComputerRec, DeploymentRec, ExportRec, SandboxRec } from './records.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.gz': 'application/gzip',
};

function text(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Text made safe to put in HTML, between tags or in a quoted attribute. */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:4rem auto;padding:0 1rem;color:#222}code{background:#f3f3f3;padding:0 .25rem}</style></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><small>Served by the local MIOSA emulator.</small></p></body></html>`;
}

/** Serves `rest` from `dir` (index.html for directories); false when there is no such file. */
function serveFile(res: ServerResponse, dir: string, rest: string, method: string): boolean {
  let rel: string;
  try {
    rel = decodeURIComponent(rest);
  } catch {
    return false;
  }
  const target = normalize(join(dir, rel));
  if (target !== dir && !target.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return false;
  const candidates = [target, join(target, 'index.html'), `${target}.html`];
  let realDir: string;
  try {
    realDir = realpathSync(dir);
  } catch {
    return false;
  }
  for (const file of candidates) {
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    // A symlink in the published files may point anywhere on this machine: serve only what stays inside.
    const real = realpathSync(file);
    if (!real.startsWith(realDir + sep)) return false;
    res.writeHead(200, { 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': st.size });
    if (method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  }
  return false;
}

function proxy(req: IncomingMessage, res: ServerResponse, port: number, path: string, body: Buffer): void {
  const headers = { ...req.headers, host: `127.0.0.1:${port}` };
  delete headers['content-length'];
  if (body.length) headers['content-length'] = String(body.length);
  const up = request({ host: '127.0.0.1', port, method: req.method, path, headers }, (r) => {
    res.writeHead(r.statusCode ?? 502, r.headers);
    r.pipe(res);
  });
  up.on('error', (e) => {
    if (!res.headersSent) text(res, 502, page('Nothing is listening', `Nothing answered on port ${port} (${(e as NodeJS.ErrnoException).code ?? e.message}). Start the server in the sandbox, then reload.`), 'text/html; charset=utf-8');
    else res.destroy();
  });
  up.end(body);
}

function findDeployment(world: World, id: string): DeploymentRec | undefined {
  for (const t of world.tenants.values()) {
    const d = t.deployments.get(id);
    if (d) return d;
  }
  return undefined;
}

function findMachine(world: World, id: string): { sandbox?: SandboxRec; computer?: ComputerRec } {
  for (const t of world.tenants.values()) {
    const s = t.sandboxes.get(id);
    if (s) return { sandbox: s };
    const c = t.computers.get(id);
    if (c) return { computer: c };
  }
  return {};
}

function findExport(world: World, id: string): ExportRec | undefined {
  for (const t of world.tenants.values()) {
    const e = t.exports.get(id);
    if (e) return e;
  }
  return undefined;
}

type Route = (world: World, req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, m: RegExpExecArray) => void | Promise<void>;

/** The pages origin's four kinds of page, each under its own prefix. */
const ROUTES: Array<[RegExp, Route]> = [
  [/^\/d\/([^/]+)(\/.*)?$/, serveDeployment],
  [/^\/preview\/([^/]+)\/(\d+)(\/.*)?$/, servePreview],
  [/^\/exports\/([^/]+)\/([^/]+)$/, serveExport],
  [/^\/desktop\/([^/]+)\/(screenshot\.png)?$/, serveDesktopPage],
];

export async function serveSite(world: World, req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<void> {
  for (const [pattern, route] of ROUTES) {
    const m = pattern.exec(url.pathname);
    if (m) return route(world, req, res, url, body, m);
  }
  text(res, 404, 'Not found.\n');
}

/** A published deployment: its live version's files, or its running app behind a proxy. */
function serveDeployment(world: World, req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, m: RegExpExecArray): void | Promise<void> {
  const d = findDeployment(world, m[1]);
  if (!d) return text(res, 404, page('No such deployment', `Deployment ${m[1]} does not exist or was deleted.`), 'text/html; charset=utf-8');
  if (m[2] === undefined) {
    res.writeHead(308, { Location: `/d/${d.id}/${url.search}` });
    res.end();
    return;
  }
  refreshDeployment(d);
  const v = d.activeVersionId ? d.versions.get(d.activeVersionId) : undefined;
  if (!v) return text(res, 503, page(d.name, 'This deployment has no ready version yet.'), 'text/html; charset=utf-8');
  if (v.kind === 'dynamic' && v.dir) {
    if (!d.proc || d.proc.versionId !== v.id || d.proc.bg.state !== 'running') {
      return text(res, 502, page(d.name, 'The app process is not running; see deployment_logs.'), 'text/html; charset=utf-8');
    }
    return proxy(req, res, d.proc.port, (m[2] || '/') + url.search, body);
  }
  if (!v.dir) {
    return text(res, 200, page(d.name, `Placeholder for ${d.repoUrl ?? 'this deployment'}: the emulator has no network, so repositories are not cloned. Publish from a sandbox to serve real files.`), 'text/html; charset=utf-8');
  }
  if (serveFile(res, v.dir, m[2], req.method ?? 'GET')) return;
  const notFoundPage = join(v.dir, '404.html');
  if (statSync(notFoundPage, { throwIfNoEntry: false })?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    createReadStream(notFoundPage).pipe(res);
    return;
  }
  return text(res, 404, page('Not found', `${m[2]} is not part of this deployment.`), 'text/html; charset=utf-8');
}

/** An exposed port of a running sandbox or computer, proxied. */
function servePreview(world: World, req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, m: RegExpExecArray): void | Promise<void> {
  const port = Number(m[2]);
  const { sandbox, computer } = findMachine(world, m[1]);
  const exposed = sandbox ? [...sandbox.previews.values()].some((p) => p.port === port) : computer ? computer.ports.has(port) : false;
  if (!exposed) return text(res, 404, page('No such preview', `Port ${port} of ${m[1]} is not exposed.`), 'text/html; charset=utf-8');
  const live = sandbox ? sandbox.state === 'running' : computer!.status === 'active';
  if (!live) return text(res, 502, page('Not running', `${m[1]} is not running.`), 'text/html; charset=utf-8');
  if (m[3] === undefined) {
    res.writeHead(308, { Location: `/preview/${m[1]}/${port}/${url.search}` });
    res.end();
    return;
  }
  const search = new URLSearchParams(url.search);
  search.delete('miosa_share');
  const qs = search.toString();
  return proxy(req, res, port, m[3] + (qs ? `?${qs}` : ''), body);
}

/** A file of a sandbox export. */
function serveExport(world: World, req: IncomingMessage, res: ServerResponse, _url: URL, _body: Buffer, m: RegExpExecArray): void {
  const e = findExport(world, m[1]);
  if (e && serveFile(res, e.dir, m[2], req.method ?? 'GET')) return;
  return text(res, 404, 'No such export file.\n');
}

/** A computer's desktop: a page that refreshes its screenshot every second, and the screenshot. */
function serveDesktopPage(world: World, _req: IncomingMessage, res: ServerResponse, _url: URL, _body: Buffer, m: RegExpExecArray): void {
  const { computer } = findMachine(world, m[1]);
  if (!computer) return text(res, 404, page('No such computer', `${m[1]} does not exist.`), 'text/html; charset=utf-8');
  if (m[2]) {
    if (computer.status !== 'active') return text(res, 409, `Computer ${computer.id} is ${computer.status}.\n`);
    const png = renderDesktop(computer.desktop);
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length, 'Cache-Control': 'no-store' });
    res.end(png);
    return;
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(computer.name)} — desktop</title><style>body{margin:0;background:#111;display:flex;justify-content:center;align-items:center;min-height:100vh}img{max-width:100%;image-rendering:pixelated}</style></head><body><img id="s" src="screenshot.png" alt="desktop of ${escapeHtml(computer.id)}"><script>setInterval(()=>{document.getElementById('s').src='screenshot.png?'+Date.now()},1000)</script></body></html>`;
  return text(res, 200, html, 'text/html; charset=utf-8');
}
