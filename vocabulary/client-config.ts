// `miosa-mcp config <client>` (and README.md's client section, which codegen renders with it, which is
// why it lives below both): a ready configuration for one MCP client, to paste where that client
// reads it. The key itself is never written: each client gets its own way of referring to a secret
// (an environment variable it expands, or a prompt it stores), so the file can be shared or
// committed. Without a selection, the client's recommended profile (client-profiles.ts) is used, so
// clients that cap their tool lists get a selection they can hold. Bad input throws a ConfigError,
// which the CLI prints before exiting 2.
import { CLIENT_PROFILES } from './client-profiles.js';
import { ConfigError } from './config-error.js';
import { inClearText } from './loopback.js';
import { unknownToolsets } from './toolsets.js';

export const CLIENTS = ['claude-code', 'cursor', 'vscode', 'windsurf', 'gemini', 'codex'] as const;
export type ClientName = (typeof CLIENTS)[number];

/** How each client is named to people (doctor's findings, the README). */
export const CLIENT_LABEL: Record<ClientName, string> = {
  'claude-code': 'Claude Code',
  cursor: 'Cursor',
  vscode: 'VS Code',
  windsurf: 'Windsurf',
  gemini: 'Gemini CLI',
  codex: 'Codex',
};

/**
 * How the client starts the local server: the package from the npm registry (`npx -y miosa-mcp`), or
 * this build's own file (`node /abs/…/dist/src/cli.js`), which works before any publication.
 */
export type Launch = { kind: 'published' } | { kind: 'local'; script: string };

export interface ConfigOptions {
  /** The URL of a hosted miosa-mcp (`…/mcp`); without it, the client starts the server over stdio. */
  http?: string;
  /** Default: the published package. The CLI passes launchOf(its own path): it prints what starts *this* installation. */
  launch?: Launch;
  toolsets?: string[];
  readOnly?: boolean;
  dynamic?: boolean;
  /** Only so tests can show that a key set here never reaches the output. Nothing reads the key. */
  env?: NodeJS.ProcessEnv;
}

export interface RenderedConfig {
  /** Exactly what goes into the file (or, for 'shell', the command line to run). */
  text: string;
  format: 'json' | 'toml' | 'shell';
  /** Where the user puts it: a file path, or for 'shell' where to run it. */
  path: string;
  /** What the user must do besides pasting it (set a variable, restart the client…); for stderr. */
  notes: string[];
}

const PACKAGE = 'miosa-mcp';
const SERVER_NAME = 'miosa';
const KEY_VAR = 'MIOSA_API_KEY';

/**
 * Server settings a client needs in its stdio entry. Cursor gives a tool about 10 s: the server
 * answers first (a long operation then answers with its state, to poll) instead of being cut off.
 * `config` writes them and `doctor` asks for exactly these.
 */
export const SERVER_ENV_FOR: Partial<Record<ClientName, Readonly<Record<string, string>>>> = {
  cursor: { MIOSA_TIMEOUT_MS: '9000', MIOSA_WAIT_MS: '8000' },
};

export function isClient(name: string): name is ClientName {
  return (CLIENTS as readonly string[]).includes(name);
}

/** The selection the config carries: what was asked for, else the client's recommended profile. */
function effectiveSelection(client: ClientName, opts: Pick<ConfigOptions, 'toolsets' | 'readOnly' | 'dynamic'>): {
  toolsets?: string[];
  readOnly: boolean;
  dynamic: boolean;
} {
  const toolsets = opts.toolsets?.map((t) => t.trim()).filter(Boolean);
  const unknown = unknownToolsets(toolsets ?? []);
  if (unknown) throw new ConfigError(unknown);
  const readOnly = opts.readOnly ?? false;
  const dynamic = opts.dynamic ?? false;
  // --read-only narrows the profile; --toolsets or --dynamic replace it (dynamic reaches every tool
  // through 3 meta tools, so it needs no toolset to stay under a cap).
  if (toolsets?.length) return { toolsets: [...new Set(toolsets)], readOnly, dynamic };
  if (dynamic) return { readOnly, dynamic };
  const profile = CLIENT_PROFILES.find((p) => p.client === client);
  return { toolsets: profile?.selection.toolsets ? [...profile.selection.toolsets] : undefined, readOnly, dynamic: profile?.dynamic ?? false };
}

/**
 * What starts the installation whose CLI lives at `script` (a resolved, absolute path). Run through npx
 * or installed from the registry into a node_modules folder, it is the package: clients start it the
 * same way. Anywhere else (a clone, a folder built by hand, `npm link`, whose path resolves into the
 * clone) it is that file, by its absolute path.
 */
export function launchOf(script: string): Launch {
  return /[\\/]node_modules[\\/]miosa-mcp[\\/]/.test(script) ? { kind: 'published' } : { kind: 'local', script };
}

function selectionArgs(sel: ReturnType<typeof effectiveSelection>): string[] {
  return [
    ...(sel.toolsets?.length ? ['--toolsets', sel.toolsets.join(',')] : []),
    ...(sel.readOnly ? ['--read-only'] : []),
    ...(sel.dynamic ? ['--dynamic'] : []),
  ];
}

/** The hosted server's URL, with the selection as query parameters (which may only narrow). */
function remoteUrl(raw: string, sel: ReturnType<typeof effectiveSelection>): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(`--http must be a URL such as https://mcp.example.com/mcp (got "${raw}").`);
  }
  if (inClearText(url)) {
    throw new ConfigError(
      `--http must use https (got ${url.protocol}//${url.host}): the API key travels in every request. Plain http is allowed only for 127.0.0.1/localhost.`,
    );
  }
  if (url.username || url.password) throw new ConfigError('--http must not carry credentials; the key goes in the Authorization header.');
  if (url.hash) throw new ConfigError('--http must not have a #fragment.');
  for (const name of ['toolsets', 'readonly', 'dynamic']) {
    if (url.searchParams.has(name)) throw new ConfigError(`--http already has ?${name}=; give the selection with --toolsets/--read-only/--dynamic instead.`);
  }
  // Built by hand so the toolset list keeps its readable commas.
  const extra = [
    ...(sel.toolsets?.length ? [`toolsets=${sel.toolsets.map(encodeURIComponent).join(',')}`] : []),
    ...(sel.readOnly ? ['readonly=1'] : []),
    ...(sel.dynamic ? ['dynamic=1'] : []),
  ];
  const base = url.href;
  if (!extra.length) return base;
  return `${base}${url.search ? '&' : '?'}${extra.join('&')}`;
}

/** One word for a POSIX shell: left bare when nothing in it is special, else single-quoted. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A TOML basic string (JSON's escapes are TOML's, plus DEL, which TOML wants escaped). */
function tomlString(s: string): string {
  return JSON.stringify(s).replace(/\x7f/g, '\\u007f');
}

function tomlArray(items: string[]): string {
  return `[${items.map(tomlString).join(', ')}]`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function renderConfig(client: string, opts: ConfigOptions = {}): RenderedConfig {
  if (!isClient(client)) {
    throw new ConfigError(`Unknown client "${client}". Valid clients: ${CLIENTS.join(', ')}.`);
  }
  const sel = effectiveSelection(client, opts);
  const launch = opts.launch ?? { kind: 'published' };
  return RENDERERS[client]({
    launch,
    command: launch.kind === 'local' ? 'node' : 'npx',
    args: [...(launch.kind === 'local' ? [launch.script] : ['-y', PACKAGE]), ...selectionArgs(sel)],
    url: opts.http !== undefined ? remoteUrl(opts.http, sel) : undefined,
  });
}

/** What every client's entry is made of: how the server starts (stdio), or where it answers (HTTP). */
interface Entry {
  launch: Launch;
  command: string;
  args: string[];
  /** Set for a remote (HTTP) entry. */
  url: string | undefined;
}

const RESTART = 'Restart the client (or reload its MCP servers) after saving.';
const EXPORT_KEY = `Export ${KEY_VAR}=msk_u_… in the environment the client starts from (your shell profile), not in this file.`;

/** One renderer per client: its file format, where the file lives, and how it refers to the key. */
const RENDERERS: Record<ClientName, (entry: Entry) => RenderedConfig> = {
  'claude-code': ({ command, args, url }) => {
    // The shell expands ${MIOSA_API_KEY} when the line is run; the key never sits in the text.
    const words = url
      ? ['claude', 'mcp', 'add', '--transport', 'http', SERVER_NAME, shellQuote(url), '--header', `"Authorization: Bearer \${${KEY_VAR}}"`]
      : ['claude', 'mcp', 'add', SERVER_NAME, '--env', `${KEY_VAR}=\${${KEY_VAR}}`, '--', command, ...args.map(shellQuote)];
    return {
      text: `${words.join(' ')}\n`,
      format: 'shell',
      path: 'a terminal, with MIOSA_API_KEY exported (Claude Code then keeps the server in ~/.claude.json)',
      notes: [
        `Run it in a shell where ${KEY_VAR} is exported (export ${KEY_VAR}=msk_u_…); the shell puts the value in, so it is not in the command line you copy.`,
        'Check it with: claude mcp get miosa',
      ],
    };
  },
  cursor: ({ command, args, url }) => {
    const entry = url
      ? { url, headers: { Authorization: `Bearer \${env:${KEY_VAR}}` } }
      : { command, args, env: { [KEY_VAR]: `\${env:${KEY_VAR}}`, ...SERVER_ENV_FOR.cursor } };
    return {
      text: json({ mcpServers: { [SERVER_NAME]: entry } }),
      format: 'json',
      path: '.cursor/mcp.json',
      notes: [
        EXPORT_KEY,
        'Merge it into an existing file rather than adding a second "mcpServers": Cursor shows no tools at all when the file is not valid JSON.',
        RESTART,
      ],
    };
  },
  vscode: ({ command, args, url }) => {
    const inputs = [{ type: 'promptString', id: 'miosa-api-key', description: 'MIOSA API key (msk_u_…)', password: true }];
    const ref = '${input:miosa-api-key}';
    const entry = url
      ? { type: 'http', url, headers: { Authorization: `Bearer ${ref}` } }
      : { type: 'stdio', command, args, env: { [KEY_VAR]: ref } };
    return {
      text: json({ inputs, servers: { [SERVER_NAME]: entry } }),
      format: 'json',
      path: '.vscode/mcp.json',
      notes: ['VS Code asks for the key once, when the server first starts, and keeps it in its secret storage.'],
    };
  },
  windsurf: ({ command, args, url }) => {
    const entry = url
      ? { serverUrl: url, headers: { Authorization: `Bearer \${env:${KEY_VAR}}` } }
      : { command, args, env: { [KEY_VAR]: `\${env:${KEY_VAR}}` } };
    return { text: json({ mcpServers: { [SERVER_NAME]: entry } }), format: 'json', path: '~/.codeium/windsurf/mcp_config.json', notes: [EXPORT_KEY, RESTART] };
  },
  gemini: ({ command, args, url }) => {
    const entry = url
      ? { httpUrl: url, headers: { Authorization: `Bearer $${KEY_VAR}` } }
      : { command, args, env: { [KEY_VAR]: `$${KEY_VAR}` } };
    // Gemini CLI starts no MCP server in a folder it does not trust ("disabled because this folder is untrusted").
    const trust =
      'Trust the project folder: with folder trust on, Gemini CLI starts no MCP server in an untrusted folder ("disabled because this folder is untrusted"). Choose "Trust folder" when it asks (kept in ~/.gemini/trustedFolders.json), then check with /mcp.';
    return { text: json({ mcpServers: { [SERVER_NAME]: entry } }), format: 'json', path: '~/.gemini/settings.json', notes: [EXPORT_KEY, trust, RESTART] };
  },
  codex: ({ launch, command, args, url }) => {
    const lines = [`[mcp_servers.${SERVER_NAME}]`];
    if (url) {
      lines.push(`url = ${tomlString(url)}`, `bearer_token_env_var = ${tomlString(KEY_VAR)}`);
    } else {
      lines.push(
        `command = ${tomlString(command)}`,
        `args = ${tomlArray(args)}`,
        `env_vars = ${tomlArray([KEY_VAR])}`,
        ...(launch.kind === 'published' ? ['# npx may download the package on first start; Codex waits 10 s by default.'] : []),
        'startup_timeout_sec = 30',
      );
    }
    // Open-world tools (sandbox_exec…) need approval; `codex exec` cannot ask and refuses them.
    lines.push('# For non-interactive runs (codex exec), which cannot ask before a tool runs, uncomment:', `# default_tools_approval_mode = "approve"`);
    return {
      text: `${lines.join('\n')}\n`,
      format: 'toml',
      path: '~/.codex/config.toml',
      notes: [
        `Codex ${url ? 'sends' : 'passes on'} ${KEY_VAR} from its own environment: export it (export ${KEY_VAR}=msk_u_…) before starting Codex.`,
        'Codex asks before it runs tools that reach outside (sandbox_exec, deployment_publish…). In non-interactive runs (codex exec, approval policy "never") it cannot ask and refuses them ("MCP tool call requires approval"): set default_tools_approval_mode = "approve" in the entry (the commented line) to let them run.',
        RESTART,
      ],
    };
  },
};
