// `miosa-mcp config <client>`: for every client, stdio and remote, with and without a selection, the
// output parses as the client reads it, names the server `miosa`, carries the selection, refers to
// the key the client's own way, and never holds the key itself.
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { CLIENTS, renderConfig, shellQuote, type ClientName } from '../../src/commands/config.js';
import { CLIENT_PROFILES } from '../../src/profiles.js';

const KEY = 'msk_u_Z3fQ9kLm2VxR8tYp4WcN7bHs1JdE6gUa';
const env = { MIOSA_API_KEY: KEY, MIOSA_BASE_URL: 'https://api.miosa.ai' };
const REMOTE = 'https://mcp.example.com/mcp';

/** Splits a POSIX shell line into words, as sh would before expansion (`${VAR}` kept as written). */
function shellWords(line: string): string[] {
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

interface Entry {
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
function readEntry(client: ClientName, text: string): Entry {
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

/** How each client writes a reference to the key it keeps (never the key). */
const KEY_REF: Record<Exclude<ClientName, 'codex'>, string> = {
  'claude-code': '${MIOSA_API_KEY}',
  cursor: '${env:MIOSA_API_KEY}',
  windsurf: '${env:MIOSA_API_KEY}',
  vscode: '${input:miosa-api-key}',
  gemini: '$MIOSA_API_KEY',
};

const FILE: Record<ClientName, { format: string; path: RegExp }> = {
  'claude-code': { format: 'shell', path: /terminal/ },
  cursor: { format: 'json', path: /^\.cursor\/mcp\.json$/ },
  vscode: { format: 'json', path: /^\.vscode\/mcp\.json$/ },
  windsurf: { format: 'json', path: /^~\/\.codeium\/windsurf\/mcp_config\.json$/ },
  gemini: { format: 'json', path: /^~\/\.gemini\/settings\.json$/ },
  codex: { format: 'toml', path: /^~\/\.codex\/config\.toml$/ },
};

const profileToolsets = (client: ClientName) => CLIENT_PROFILES.find((p) => p.client === client)?.selection.toolsets;

const SELECTIONS = {
  'no selection (the client profile)': {},
  'toolsets + read-only + dynamic': { toolsets: ['sandbox', 'deploy'], readOnly: true, dynamic: true },
  'read-only only (narrows the profile)': { readOnly: true },
} as const;

describe.each(CLIENTS)('%s', (client) => {
  for (const transport of ['stdio', 'http'] as const) {
    for (const [label, sel] of Object.entries(SELECTIONS)) {
      it(`${transport}, ${label}`, () => {
        const selection = sel as { toolsets?: string[]; readOnly?: boolean; dynamic?: boolean };
        const r = renderConfig(client, { ...selection, ...(transport === 'http' ? { http: REMOTE } : {}), env });
        expect(r.format).toBe(FILE[client].format);
        expect(r.path).toMatch(FILE[client].path);
        expect(r.text).not.toContain(KEY);
        expect(r.text).not.toMatch(/msk_[A-Za-z0-9]{4,}/);
        expect(r.text.endsWith('\n')).toBe(true);
        for (const note of r.notes) expect(note).not.toContain(KEY);

        const e = readEntry(client, r.text);
        expect(e.name).toBe('miosa');
        const toolsets = selection.toolsets ?? profileToolsets(client);

        if (transport === 'stdio') {
          expect(e.url).toBeUndefined();
          expect(e.command).toBe('npx');
          expect(e.args!.slice(0, 2)).toEqual(['-y', 'miosa-mcp']);
          const flags = e.args!.slice(2);
          const expected = [
            ...(toolsets ? ['--toolsets', toolsets.join(',')] : []),
            ...(selection.readOnly ? ['--read-only'] : []),
            ...(selection.dynamic ? ['--dynamic'] : []),
          ];
          expect(flags).toEqual(expected);
          if (client === 'codex') expect(e.envVars).toEqual(['MIOSA_API_KEY']);
          else expect(e.env).toEqual({ MIOSA_API_KEY: KEY_REF[client] });
        } else {
          expect(e.command).toBeUndefined();
          const url = new URL(e.url!);
          expect(`${url.origin}${url.pathname}`).toBe(REMOTE);
          expect(url.searchParams.get('toolsets')).toBe(toolsets ? toolsets.join(',') : null);
          expect(url.searchParams.get('readonly')).toBe(selection.readOnly ? '1' : null);
          expect(url.searchParams.get('dynamic')).toBe(selection.dynamic ? '1' : null);
          if (client === 'codex') expect(e.bearerEnv).toBe('MIOSA_API_KEY');
          else expect(e.authorization).toBe(`Bearer ${KEY_REF[client]}`);
        }
      });
    }
  }
});

describe('the key', () => {
  it('VS Code prompts for it once and stores it as a password', () => {
    const doc = JSON.parse(renderConfig('vscode', { env }).text);
    expect(doc.inputs).toEqual([{ type: 'promptString', id: 'miosa-api-key', description: 'MIOSA API key (msk_u_…)', password: true }]);
  });

  it('never appears, whatever the environment holds', () => {
    const hostile = { ...env, MIOSA_API_KEY: KEY, MIOSA_TENANT: KEY, HOME: KEY };
    for (const client of CLIENTS) {
      for (const http of [undefined, REMOTE, 'http://127.0.0.1:8787/mcp']) {
        const r = renderConfig(client, { env: hostile, ...(http ? { http } : {}) });
        expect(JSON.stringify(r)).not.toContain(KEY);
      }
    }
  });
});

describe('choices and refusals', () => {
  it('an unknown client is an error that lists the valid ones', () => {
    expect(() => renderConfig('emacs', {})).toThrow(/Unknown client "emacs"\. Valid clients: claude-code, cursor, vscode, windsurf, gemini, codex\./);
  });

  it('an unknown toolset is an error that lists the valid ones', () => {
    expect(() => renderConfig('cursor', { toolsets: ['sandbox', 'nope'] })).toThrow(/Unknown toolset nope\. Valid toolsets: account, sandbox/);
  });

  it('the remote URL must be https, except on loopback', () => {
    expect(() => renderConfig('cursor', { http: 'http://mcp.example.com/mcp' })).toThrow(/must use https/);
    expect(() => renderConfig('cursor', { http: 'not a url' })).toThrow(/must be a URL/);
    expect(() => renderConfig('cursor', { http: 'https://user:pw@mcp.example.com/mcp' })).toThrow(/credentials/);
    for (const ok of ['http://127.0.0.1:8787/mcp', 'http://localhost:8787/mcp', 'https://mcp.example.com/mcp']) {
      expect(() => renderConfig('cursor', { http: ok })).not.toThrow();
    }
  });

  it('a URL with its own query keeps it and adds the selection', () => {
    const e = readEntry('cursor', renderConfig('cursor', { http: `${REMOTE}?region=eu`, readOnly: true }).text);
    expect(e.url).toBe(`${REMOTE}?region=eu&toolsets=sandbox&readonly=1`);
    expect(() => renderConfig('cursor', { http: `${REMOTE}?toolsets=sandbox` })).toThrow(/already has \?toolsets=/);
  });

  it('--dynamic replaces a capped profile: every tool through 3 meta tools', () => {
    expect(readEntry('cursor', renderConfig('cursor', { dynamic: true }).text).args).toEqual(['-y', 'miosa-mcp', '--dynamic']);
  });

  it('Claude Code over HTTP: the URL with a query survives the shell', () => {
    const r = renderConfig('claude-code', { http: REMOTE, toolsets: ['sandbox', 'cron'], readOnly: true });
    expect(r.text).toBe(
      `claude mcp add --transport http miosa '${REMOTE}?toolsets=sandbox,cron&readonly=1' --header "Authorization: Bearer \${MIOSA_API_KEY}"\n`,
    );
    expect(readEntry('claude-code', r.text).url).toBe(`${REMOTE}?toolsets=sandbox,cron&readonly=1`);
  });

  it('Claude Code over stdio: the line the brief asks for', () => {
    expect(renderConfig('claude-code', { toolsets: ['sandbox'] }).text).toBe(
      'claude mcp add miosa --env MIOSA_API_KEY=${MIOSA_API_KEY} -- npx -y miosa-mcp --toolsets sandbox\n',
    );
  });

  it('shell quoting round-trips awkward words', () => {
    for (const w of ["it's", 'a b', 'x&y', '$HOME', 'plain-word', 'q?x=1']) expect(shellWords(shellQuote(w))).toEqual([w]);
  });
});
