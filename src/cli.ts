#!/usr/bin/env node
// miosa-mcp: serves the MIOSA tools over stdio (editors) or stateless Streamable HTTP (hosted).
import { realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import {
  ConfigError,
  credentialsFromEnv,
  DEFAULT_POLL_MS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WAIT_MS,
  looksLikeKey,
  maxResultTokensFromEnv,
  upstreamFromEnv,
} from './config.js';
import { DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT, startHttp } from './http.js';
import { buildServer } from './server.js';
import { parseFlag, parseList, SelectionError } from './selection.js';
import { buildSurface, SurfaceCache, type Surface } from './surface.js';
import { TOOLSETS } from './tool-def.js';
import { NAME, VERSION } from './version.js';

const HELP = `${NAME} ${VERSION}: MCP server for the MIOSA cloud (sandboxes, desktops, deployments, databases, cron, storage, runs, keys, secrets).

Usage:
  miosa-mcp [options]                       serve MCP over stdio (for editors)
  miosa-mcp --transport http [options]      serve MCP over Streamable HTTP at POST /mcp
  miosa-mcp emulator [--port 4010]          run the local MIOSA emulator alone
                                            (then MIOSA_BASE_URL=http://127.0.0.1:4010)
  miosa-mcp config <client> [--http URL] [--published] [--toolsets a,b] [--read-only] [--dynamic]
                                            print a ready MCP config for claude-code, cursor, vscode,
                                            windsurf, gemini or codex that starts this installation
                                            (--published: npx -y miosa-mcp); refers to MIOSA_API_KEY, never holds it
  miosa-mcp doctor [--config FILE] [--client NAME] [--no-start]
                                            check the key, the API, timeouts and a client's MCP config
                                            (starting its server as the client would)

Options:
  --transport <stdio|http>   transport (default stdio)
  --host <addr>              HTTP bind address (default ${DEFAULT_HOST})
  --port <n>                 HTTP port (default ${DEFAULT_PORT})
  --max-body-bytes <n>       largest HTTP request body accepted (default ${DEFAULT_MAX_BODY_BYTES})
  --allowed-hosts <list>     extra Host header values to accept, comma-separated (behind a proxy)
  --allowed-origins <list>   browser origins allowed to call, comma-separated (default none)
  --toolsets <list>          offer only these toolsets: ${TOOLSETS.join(', ')}
  --tools <list>             offer these single tools (adds to --toolsets)
  --exclude-tools <list>     never offer these tools
  --read-only                offer only tools that change nothing
  --dynamic                  offer 3 meta tools (search_tools, describe_tool, call_tool) instead
  --emulator                 start the local MIOSA emulator in-process and use it as the API
                             (no account or network needed; commands run on this machine)
  -h, --help                 show this help
  -v, --version              print the version

Environment:
  MIOSA_API_KEY      API key (msk_u_...), stdio only; over HTTP each request sends its own
                     "Authorization: Bearer msk_u_..." and the environment key is never used
  MIOSA_BASE_URL     API origin, with or without /api/v1 (default https://api.miosa.ai);
                     must be https except 127.0.0.1/localhost
  MIOSA_TENANT       organization UUID or slug (stdio; over HTTP send X-MIOSA-Tenant)
  MIOSA_TIMEOUT_MS   time allowed for one upstream call, retries included (default ${DEFAULT_TIMEOUT_MS})
  MIOSA_WAIT_MS      how long tools that start something (sandbox_create, database_create…)
                     wait for it to be ready, with progress (default ${DEFAULT_WAIT_MS}); MIOSA_POLL_MS
                     how often they look (default ${DEFAULT_POLL_MS})
  MIOSA_MAX_RESULT_TOKENS
                     results larger than this are trimmed, keeping JSON valid (default 20000)
  MIOSA_TOOLSETS, MIOSA_TOOLS, MIOSA_EXCLUDE_TOOLS, MIOSA_READ_ONLY, MIOSA_DYNAMIC
                     the same selections as the flags (flags win)

Over HTTP a request may narrow the selection, never widen it: /mcp?toolsets=sandbox&readonly=1,
or the headers X-MCP-Toolsets, X-MCP-Tools, X-MCP-Exclude-Tools, X-MCP-Readonly, X-MCP-Dynamic.

Logs go to stderr. Docs: README.md.
`;

function describeSurface(s: Surface): string {
  return s.dynamic ? `3 meta tools over ${s.size} tools (dynamic mode)` : `${s.size} tools`;
}

function log(line: string): void {
  process.stderr.write(`[${NAME}] ${line}\n`);
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'emulator') return runEmulator(argv.slice(1));
  if (argv[0] === 'config') return runConfig(argv.slice(1));
  if (argv[0] === 'doctor') return runDoctorCommand(argv.slice(1));
  const { values } = parseArgs({
    args: argv,
    options: {
      transport: { type: 'string', default: 'stdio' },
      host: { type: 'string', default: DEFAULT_HOST },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      'max-body-bytes': { type: 'string', default: String(DEFAULT_MAX_BODY_BYTES) },
      'allowed-hosts': { type: 'string', default: '' },
      'allowed-origins': { type: 'string', default: '' },
      toolsets: { type: 'string' },
      tools: { type: 'string' },
      'exclude-tools': { type: 'string' },
      'read-only': { type: 'boolean' },
      dynamic: { type: 'boolean' },
      emulator: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
    strict: true,
  });
  if (values.help) return void process.stdout.write(HELP);
  if (values.version) return void process.stdout.write(`${VERSION}\n`);

  const upstream = upstreamFromEnv();
  let demoKey: string | undefined;
  if (values.emulator) {
    // The product's main job with no account: the emulator stands in for the MIOSA API.
    const { startEmulator } = await import('../emulator/index.js'); // only when asked: it is not light
    const emu = await startEmulator({ log });
    upstream.baseUrl = `${emu.url}/api/v1`;
    demoKey = 'msk_u_demo_local';
    log(`emulator at ${emu.url} (commands run on this machine as the current user)`);
  }
  const maxResultTokens = maxResultTokensFromEnv();
  const env = process.env;
  const surface = buildSurface(
    {
      toolsets: parseList(values.toolsets ?? env.MIOSA_TOOLSETS),
      tools: parseList(values.tools ?? env.MIOSA_TOOLS),
      excludeTools: parseList(values['exclude-tools'] ?? env.MIOSA_EXCLUDE_TOOLS),
      readOnly: values['read-only'] ?? parseFlag(env.MIOSA_READ_ONLY),
    },
    values.dynamic ?? parseFlag(env.MIOSA_DYNAMIC) ?? false,
  );

  if (values.transport === 'http') {
    const port = Number(values.port);
    const maxBodyBytes = Number(values['max-body-bytes']);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port must be 0-65535 (got ${values.port})`);
    if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024) throw new ConfigError('--max-body-bytes must be at least 1024');
    const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
    const server = await startHttp(new SurfaceCache(surface), {
      host: values.host,
      port,
      maxBodyBytes,
      allowedHosts: list(values['allowed-hosts']),
      allowedOrigins: list(values['allowed-origins']),
      upstream,
      maxResultTokens,
      log,
    });
    // Before the "serving" line: a supervisor may send SIGTERM the moment it reads it, and with no
    // handler yet the signal kills the process instead of stopping it.
    const stop = () => {
      log('stopping: no new requests; finishing the ones in flight');
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 10_000).unref();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    const addr = server.address();
    const where = typeof addr === 'object' && addr ? `${addr.address}:${addr.port}` : String(addr);
    log(`serving ${describeSurface(surface)} over HTTP at http://${where}/mcp (upstream ${upstream.baseUrl})`);
    // The emulator takes any msk_u_ key; the real API takes the user's own, referred to, never printed.
    log('connect Claude Code with:');
    process.stderr.write(`  claude mcp add --transport http miosa http://${where}/mcp --header "Authorization: Bearer ${demoKey ?? '${MIOSA_API_KEY}'}"\n`);
    return;
  }
  if (values.transport !== 'stdio') throw new ConfigError(`--transport must be stdio or http (got ${values.transport})`);

  const credentials = credentialsFromEnv() ?? (demoKey ? { apiKey: demoKey } : undefined);
  if (!credentials) {
    log('MIOSA_API_KEY is not set: tools are listed, but every call will answer how to set it (add an "env" block with MIOSA_API_KEY=msk_u_... to your MCP client config).');
  } else if (!looksLikeKey(credentials.apiKey)) {
    log('MIOSA_API_KEY does not look like a MIOSA key (it should start with msk_u_); calls will likely be refused.');
  }
  const server = buildServer(surface, { credentials, upstream, maxResultTokens });
  const transport = new StdioServerTransport();
  transport.onclose = () => process.exit(0);
  process.stdin.on('end', () => process.exit(0));
  // As over HTTP, before the "serving" line. Closing the server closes the transport, which exits.
  const stop = () => {
    log('stopping: closing the stdio connection');
    void server.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await server.connect(transport);
  log(`serving ${describeSurface(surface)} over stdio (upstream ${upstream.baseUrl})`);
}

async function runConfig(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      http: { type: 'string' },
      published: { type: 'boolean' },
      toolsets: { type: 'string' },
      'read-only': { type: 'boolean' },
      dynamic: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    return void process.stdout.write(
      `miosa-mcp config <claude-code|cursor|vscode|windsurf|gemini|codex> [--http URL] [--published] [--toolsets a,b] [--read-only] [--dynamic]\n` +
        `Prints a ready MCP configuration (where to put it goes to stderr) that starts this installation: the npm package when\n` +
        `installed from the registry, else this build (node /abs/path/dist/src/cli.js); --published prints the npx form.\n` +
        `Toolsets: ${TOOLSETS.join(', ')}.\n`,
    );
  }
  if (positionals.length !== 1) throw new ConfigError('miosa-mcp config takes one client: claude-code, cursor, vscode, windsurf, gemini or codex.');
  const { launchOf, renderConfig } = await import('./commands/config.js');
  const out = renderConfig(positionals[0], {
    http: values.http,
    launch: values.published ? { kind: 'published' } : launchOf(realpathSync(process.argv[1])),
    toolsets: parseList(values.toolsets),
    readOnly: values['read-only'],
    dynamic: values.dynamic,
  });
  process.stdout.write(out.text);
  log(`put this in ${out.path}`);
  for (const note of out.notes) log(note);
}

async function runDoctorCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { config: { type: 'string' }, client: { type: 'string' }, 'no-start': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    return void process.stdout.write(
      'miosa-mcp doctor [--config FILE] [--client NAME] [--no-start]: checks MIOSA_API_KEY, MIOSA_BASE_URL, that MIOSA answers and for whom, timeouts against the client, and a client MCP config file, whose server it starts as the client would (initialize + tools/list; --no-start skips that). Exits 1 when something must be fixed.\n',
    );
  }
  const { formatFindings, runDoctor } = await import('./commands/doctor/index.js');
  const result = await runDoctor({ env: process.env, configFile: values.config, client: values.client, start: !values['no-start'] });
  process.stdout.write(formatFindings(result.findings));
  process.exitCode = result.ok ? 0 : 1;
}

async function runEmulator(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', default: '4010' }, host: { type: 'string', default: '127.0.0.1' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) return void process.stdout.write('miosa-mcp emulator [--port 4010] [--host 127.0.0.1]: the local MIOSA API (see emulator/README.md)\n');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port must be 0-65535 (got ${values.port})`);
  const { startEmulator } = await import('../emulator/index.js');
  const emu = await startEmulator({ host: values.host, port, log });
  const stop = () => {
    log('stopping the emulator');
    void emu.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  log(`emulator listening at ${emu.url} — set MIOSA_BASE_URL=${emu.url} (commands run on this machine as the current user)`);
}

main(process.argv.slice(2)).catch((err) => {
  const listen = err as { code?: string; port?: number; address?: string };
  if (listen.code === 'EADDRINUSE') {
    log(`port ${listen.port} on ${listen.address} is already in use: stop what holds it, or choose another port with --port N (make run: PORT=N make run).`);
    process.exit(1);
  }
  if (err instanceof ConfigError || err instanceof SelectionError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    log(`${(err as Error).message}\nRun miosa-mcp --help for usage.`);
    process.exit(2);
  }
  log(`fatal: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
