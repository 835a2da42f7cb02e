// The MCP server entries of a client config file, and the fields doctor reads from them. Clients
// name the same things differently (url / serverUrl / httpUrl, headers / http_headers), so each
// reader here accepts every spelling.
import { isObj, strOf, type Obj } from './plain-object.js';

export interface Entry {
  name: string;
  /** Where in the file, for messages: mcpServers.miosa */
  at: string;
  value: Obj;
}

/** Every MCP server entry, wherever a client keeps them (mcpServers, servers, mcp.servers, mcp_servers, projects.*.mcpServers). */
export function serverEntries(root: unknown, at = '', depth = 0): Entry[] {
  if (!isObj(root) || depth > 4) return [];
  const found: Entry[] = [];
  for (const [k, v] of Object.entries(root)) {
    const path = at ? `${at}.${k}` : k;
    if ((k === 'mcpServers' || k === 'servers' || k === 'mcp_servers') && isObj(v)) {
      for (const [name, entry] of Object.entries(v)) if (isObj(entry)) found.push({ name, at: `${path}.${name}`, value: entry });
    } else if (isObj(v)) {
      found.push(...serverEntries(v, path, depth + 1));
    }
  }
  return found;
}

export function entryUrl(e: Obj): string | undefined {
  return strOf(e.url) ?? strOf(e.serverUrl) ?? strOf(e.httpUrl);
}

export function entryArgs(e: Obj): string[] {
  return Array.isArray(e.args) ? e.args.map(String) : [];
}

/** The URL as the client will send it; throws when it does not parse. `${…}` references are the client's to fill in, so any value stands for them. */
export function parseEntryUrl(url: string): URL {
  return new URL(url.replace(/\$\{[^}]*\}/g, 'x'));
}

export function runsMiosa(entry: Entry): boolean {
  const e = entry.value;
  const cmd = [strOf(e.command) ?? '', ...entryArgs(e)].join(' ');
  if (/miosa-mcp/i.test(cmd)) return true;
  // A clone's build, started by path (node /any/folder/dist/src/cli.js), under the name config gives it.
  if (strOf(e.command) !== undefined && /miosa/i.test(entry.name)) return true;
  const url = entryUrl(e);
  if (!url) return false;
  let path: string;
  try {
    path = parseEntryUrl(url).pathname;
  } catch {
    return false;
  }
  if (!/\/mcp\/?$/.test(path)) return false;
  // Any MCP server's URL ends in /mcp: this one must also say it is MIOSA's.
  return /miosa/i.test(`${entry.name} ${url} ${JSON.stringify(e.headers ?? {})} ${String(e.bearer_token_env_var ?? '')}`);
}

/** A header's value whatever its case, as HTTP reads it. */
export function headerValue(headers: unknown, name: string): string | undefined {
  if (!isObj(headers)) return undefined;
  const k = Object.keys(headers).find((h) => h.toLowerCase() === name.toLowerCase());
  return k ? strOf(headers[k]) : undefined;
}

/** A number, or digits in a string: env values are strings in JSON files and may be numbers in TOML. */
export const numberIn = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : undefined;
