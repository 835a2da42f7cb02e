// Reading a client configuration the way the client reads it: JSON (mcpServers / VS Code's servers),
// Codex's TOML, or Claude Code's `claude mcp add` line split as a shell splits it.
import { parse as parseToml } from 'smol-toml';
import { expect } from 'vitest';
import type { ClientName } from '../../vocabulary/client-config.js';

/** Splits a POSIX shell line into words, as sh would before expansion (`${VAR}` kept as written). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error('unclosed single quote');
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && '"\\$`'.includes(line[j + 1])) s += line[++j];
        else s += line[j];
      }
      if (j >= line.length) throw new Error('unclosed double quote');
      word = (word ?? '') + s;
      i = j;
    } else if (c === '\\') {
      word = (word ?? '') + line[++i];
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      if (/[;&|<>()`*?[]/.test(c)) throw new Error(`unquoted shell metacharacter ${c} in: ${line}`);
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

export interface Entry {
  name: string;
  command?: string;
  args?: string[];
  env?: Record<string, string>;
  envVars?: string[];
  url?: string;
  authorization?: string;
  bearerEnv?: string;
}

/** The miosa server entry, read the way the client reads its file (or command line). */
export function readEntry(client: ClientName, text: string): Entry {
  if (client === 'claude-code') {
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(1);
    const argv = shellWords(lines[0]);
    expect(argv.slice(0, 3)).toEqual(['claude', 'mcp', 'add']);
    if (argv.includes('--transport')) {
      // claude mcp add --transport http <name> <url> --header "<h>"
      expect(argv[argv.indexOf('--transport') + 1]).toBe('http');
      expect(argv).toHaveLength(9);
      expect(argv[7]).toBe('--header');
      const header = argv[8];
      expect(header).toMatch(/^Authorization: /);
      return { name: argv[5], url: argv[6], authorization: header.replace(/^Authorization: /, '') };
    }
    // claude mcp add <name> --env K=V -- <command> <args…>
    const dash = argv.indexOf('--');
    expect(dash).toBeGreaterThan(0);
    const opts = argv.slice(3, dash);
    const name = opts[0];
    const envPairs: Record<string, string> = {};
    for (let i = 1; i < opts.length; i += 2) {
      expect(opts[i]).toBe('--env');
      const [k, ...v] = opts[i + 1].split('=');
      envPairs[k] = v.join('=');
    }
    return { name, command: argv[dash + 1], args: argv.slice(dash + 2), env: envPairs };
  }
  if (client === 'codex') {
    const doc = parseToml(text) as { mcp_servers: Record<string, Record<string, unknown>> };
    const [[name, e]] = Object.entries(doc.mcp_servers);
    return {
      name,
      command: e.command as string | undefined,
      args: e.args as string[] | undefined,
      envVars: e.env_vars as string[] | undefined,
      url: e.url as string | undefined,
      bearerEnv: e.bearer_token_env_var as string | undefined,
    };
  }
  const doc = JSON.parse(text) as Record<string, Record<string, Record<string, unknown>>>;
  const servers = client === 'vscode' ? doc.servers : doc.mcpServers;
  expect(Object.keys(doc)).toEqual(client === 'vscode' ? ['inputs', 'servers'] : ['mcpServers']);
  const [[name, e]] = Object.entries(servers);
  const urlField = { cursor: 'url', vscode: 'url', windsurf: 'serverUrl', gemini: 'httpUrl' }[client];
  if (client === 'vscode') expect(e.type).toBe(e.url ? 'http' : 'stdio');
  return {
    name,
    command: e.command as string | undefined,
    args: e.args as string[] | undefined,
    env: e.env as Record<string, string> | undefined,
    url: e[urlField] as string | undefined,
    authorization: (e.headers as Record<string, string> | undefined)?.Authorization,
  };
}

