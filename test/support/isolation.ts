// Tenant isolation under concurrency, the one driver the reliability test and the bench share: many
// MCP clients over HTTP at once, each connected with credentials of its own, each making its calls
// one after another while the others make theirs, every answer checked to be its caller's own. What
// differs between the two is the plan (IsolationPlan): the test reads back what a checking stand-in
// for MIOSA saw of each request (test/reliability/isolation.ts), the bench creates, lists and reads
// real resources on the emulator and probes its neighbours' (bench/lib/isolation.ts). Connecting,
// running the clients side by side, counting failures and cross-talk and timing the calls is here.
import { performance } from 'node:perf_hooks';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { httpClient } from './cli.js';

/** Failures of one kind: how many, and the first few to show. */
export class Tally {
  count = 0;
  readonly samples: string[] = [];
  add(what: string): void {
    this.count++;
    if (this.samples.length < 10) this.samples.push(what);
  }
}

/** One connected client: `n` is its index, which its plan maps to its key and its resources. */
export interface IsolationClient {
  n: number;
  client: Client;
}

/** How a check reports an answer: another client's (cross-talk), or a call that did not do its job. */
export interface Report {
  leak(what: string): void;
  fail(what: string): void;
}

/** One timed call: the tool, its arguments, and the check that its answer is the caller's own. */
export interface Step {
  name: string;
  args: Record<string, unknown>;
  check(r: CallToolResult, report: Report): void;
}

/**
 * A tool call by client `c`, counted in the run. A call that throws, or (unless `errorExpected`)
 * answers with an error result, is a failure and gives undefined.
 */
export type Call = (c: IsolationClient, name: string, args: Record<string, unknown>, opts?: { errorExpected?: boolean }) => Promise<CallToolResult | undefined>;

export interface IsolationPlan<A extends IsolationClient> {
  serverUrl: string;
  clients: number;
  /** Timed calls per client, made one after another. */
  callsPerClient: number;
  /** The headers client n connects with: its own key (and tenant). */
  headers(n: number): Record<string, string>;
  /** Untimed, before the calls: what client `c` needs of its own. Throwing drops the client (a failure). */
  setup?(c: IsolationClient, call: Call, report: Report): Promise<A>;
  /** Timed call k of a client. */
  step(a: A, k: number): Step;
  /** Untimed, after the calls: checks that look across clients (reading a neighbour's resource). */
  probe?(a: A, all: readonly A[], call: Call, report: Report): Promise<void>;
}

export interface IsolationRun<A> {
  clients: number;
  /** Timed calls answered (an error result included; a call that threw is not). */
  calls: number;
  byTool: Record<string, number>;
  setupCalls: number;
  probeCalls: number;
  durationMs: number;
  callsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Answers that were not the caller's own. */
  crossTalk: Tally;
  /** Calls that failed, and clients that could not connect or set up. */
  errors: Tally;
  /** The clients that took part (after setup), for figures of the plan's own. */
  agents: A[];
}

export async function runIsolation<A extends IsolationClient = IsolationClient>(plan: IsolationPlan<A>): Promise<IsolationRun<A>> {
  const errors = new Tally();
  const crossTalk = new Tally();
  const report: Report = { leak: (w) => crossTalk.add(w), fail: (w) => errors.add(w) };
  const byTool: Record<string, number> = {};
  const latencies: number[] = [];
  const counted = { setup: 0, timed: 0, probe: 0 };
  let phase: keyof typeof counted = 'setup';

  const call: Call = async (c, name, args, opts = {}) => {
    counted[phase]++;
    let r: CallToolResult;
    try {
      r = (await c.client.callTool({ name, arguments: args }, undefined, { timeout: 60_000 })) as CallToolResult;
    } catch (err) {
      report.fail(`client ${c.n} ${name}: ${(err as Error).message}`);
      return undefined;
    }
    if (r.isError && !opts.errorExpected) {
      report.fail(`client ${c.n} ${name}: ${JSON.stringify(r.structuredContent ?? r.content).slice(0, 300)}`);
      return undefined;
    }
    return r;
  };

  const connected = await Promise.all(
    Array.from({ length: plan.clients }, async (_, n): Promise<A | undefined> => {
      let c: IsolationClient;
      try {
        c = { n, client: await httpClient(plan.serverUrl, plan.headers(n)) };
      } catch (err) {
        report.fail(`client ${n}: connect: ${(err as Error).message}`);
        return undefined;
      }
      try {
        return plan.setup ? await plan.setup(c, call, report) : (c as A);
      } catch (err) {
        report.fail(`client ${n}: setup: ${(err as Error).message}`);
        await c.client.close().catch(() => {});
        return undefined;
      }
    }),
  );
  const agents = connected.filter((a) => a !== undefined) as A[];

  let answered = 0;
  phase = 'timed';
  const started = performance.now();
  await Promise.all(
    agents.map(async (a) => {
      for (let k = 0; k < plan.callsPerClient; k++) {
        const step = plan.step(a, k);
        byTool[step.name] = (byTool[step.name] ?? 0) + 1;
        const t = performance.now();
        const r = await call(a, step.name, step.args, { errorExpected: true });
        if (!r) continue;
        latencies.push(performance.now() - t);
        answered++;
        if (r.isError) report.fail(`client ${a.n} call ${k} ${step.name}: ${JSON.stringify(r.structuredContent ?? r.content).slice(0, 300)}`);
        else step.check(r, report);
      }
    }),
  );
  const durationMs = performance.now() - started;

  phase = 'probe';
  if (plan.probe) await Promise.all(agents.map((a) => plan.probe!(a, agents, call, report)));
  await Promise.all(agents.map((a) => a.client.close().catch(() => {})));

  latencies.sort((x, y) => x - y);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    clients: plan.clients,
    calls: answered,
    byTool,
    setupCalls: counted.setup,
    probeCalls: counted.probe,
    durationMs: Math.round(durationMs),
    callsPerSecond: durationMs > 0 ? Math.round((answered / durationMs) * 1000) : 0,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    maxMs: Math.round(latencies.at(-1) ?? 0),
    crossTalk,
    errors,
    agents,
  };
}
