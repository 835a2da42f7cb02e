// The benchmarks: `npx tsx bench/run.ts` (what `make bench` runs). Everything on 127.0.0.1 against
// the MIOSA emulator in its own process; prints one markdown table per measurement and saves them
// all, with the machine's description, to bench/results.json.
//
//   --quick            fewer runs and shorter loads (a smoke run, not figures to quote)
//   --duration <s>     HTTP throughput load per server (default 20)
//   --soak-calls <n>   soak size (default 100,000)
//   --skip-peer --skip-soak --skip-isolation --skip-codegen --skip-code-mode
//   --no-build         measure dist/ as it is instead of building it first
//   --keep-peer        keep the generated peer's temporary folder
//   --keep-logs        keep the servers' output (otherwise removed at the end)
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer } from '../src/server.js';
import { buildSurface } from '../src/surface.js';
import { codeModeTable, measureCodeMode, type ConversationFigures } from './lib/code-mode.js';
import { timeCodegen, type CodegenResult } from './lib/codegen.js';
import { isolationTable, measureIsolation, type IsolationResult } from './lib/isolation.js';
import { callBody, MCP_HEADERS, type LoadResult } from './lib/load.js';
import { describeMachine } from './lib/machine.js';
import {
  PEER_GET_TOOL,
  PEER_HTTP_FALLBACK_SDK,
  PEER_PACKAGE,
  peerStdio,
  pinPeerHttpSdk,
  preparePeer,
  removePeer,
  sdkVersion,
  startPeerHttp,
  type PeerSetup,
} from './lib/peer.js';
import {
  BENCH_KEY,
  buildCli,
  childEnv,
  CLI,
  memoryOf,
  pinned,
  pinSelf,
  unpinSelf,
  removeLogs,
  logsDir,
  ROOT,
  sleep,
  startEmulatorProcess,
  startOurHttp,
  upstreamSandbox,
  type Memory,
} from './lib/procs.js';
import {
  coldStart,
  directGet,
  httpRpc,
  initializedNotification,
  initializeRequest,
  InProcessSession,
  listRequest,
  callRequest,
  nodeFloor,
  PROTOCOL_VERSION,
  StdioSession,
  type ColdStart,
  type Message,
} from './lib/rpc.js';
import { runSoak, soakTable, type SoakResult } from './lib/soak.js';
import { loadEndpoint, measureCeiling, measureOurs, type ServerLoad, type Target } from './lib/throughput.js';
import { goal, int, mb, ms, pct, ratio, summarize, table, type Summary } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    'soak-calls': { type: 'string' },
    'skip-peer': { type: 'boolean', default: false },
    'skip-soak': { type: 'boolean', default: false },
    'skip-isolation': { type: 'boolean', default: false },
    'skip-codegen': { type: 'boolean', default: false },
    'skip-code-mode': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'keep-peer': { type: 'boolean', default: false },
    'keep-logs': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const COLD_RUNS = quick ? 5 : 20;
const LATENCY_CALLS = quick ? 100 : 500;
const WARMUP_CALLS = quick ? 20 : 50;
const LOAD_SEC = Number(values.duration ?? (quick ? 5 : 20));
const LOAD_WARMUP_SEC = quick ? 1 : 3;
const CEILING_SEC = quick ? 3 : 10;
const CONNECTIONS = 50;
/** Each throughput measurement at least twice (issue 17): the spread is reported. */
const THROUGHPUT_RUNS = quick ? 1 : 2;
const SOAK_CALLS = Number(values['soak-calls'] ?? (quick ? 10_000 : 100_000));
const OURS = 'miosa-mcp';
const PEER = `peer (${PEER_PACKAGE})`;

const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const tables: Record<string, string> = {};
function print(title: string, markdown: string, notes: string[] = []): void {
  tables[title] = [markdown, ...notes.map((n) => `- ${n}`)].join('\n');
  process.stdout.write(`\n### ${title}\n\n${markdown}\n${notes.map((n) => `\n- ${n}`).join('')}${notes.length ? '\n' : ''}`);
}

// ---------------------------------------------------------------------------------------------
// Set-up

const machine = describeMachine();
say(`${machine.cpu}, ${machine.cores} cores, ${mb(machine.memoryBytes)}, node ${machine.node}, ${machine.os}; pinning: ${machine.pinning}`);
if (machine.loadAverageAtStart > 0.5) say(`load average ${machine.loadAverageAtStart}: other work is running; figures will be noisy`);
if (!values['no-build']) {
  say('building the CLI (bash scripts/build.sh: the esbuild bundle that ships)');
  buildCli();
}
const emulator = await startEmulatorProcess({ core: 1 });
const UPSTREAM = `${emulator.url}/api/v1`;
say(`emulator at ${UPSTREAM} (pid ${emulator.pid})`);
const SANDBOX = await upstreamSandbox(emulator.url, BENCH_KEY);
const DIRECT_URL = `${UPSTREAM}/sandboxes/${SANDBOX}`;
const ourStdio = { cmd: process.execPath, args: [CLI], env: childEnv({ MIOSA_API_KEY: BENCH_KEY, MIOSA_BASE_URL: emulator.url }) };

let peer: PeerSetup | undefined;
if (values['skip-peer']) peer = { ok: false, reason: 'skipped (--skip-peer)', log: [] };
else {
  say(`preparing the peer: ${PEER_PACKAGE} from openapi/miosa.yaml in a temporary folder`);
  peer = await preparePeer(emulator.url, say);
  say(peer.ok ? `peer ready in ${peer.prepareSec.toFixed(0)} s (${peer.dir})` : `peer unavailable: ${peer.reason}`);
}
print(
  'Machine',
  table(
    ['cpu', 'cores', 'memory', 'node', 'os', 'date', 'pinning', 'load average at start'],
    [[machine.cpu, machine.cores, mb(machine.memoryBytes), machine.node, machine.os, machine.date, machine.pinning, machine.loadAverageAtStart]],
  ),
);
const peerOk = peer.ok ? peer : undefined;
const peerWhy = peer.ok ? '' : peer.reason;
const peerCell = (v: string | undefined) => (peerOk ? (v ?? '—') : 'unavailable');

const results: Record<string, unknown> = {
  machine,
  settings: {
    quick,
    coldStartRuns: COLD_RUNS,
    latencyCalls: LATENCY_CALLS,
    warmupCalls: WARMUP_CALLS,
    connections: CONNECTIONS,
    loadSec: LOAD_SEC,
    loadWarmupSec: LOAD_WARMUP_SEC,
    soakCalls: SOAK_CALLS,
    throughputRuns: THROUGHPUT_RUNS,
    emulator: 'node dist/src/cli.js emulator (as shipped)',
    protocolVersion: PROTOCOL_VERSION,
  },
  peer: peer.ok
    ? { package: PEER_PACKAGE, available: true, sdkVersion: peer.sdkVersion, prepareSec: peer.prepareSec, steps: peer.log }
    : { package: PEER_PACKAGE, available: false, reason: peer.reason, steps: peer.log },
};

// ---------------------------------------------------------------------------------------------
// 1. stdio cold start

say(`stdio cold start: ${COLD_RUNS} runs each (2 warm-up runs discarded)`);
const cold = { floor: [] as number[], ours: [] as ColdStart[], peer: [] as ColdStart[], peerError: undefined as string | undefined };
for (let i = -2; i < COLD_RUNS; i++) {
  const f = await nodeFloor();
  const o = await coldStart(ourStdio.cmd, ourStdio.args, ourStdio.env);
  if (i >= 0) {
    cold.floor.push(f);
    cold.ours.push(o);
  }
  if (peerOk && !cold.peerError) {
    const ps = peerStdio(peerOk);
    try {
      const p = await coldStart(ps.cmd, ps.args, ps.env, ps.cwd);
      if (i >= 0) cold.peer.push(p);
    } catch (err) {
      cold.peerError = (err as Error).message;
    }
  }
}
const coldSum = {
  floor: summarize(cold.floor),
  oursInit: summarize(cold.ours.map((c) => c.initialize)),
  oursList: summarize(cold.ours.map((c) => c.toolsList)),
  peerInit: summarize(cold.peer.map((c) => c.initialize)),
  peerList: summarize(cold.peer.map((c) => c.toolsList)),
};
const peerColdCell = (v: number) => (cold.peer.length ? ms(v) : cold.peerError ? 'failed' : 'unavailable');
print(
  'stdio cold start (spawn → initialize answered → first tools/list answered)',
  table(
    ['process', 'initialize, median', 'initialize, p90', 'first tools/list, median', 'first tools/list, p90', 'tools', 'goal ≤ 1.5× node -e 0'],
    [
      ['node -e 0 (floor: spawn → exit)', ms(coldSum.floor.median), ms(coldSum.floor.p90), '—', '—', '—', '—'],
      [OURS, ms(coldSum.oursInit.median), ms(coldSum.oursInit.p90), ms(coldSum.oursList.median), ms(coldSum.oursList.p90), cold.ours[0]?.tools ?? '—', `${(coldSum.oursList.median / coldSum.floor.median).toFixed(2)}×: ${goal(coldSum.oursList.median <= 1.5 * coldSum.floor.median)}`],
      [PEER, peerColdCell(coldSum.peerInit.median), peerColdCell(coldSum.peerInit.p90), peerColdCell(coldSum.peerList.median), peerColdCell(coldSum.peerList.p90), cold.peer[0]?.tools ?? '—', '—'],
      ['peer ÷ ours', '', '', cold.peer.length ? ratio(coldSum.peerList.median, coldSum.oursList.median) : '—', '', '', ''],
    ],
  ),
  [
    `${COLD_RUNS} runs, raw newline-delimited JSON-RPC over the child's stdin/stdout (no MCP client library), processes unpinned.`,
    `miosa-mcp above the node floor: ${ms(coldSum.oursList.median - coldSum.floor.median)} (median).`,
    ...(cold.peerError ? [`peer cold start failed: ${cold.peerError}`] : []),
    ...(!peerOk ? [`peer unavailable: ${peerWhy}`] : []),
  ],
);
results.coldStart = { runs: COLD_RUNS, nodeFloor: coldSum.floor, ours: { initialize: coldSum.oursInit, toolsList: coldSum.oursList }, peer: cold.peer.length ? { initialize: coldSum.peerInit, toolsList: coldSum.peerList } : { error: cold.peerError ?? peerWhy } };

// ---------------------------------------------------------------------------------------------
// 2 and 3, in process: the server object on core 0, the emulator on core 1.

pinSelf(0);
say('in-process: tools/list and sandbox_get through an in-memory transport');
const surface = buildSurface({});
const inproc = await InProcessSession.open(
  buildServer(surface, { credentials: { apiKey: BENCH_KEY }, upstream: { baseUrl: UPSTREAM, timeoutMs: 25_000 } }),
);
const inprocList: number[] = [];
let listMsg: Message | undefined;
for (let i = 0; i < WARMUP_CALLS + LATENCY_CALLS; i++) {
  const r = await inproc.list();
  if (r.msg.error) throw new Error(`in-process tools/list failed: ${JSON.stringify(r.msg.error)}`);
  listMsg = r.msg;
  if (i >= WARMUP_CALLS) inprocList.push(r.ms);
}
const serialize: number[] = [];
for (let i = 0; i < WARMUP_CALLS + LATENCY_CALLS; i++) {
  const t0 = performance.now();
  JSON.stringify(listMsg);
  if (i >= WARMUP_CALLS) serialize.push(performance.now() - t0);
}
const oursListText = JSON.stringify(listMsg!.result);

const inprocCall = { through: [] as number[], direct: [] as number[], diff: [] as number[] };
for (let i = 0; i < WARMUP_CALLS + LATENCY_CALLS; i++) {
  const d = await directGet(DIRECT_URL, BENCH_KEY);
  const c = await inproc.call('sandbox_get', { id: SANDBOX });
  if (d.status !== 200) throw new Error(`direct GET answered ${d.status}: ${d.body}`);
  if (c.msg.error || c.msg.result?.isError) throw new Error(`in-process sandbox_get failed: ${JSON.stringify(c.msg.error ?? c.msg.result)}`);
  if (i >= WARMUP_CALLS) {
    inprocCall.through.push(c.ms);
    inprocCall.direct.push(d.ms);
    inprocCall.diff.push(c.ms - d.ms);
  }
}
await inproc.close();

// ---------------------------------------------------------------------------------------------
// 2 and 3, out of process: servers on core 0, this process (the client) and the emulator on core 1.

pinSelf(1);
interface PathFigures {
  list?: Summary;
  listBytes?: number;
  listText?: string;
  tools?: number;
  call?: { through: Summary; direct: Summary; overhead: Summary };
  error?: string;
}
const figures: Record<string, PathFigures> = {};

async function measurePath(
  label: string,
  list: () => Promise<{ ms: number; msg: Message | undefined; bytes: number }>,
  call: () => Promise<{ ms: number; msg: Message | undefined }>,
  okCall: (m: Message | undefined) => boolean,
): Promise<void> {
  const f: PathFigures = {};
  figures[label] = f;
  try {
    const lists: number[] = [];
    for (let i = 0; i < WARMUP_CALLS + LATENCY_CALLS; i++) {
      const r = await list();
      if (!r.msg?.result?.tools) throw new Error(`tools/list failed: ${JSON.stringify(r.msg?.error ?? r.msg)}`);
      if (i >= WARMUP_CALLS) lists.push(r.ms);
      f.listBytes = r.bytes;
      f.tools = r.msg.result.tools.length;
      f.listText = JSON.stringify(r.msg.result);
    }
    f.list = summarize(lists);
    const through: number[] = [];
    const direct: number[] = [];
    const diff: number[] = [];
    for (let i = 0; i < WARMUP_CALLS + LATENCY_CALLS; i++) {
      const d = await directGet(DIRECT_URL, BENCH_KEY);
      const c = await call();
      if (!okCall(c.msg)) throw new Error(`sandbox_get failed: ${JSON.stringify(c.msg).slice(0, 500)}`);
      if (i >= WARMUP_CALLS) {
        through.push(c.ms);
        direct.push(d.ms);
        diff.push(c.ms - d.ms);
      }
    }
    f.call = { through: summarize(through), direct: summarize(direct), overhead: summarize(diff) };
  } catch (err) {
    f.error = (err as Error).message;
    say(`${label}: ${f.error}`);
  }
}

const oursOk = (m: Message | undefined) => !!m?.result && !m.result.isError;
const peerCallOk = (m: Message | undefined) => !!m?.result && String(m.result.content?.[0]?.text ?? '').startsWith('API Response (Status: 200)');

say('stdio steady state: tools/list and sandbox_get');
{
  const [cmd, args] = pinned(0, ourStdio.cmd, ourStdio.args);
  const s = await StdioSession.open(cmd, args, ourStdio.env);
  await measurePath(`${OURS}/stdio`, () => s.list(), () => s.call('sandbox_get', { id: SANDBOX }), oursOk);
  await s.close();
}
if (peerOk) {
  const ps = peerStdio(peerOk);
  const [cmd, args] = pinned(0, ps.cmd, ps.args);
  try {
    const s = await StdioSession.open(cmd, args, ps.env, ps.cwd);
    await measurePath(`peer/stdio`, () => s.list(), () => s.call(PEER_GET_TOOL, { id: SANDBOX }), peerCallOk);
    await s.close();
  } catch (err) {
    figures['peer/stdio'] = { error: (err as Error).message };
  }
}

say('HTTP: tools/list and sandbox_get round trips');
const ourHeaders = { authorization: `Bearer ${BENCH_KEY}`, 'mcp-protocol-version': PROTOCOL_VERSION };
const ourHttp = await startOurHttp(emulator.url, { core: 0 });
await sleep(300);
let rpcId = 1;
await measurePath(
  `${OURS}/http`,
  () => httpRpc(ourHttp.url, listRequest(rpcId++), ourHeaders),
  () => httpRpc(ourHttp.url, callRequest(rpcId++, 'sandbox_get', { id: SANDBOX }), ourHeaders),
  oursOk,
);

/** The peer keeps sessions: initialize once, then every request carries the session id. */
async function peerSessionHeaders(url: string): Promise<Record<string, string>> {
  const init = await httpRpc(url, initializeRequest(rpcId++), { authorization: `Bearer ${BENCH_KEY}` });
  const sid = init.headers.get('mcp-session-id');
  if (init.status !== 200 || !sid) throw new Error(`initialize over HTTP answered ${init.status} without a session id: ${init.text.slice(0, 300)}`);
  const headers = { authorization: `Bearer ${BENCH_KEY}`, 'mcp-session-id': sid, 'mcp-protocol-version': PROTOCOL_VERSION };
  const ack = await fetch(url, { method: 'POST', headers: { ...MCP_HEADERS, ...headers }, body: JSON.stringify(initializedNotification) });
  await ack.text();
  return headers;
}

const peerBox: { proc?: Awaited<ReturnType<typeof startPeerHttp>>; idle?: Memory } = {};
let peerHttpError: string | undefined;
let peerHeaders: Record<string, string> = {};
/** How the peer's HTTP variant was run: as generated, or (when that fails) with an older SDK. */
const peerHttpRun: { sdk?: string; asGenerated?: string } = {};
const firstError = (log: string) => log.split('\n').find((l) => /^\w*Error\b|Error \[/.test(l.trim()))?.trim();
/** Stops the peer's HTTP server, handing back what it printed. */
async function stopPeerHttp(): Promise<string> {
  const out = peerBox.proc?.output() ?? '';
  await peerBox.proc?.stop();
  peerBox.proc = undefined;
  return out;
}
async function startPeerSession(p: NonNullable<typeof peerOk>): Promise<void> {
  peerBox.proc = await startPeerHttp(p, 0);
  await sleep(300);
  peerBox.idle = memoryOf(peerBox.proc.pid);
  peerHeaders = await peerSessionHeaders(peerBox.proc.url);
  const probe = await httpRpc(peerBox.proc.url, listRequest(rpcId++), peerHeaders);
  if (!probe.msg?.result?.tools) throw new Error(`tools/list answered ${probe.status}: ${probe.text.slice(0, 200)}`);
}
if (peerOk) {
  try {
    await startPeerSession(peerOk);
    peerHttpRun.sdk = sdkVersion(peerOk.httpDir);
  } catch (err) {
    await sleep(200);
    const crash = firstError(await stopPeerHttp()) ?? (err as Error).message;
    peerHttpRun.asGenerated =
      `as generated (its package.json's "^1.10.0" installs @modelcontextprotocol/sdk ${sdkVersion(peerOk.httpDir)}), ` +
      `its Streamable HTTP server fails on the first request: ${crash}`;
    say(`peer http: ${peerHttpRun.asGenerated}; retrying with @modelcontextprotocol/sdk ${PEER_HTTP_FALLBACK_SDK}`);
    const failed = await pinPeerHttpSdk(peerOk, PEER_HTTP_FALLBACK_SDK, say);
    if (failed) peerHttpError = `${peerHttpRun.asGenerated}; pinning SDK ${PEER_HTTP_FALLBACK_SDK} failed: ${failed}`;
    else {
      try {
        await startPeerSession(peerOk);
        peerHttpRun.sdk = PEER_HTTP_FALLBACK_SDK;
      } catch (err2) {
        await sleep(200);
        peerHttpError = `${peerHttpRun.asGenerated}; with SDK ${PEER_HTTP_FALLBACK_SDK}: ${firstError(await stopPeerHttp()) ?? (err2 as Error).message}`;
      }
    }
  }
  if (peerHttpError) figures['peer/http'] = { error: peerHttpError };
  else {
    await measurePath(
      'peer/http',
      () => httpRpc(peerBox.proc!.url, listRequest(rpcId++), peerHeaders),
      () => httpRpc(peerBox.proc!.url, callRequest(rpcId++, PEER_GET_TOOL, { id: SANDBOX }), peerHeaders),
      peerCallOk,
    );
  }
}
const peerHttpNote = peerHttpRun.asGenerated
  ? `Peer over HTTP: ${peerHttpRun.asGenerated}. ${peerHttpError ? 'It could not be run.' : `Its HTTP figures are with @modelcontextprotocol/sdk ${PEER_HTTP_FALLBACK_SDK} installed in its place (the last release its generated glue works with); everything else as generated.`}`
  : `Peer over HTTP: as generated (@modelcontextprotocol/sdk ${peerHttpRun.sdk ?? '?'}).`;
results.peer = { ...(results.peer as object), stdioSdk: peerOk ? sdkVersion(peerOk.stdioDir) : undefined, http: { ...peerHttpRun, error: peerHttpError } };

// tools/list table
let countTokens: ((text: string) => number) | undefined;
let tokenNote = 'tokens: o200k_base (gpt-tokenizer) of the JSON text of the tools/list result.';
try {
  const mod = await import('gpt-tokenizer/encoding/o200k_base');
  countTokens = (text) => mod.countTokens(text, { disallowedSpecial: new Set() });
} catch {
  tokenNote = 'tokens skipped: gpt-tokenizer is not installed.';
}
const tok = (text: string | undefined) => (text && countTokens ? countTokens(text) : undefined);
const inprocListSum = summarize(inprocList);
const serializeSum = summarize(serialize);
const oursTokens = tok(oursListText);
const peerListText = figures['peer/stdio']?.listText ?? figures['peer/http']?.listText;
const peerTokens = tok(peerListText);
const pf = (key: string) => figures[key];
const cellMs = (key: string, pick: (f: PathFigures) => number | undefined) => {
  const f = pf(key);
  if (!f) return key.startsWith('peer') ? 'unavailable' : '—';
  if (f.error) return 'failed';
  return ms(pick(f));
};
print(
  'tools/list',
  table(
    ['path', `${OURS} median`, `${OURS} p99`, 'peer median', 'peer p99', 'peer ÷ ours (median)', 'goal'],
    [
      ['in process (server only, in-memory transport)', ms(inprocListSum.median), ms(inprocListSum.p99), 'n/a', 'n/a', '—', `≤ 1 ms median: ${goal(inprocListSum.median <= 1)}`],
      ['  + JSON.stringify of the answer (any real transport)', ms(serializeSum.median), ms(serializeSum.p99), '—', '—', '—', ''],
      ['stdio round trip (running server)', cellMs(`${OURS}/stdio`, (f) => f.list?.median), cellMs(`${OURS}/stdio`, (f) => f.list?.p99), cellMs('peer/stdio', (f) => f.list?.median), cellMs('peer/stdio', (f) => f.list?.p99), ratio(pf('peer/stdio')?.list?.median, pf(`${OURS}/stdio`)?.list?.median), ''],
      ['HTTP round trip', cellMs(`${OURS}/http`, (f) => f.list?.median), cellMs(`${OURS}/http`, (f) => f.list?.p99), cellMs('peer/http', (f) => f.list?.median), cellMs('peer/http', (f) => f.list?.p99), ratio(pf('peer/http')?.list?.median, pf(`${OURS}/http`)?.list?.median), ''],
    ],
  ) +
    '\n\n' +
    table(
      ['answer', OURS, 'peer', 'peer ÷ ours'],
      [
        ['tools', surface.list.tools.length, peerCell(String(pf('peer/stdio')?.tools ?? pf('peer/http')?.tools ?? '—')), '—'],
        ['bytes (JSON result)', int(Buffer.byteLength(oursListText)), peerCell(peerListText ? int(Buffer.byteLength(peerListText)) : undefined), ratio(peerListText ? Buffer.byteLength(peerListText) : undefined, Buffer.byteLength(oursListText))],
        ['bytes on the wire, stdio line', int(pf(`${OURS}/stdio`)?.listBytes), peerCell(int(pf('peer/stdio')?.listBytes)), ratio(pf('peer/stdio')?.listBytes, pf(`${OURS}/stdio`)?.listBytes)],
        ['bytes on the wire, HTTP body (SSE)', int(pf(`${OURS}/http`)?.listBytes), peerCell(int(pf('peer/http')?.listBytes)), ratio(pf('peer/http')?.listBytes, pf(`${OURS}/http`)?.listBytes)],
        ['tokens (o200k_base)', countTokens ? int(oursTokens) : 'skipped', peerCell(countTokens ? int(peerTokens) : 'skipped'), ratio(peerTokens, oursTokens)],
      ],
    ),
  [
    `${LATENCY_CALLS} calls after ${WARMUP_CALLS} warm-up. In process: this process on core 0. stdio/HTTP: server on core 0, client (fetch / pipe) on core 1.`,
    'The peer exports no server object, so it has no in-process figure; its stdio and HTTP round trips are measured with the same raw client.',
    peerHttpNote,
    tokenNote,
  ],
);
results.toolsList = {
  inProcess: inprocListSum,
  serialize: serializeSum,
  stdio: { ours: pf(`${OURS}/stdio`)?.list, peer: pf('peer/stdio')?.list ?? pf('peer/stdio')?.error ?? peerWhy },
  http: { ours: pf(`${OURS}/http`)?.list, peer: pf('peer/http')?.list ?? pf('peer/http')?.error ?? peerWhy },
  answer: {
    ours: { tools: surface.list.tools.length, resultBytes: Buffer.byteLength(oursListText), stdioBytes: pf(`${OURS}/stdio`)?.listBytes, httpBytes: pf(`${OURS}/http`)?.listBytes, tokens: oursTokens },
    peer: peerListText
      ? { tools: pf('peer/stdio')?.tools ?? pf('peer/http')?.tools, resultBytes: Buffer.byteLength(peerListText), stdioBytes: pf('peer/stdio')?.listBytes, httpBytes: pf('peer/http')?.listBytes, tokens: peerTokens }
      : { error: peerWhy || pf('peer/stdio')?.error },
    tokenizer: countTokens ? 'o200k_base' : 'skipped: gpt-tokenizer not installed',
  },
};

// call overhead table
const inprocCallSum = { through: summarize(inprocCall.through), direct: summarize(inprocCall.direct), overhead: summarize(inprocCall.diff) };
const callRow = (label: string, key: string, c: { through: Summary; direct: Summary; overhead: Summary } | undefined, withGoal: boolean): string[] => {
  const f = pf(key);
  if (!c) return [label, f?.error ? `failed: ${f.error.slice(0, 80)}` : key.startsWith('peer') ? `unavailable` : '—', '', '', '', '', '', ''];
  return [
    label,
    ms(c.through.median),
    ms(c.through.p99),
    ms(c.direct.median),
    ms(c.direct.p99),
    ms(c.overhead.median),
    ms(c.overhead.p99),
    withGoal ? `≤ 1 ms median: ${goal(c.overhead.median <= 1)}` : '',
  ];
};
print(
  'Call overhead (sandbox_get through the server − GET /api/v1/sandboxes/{id} straight to the emulator)',
  table(
    ['server / path', 'through server, median', 'p99', 'direct, median', 'p99', 'overhead, median', 'overhead, p99', 'goal'],
    [
      callRow(`${OURS}, in process`, `${OURS}/inproc`, inprocCallSum, true),
      callRow(`${OURS}, stdio`, `${OURS}/stdio`, pf(`${OURS}/stdio`)?.call, false),
      callRow(`${PEER}, stdio`, 'peer/stdio', pf('peer/stdio')?.call, false),
      callRow(`${OURS}, HTTP`, `${OURS}/http`, pf(`${OURS}/http`)?.call, false),
      callRow(`${PEER}, HTTP`, 'peer/http', pf('peer/http')?.call, false),
      ['peer ÷ ours overhead (stdio, HTTP)', '', '', '', '', `${ratio(pf('peer/stdio')?.call?.overhead.median, pf(`${OURS}/stdio`)?.call?.overhead.median)}, ${ratio(pf('peer/http')?.call?.overhead.median, pf(`${OURS}/http`)?.call?.overhead.median)}`, '', ''],
    ],
  ),
  [
    `${LATENCY_CALLS} pairs after ${WARMUP_CALLS} warm-up, each pair a direct GET then the same read through the server; overhead = per-pair difference (median and p99 of the differences).`,
    'Over HTTP the overhead includes the extra hop (client → server → emulator instead of client → emulator).',
    peerHttpNote,
  ],
);
results.callOverhead = {
  inProcess: inprocCallSum,
  stdio: { ours: pf(`${OURS}/stdio`)?.call, peer: pf('peer/stdio')?.call ?? pf('peer/stdio')?.error ?? peerWhy },
  http: { ours: pf(`${OURS}/http`)?.call, peer: pf('peer/http')?.call ?? pf('peer/http')?.error ?? peerWhy },
};

// ---------------------------------------------------------------------------------------------
// 4 and 5: HTTP throughput, autocannon in this process on core 1 with the emulator, server on core 0.

say(`HTTP throughput: ${THROUGHPUT_RUNS} rounds of (emulator alone, ours, ours through the SDK path); ${CONNECTIONS} connections, ${LOAD_SEC} s each after ${LOAD_WARMUP_SEC} s warm-up`);
await ourHttp.stop();
const target: Target = { emulatorUrl: emulator.url, emulatorPid: emulator.pid, sandbox: SANDBOX, key: BENCH_KEY, connections: CONNECTIONS };
const loadOurs = (env: Record<string, string> = {}) => measureOurs(target, { warmupSec: LOAD_WARMUP_SEC, durationSec: LOAD_SEC, env });
// Rounds interleave the three loads, so that other work on a shared machine weighs on each about
// equally; each round's ratios compare loads measured minutes apart, not hours.
const rounds: { ceiling: LoadResult; ours: ServerLoad; sdk: ServerLoad }[] = [];
for (let i = 0; i < THROUGHPUT_RUNS; i++) {
  say(`throughput round ${i + 1}/${THROUGHPUT_RUNS}`);
  const ceiling = await measureCeiling(target, CEILING_SEC);
  const ours = await loadOurs();
  const sdk = await loadOurs({ MIOSA_HTTP_SDK_PATH: '1' });
  rounds.push({ ceiling, ours, sdk });
}
const spread = (pick: (r: (typeof rounds)[number]) => number) => {
  const v = rounds.map(pick);
  return { min: Math.min(...v), max: Math.max(...v), values: v };
};
const rpsRatio = spread((r) => r.ours.rps / r.ceiling.rps);
const p99Ratio = spread((r) => r.ours.p99 / r.ceiling.p99);
const hwmSpread = spread((r) => r.ours.memoryEnd?.hwm ?? Number.NaN);
const fastOverSdk = spread((r) => r.ours.rps / r.sdk.rps);
/** The round whose ours-÷-ceiling ratio is the lower: the figures quoted are the less flattering. */
const worst = rounds.reduce((a, r) => (r.ours.rps / r.ceiling.rps < a.ours.rps / a.ceiling.rps ? r : a), rounds[0]);
const ceiling = worst.ceiling;
const oursLoad = worst.ours;
let peerLoad: (LoadResult & { idle: Memory | undefined }) | undefined;
let peerLoadError = peerHttpError ?? (peerOk ? undefined : peerWhy);
if (peerBox.proc && !peerHttpError) {
  try {
    const r = await loadEndpoint(peerBox.proc.url, peerBox.proc.pid, peerHeaders, callBody(PEER_GET_TOOL, { id: SANDBOX }), (b) => b.includes('API Response (Status: 200)'), {
      connections: CONNECTIONS,
      warmupSec: LOAD_WARMUP_SEC,
      durationSec: LOAD_SEC,
    });
    peerLoad = { ...r, idle: peerBox.idle };
  } catch (err) {
    peerLoadError = (err as Error).message;
  }
}
await peerBox.proc?.stop();

const loadRow = (label: string, r: (LoadResult & { idle?: Memory }) | undefined, why?: string): string[] =>
  r
    ? [label, int(r.rps), ms(r.p50), ms(r.p99), String(r.errors + r.timeouts), String(r.non2xx), String(r.failedResults), mb(r.idle?.rss), mb(r.memoryEnd?.rss), mb(r.memoryEnd?.hwm)]
    : [label, `unavailable: ${why ?? ''}`.slice(0, 120), '', '', '', '', '', '', '', ''];
const MB100 = 100 * 1024 * 1024;
const range = (x: { min: number; max: number }, f: (v: number) => string) => (x.min === x.max ? f(x.min) : `${f(x.min)}–${f(x.max)}`);
const times = (v: number) => `${v.toFixed(2)}×`;
print(
  `HTTP throughput (${CONNECTIONS} connections, ${LOAD_SEC} s, tools/call sandbox_get; ${THROUGHPUT_RUNS} rounds)`,
  table(
    ['round / server', 'calls/s', 'p50', 'p99', 'errors + timeouts', 'non-2xx', 'failed results', 'RSS at start (idle)', 'RSS at the end of the load', 'RSS peak (VmHWM)'],
    [
      ...rounds.flatMap((r, i) => [
        loadRow(`${i + 1}: emulator alone (GET straight, the ceiling)`, r.ceiling),
        loadRow(`${i + 1}: ${OURS}`, r.ours),
        loadRow(`${i + 1}: ${OURS}, SDK path forced (MIOSA_HTTP_SDK_PATH=1)`, r.sdk),
        [`${i + 1}: ours ÷ ceiling`, times(r.ours.rps / r.ceiling.rps), times(r.ours.p50 / r.ceiling.p50), times(r.ours.p99 / r.ceiling.p99), '', '', '', '', '', ''],
      ]),
      loadRow(PEER, peerLoad, peerLoadError),
      ['ours ÷ peer (calls/s: higher is better; latency, memory: lower)', peerLoad ? ratio(oursLoad.rps, peerLoad.rps) : '—', peerLoad ? ratio(oursLoad.p50, peerLoad.p50) : '—', peerLoad ? ratio(oursLoad.p99, peerLoad.p99) : '—', '', '', '', peerLoad ? ratio(oursLoad.idle?.rss, peerLoad.idle?.rss) : '—', '', peerLoad ? ratio(oursLoad.memoryEnd?.hwm, peerLoad.memoryEnd?.hwm) : '—'],
    ],
  ),
  [
    `autocannon ${CONNECTIONS} connections, each POST a JSON-RPC tools/call with a unique id, Accept: application/json, text/event-stream, Authorization: Bearer ${BENCH_KEY}; every body checked (a tool error in a 200 counts as a failed result). Latency resolution 1 ms.`,
    `${machine.pinning}. The emulator alone: ${CEILING_SEC} s of GET /api/v1/sandboxes/{id} on the emulator as it ships (node dist/src/cli.js emulator); a server cannot pass it, since each call makes that request.`,
    `Each round runs the three loads back to back, each server a fresh process (its VmHWM is that load's). Other work on a shared machine moves absolute figures; compare the ratios within a round. Spread over ${THROUGHPUT_RUNS} rounds: ours ÷ ceiling ${range(rpsRatio, times)} (calls/s), ${range(p99Ratio, times)} (p99); fast path ÷ SDK path ${range(fastOverSdk, times)} (calls/s); RSS peak ${range(hwmSpread, mb)}.`,
    'The peer is session-based: one initialize, then every request carries its mcp-session-id; its key goes per request (--header-passthrough authorization).',
    peerHttpNote,
    `Goals (issue 17, from the round with the lower ratio): calls/s ≥ 0.8× the ceiling ${goal(oursLoad.rps >= 0.8 * ceiling.rps)}; p99 ≤ 1.5× the emulator's ${goal(oursLoad.p99 <= 1.5 * ceiling.p99)}; RSS peak ≤ 100 MB ${goal(hwmSpread.max <= MB100)}; ≥ 3× the peer ${peerLoad ? goal(oursLoad.rps >= 3 * peerLoad.rps) : 'n/a'}.`,
  ],
);
results.throughput = {
  connections: CONNECTIONS,
  durationSec: LOAD_SEC,
  rounds,
  spread: { oursOverCeilingRps: rpsRatio, oursOverCeilingP99: p99Ratio, peakRss: hwmSpread, fastOverSdkRps: fastOverSdk },
  emulatorCeiling: ceiling,
  ours: oursLoad,
  peer: peerLoad ?? { error: peerLoadError },
};

// ---------------------------------------------------------------------------------------------
// 6. Codegen

unpinSelf();
let codegen: CodegenResult | undefined;
if (!values['skip-codegen']) {
  say('codegen from scratch in a temporary copy of the repo');
  try {
    codegen = timeCodegen(quick ? 1 : 3);
    print(
      'Codegen from scratch (npx tsx codegen/main.ts, generated/ deleted, in a temporary copy)',
      table(
        ['runs', 'median', 'min', 'max', 'files', 'bytes', 'identical to the repo’s generated/'],
        [[codegen.runs, ms(codegen.wallMs.median), ms(codegen.wallMs.min), ms(codegen.wallMs.max), codegen.files, int(codegen.bytes), codegen.identicalToRepo ? 'yes' : `no (${codegen.differences.length} files)`]],
      ),
      ['Wall time of the whole command, npx and tsx start included.', ...codegen.differences.slice(0, 5)],
    );
  } catch (err) {
    say(`codegen: ${(err as Error).message}`);
    print('Codegen from scratch', table(['result'], [[`failed: ${(err as Error).message.slice(0, 300)}`]]));
  }
}
results.codegen = codegen ?? { skipped: !!values['skip-codegen'] };

// ---------------------------------------------------------------------------------------------
// 7. Soak

let soak: SoakResult | undefined;
if (!values['skip-soak']) {
  say(`soak: ${int(SOAK_CALLS)} calls`);
  soak = await runSoak({ calls: SOAK_CALLS, emulatorUrl: emulator.url, say });
  print(`Soak (${int(SOAK_CALLS)} HTTP tool calls, ${soak.mix})`, soakTable(soak), [
    `Warm-up: the first ${int(soak.warmupCalls)} calls. Growth: median RSS of the samples (one a second) taken in the last 10% of the calls against those taken between 50% and 60%; by half-way the heap has reached its working size and been collected many times, so later growth is retention, and medians smooth the collector's sawtooth. Server on core 0, emulator and autocannon on core 1. RSS from /proc/<pid>/status.`,
  ]);
}
results.soak = soak ?? { skipped: true };
unpinSelf();
await emulator.stop();

// ---------------------------------------------------------------------------------------------
// 8. Isolation

let isolation: IsolationResult | undefined;
if (!values['skip-isolation']) {
  say('isolation: 50 clients, 10,000 calls (own emulator, unpinned)');
  isolation = await measureIsolation({ clients: 50, calls: quick ? 2000 : 10_000, say });
  print('Isolation at full size (50 MCP clients over HTTP, each with its own key)', isolationTable(isolation), [
    ...isolation.crossTalkSamples.map((s) => `cross-talk: ${s}`),
    ...isolation.errorSamples.map((s) => `error: ${s}`),
  ]);
}
results.isolation = isolation ?? { skipped: true };

// ---------------------------------------------------------------------------------------------
// 9. Code mode: model round trips and tokens, tool by tool against one script

let codeMode: ConversationFigures[] | undefined;
if (!values['skip-code-mode']) {
  try {
    codeMode = await measureCodeMode(say);
    print('Code mode: the four conversations, tool by tool (all 145 tools) against one miosa_run each', codeModeTable(codeMode), [
      'Turns: the tool calls the model makes plus its final answer (code mode: miosa_api_search for the two toolsets it needs, then miosa_run).',
      `Tokens (o200k): the tools/list answer on every turn (${int(codeMode[0].tools.listTokens)} tool by tool, ${int(codeMode[0].code.listTokens)} in code mode) plus the text of every result. The two screenshots of conversation 1 are images either way, not counted.`,
      'Each path really runs, through the built CLI over stdio, against an emulator of its own.',
    ]);
  } catch (err) {
    say(`code mode: ${(err as Error).message}`);
    print('Code mode', table(['result'], [[`failed: ${(err as Error).message.slice(0, 300)}`]]));
  }
}
results.codeMode = codeMode ?? { skipped: !!values['skip-code-mode'] };

// ---------------------------------------------------------------------------------------------
// Goals

const coldRatio = coldSum.oursList.median / coldSum.floor.median;
const goals: { goal: string; target: string; measured: string; met: boolean | undefined }[] = [
  { goal: 'stdio cold start to first tools/list vs node -e 0', target: '≤ 1.5×', measured: `${ms(coldSum.oursList.median)} vs ${ms(coldSum.floor.median)}: ${times(coldRatio)}`, met: coldRatio <= 1.5 },
  { goal: 'tools/list in process', target: '≤ 1 ms median', measured: ms(inprocListSum.median), met: inprocListSum.median <= 1 },
  { goal: 'call overhead (sandbox_get, in process)', target: '≤ 1 ms median', measured: ms(inprocCallSum.overhead.median), met: inprocCallSum.overhead.median <= 1 },
  { goal: 'HTTP calls/s at 50 connections vs the emulator ceiling', target: '≥ 0.8×', measured: `${int(oursLoad.rps)} vs ${int(ceiling.rps)}: ${range(rpsRatio, times)} over ${THROUGHPUT_RUNS} rounds`, met: rpsRatio.min >= 0.8 },
  { goal: "HTTP p99 vs the emulator's own p99", target: '≤ 1.5×', measured: `${ms(oursLoad.p99)} vs ${ms(ceiling.p99)}: ${range(p99Ratio, times)}`, met: p99Ratio.max <= 1.5 },
  { goal: 'server RSS peak under that load (VmHWM)', target: '≤ 100 MB', measured: range(hwmSpread, mb), met: hwmSpread.max <= MB100 },
  { goal: 'throughput vs the peer', target: '≥ 3×', measured: peerLoad ? ratio(oursLoad.rps, peerLoad.rps) : 'peer unavailable', met: peerLoad ? oursLoad.rps >= 3 * peerLoad.rps : undefined },
  { goal: 'soak memory growth, late window → end', target: '< 10%', measured: soak ? pct(soak.growth) : 'skipped', met: soak?.met },
  { goal: 'isolation: cross-talk and errors', target: '0', measured: isolation ? `${isolation.crossTalk} cross-talk, ${isolation.errors} errors` : 'skipped', met: isolation?.ok },
];
print('Goals', table(['goal', 'target', 'measured', 'result'], goals.map((g) => [g.goal, g.target, g.measured, goal(g.met)])));
results.goals = goals;
results.tables = tables;

results.loadAverageAtEnd = Number(os.loadavg()[0].toFixed(2));
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
say('saved bench/results.json');
if (!values['keep-peer']) removePeer(peer);
if (!values['keep-logs']) removeLogs();
else say(`server logs kept in ${logsDir()}`);
