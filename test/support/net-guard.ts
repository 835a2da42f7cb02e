// Keeps in-process tests on loopback: global fetch refuses any host but 127.0.0.1/localhost and
// records what was attempted, so a request that escapes its origin shows instead of leaving the box.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface NetGuard {
  /** URLs of refused (non-loopback) fetches. */
  blocked: string[];
  restore(): void;
}

export function guardNetwork(): NetGuard {
  const original = globalThis.fetch;
  const blocked: string[] = [];
  globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!LOOPBACK.has(url.hostname)) {
      blocked.push(url.toString());
      throw new TypeError(`fetch failed`, { cause: Object.assign(new Error(`test network guard: ${url.host} is not loopback`), { code: 'ENETUNREACH' }) });
    }
    return original(input, init);
  }) as typeof fetch;
  return { blocked, restore: () => void (globalThis.fetch = original) };
}
