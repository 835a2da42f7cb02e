// Reading a client's MCP config file as that client reads it (JSON, JSONC for VS Code and Gemini
// CLI, TOML for Codex), and the MCP server entries in it. Clients name the same things differently
// (url / serverUrl / httpUrl, headers / http_headers), so each reader here accepts every spelling.
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { CLIENT_LABEL, renderConfig, type ClientName } from '../../../vocabulary/client-config.js';
import { isRecord } from '../../results.js';
import { lineColumn, parseJson } from './json-reader.js';
import { reporter, type Finding } from './report.js';

/** The client whose config file this is, from where each client keeps it; undefined when the path says nothing. */
export function clientFromPath(file: string): ClientName | undefined {
  const name = basename(file).toLowerCase();
  const dir = basename(dirname(file)).toLowerCase();
  if (name === 'mcp.json' && dir === '.cursor') return 'cursor';
  if (name === 'mcp.json' && (dir === '.vscode' || dir === 'user')) return 'vscode';
  if (name === 'mcp_config.json' && dir === 'windsurf') return 'windsurf';
  if (name === 'settings.json' && dir === '.gemini') return 'gemini';
  if (name.endsWith('.toml') && (dir === '.codex' || name === 'config.toml')) return 'codex';
  if (name === '.claude.json' || name === '.mcp.json') return 'claude-code';
  return undefined;
}

/** Where the client reads its file, for messages; undefined when the client is not known. */
export const expectedPath = (client: ClientName | undefined): string | undefined => (client ? renderConfig(client).path : undefined);

/**
 * The MCP server entries of the file, with a finding on whether it reads as the client reads it;
 * undefined when it cannot be read or does not parse (the finding says where and why).
 */
export async function readServerEntries(file: string, client: ClientName | undefined, out: Finding[]): Promise<Entry[] | undefined> {
  const report = reporter(out, 'config');
  const label = client ? CLIENT_LABEL[client] : 'the client';
  const expected = expectedPath(client);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    report(
      'fail',
      `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code ?? String(err)}.`,
      `Check the path${expected ? `: ${label} reads ${expected}` : ''}; miosa-mcp config <client> prints what to put there.`,
    );
    return undefined;
  }

  let root: unknown;
  if (file.toLowerCase().endsWith('.toml')) {
    // A TOML 1.0 parser (smol-toml), as strict as Codex: a file Codex refuses is refused here too.
    try {
      root = parseToml(text);
    } catch (err) {
      if (!(err instanceof TomlError)) throw err;
      // The first line of the message only: the rest quotes the file, and a line of it may hold the key.
      const reason = err.message.split('\n')[0].replace(/^Invalid TOML document: /, '').replace(/\.$/, '');
      report(
        'fail',
        `${file} is not valid TOML: line ${err.line}, column ${err.column}: ${reason}. ${label} loads no MCP server from it until it is fixed.`,
        `Fix line ${err.line}, column ${err.column}: strings in quotes, arrays in [ ], one key = value per line.`,
      );
      return undefined;
    }
    report('ok', `${basename(file)} reads as TOML.`);
  } else {
    // VS Code and Gemini CLI read their JSON files with comments and trailing commas allowed.
    const lenient = client === 'vscode' || client === 'gemini';
    const parsed = parseJson(text, lenient);
    if ('error' in parsed) {
      const { line, column } = lineColumn(text, parsed.offset);
      const consequence =
        client === 'cursor' || client === undefined
          ? 'Cursor shows no tools at all, from any server, while this file is invalid.'
          : `${label} loads no MCP server from it until it is fixed.`;
      const alsoJsonc = !lenient && !('error' in parseJson(text, true));
      report(
        'fail',
        `${file} is not valid JSON: line ${line}, column ${column}: ${parsed.error}. ${consequence}`,
        `Fix line ${line}, column ${column}${alsoJsonc ? ' (comments and trailing commas are allowed in VS Code and Gemini CLI files, not here)' : ''}; a JSON checker or the editor's JSON mode points at the same place.`,
      );
      return undefined;
    }
    root = parsed.value;
    if (parsed.duplicates.length) {
      const d = parsed.duplicates[0];
      const { line } = lineColumn(text, d.offset);
      report('warn', `${basename(file)} has "${d.key}" twice (again on line ${line}): the second replaces the first, and its servers are lost.`, `Merge the two "${d.key}" objects into one.`);
    } else {
      report('ok', `${basename(file)} is valid JSON.`);
    }
  }
  return serverEntries(root);
}

export interface Entry {
  name: string;
  /** Where in the file, for messages: mcpServers.miosa */
  at: string;
  value: Record<string, unknown>;
}

/** Every MCP server entry, wherever a client keeps them (mcpServers, servers, mcp.servers, mcp_servers, projects.*.mcpServers). */
function serverEntries(root: unknown, at = '', depth = 0): Entry[] {
  if (!isRecord(root) || depth > 4) return [];
  const found: Entry[] = [];
  for (const [k, v] of Object.entries(root)) {
    const path = at ? `${at}.${k}` : k;
    if ((k === 'mcpServers' || k === 'servers' || k === 'mcp_servers') && isRecord(v)) {
      for (const [name, entry] of Object.entries(v)) if (isRecord(entry)) found.push({ name, at: `${path}.${name}`, value: entry });
    } else if (isRecord(v)) {
      found.push(...serverEntries(v, path, depth + 1));
    }
  }
  return found;
}

export const strOf = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function entryUrl(e: Record<string, unknown>): string | undefined {
  return strOf(e.url) ?? strOf(e.serverUrl) ?? strOf(e.httpUrl);
}

export function entryArgs(e: Record<string, unknown>): string[] {
  return Array.isArray(e.args) ? e.args.map(String) : [];
}

/** The URL as the client will send it; throws when it does not parse. `${…}` references are the client's to fill in, so any value stands for them. */
export function parseEntryUrl(url: string): URL {
  return new URL(url.replace(/\$\{[^}]*\}/g, 'x'));
}

/** The entry is switched off in the file (Cursor/Claude Code `"disabled": true`, Codex `enabled = false`): the client does not start it. */
export const entryDisabled = (e: Record<string, unknown>): boolean => e.disabled === true || e.enabled === false;

export const HTTPS_ONLY_FIX = 'Use the https URL of the hosted server; plain http only for 127.0.0.1/localhost.';

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
  if (!isRecord(headers)) return undefined;
  const k = Object.keys(headers).find((h) => h.toLowerCase() === name.toLowerCase());
  return k ? strOf(headers[k]) : undefined;
}

/** A number, or digits in a string: env values are strings in JSON files and may be numbers in TOML. */
export const numberIn = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : undefined;
