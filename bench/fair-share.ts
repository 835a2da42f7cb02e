// Fair sharing of the upstream between keys (issue 15, finding 4), measured: the flood scenario of
// test/reliability/flood.ts (one key sends 300 calls to a route answering in 5 s, MIOSA_TIMEOUT_MS
// 4000; another key makes 50 instant calls meanwhile) under several per-key limits, the first of
// which (no effective limit) is how the server behaved before. Needs `make build` first.
//   npx tsx bench/fair-share.ts
import { runFlood } from '../test/reliability/flood.js';

const CONFIGS: Array<[string, Record<string, string>]> = [
  ['no per-key limit (before)', { MIOSA_KEY_CONCURRENCY: '100000', MIOSA_KEY_QUEUE: '0' }],
  ['8 running / 32 waiting', { MIOSA_KEY_CONCURRENCY: '8', MIOSA_KEY_QUEUE: '32' }],
  ['16 / 64 (default)', {}],
  ['64 / 256', { MIOSA_KEY_CONCURRENCY: '64', MIOSA_KEY_QUEUE: '256' }],
  ['200 / 100', { MIOSA_KEY_CONCURRENCY: '200', MIOSA_KEY_QUEUE: '100' }],
];

console.log('| per-key limit | neighbour p50 | p99 | max | neighbour failures | flooder outcomes |');
console.log('|---|---|---|---|---|---|');
for (const [name, env] of CONFIGS) {
  const f = await runFlood({ flood: 300, probes: 50, env });
  console.log(`| ${name} | ${f.probeP50Ms} ms | ${f.probeP99Ms} ms | ${f.probeMaxMs} ms | ${f.probeFailures.length}/${f.probes} | ${JSON.stringify(f.floodOutcomes)} |`);
}
