// Isolation at full size: many MCP clients over HTTP at once, each with its own key, interleaving
// writes and reads against the emulator. Every listing must hold only ids its own client created,
// every command must answer its own client, and reading another client's sandbox must fail.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { unfence } from '../../src/fence.js';
import { runIsolation, type IsolationClient, type IsolationPlan } from '../../test/support/isolation.js';
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
  /** Latency of the timed calls. */
  p50Ms: number;
  p95Ms: number;
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
const structured = (r: CallToolResult | undefined) => r?.structuredContent as Structured | undefined;

/** A client of this run: its tag, the sandboxes it created, and the sandbox and computer it set up. */
interface Agent extends IsolationClient {
  tag: string;
  own: Set<string>;
  base: string;
  computer: string;
}

/**
 * Against the emulator, through the shared driver (test/support/isolation.ts). Unlike the reliability
 * test, whose stand-in echoes what it saw, ownership is what the emulator keeps: each client creates
 * sandboxes and must list only its own, must get its own echo back from exec, and must be refused its
 * neighbour's sandbox.
 */
export async function measureIsolation(opts: IsolationOptions = {}): Promise<IsolationResult> {
  const say = opts.say ?? (() => {});
  const nClients = opts.clients ?? 50;
  const calls = opts.calls ?? 10_000;
  const perClient = Math.floor(calls / nClients);
  const emulator = opts.emulatorUrl ? undefined : await startEmulatorProcess();
  const upstream = opts.emulatorUrl ?? emulator!.url;
  // Waits poll fast here: setup creates a sandbox and a computer per client and waits for both.
  const server = await startOurHttp(upstream, { env: { MIOSA_POLL_MS: '50' } });
  const run = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  const tagOf = (n: number) => `iso-${run}-${n}`;
  const owner = new Map<string, number>();
  let missing = 0;
  let created = 0;

  const plan: IsolationPlan<Agent> = {
    serverUrl: server.url,
    clients: nClients,
    callsPerClient: perClient,
    headers: (n) => ({ Authorization: `Bearer msk_u_${tagOf(n).replace(/-/g, '_')}` }),
    setup: async (c, call) => {
      const sbx = await call(c, 'sandbox_create', { name: `base-${c.n}` });
      const comp = await call(c, 'computer_create', { name: `desk-${c.n}` });
      const a: Agent = { ...c, tag: tagOf(c.n), own: new Set(), base: String(structured(sbx)?.id ?? ''), computer: String(structured(comp)?.id ?? '') };
      if (!a.base || !a.computer) throw new Error('no sandbox or computer to work with');
      a.own.add(a.base);
      owner.set(a.base, a.n);
      return a;
    },
    step: (a, k) => {
      const op = OPS[(k + a.n) % OPS.length];
      switch (op) {
        case 'sandbox_create':
          return {
            name: op,
            args: { wait: false, tags: [a.tag] },
            check: (r, report) => {
              const id = structured(r)?.id;
              if (typeof id !== 'string') return report.fail(`client ${a.n} sandbox_create: no id in the answer`);
              const prev = owner.get(id);
              if (prev !== undefined && prev !== a.n) report.leak(`client ${a.n} was handed ${id}, created by client ${prev}`);
              owner.set(id, a.n);
              a.own.add(id);
              created++;
            },
          };
        case 'sandbox_list':
          return {
            name: op,
            args: {},
            check: (r, report) => {
              const items = structured(r)?.items;
              if (!Array.isArray(items)) return report.fail(`client ${a.n} sandbox_list: no items in the answer`);
              const seen = new Set(items.map((s) => s.id));
              for (const id of seen) {
                if (!a.own.has(id)) report.leak(`client ${a.n} listed ${id} (${owner.has(id) ? `client ${owner.get(id)}'s` : 'not created by this run'})`);
              }
              for (const id of a.own) if (!seen.has(id)) missing++;
            },
          };
        case 'sandbox_exec':
          return {
            name: op,
            args: { id: a.base, command: `echo ${a.tag}` },
            check: (r, report) => {
              const fenced = structured(r)?.stdout;
              const out = unfence(fenced) ?? fenced; // machine-written: fenced in structuredContent
              if (typeof out !== 'string' || out.trim() !== a.tag) report.leak(`client ${a.n} exec answered ${JSON.stringify(out)}`);
            },
          };
        case 'desktop_screenshot':
          return {
            name: op,
            args: { computerId: a.computer },
            check: (r, report) => {
              if (r.content[0]?.type !== 'image') report.fail(`client ${a.n} desktop_screenshot: no image`);
            },
          };
      }
    },
    // Each client reads its neighbour's sandbox (which must be refused), then lists its own.
    probe: async (a, all, call, report) => {
      const other = all[(all.indexOf(a) + 1) % all.length];
      const r = await call(a, 'sandbox_get', { id: other.base }, { errorExpected: true });
      if (r && !r.isError) report.leak(`client ${a.n} could read client ${other.n}'s sandbox ${other.base}`);
      const listed = await call(a, 'sandbox_list', {});
      const ids = new Set((structured(listed)?.items ?? []).map((s) => s.id));
      if (listed && (ids.size !== a.own.size || [...a.own].some((id) => !ids.has(id)))) {
        report.leak(`client ${a.n} final listing has ${ids.size} sandboxes, it created ${a.own.size}`);
      }
    },
  };

  try {
    say(`isolation: ${nClients} clients connect and set up (a running sandbox and a desktop computer each), then ${int(perClient * nClients)} calls (${perClient} per client), interleaving ${OPS.join(', ')}, then probes`);
    const f = await runIsolation(plan);
    return {
      clients: nClients,
      calls: f.calls,
      setupCalls: f.setupCalls,
      probeCalls: f.probeCalls,
      durationSec: f.durationMs / 1000,
      callsPerSec: f.callsPerSecond,
      p50Ms: f.p50Ms,
      p95Ms: f.p95Ms,
      byTool: f.byTool,
      errors: f.errors.count,
      errorSamples: f.errors.samples,
      crossTalk: f.crossTalk.count,
      crossTalkSamples: f.crossTalk.samples,
      missing,
      sandboxesCreated: created + f.agents.length,
      ok: f.errors.count === 0 && f.crossTalk.count === 0 && missing === 0 && f.calls === perClient * nClients,
    };
  } finally {
    await server.stop();
    await emulator?.stop();
  }
}

export function isolationTable(r: IsolationResult): string {
  return table(
    ['clients (own key each)', 'calls', 'by tool', 'duration', 'calls/s', 'p50 / p95', 'errors', 'cross-talk', 'own ids missing from a listing', 'setup + probe calls', 'result'],
    [
      [
        r.clients,
        int(r.calls),
        Object.entries(r.byTool)
          .map(([k, v]) => `${k} ${int(v)}`)
          .join(', '),
        `${r.durationSec.toFixed(1)} s`,
        int(r.callsPerSec),
        `${r.p50Ms} / ${r.p95Ms} ms`,
        r.errors,
        r.crossTalk,
        r.missing,
        `${r.setupCalls} + ${r.probeCalls}`,
        r.ok ? 'isolated, no errors' : 'FAILED',
      ],
    ],
  );
}
