// The noisy-neighbour scenario of issue 15 (finding 4), shared by its test and bench/fair-share.ts:
// one server process over HTTP in front of the emulator, whose GET /sandboxes answers in 5 s. One
// key floods it with calls; meanwhile another key makes instant calls (region_list), in rounds of
// 10 at once, and each one's latency is measured.
import { startEmulator } from '../../emulator/index.js';
import { rpc, startHttpServer } from '../support/cli.js';

export interface FloodFigures {
  flood: number;
  /** Category of each flooder call's answer ('ok' when it succeeded). */
  floodOutcomes: Record<string, number>;
  probes: number;
  probeFailures: string[];
  probeP50Ms: number;
  probeP99Ms: number;
  probeMaxMs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function callTool(url: string, key: string, name: string, id: number): Promise<{ ok: boolean; category?: string; text: string }> {
  const res = await rpc(url, { jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: {} } }, { Authorization: `Bearer ${key}` });
  const text = await res.text();
  if (res.status !== 200) return { ok: false, category: `http_${res.status}`, text };
  const result = JSON.parse(text).result as { isError?: boolean; structuredContent?: { error?: { category?: string } } };
  return result.isError ? { ok: false, category: result.structuredContent?.error?.category ?? 'unknown', text } : { ok: true, text };
}

export async function runFlood(opts: { flood: number; probes: number; env?: Record<string, string> }): Promise<FloodFigures> {
  const emu = await startEmulator({ port: 0, bootMs: 10 });
  emu.faults.set({ path: /\/sandboxes$/, method: 'GET', delayMs: 5000 });
  const srv = await startHttpServer({ MIOSA_BASE_URL: emu.url, MIOSA_TIMEOUT_MS: '4000', ...(opts.env ?? {}) });
  try {
    const floodOutcomes: Record<string, number> = {};
    const flood = Array.from({ length: opts.flood }, (_, i) =>
      callTool(srv.url, 'msk_u_flooder', 'sandbox_list', i).then((r) => {
        const k = r.ok ? 'ok' : r.category!;
        floodOutcomes[k] = (floodOutcomes[k] ?? 0) + 1;
      }),
    );
    // The flood is in: the emulator holds its calls (or the server refused the rest).
    const until = Date.now() + 3000;
    while (emu.requests.filter((q) => q.path.endsWith('/sandboxes')).length < Math.min(opts.flood, 16) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const latencies: number[] = [];
    const probeFailures: string[] = [];
    // Rounds of 10 calls at once, one round after another.
    for (let i = 0; i < opts.probes; i += 10) {
      const round = Array.from({ length: Math.min(10, opts.probes - i) }, async (_, j) => {
        const started = performance.now();
        const r = await callTool(srv.url, 'msk_u_neighbour', 'region_list', 10_000 + i + j);
        latencies.push(performance.now() - started);
        if (!r.ok) probeFailures.push(`${r.category}: ${r.text.slice(0, 200)}`);
      });
      await Promise.all(round);
    }
    await Promise.all(flood);
    latencies.sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      flood: opts.flood,
      floodOutcomes,
      probes: opts.probes,
      probeFailures,
      probeP50Ms: round(percentile(latencies, 50)),
      probeP99Ms: round(percentile(latencies, 99)),
      probeMaxMs: round(latencies[latencies.length - 1]),
    };
  } finally {
    await srv.stop();
    await emu.close();
  }
}
