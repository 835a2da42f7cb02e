// The local MIOSA emulator: an HTTP server on 127.0.0.1 that answers every operation of
// `openapi/miosa.yaml` under `/api/v1`, validates requests against the spec, keeps state per API
// key, and really runs commands, serves deployments and schedules cron jobs on this machine.
// Published sites, previews, exports and desktop pages are served by a second listener, on another
// port: pages anyone can publish must not share the API's origin (a script there could call the API).
// See emulator/README.md.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ApiError, handlerFor, newId, type Ctx, type Handlers, type Reply } from './handler-kit.js';
import { createFaultSwitch, faultCode, parseFaultHeader, type Fault, type FaultSwitch } from './faults.js';
import { HANDLERS } from './handlers/index.js';
import { hostRefusal, type HostRule } from '../vocabulary/host-guard.js';
import { isLoopbackHost } from '../vocabulary/loopback.js';
import { World } from './world.js';
import type { Scopes } from './key-scopes.js';
import { serveSite } from './sites.js';
import { describeError, fieldOf, loadSpec, responseKey, type Operation, type ParamDef, type Spec } from './spec.js';

export type { Fault, FaultSwitch } from './faults.js';

export interface EmulatorOptions {
  /** Interface to listen on; only loopback addresses are allowed, unless unsafeExpose. Default 127.0.0.1. */
  host?: string;
  /**
   * Allow a non-loopback `host`: anyone who can reach it runs commands on this machine as the current
   * user (any `msk_` key is accepted). Off by default; the CLIs ask for `--unsafe-expose-emulator`.
   */
  unsafeExpose?: boolean;
  /** Extra Host header values to accept besides loopback names (with unsafeExpose, the names it is reached by). */
  allowedHosts?: string[];
  /** Port of the API; 0 picks any free one. Default 0. */
  port?: number;
  /** Port of the pages (sites, previews, exports, desktops); 0 picks any free one. Default 0. */
  sitesPort?: number;
  /** Delay of provisioning → running (sandboxes, computers, databases…). Default 800 ms. */
  bootMs?: number;
  /** Where sandboxes, computers, deployments and objects live; default a fresh temp dir removed on close. */
  dataDir?: string;
  log?: (line: string) => void;
  /** Honour the `X-Emulator-Fault` request header (JSON of a Fault) for that request. Default false. */
  faultHeader?: boolean;
  /** Validate every JSON answer against the spec and log the mismatches. Default false. */
  checkResponses?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path as received, with `/api/v1`, without the query. */
  path: string;
  query: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON, or the raw bytes of a non-JSON body; undefined when empty. */
  body: unknown;
}

export interface Emulator {
  /** `http://127.0.0.1:PORT` (the API is under `/api/v1`). */
  url: string;
  port: number;
  /** `http://127.0.0.1:PORT2`: the other origin serving published sites, previews, exports and desktop pages. */
  sitesUrl: string;
  close(): Promise<void>;
  /** Every request received (the most recent 10,000), for tests. */
  requests: RecordedRequest[];
  faults: FaultSwitch;
}

export const API_PREFIX = '/api/v1';
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const MAX_RECORDED = 10_000;

const WORLDS = new WeakMap<Emulator, World>();

/** The runtime behind an emulator (tests: drive the cron timer, inspect state). */
export function internals(emu: Emulator): World {
  const world = WORLDS.get(emu);
  if (!world) throw new Error('not an emulator started by startEmulator');
  return world;
}

/** operationIds of the spec that have no handler. */
export function listMissingHandlers(spec: Spec = loadSpec(), handlers: Handlers = HANDLERS): string[] {
  return spec.operations.map((o) => o.id).filter((id) => !handlerFor(handlers, id));
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const host = opts.host ?? '127.0.0.1';
  const hostRule = bindRule(host, opts);
  const spec = loadSpec();
  const missing = listMissingHandlers(spec);
  if (missing.length) throw new Error(`emulator: no handler for operations ${missing.join(', ')}`);
  const { dataDir, ownDir } = dataDirOf(opts);
  const log = opts.log ?? (() => {});
  const world = new World({ url: '', bootMs: opts.bootMs ?? 800, dataDir, log }, spec);
  const served: Served = { opts, spec, world, log, hostRule, requests: [], faults: createFaultSwitch() };
  const sockets = new Set<Socket>();
  const server = listener((req, res) => handleApi(served, req, res), sockets, log);
  const sitesServer = listener((req, res) => handleSite(served, req, res), sockets, log);

  // If the process exits without close() finishing (an error, a second signal during the close),
  // still end every process group started and remove the temp dir: exit handlers must be synchronous.
  const onExit = (): void => {
    world.killAll();
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  let port: number;
  let sitesPort: number;
  try {
    port = await listen(server, opts.port ?? 0, host);
    sitesPort = await listen(sitesServer, opts.sitesPort ?? 0, host);
  } catch (err) {
    server.close();
    process.off('exit', onExit);
    onExit();
    throw err;
  }
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const apiUrl = `http://${shownHost}:${port}`;
  world.config.url = `http://${shownHost}:${sitesPort}`;
  world.startScheduler();
  log(`emulator: listening on ${apiUrl}${API_PREFIX}, pages on ${world.config.url} (data in ${dataDir})`);

  let closing: Promise<void> | undefined;
  const emulator: Emulator = {
    url: apiUrl,
    port,
    sitesUrl: world.config.url,
    requests: served.requests,
    faults: served.faults,
    close() {
      closing ??= (async () => {
        await world.close();
        await Promise.all([server, sitesServer].map((s) => closeServer(s, sockets)));
        if (ownDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
        // Only now: a second signal during the close above still cleans up through the exit handler.
        process.off('exit', onExit);
      })();
      return closing;
    },
  };
  WORLDS.set(emulator, world);
  return emulator;
}

/** What every request to one emulator reads: its options, the spec, its state, its log and its records. */
interface Served {
  opts: EmulatorOptions;
  spec: Spec;
  world: World;
  log: (line: string) => void;
  hostRule: HostRule;
  requests: RecordedRequest[];
  faults: ReturnType<typeof createFaultSwitch>;
}

/** The Host rule of an emulator bound to `host`, which must be loopback unless the operator exposed it. */
function bindRule(host: string, opts: EmulatorOptions): HostRule {
  if (!opts.unsafeExpose && !isLoopbackHost(host)) {
    throw new Error(
      `the emulator listens on loopback only, not ${host}: anyone who reaches it runs commands on this machine. ` +
        'Use 127.0.0.1, or pass --unsafe-expose-emulator if every machine that can reach this address is trusted.',
    );
  }
  // The address it listens on is a name it is reached by (127.0.0.2, or the one --unsafe-expose-emulator opened).
  return { allowedHosts: [...(opts.allowedHosts ?? []), ...(/^(0\.0\.0\.0|::)$/.test(host) ? [] : [host])], allowedOrigins: [] };
}

/** Where the emulator keeps files: the given folder, or a temp dir of its own (removed on close). */
function dataDirOf(opts: EmulatorOptions): { dataDir: string; ownDir: boolean } {
  const dataDir = resolve(opts.dataDir ?? mkdtempSync(join(tmpdir(), 'miosa-emu-')));
  if (/[\s'"`$\\;&|<>*?()[\]{}!#]/.test(dataDir)) {
    throw new Error(`emulator: dataDir ${dataDir} may not contain spaces or shell metacharacters (paths in commands are rewritten to it)`);
  }
  return { dataDir, ownDir: opts.dataDir === undefined };
}

/** An HTTP server whose unexpected failures answer 500, and whose connections close() can end. */
function listener(serve: (req: IncomingMessage, res: ServerResponse) => Promise<void>, sockets: Set<Socket>, log: (line: string) => void): Server {
  const s = createServer((req, res) => {
    serve(req, res).catch((err: unknown) => {
      log(`emulator: unhandled ${err instanceof Error ? err.stack : String(err)}`);
      if (!res.headersSent) sendError(res, 'req_unhandled', new ApiError(500, 'INTERNAL_ERROR', 'The emulator failed on this request.'));
      else res.destroy();
    });
  });
  s.on('connection', (c) => {
    sockets.add(c);
    c.on('close', () => sockets.delete(c));
  });
  return s;
}

function closeServer(s: Server, sockets: Set<Socket>): Promise<void> {
  return new Promise<void>((r) => {
    s.close(() => r());
    for (const c of sockets) c.destroy();
  });
}

/** The pages' listener: sites may call their own backend from their pages, so loopback origins pass. */
async function handleSite(s: Served, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = newId('req_', 12);
  const refused = hostRefusal(req.headers, { ...s.hostRule, loopbackOrigins: true });
  if (refused) return sendError(res, requestId, hostProblem(refused.header, refused.value));
  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch {
    return sendError(res, requestId, new ApiError(413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${MAX_BODY_BYTES} bytes.`));
  }
  await serveSite(s.world, req, res, new URL(req.url ?? '/', 'http://emulator'), raw);
}

/** The API's listener: Host check, record, injected faults, then the operation. */
async function handleApi(s: Served, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = newId('req_', 12);
  res.setHeader('X-Request-Id', requestId);
  // No page is served on the API's origin, so no browser has a reason to call it: any Origin is refused.
  const refused = hostRefusal(req.headers, { ...s.hostRule, loopbackOrigins: false });
  if (refused) return sendError(res, requestId, hostProblem(refused.header, refused.value));
  const url = new URL(req.url ?? '/', 'http://emulator');
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch {
    sendError(res, requestId, new ApiError(422, 'VALIDATION_ERROR', `The request body exceeds ${MAX_BODY_BYTES} bytes.`, { field: 'body' }));
    return;
  }
  const { parsed, badJson } = parseJson(headers, raw);
  s.requests.push({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body: parsed });
  if (s.requests.length > MAX_RECORDED) s.requests.splice(0, s.requests.length - MAX_RECORDED);

  // Faults first: they stand for the network and the server failing before anything is handled.
  let fault: Fault | undefined;
  try {
    fault = faultFor(s, req.method ?? 'GET', url.pathname, headers);
  } catch (e) {
    sendError(res, requestId, new ApiError(422, 'VALIDATION_ERROR', `X-Emulator-Fault: ${(e as Error).message}`, { field: 'X-Emulator-Fault' }));
    return;
  }
  if (fault && (await applyFault(fault, res, requestId))) return;

  if (url.pathname !== API_PREFIX && !url.pathname.startsWith(API_PREFIX + '/')) {
    // Deliberately plain: an unauthenticated probe learns nothing about what answers here.
    return sendError(res, requestId, new ApiError(404, 'NOT_FOUND', 'Not found.'));
  }
  const path = url.pathname.slice(API_PREFIX.length) || '/';
  let op: Operation | undefined;
  try {
    const caller = s.world.authenticate(headers.authorization);
    const matched = allowedOperation(s.spec, req.method ?? 'GET', path, caller.scopes);
    op = matched.op;
    const ctx: Ctx = {
      world: s.world,
      tenant: caller.tenant,
      op,
      path: parsePath(s.spec, op, matched.params),
      query: parseQuery(s.spec, op, url.searchParams),
      headers,
      body: undefined,
      requestId,
    };
    checkHeaders(s.spec, op, headers);
    ctx.body = parseBody(s.spec, op, parsed, raw, badJson);
    s.world.refresh(caller.tenant);
    const reply = await withIdempotency(ctx, raw, async () => handlerFor(HANDLERS, ctx.op.id)!(ctx));
    send(s, res, op, reply);
  } catch (err) {
    if (err instanceof ApiError) {
      sendError(res, requestId, err);
      if (op) checkDeclared(s, op, err.status);
      return;
    }
    throw err;
  }
}

/** The body as JSON when it says (or looks like) it is; raw bytes otherwise. */
function parseJson(headers: Record<string, string>, raw: Buffer): { parsed: unknown; badJson: boolean } {
  const isJson = /json/i.test(headers['content-type'] ?? '') || (!headers['content-type'] && raw.length > 0 && /^\s*[[{]/.test(raw.subarray(0, 64).toString()));
  if (!raw.length || !isJson) return { parsed: raw.length ? raw : undefined, badJson: false };
  try {
    return { parsed: JSON.parse(raw.toString('utf8')), badJson: false };
  } catch {
    return { parsed: raw, badJson: true };
  }
}

/** The fault to inject: the request's own X-Emulator-Fault when allowed (throws when malformed), else a queued one. */
function faultFor(s: Served, method: string, pathname: string, headers: Record<string, string>): Fault | undefined {
  if (s.opts.faultHeader && headers['x-emulator-fault']) return parseFaultHeader(headers['x-emulator-fault']);
  return s.faults.take(method, pathname);
}

/** The operation at `method path`, when the caller's scopes allow it; 404, 405 or 403 otherwise. */
function allowedOperation(spec: Spec, method: string, path: string, scopes: Scopes): { op: Operation; params: Record<string, string> } {
  const matched = spec.match(method, path);
  if (!matched) throw new ApiError(404, 'NOT_FOUND', `No operation at ${method} ${API_PREFIX}${path}.`);
  if ('allowed' in matched) {
    throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${API_PREFIX}${path}; use ${matched.allowed.join(' or ')}.`, undefined, {
      Allow: matched.allowed.join(', '),
    });
  }
  for (const scope of matched.op.scopes) {
    if (scopes !== 'all' && !scopes.has(scope)) {
      throw new ApiError(403, 'SCOPE_NOT_ALLOWED', `API key lacks scope ${scope}.`, { required_scope: scope });
    }
  }
  return matched;
}

async function withIdempotency(ctx: Ctx, raw: Buffer, run: () => Promise<Reply>): Promise<Reply> {
  const key = ctx.headers['idempotency-key'];
  if (!ctx.op.idempotent || key === undefined) return run();
  const slot = `${ctx.op.id}\n${key}`;
  const hash = createHash('sha256').update(JSON.stringify(ctx.path)).update('\n').update(raw).digest('hex');
  const seen = ctx.tenant.idempotency.get(slot);
  if (seen) {
    if (seen.hash !== hash) {
      const status = ctx.op.responses.has('422') ? 422 : 409;
      throw new ApiError(status, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request; use a new key.', {
        field: 'Idempotency-Key',
      });
    }
    const first = await seen.reply;
    return { ...first, headers: { ...(first.headers ?? {}), 'Idempotent-Replayed': 'true' } };
  }
  const promise = run();
  ctx.tenant.idempotency.set(slot, { hash, reply: promise });
  try {
    const reply = await promise;
    if (reply.status >= 500 || reply.status === 429 || reply.stream) ctx.tenant.idempotency.delete(slot);
    return reply;
  } catch (err) {
    // An error answer is kept too (the first response wins), except failures worth retrying.
    if (err instanceof ApiError && err.status < 500 && err.status !== 429) {
      ctx.tenant.idempotency.set(slot, { hash, reply: Promise.reject(err) });
      ctx.tenant.idempotency.get(slot)!.reply.catch(() => {});
    } else {
      ctx.tenant.idempotency.delete(slot);
    }
    throw err;
  }
}

function checkDeclared(s: Served, op: Operation, status: number): void {
  if (!responseKey(op, status)) s.log(`emulator: ${op.id} answered ${status}, which the spec does not declare`);
}

function send(s: Served, res: ServerResponse, op: Operation, reply: Reply): void {
  checkDeclared(s, op, reply.status);
  for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
  if (reply.stream) {
    reply.stream(res);
    return;
  }
  if (reply.json !== undefined) {
    if (s.opts.checkResponses) {
      const key = responseKey(op, reply.status);
      const pointer = key ? op.responses.get(key)?.pointer : undefined;
      if (pointer) {
        const v = s.spec.validator(pointer);
        if (!v(reply.json)) s.log(`emulator: ${op.id} ${reply.status} answer does not match the spec: ${s.spec.ajv.errorsText(v.errors)}`);
      }
    }
    const body = Buffer.from(JSON.stringify(reply.json));
    res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
    return;
  }
  if (reply.bytes) {
    res.writeHead(reply.status, { 'Content-Type': reply.contentType ?? 'application/octet-stream', 'Content-Length': reply.bytes.length });
    res.end(reply.bytes);
    return;
  }
  res.writeHead(reply.status);
  res.end();
}

async function applyFault(f: Fault, res: ServerResponse, requestId: string): Promise<boolean> {
  if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs).unref());
  if (f.reset === 'before-response') {
    res.socket?.destroy();
    return true;
  }
  if (f.reset) {
    res.writeHead(f.status ?? 200, { 'Content-Type': f.contentType ?? 'application/json', 'Content-Length': '4096' });
    res.write('{"data":{"id":"');
    await new Promise((r) => setTimeout(r, 10).unref());
    res.socket?.destroy();
    return true;
  }
  if (f.bytes !== undefined) {
    res.writeHead(f.status ?? 200, { 'Content-Type': f.contentType ?? 'application/json', 'Content-Length': String(f.bytes) });
    await writeBytes(res, f.bytes);
    return true;
  }
  if (f.body !== undefined) {
    const body = Buffer.from(f.body);
    res.writeHead(f.status ?? 200, {
      'Content-Type': f.contentType ?? 'application/json',
      'Content-Length': body.length,
      ...(f.retryAfter !== undefined ? { 'Retry-After': String(f.retryAfter) } : {}),
    });
    res.end(body);
    return true;
  }
  if (f.status !== undefined) {
    sendError(
      res,
      requestId,
      new ApiError(f.status, faultCode(f.status), `Injected fault: ${f.status}.`, undefined, f.retryAfter !== undefined ? { 'Retry-After': String(f.retryAfter) } : undefined),
      f.retryAfter,
    );
    return true;
  }
  return false;
}


function hostProblem(header: 'Host' | 'Origin', value: string): ApiError {
  return new ApiError(
    403,
    'FORBIDDEN',
    `${header} "${value}" is not allowed: the emulator answers only requests addressed to this machine by a loopback name, never from a browser page on another site.`,
  );
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen((server.address() as AddressInfo).port);
    });
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function writeBytes(res: ServerResponse, n: number): Promise<void> {
  const head = Buffer.from('{"data":"');
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let left = n;
  const write = (b: Buffer): Promise<void> =>
    new Promise((r) => {
      if (res.destroyed) return r();
      if (res.write(b)) return r();
      const done = (): void => {
        res.off('drain', done);
        res.off('close', done);
        r();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  if (left > 0) {
    const h = head.subarray(0, Math.min(head.length, left));
    await write(h);
    left -= h.length;
  }
  while (left > 0 && !res.destroyed) {
    const part = chunk.subarray(0, Math.min(chunk.length, left));
    await write(part);
    left -= part.length;
  }
  res.end();
}

export function errorBody(requestId: string, err: ApiError, retryAfter?: number): unknown {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details ? { details: err.details } : {}),
      request_id: requestId,
      ...(retryAfter !== undefined ? { retry_after: retryAfter } : {}),
    },
  };
}

function sendError(res: ServerResponse, requestId: string, err: ApiError, retryAfter?: number): void {
  const body = Buffer.from(JSON.stringify(errorBody(requestId, err, retryAfter)));
  res.writeHead(err.status, {
    ...(err.headers ?? {}),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'X-Request-Id': requestId,
  });
  res.end(body);
}

// ── request parsing against the spec ──────────────────────────────────────

function validationError(field: string, message: string): ApiError {
  return new ApiError(422, 'VALIDATION_ERROR', message, { field });
}

function coerce(p: ParamDef, value: string): unknown {
  switch (p.type) {
    case 'integer':
      return /^-?\d+$/.test(value) ? Number(value) : value;
    case 'number':
      return value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
    case 'boolean':
      return value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
    default:
      return value;
  }
}

function checkParam(spec: Spec, p: ParamDef, value: unknown): void {
  const v = spec.validator(p.pointer);
  if (!v(value)) {
    const err = v.errors![0];
    throw validationError(p.name, describeError(err, p.name).replace(`${p.name} ${p.name}`, p.name));
  }
}

function parsePath(spec: Spec, op: Operation, raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of op.params) {
    if (p.in !== 'path') continue;
    let value: string;
    try {
      value = raw[p.name]
        .split('/')
        .map((s) => decodeURIComponent(s))
        .join('/');
    } catch {
      throw validationError(p.name, `${p.name} is not valid percent-encoding.`);
    }
    // No resource has such an id; every operation with an id declares 404, not all declare 422.
    if (!p.multiSegment && value.includes('/')) throw new ApiError(404, 'NOT_FOUND', `Nothing has the ${p.name} "${value}": ids never contain "/".`);
    const coerced = coerce(p, value);
    checkParam(spec, p, coerced);
    out[p.name] = coerced;
  }
  return out;
}

function parseQuery(spec: Spec, op: Operation, params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of op.params) {
    if (p.in !== 'query') continue;
    const value = params.get(p.name);
    if (value === null) {
      if (p.required) throw validationError(p.name, `${p.name} is required.`);
      if (p.defaultValue !== undefined) out[p.name] = p.defaultValue;
      continue;
    }
    const coerced = coerce(p, value);
    checkParam(spec, p, coerced);
    out[p.name] = coerced;
  }
  return out;
}

function checkHeaders(spec: Spec, op: Operation, headers: Record<string, string>): void {
  for (const p of op.params) {
    if (p.in !== 'header') continue;
    const value = headers[p.name.toLowerCase()];
    if (value === undefined) {
      if (p.required) throw validationError(p.name, `${p.name} header is required.`);
      continue;
    }
    checkParam(spec, p, value);
  }
}

function parseBody(spec: Spec, op: Operation, parsed: unknown, raw: Buffer, badJson: boolean): unknown {
  if (!op.body) return undefined;
  const json = op.body.contentType.includes('json');
  if (!json) {
    if (!raw.length && op.body.required) throw validationError('body', 'A request body is required.');
    return raw;
  }
  if (badJson) throw validationError('body', 'The request body is not valid JSON.');
  if (parsed === undefined) {
    if (op.body.required) throw validationError('body', 'A JSON request body is required.');
    return undefined;
  }
  if (Buffer.isBuffer(parsed)) throw validationError('body', 'The request body must be JSON (Content-Type: application/json).');
  const v = spec.validator(op.body.pointer);
  if (!v(parsed)) {
    const err = v.errors![0];
    const field = fieldOf(err);
    throw validationError(field, describeError(err, field));
  }
  return parsed;
}
