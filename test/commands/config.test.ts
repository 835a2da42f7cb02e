// `miosa-mcp config <client>`: for every client, stdio and remote, with and without a selection, the
// output parses as the client reads it, names the server `miosa`, carries the selection, refers to
// the key the client's own way, and never holds the key itself.
import { describe, expect, it } from 'vitest';
import { CLIENTS, renderConfig, SERVER_ENV_FOR, shellQuote, type ClientName } from '../../vocabulary/client-config.js';
import { CLIENT_PROFILES } from '../../vocabulary/client-profiles.js';
import { readEntry, shellWords } from '../support/client-configs.js';

const KEY = 'msk_u_Z3fQ9kLm2VxR8tYp4WcN7bHs1JdE6gUa';
const env = { MIOSA_API_KEY: KEY, MIOSA_BASE_URL: 'https://api.miosa.ai' };
const REMOTE = 'https://mcp.example.com/mcp';

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
          else expect(e.env).toEqual({ MIOSA_API_KEY: KEY_REF[client], ...SERVER_ENV_FOR[client] });
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
    expect(() => renderConfig('cursor', { toolsets: ['sandbox', 'nope'] })).toThrow(/Unknown toolset nope\. Valid toolsets: account, sandbox.*, code\./);
  });

  it('the code toolset, which the server takes, is written like any other', () => {
    const e = readEntry('cursor', renderConfig('cursor', { toolsets: ['sandbox', 'code'] }).text);
    expect(e.args?.join(' ')).toMatch(/--toolsets sandbox,code/);
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
