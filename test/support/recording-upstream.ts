// A stand-in MIOSA API for runtime tests: it records every request exactly as received and answers
// with the spec's own example for the operation (or whatever a test's responder says), so tests can
// check both what the server sends and what it makes of the answer.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { deref, inlineRefs, isObject, loadYaml, type Json, type JsonObject } from '../../codegen/spec.js';
import { operationsOf } from '../../codegen/ir.js';

export interface Recorded {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: Buffer;
  json?: unknown;
  operationId?: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
  /** Destroy the connection instead of answering. */
  reset?: boolean;
}

export type Responder = (req: Recorded) => Reply | undefined | Promise<Reply | undefined>;

export interface RecordingUpstream {
  url: string;
  requests: Recorded[];
  respond(fn: Responder | undefined): void;
  /** Requests whose socket was closed by the client before an answer (aborted calls). */
  aborted: Recorded[];
  close(): Promise<void>;
}

const SPEC = loadYaml(join(import.meta.dirname, '../../openapi/miosa.yaml'));
// Literal paths first, so /files/tree is not taken for /files/{path}.
const ROUTES = operationsOf(SPEC)
  .map(({ method, path, op }) => ({
    method: method.toUpperCase(),
    re: new RegExp(`^/api/v1${path.replace(/\{[^}]+\}/g, (m) => (multiSegment(op, m) ? '(.+)' : '([^/]+)'))}$`),
    params: (path.match(/\{/g) ?? []).length,
    op,
  }))
  .sort((a, b) => a.params - b.params);

function multiSegment(op: JsonObject, template: string): boolean {
  const name = template.slice(1, -1);
  return ((op.parameters ?? []) as Json[]).some((p) => {
    const param = deref(SPEC, p) as JsonObject;
    return param.name === name && param['x-multi-segment'] === true;
  });
}

/** 1×1 transparent PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The spec's example answer for an operation: first 2xx response, its schema's example. */
export function exampleReply(operationId: string): Reply {
  const route = ROUTES.find((r) => r.op.operationId === operationId);
  if (!route) throw new Error(`no operation ${operationId}`);
  return replyFor(route.op);
}

function replyFor(op: JsonObject): Reply {
  const responses = (op.responses ?? {}) as JsonObject;
  const code = Object.keys(responses).filter((c) => /^2/.test(c)).sort()[0];
  const res = deref(SPEC, responses[code]) as JsonObject;
  const content = (res.content ?? {}) as JsonObject;
  const type = Object.keys(content)[0];
  if (!type) return { status: Number(code) };
  if (type === 'image/png') return { status: Number(code), headers: { 'content-type': 'image/png' }, body: TINY_PNG };
  if (type !== 'application/json') {
    return { status: Number(code), headers: { 'content-type': type }, body: Buffer.from('hello from the emulator\n') };
  }
  const media = content[type] as JsonObject;
  const schema = media.schema as JsonObject;
  const example: Json | undefined =
    media.example ?? (isObject(schema) && typeof schema.$ref === 'string'
      ? ((inlineRefs(SPEC, schema) as JsonObject).examples as Json[] | undefined)?.[0]
      : (schema.examples as Json[] | undefined)?.[0]);
  return { status: Number(code), body: example ?? {} };
}

export async function startRecordingUpstream(): Promise<RecordingUpstream> {
  const requests: Recorded[] = [];
  const aborted: Recorded[] = [];
  let responder: Responder | undefined;
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const route = ROUTES.find((r) => r.method === req.method && r.re.test(url.pathname));
    const body = Buffer.concat(chunks);
    const rec: Recorded = {
      method: req.method ?? '',
      path: req.url?.split('?')[0] ?? '',
      query: Object.fromEntries(
        [...new Set(url.searchParams.keys())].map((k) => {
          const all = url.searchParams.getAll(k);
          return [k, all.length > 1 ? all : all[0]];
        }),
      ),
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      body,
      operationId: route?.op.operationId as string | undefined,
    };
    if ((req.headers['content-type'] ?? '').includes('json') && body.length) rec.json = JSON.parse(body.toString('utf8'));
    requests.push(rec);
    let closed = false;
    res.on('close', () => {
      if (!res.writableFinished) {
        closed = true;
        aborted.push(rec);
      }
    });
    const reply =
      (await responder?.(rec)) ??
      (route ? replyFor(route.op) : { status: 404, body: { error: { code: 'NOT_FOUND', message: 'no route' } } });
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (closed) return;
    if (reply.reset) return void req.socket.destroy();
    const isBytes = Buffer.isBuffer(reply.body);
    const headers = {
      'x-request-id': `req_test_${requests.length}`,
      ...(reply.body !== undefined && !isBytes ? { 'content-type': 'application/json' } : {}),
      ...reply.headers,
    };
    res.writeHead(reply.status ?? 200, headers);
    if (reply.body === undefined) return void res.end();
    res.end(isBytes ? (reply.body as Buffer) : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    aborted,
    respond: (fn) => void (responder = fn),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * One recording upstream for a test file: started before all tests, closed after, and emptied with
 * its responder reset before each test. Read `.current` inside tests.
 */
export function useRecordingUpstream(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
  beforeEach: (fn: () => void) => void;
}): { current: RecordingUpstream } {
  const ref = {} as { current: RecordingUpstream };
  hooks.beforeAll(async () => {
    ref.current = await startRecordingUpstream();
  });
  hooks.afterAll(() => ref.current.close());
  hooks.beforeEach(() => {
    ref.current.requests.length = 0;
    ref.current.respond(undefined);
  });
  return ref;
}
