// Shared by the emulator tests: a plain-fetch client and a spec-backed response checker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '../..');

export interface Res {
  status: number;
  headers: Headers;
  json: any;
  bytes: Buffer;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  raw?: Buffer | string;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** API key; null sends no Authorization header. */
  key?: string | null;
}

export function client(baseUrl: string, defaultKey = 'msk_u_test_default') {
  return async function call(method: string, path: string, opts: CallOptions = {}): Promise<Res> {
    const url = new URL(`${baseUrl}/api/v1${path}`);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const key = opts.key === undefined ? defaultKey : opts.key;
    if (key !== null) headers.Authorization ??= `Bearer ${key}`;
    let body: RequestInit['body'];
    if (opts.raw !== undefined) {
      body = typeof opts.raw === 'string' ? opts.raw : new Uint8Array(opts.raw);
      headers['Content-Type'] ??= 'application/octet-stream';
    } else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const r = await fetch(url, { method, headers, body });
    const bytes = Buffer.from(await r.arrayBuffer());
    const text = bytes.toString('utf8');
    let json: unknown;
    if ((r.headers.get('content-type') ?? '').includes('json')) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return { status: r.status, headers: r.headers, json, bytes, text };
  };
}

export type Call = ReturnType<typeof client>;

export async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The spec, loaded independently of the emulator, with ajv over it. */
export function specChecker() {
  const doc = parse(readFileSync(join(ROOT, 'openapi/miosa.yaml'), 'utf8'), { maxAliasCount: -1 }) as any;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ ...doc, $id: 'miosa-test' });
  const deref = (node: any): any => {
    while (node && typeof node.$ref === 'string') {
      node = node.$ref
        .slice(2)
        .split('/')
        .reduce((n: any, k: string) => n[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
    }
    return node;
  };
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  const operations: Array<{ id: string; method: string; path: string; regex: RegExp; op: any }> = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const op = item[method];
      if (!op) continue;
      const multi = new Set((op.parameters ?? []).map(deref).filter((p: any) => p['x-multi-segment']).map((p: any) => p.name));
      const re = path.replace(/[.]/g, '\\.').replace(/\{([^}]+)\}/g, (_m, n: string) => (multi.has(n) ? '(.+)' : '([^/]+)'));
      operations.push({ id: op.operationId, method: method.toUpperCase(), path, regex: new RegExp(`^${re}$`), op });
    }
  }
  // Literal templates first (`/files/tree` before `/files/{path}`).
  operations.sort((a, b) => b.path.replace(/\{[^}]+\}/g, '').length - a.path.replace(/\{[^}]+\}/g, '').length);
  return {
    doc,
    operations,
    /** The operation a request hit. */
    operationOf(method: string, path: string) {
      return operations.find((o) => o.method === method && o.regex.test(path));
    },
    /** The first example of the named request body schema of an operation. */
    bodyExample(operationId: string): any {
      const o = operations.find((x) => x.id === operationId)!;
      const schema = deref(o.op.requestBody?.content?.['application/json']?.schema);
      return structuredClone(schema?.examples?.[0] ?? {});
    },
    /** Problems with an answer: its status not declared, or its body not matching the declared schema. */
    check(operationId: string, res: Res): string[] {
      const o = operations.find((x) => x.id === operationId)!;
      const problems: string[] = [];
      if (!res.headers.get('x-request-id')) problems.push('no X-Request-Id');
      const key = o.op.responses[String(res.status)] ? String(res.status) : `${String(res.status)[0]}XX`;
      const response = deref(o.op.responses[key]);
      if (!response) return [...problems, `status ${res.status} is not declared`];
      const content = response.content as Record<string, any> | undefined;
      if (!content) {
        if (res.bytes.length) problems.push(`status ${res.status} declares no body but got ${res.bytes.length} bytes`);
        return problems;
      }
      const [type] = Object.keys(content);
      const got = res.headers.get('content-type') ?? '';
      if (!got.startsWith(type)) problems.push(`content-type ${got}, expected ${type}`);
      if (type.includes('json')) {
        const pointer = `/paths/${esc(o.path)}/${o.method.toLowerCase()}/responses/${key}`;
        const schemaPointer = o.op.responses[key].$ref ? `${o.op.responses[key].$ref.slice(1)}/content/${esc(type)}/schema` : `${pointer}/content/${esc(type)}/schema`;
        const validate = ajv.getSchema(`miosa-test#${schemaPointer}`)!;
        if (!validate(res.json)) problems.push(`body does not match: ${ajv.errorsText(validate.errors)}`);
      } else if (!res.bytes.length && type !== 'application/octet-stream') {
        problems.push('empty binary body');
      }
      return problems;
    },
  };
}
