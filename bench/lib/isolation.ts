// Isolation at full size: many MCP clients over HTTP at once, each with its own key, interleaving
// writes and reads against the emulator. Every listing must hold only ids its own client created,
// every command must answer its own client, and reading another client's sandbox must fail.
import { performance } from 'node:perf_hooks';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { unfence } from '../../src/fence.js';
import { startEmulatorProcess, startOurHttp } from './procs.js';
import { int, table } from './stats.js';

export interface IsolationOptions {
  clients?: number;
  calls?: number;
  emulatorUrl?: string;
  say?: (line: string) => void;
}

export interface IsolationResult {
  clients: number;
  calls: number;
  setupCalls: number;
  probeCalls: number;
  durationSec: number;
  callsPerSec: number;
  byTool: Record<string, number>;
  errors: number;
  errorSamples: string[];
  /** A listing or answer that showed another client's data, or another client's sandbox readable. */
  crossTalk: number;
  crossTalkSamples: string[];
  /** Own sandboxes missing from a listing (not cross-talk, but wrong). */
  missing: number;
  sandboxesCreated: number;
  ok: boolean;
}

const OPS = ['sandbox_create', 'sandbox_list', 'sandbox_exec', 'desktop_screenshot'] as const;

type Structured = Record<string, unknown> & { id?: string; items?: { id: string }[]; stdout?: string };

export async function runIsolation(opts: IsolationOptions = {}): Promise<IsolationResult> {
  const say = opts.say ?? (() => {});
  const nClients = opts.clients ?? 50;
  const calls = opts.calls ?? 10_000;
  const perClient = Math.floor(calls / nClients);
  const emulator = opts.emulatorUrl ? undefined : await startEmulatorProcess();
  const upstream = opts.emulatorUrl ?? emulator!.url;
  // Waits poll fast here: setup creates a sandbox and a computer per client and waits for both.
  const server = await startOurHttp(upstream, { env: { MIOSA_POLL_MS: '50' } });
  const run = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  const owner = new Map<string, number>();
  const errorSamples: string[] = [];
  const crossTalkSamples: string[] = [];
  const byTool: Record<string, number> = {};
  let errors = 0;
  let crossTalk = 0;
  let missing = 0;
  let setupCalls = 0;
  let probeCalls = 0;
  let created = 0;
  const fail = (what: string) => {
    errors++;
    if (errorSamples.length < 10) errorSamples.push(what);
  };
  const leak = (what: string) => {
    crossTalk++;
    if (crossTalkSamples.length < 10) crossTalkSamples.push(what);
  };

  interface Agent {
    i: number;
    tag: string;
    client: Client;
    own: Set<string>;
    base: string;
    computer: string;
  }
  const call = async (a: Agent, name: string, args: Record<string, unknown>): Promise<CallToolResult | undefined> => {
    try {
      const r = (await a.client.callTool({ name, arguments: args }, undefined, { timeout: 60_000 })) as CallToolResult;
      if (r.isError) {
        fail(`client ${a.i} ${name}: ${JSON.stringify(r.structuredContent ?? r.content).slice(0, 300)}`);
        return undefined;
      }
      return r;
    } catch (err) {
      fail(`client ${a.i} ${name}: ${(err as Error).message}`);
      return undefined;
    }
  };

  try {
    say(`isolation: ${nClients} clients connect and set up (a running sandbox and a desktop computer each)`);
    const agents: Agent[] = await Promise.all(
      Array.from({ length: nClients }, async (_, i) => {
        const tag = `iso-${run}-${i}`;
        const client = new Client({ name: `isolation-${i}`, version: '0' });
        const key = `msk_u_${tag.replace(/-/g, '_')}`;
        await client.connect(new StreamableHTTPClientTransport(new URL(server.url), { requestInit: { headers: { Authorization: `Bearer ${key}` } } }));
        const a: Agent = { i, tag, client, own: new Set(), base: '', computer: '' };
        const sbx = await call(a, 'sandbox_create', { name: `base-${i}` });
        const comp = await call(a, 'computer_create', { name: `desk-${i}` });
        setupCalls += 2;
        a.base = String((sbx?.structuredContent as Structured | undefined)?.id ?? '');
        a.computer = String((comp?.structuredContent as Structured | undefined)?.id ?? '');
        if (!a.base || !a.computer) throw new Error(`client ${i} setup failed: ${errorSamples.join('; ')}`);
        a.own.add(a.base);
        owner.set(a.base, i);
        return a;
      }),
    );

    say(`isolation: ${int(perClient * nClients)} calls (${perClient} per client), interleaving ${OPS.join(', ')}`);
    const t0 = performance.now();
    await Promise.all(
      agents.map(async (a) => {
        for (let k = 0; k < perClient; k++) {
          const op = OPS[(k + a.i) % OPS.length];
          byTool[op] = (byTool[op] ?? 0) + 1;
          if (op === 'sandbox_create') {
            const r = await call(a, op, { wait: false, tags: [a.tag] });
            const id = (r?.structuredContent as Structured | undefined)?.id;
            if (r && typeof id === 'string') {
              const prev = owner.get(id);
              if (prev !== undefined && prev !== a.i) leak(`client ${a.i} was handed ${id}, created by client ${prev}`);
              owner.set(id, a.i);
              a.own.add(id);
              created++;
            } else if (r) fail(`client ${a.i} sandbox_create: no id in the answer`);
          } else if (op === 'sandbox_list') {
            const r = await call(a, op, {});
            if (!r) continue;
            const items = (r.structuredContent as Structured | undefined)?.items;
            if (!Array.isArray(items)) {
              fail(`client ${a.i} sandbox_list: no items in the answer`);
              continue;
            }
            const seen = new Set(items.map((s) => s.id));
            for (const id of seen) {
              if (!a.own.has(id)) leak(`client ${a.i} listed ${id} (${owner.has(id) ? `client ${owner.get(id)}'s` : 'not created by this run'})`);
            }
            for (const id of a.own) if (!seen.has(id)) missing++;
          } else if (op === 'sandbox_exec') {
            const r = await call(a, op, { id: a.base, command: `echo ${a.tag}` });
            const fenced = (r?.structuredContent as Structured | undefined)?.stdout;
            const out = unfence(fenced) ?? fenced; // machine-written: fenced in structuredContent
            if (r && (typeof out !== 'string' || out.trim() !== a.tag)) leak(`client ${a.i} exec answered ${JSON.stringify(out)}`);
          } else {
            const r = await call(a, op, { computerId: a.computer });
            if (r && r.content[0]?.type !== 'image') fail(`client ${a.i} desktop_screenshot: no image`);
          }
        }
      }),
    );
    const durationSec = (performance.now() - t0) / 1000;

    say('isolation: probes (each client reads its neighbour’s sandbox, then lists its own)');
    await Promise.all(
      agents.map(async (a) => {
        const other = agents[(a.i + 1) % agents.length];
        probeCalls += 2;
        try {
          const r = (await a.client.callTool({ name: 'sandbox_get', arguments: { id: other.base } })) as CallToolResult;
          if (!r.isError) leak(`client ${a.i} could read client ${other.i}'s sandbox ${other.base}`);
        } catch (err) {
          fail(`client ${a.i} probe: ${(err as Error).message}`);
        }
        const r = await call(a, 'sandbox_list', {});
        const items = ((r?.structuredContent as Structured | undefined)?.items ?? []).map((s) => s.id);
        const listed = new Set(items);
        if (r && (listed.size !== a.own.size || [...a.own].some((id) => !listed.has(id)))) {
          leak(`client ${a.i} final listing has ${listed.size} sandboxes, it created ${a.own.size}`);
        }
      }),
    );
    await Promise.all(agents.map((a) => a.client.close()));
    const done = perClient * nClients;
    return {
      clients: nClients,
      calls: done,
      setupCalls,
      probeCalls,
      durationSec,
      callsPerSec: done / durationSec,
      byTool,
      errors,
      errorSamples,
      crossTalk,
      crossTalkSamples,
      missing,
      sandboxesCreated: created + agents.length,
      ok: errors === 0 && crossTalk === 0 && missing === 0,
    };
  } finally {
    await server.stop();
    await emulator?.stop();
  }
}

export function isolationTable(r: IsolationResult): string {
  return table(
    ['clients (own key each)', 'calls', 'by tool', 'duration', 'calls/s', 'errors', 'cross-talk', 'own ids missing from a listing', 'setup + probe calls', 'result'],
    [
      [
        r.clients,
        int(r.calls),
        Object.entries(r.byTool)
          .map(([k, v]) => `${k} ${int(v)}`)
          .join(', '),
        `${r.durationSec.toFixed(1)} s`,
        int(r.callsPerSec),
        r.errors,
        r.crossTalk,
        r.missing,
        `${r.setupCalls} + ${r.probeCalls}`,
        r.ok ? 'isolated, no errors' : 'FAILED',
      ],
    ],
  );
}
