// MIOSA's official SDKs as clients: their requests (test/fixtures/sdk-requests.ts), replayed in order
// against the emulator, must be requests the spec allows, get answers the spec declares, and carry
// the fields the SDKs read. Then the tools for the same operations must send the same body shapes,
// and read the answer in either shape where the SDKs disagree.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { SDK_FLOW, sdkHeaders, type SdkStep } from '../fixtures/sdk-requests.js';
import { connect, insideFence, KEY, unfencedValue, type Connected } from '../support/harness.js';
import { exampleReply, useRecordingUpstream, type RecordingUpstream } from '../support/recording-upstream.js';
import { specChecker, type Res } from '../support/spec-checker.js';

const spec = specChecker();
const SDK_KEY = 'msk_u_sdk_fixture';

/** Fills `{name}` placeholders in strings, deeply. */
function fill<T>(value: T, vars: Record<string, string>): T {
  if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m) as T;
  if (Array.isArray(value)) return value.map((v) => fill(v, vars)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)])) as T;
  return value;
}

function at(value: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
}

/** What the SDK looks at, after its own unwrap. */
function sdkView(step: SdkStep, json: unknown): unknown {
  if (step.unwrap === 'data-if-present' && json && typeof json === 'object' && 'data' in json) return (json as { data: unknown }).data;
  return json;
}

describe('the SDKs\' requests against the emulator', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, bootMs: 50 });
  });
  afterAll(async () => {
    await emu?.close();
  });

  it('every step of the quick-start and live-test flows: allowed by the spec, answered as declared, with the fields the SDK reads', async () => {
    const vars: Record<string, string> = {};
    const items = new Set<string>();
    for (const raw of SDK_FLOW) {
      const step = fill(raw, vars);
      const headers = sdkHeaders(SDK_KEY, step);
      const body = step.body === undefined ? undefined : JSON.stringify(step.body);
      const query = new URLSearchParams(step.query ?? {}).toString();
      const path = `/api/v1${step.path}`;
      const where = `${step.sdk}: ${step.method} ${step.path}`;

      const verdict = spec.checkRequest({
        method: step.method,
        path,
        query,
        headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
        body: Buffer.from(body ?? ''),
      });
      expect(verdict.problems, `${where}: the spec refuses the SDK's request`).toEqual([]);

      let res: Res;
      for (let tries = 0; ; tries++) {
        const r = await fetch(`${emu.url}${path}${query ? `?${query}` : ''}`, { method: step.method, headers, body });
        const bytes = Buffer.from(await r.arrayBuffer());
        const text = bytes.toString('utf8');
        res = { status: r.status, headers: r.headers, bytes, text, json: (r.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : undefined };
        const view = sdkView(step, res.json);
        if (!step.until || step.until.in.includes(String(at(view, step.until.field))) || tries > 100) break;
        await new Promise((r2) => setTimeout(r2, 50));
      }
      expect(res.status, `${where}: ${res.text.slice(0, 300)}`).toBe(step.status);
      expect(spec.check(verdict.operationId!, res), `${where}: the answer is not what the spec declares`).toEqual([]);

      const view = sdkView(step, res.json);
      // What the SDK reads without unwrapping must come bare, with no {data} around it.
      if (step.unwrap === 'none') expect(res.json, `${where}: answered inside {data}, which the SDK does not unwrap`).not.toHaveProperty('data');
      for (const read of step.reads ?? []) {
        const found = read.split('|').map((alt) => at(view, alt)).find((v) => v !== undefined && v !== null);
        expect(found, `${where}: the SDK reads ${read}, which the answer does not have`).toBeDefined();
      }
      if (step.until) expect(step.until.in, where).toContain(String(at(view, step.until.field)));
      if (step.bytes !== undefined) expect(res.text, where).toBe(step.bytes);
      for (const [name, field] of Object.entries(step.save ?? {})) vars[name] = String(at(view, field));
      for (const item of step.item.split(/,\s*/)) items.add(item);
    }
    // The fixture covers every item of issue 14 that is about a request or an answer.
    for (const item of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']) expect([...items]).toContain(item);
  });

  it('the flows include the answers the SDKs read bare: a computer, its exec output and its windows', () => {
    const bare = SDK_FLOW.filter((s) => s.unwrap === 'none').map((s) => s.path);
    expect(bare).toEqual(expect.arrayContaining(['/computers', '/computers/{computer}/exec', '/computers/{computer}/desktop/windows']));
  });
});

describe('the tools send what the SDKs send', () => {
  const recording = useRecordingUpstream({ beforeAll, afterAll, beforeEach });
  let up: RecordingUpstream;
  let mcp: Connected;
  const fakeIds = { sandbox: 'sbx_sdk1', computer: 'comp_sdk1', deployment: 'dep_sdk1', version: 'ver_sdk1' };

  beforeAll(async () => {
    up = recording.current;
    mcp = await connect({ upstreamUrl: up.url, credentials: { apiKey: KEY } });
  });
  afterAll(() => mcp.close());

  const withTools = SDK_FLOW.filter((s) => s.tool);
  it.each(withTools.map((s) => [s.tool!.name, s] as const))('%s: the same operation, the SDK body\'s keys and value types', async (_name, raw) => {
    const step = fill(raw, fakeIds);
    const r = await mcp.call(step.tool!.name, step.tool!.args);
    expect(r.isError, JSON.stringify(r.content)).toBeFalsy();
    const sdkOp = spec.operationOf(step.method, step.path)!.id;
    const sent = up.requests.find((q) => q.operationId === sdkOp);
    expect(sent, `${step.tool!.name} calls ${sdkOp}`).toBeDefined();
    const verdict = spec.checkRequest({ method: sent!.method, path: sent!.path, query: '', headers: sent!.headers, body: sent!.body });
    expect(verdict.problems).toEqual([]);
    const toolBody = (sent!.json ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(step.body ?? {})) {
      expect(toolBody, `${step.tool!.name} sends ${k} as the SDK does`).toHaveProperty(k);
      expect(typeof toolBody[k], `${step.tool!.name}: ${k}`).toBe(typeof v);
      // Values the model chose are sent as given (the base64 of the same text, the same metadata).
      if (step.tool!.name !== 'computer_create' || k !== 'name') expect(toolBody[k], `${step.tool!.name}: ${k}`).toEqual(v);
    }
  });

  it('desktop_windows reads `{windows}` (TS) and `{data}` (PY) alike', async () => {
    const windows = [{ id: '0x1', title: 'xterm', app: 'xterm', x: 0, y: 0, width: 640, height: 400, is_focused: true }];
    for (const body of [{ windows }, { data: windows }]) {
      up.respond((q) => (q.operationId === 'listDesktopWindows' ? { body } : undefined));
      const r = await mcp.call('desktop_windows', { computerId: 'comp_sdk1' });
      expect(r.isError).toBeFalsy();
      // Titles are written inside the machine: fenced for the model, the same values inside.
      expect(insideFence((r.structuredContent as { items: { title: string }[] }).items[0].title)).toBe('xterm');
      expect(unfencedValue(r.structuredContent)).toMatchObject({ items: windows });
    }
  });

  it('computer_exec and computer_create read bare and `{data}` answers alike', async () => {
    const result = { exit_code: 0, stdout: 'hello\n', stderr: '' };
    for (const body of [result, { data: result }]) {
      up.respond((q) => (q.operationId === 'execComputer' ? { body } : undefined));
      const r = await mcp.call('computer_exec', { id: 'comp_sdk1', command: 'echo hello' });
      expect(unfencedValue(r.structuredContent)).toMatchObject(result);
    }
    const computer = (exampleReply('getComputer').body as Record<string, unknown>);
    for (const body of [{ ...computer, id: 'comp_bare' }, { data: { ...computer, id: 'comp_wrapped' } }]) {
      up.requests.length = 0;
      up.respond((q) => (q.operationId === 'createComputer' ? { status: 201, body } : undefined));
      const r = await mcp.call('computer_create', { name: 'desk', wait: false });
      expect(r.isError, JSON.stringify(r.content)).toBeFalsy();
      const id = 'data' in body ? 'comp_wrapped' : 'comp_bare';
      // The composite found the id either way and started that computer.
      expect(up.requests.map((q) => q.path)).toContain(`/api/v1/computers/${id}/start`);
    }
  });

  it('the active computer is found in the TS list shape `{data, meta}` and the PY one `{total, computers}`', async () => {
    const running = { ...(exampleReply('getComputer').body as Record<string, unknown>), id: 'comp_live', status: 'active', created_at: '2026-11-24T09:15:00Z' };
    for (const list of [{ data: [running], meta: { total: 1, page: 1, per_page: 100 } }, { total: 1, computers: [running] }]) {
      up.requests.length = 0;
      up.respond((q) => (q.operationId === 'listComputers' ? { body: list } : undefined));
      const r = await mcp.call('computer_exec', { command: 'true' });
      expect(r.isError, JSON.stringify(r.content)).toBeFalsy();
      expect(up.requests.map((q) => q.path)).toContain('/api/v1/computers/comp_live/exec');
    }
  });
});
