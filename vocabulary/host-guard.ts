// The DNS-rebinding defence of every local listener (the MCP server, the emulator's API and its
// pages): a page on another site, whose name was made to resolve to 127.0.0.1, sends that name as its
// Host and its own origin as Origin. Only loopback names (and names the operator listed) are served,
// and only listed origins, or loopback pages calling a loopback server when allowed, may call.

import { hostOfHeader, isLoopbackHost } from './loopback.js';

export interface HostRule {
  /** Extra Host header values to accept, with or without port (a public hostname behind a proxy). */
  allowedHosts: readonly string[];
  /** Browser origins allowed to call. */
  allowedOrigins: readonly string[];
  /** Whether a page on a loopback origin may call a server reached on a loopback name. Default true. */
  loopbackOrigins?: boolean;
}

export interface HostRefusal {
  header: 'Host' | 'Origin';
  value: string;
}

/** Why this request must be refused (403), or undefined when its Host and Origin are acceptable. */
export function hostRefusal(headers: { host?: string; origin?: string }, rule: HostRule): HostRefusal | undefined {
  const host = (headers.host ?? '').toLowerCase();
  const hostname = hostOfHeader(host);
  const ok = isLoopbackHost(hostname) || rule.allowedHosts.some((h) => h.toLowerCase() === host || h.toLowerCase() === hostname);
  if (!ok) return { header: 'Host', value: host };
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  if (rule.allowedOrigins.includes(origin)) return undefined;
  if (rule.loopbackOrigins === false) return { header: 'Origin', value: origin };
  try {
    if (isLoopbackHost(new URL(origin).hostname) && isLoopbackHost(hostname)) return undefined;
  } catch {
    /* not a URL: refused below */
  }
  return { header: 'Origin', value: origin };
}
