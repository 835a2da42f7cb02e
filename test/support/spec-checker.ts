// The spec as a judge, loaded independently of the server, the generator and the emulator: which
// operation a request hits, whether the request is one the spec allows (path, query, headers, body),
// and whether an answer is one the spec declares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
const API_PREFIX = '/api/v1';

export interface Res {
  status: number;
  headers: Headers;
  json: any;
  bytes: Buffer;
  text: string;
}

/** A request as it arrived on the wire (path still percent-encoded, header names lower case). */
export interface WireRequest {
  method: string;
  /** With or without the `/api/v1` prefix. */
  path: string;
  /** The raw query string, without `?`. */
  query: string;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export interface RequestVerdict {
  operationId?: string;
  problems: string[];
}

interface Operation {
  id: string;
  method: string;
  path: string;
  regex: RegExp;
  op: any;
  /** JSON pointer of the operation in the document. */
  at: string;
}

const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

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
  /** The pointer a possibly-$ref'd node at `at` really lives at. */
  const resolvedAt = (at: string, node: any): string => (node && typeof node.$ref === 'string' ? node.$ref.slice(1) : at);
  const validatorAt = (pointer: string): ValidateFunction => {
    const v = ajv.getSchema(`miosa-test#${pointer}`);
    if (!v) throw new Error(`no schema at ${pointer}`);
    return v;
  };

  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const op = item[method];
      if (!op) continue;
      const multi = new Set((op.parameters ?? []).map(deref).filter((p: any) => p['x-multi-segment']).map((p: any) => p.name));
      const re = path.replace(/[.]/g, '\\.').replace(/\{([^}]+)\}/g, (_m, n: string) => (multi.has(n) ? '(.+)' : '([^/]+)'));
      operations.push({ id: op.operationId, method: method.toUpperCase(), path, regex: new RegExp(`^${re}$`), op, at: `/paths/${esc(path)}/${method}` });
    }
  }
  // Literal templates first (`/files/tree` before `/files/{path}`).
  operations.sort((a, b) => b.path.replace(/\{[^}]+\}/g, '').length - a.path.replace(/\{[^}]+\}/g, '').length);
  const byId = (operationId: string) => operations.find((x) => x.id === operationId)!;

  /** A parameter's raw text as its schema's type, or undefined when it cannot be one. */
  const coerce = (raw: string, schema: any): unknown => {
    switch (schema?.type) {
      case 'integer':
        return /^-?\d+$/.test(raw) ? Number(raw) : raw;
      case 'number':
        return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
      case 'boolean':
        return raw === 'true' ? true : raw === 'false' ? false : raw;
      default:
        return raw;
    }
  };

  function checkParameters(o: Operation, req: WireRequest, match: RegExpExecArray, problems: string[]): void {
    const params = (o.op.parameters ?? []) as any[];
    const query = new URLSearchParams(req.query);
    const declaredQuery = new Set<string>();
    const names = [...o.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    params.forEach((node, i) => {
      const p = deref(node);
      const schemaAt = `${resolvedAt(`${o.at}/parameters/${i}`, node)}/schema`;
      let raw: string | undefined;
      if (p.in === 'path') {
        const captured = match[names.indexOf(p.name) + 1];
        try {
          raw = p['x-multi-segment'] ? captured.split('/').map(decodeURIComponent).join('/') : decodeURIComponent(captured);
        } catch {
          problems.push(`path parameter ${p.name}: "${captured}" is not valid percent-encoding`);
          return;
        }
      } else if (p.in === 'query') {
        declaredQuery.add(p.name);
        const all = query.getAll(p.name);
        if (all.length > 1) problems.push(`query parameter ${p.name} sent ${all.length} times`);
        raw = all[0];
        if (raw === '' && p.allowEmptyValue !== true) problems.push(`query parameter ${p.name} is empty (allowEmptyValue is not set)`);
      } else if (p.in === 'header') {
        raw = req.headers[p.name.toLowerCase()];
      }
      if (raw === undefined) {
        if (p.required) problems.push(`${p.in} parameter ${p.name} is required but missing`);
        return;
      }
      const validate = validatorAt(schemaAt);
      if (!validate(coerce(raw, deref(p.schema)))) problems.push(`${p.in} parameter ${p.name}="${raw}": ${ajv.errorsText(validate.errors)}`);
    });
    for (const key of new Set(query.keys())) if (!declaredQuery.has(key)) problems.push(`query parameter ${key} is not declared`);
  }

  function checkBody(o: Operation, req: WireRequest, problems: string[]): void {
    const node = o.op.requestBody;
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!node) {
      if (req.body.length) problems.push(`sent a ${type || 'typeless'} body of ${req.body.length} bytes; the operation takes none`);
      return;
    }
    const rb = deref(node);
    if (!req.body.length) {
      if (rb.required) problems.push('the request body is required but empty');
      return;
    }
    const content = rb.content as Record<string, unknown>;
    if (!(type in content)) {
      problems.push(`content-type "${type}" is not one of ${Object.keys(content).join(', ')}`);
      return;
    }
    if (!type.includes('json')) return;
    let value: unknown;
    try {
      value = JSON.parse(req.body.toString('utf8'));
    } catch {
      problems.push('the body is not JSON');
      return;
    }
    const validate = validatorAt(`${resolvedAt(`${o.at}/requestBody`, node)}/content/${esc(type)}/schema`);
    if (!validate(value)) problems.push(`body: ${ajv.errorsText(validate.errors)}`);
  }

  function checkAuth(o: Operation, req: WireRequest, problems: string[]): void {
    const security = (o.op.security ?? doc.security ?? []) as unknown[];
    if (!security.length || security.some((s) => Object.keys(s as object).length === 0)) return;
    if (!/^Bearer msk_\S+$/.test(req.headers.authorization ?? '')) problems.push('no "Authorization: Bearer msk_…" header');
  }

  return {
    doc,
    operations,
    /** The operation a request hit. */
    operationOf(method: string, path: string) {
      return operations.find((o) => o.method === method && o.regex.test(path));
    },
    /** The first example of the named request body schema of an operation. */
    bodyExample(operationId: string): any {
      const schema = deref(deref(byId(operationId).op.requestBody)?.content?.['application/json']?.schema);
      return structuredClone(schema?.examples?.[0] ?? {});
    },
    /**
     * The path in plain OpenAPI form: a file path or an object key (x-multi-segment) sent with its
     * slashes becomes one segment with %2F, which is how a standard tool (Prism) can match it;
     * OpenAPI has no way to say that a parameter spans segments.
     */
    standardPath(method: string, path: string): string {
      const o = operations.find((x) => x.method === method && x.regex.test(path));
      const multi = new Set(((o?.op.parameters ?? []) as any[]).map(deref).filter((p) => p['x-multi-segment']).map((p) => p.name as string));
      if (!o || !multi.size) return path;
      const values = o.regex.exec(path)!.slice(1);
      let i = 0;
      return o.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
        const v = values[i++];
        return multi.has(name) ? v.split('/').join('%2F') : v;
      });
    },
    /** Whether the spec allows a request: a declared route, its parameters, auth, and its body. */
    checkRequest(req: WireRequest): RequestVerdict {
      const path = req.path.startsWith(`${API_PREFIX}/`) ? req.path.slice(API_PREFIX.length) : req.path;
      const o = operations.find((x) => x.method === req.method && x.regex.test(path));
      if (!o) return { problems: [`${req.method} ${path} is not an operation of the spec`] };
      const problems: string[] = [];
      checkParameters(o, req, o.regex.exec(path)!, problems);
      checkAuth(o, req, problems);
      checkBody(o, req, problems);
      return { operationId: o.id, problems };
    },
    /** Problems with an answer: its status not declared, or its body not matching the declared schema. */
    check(operationId: string, res: Res): string[] {
      const o = byId(operationId);
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
        const validate = validatorAt(`${resolvedAt(`${o.at}/responses/${key}`, o.op.responses[key])}/content/${esc(type)}/schema`);
        if (!validate(res.json)) problems.push(`body does not match: ${ajv.errorsText(validate.errors)}`);
      } else if (!res.bytes.length && type !== 'application/octet-stream') {
        problems.push('empty binary body');
      }
      return problems;
    },
  };
}
