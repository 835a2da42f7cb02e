#!/usr/bin/env node
// miosa-mcp: serves the MIOSA tools over stdio (editors) or stateless Streamable HTTP (hosted).
import { realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import {
  credentialsFromEnv,
  DEFAULT_POLL_MS,
  DEFAULT_TEMPLATE,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WAIT_MS,
  maxResultTokensFromEnv,
  upstreamFromEnv,
} from './settings.js';
import { drainAndExit, drainSettingsFromEnv } from './drain.js';
import { codeLimitsFromEnv } from './code-mode/limits.js';
import { DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT, startHttp } from './http.js';
import { createLogger, logCalls, parseLogFormat, parseLogLevel, textLogger, type Logger } from './telemetry/log.js';
import { DEFAULT_FAIR_SHARE, fairShareFromEnv } from './fair-share.js';
import { DEFAULT_HTTP_LIMITS, describeHttpLimits, httpLimitsFromEnv } from './http-limits.js';
import { looksLikeKey } from './redact.js';
import { buildServer } from './server.js';
import { parseFlag, parseList, SelectionError } from './selection.js';
import { onStopSignals } from '../vocabulary/signals.js';
import { ConfigError } from '../vocabulary/config-error.js';
import { isLoopbackHost } from '../vocabulary/loopback.js';
import { buildSurface, SurfaceCache, type Surface } from './surface.js';
import { TOOLSETS } from './tool-def.js';
import { NAME, VERSION } from './version.js';
import type { Emulator, EmulatorOptions } from '../emulator/index.js';

const HELP = `${NAME} ${VERSION}: MCP server for the MIOSA cloud (sandboxes, desktops, deployments, databases, cron, storage, runs, keys, secrets).

Usage:
  miosa-mcp [options]                       serve MCP over stdio (for editors)
  miosa-mcp --transport http [options]      serve MCP over Streamable HTTP at POST /mcp and /api/v1/mcp
  miosa-mcp emulator [--port 4010]          run the local MIOSA emulator alone
                                            (then MIOSA_API_URL=http://127.0.0.1:4010)
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
  --code-mode                offer 2 tools instead: miosa_api_search (TypeScript declarations of the
                             API) and miosa_run (a script calling it, in a WebAssembly sandbox); the
                             toolset "code" adds them beside the others
  --emulator                 start the local MIOSA emulator in-process and use it as the API
                             (no account or network needed; commands run on this machine)
  --log-format <text|json>   stderr lines for people (default) or one JSON object per line (hosted)
  --metrics-port <n>         serve /metrics (and /readyz, /healthz) on this port only; default:
                             /metrics on the MCP port
  --metrics-host <addr>      bind address of --metrics-port (default ${DEFAULT_HOST})
  --unsafe-expose-emulator   allow --emulator with a non-loopback --host: anyone who reaches the
                             server runs commands on this machine (refused without it)
  -h, --help                 show this help
  -v, --version              print the version

Environment:
  MIOSA_API_KEY      API key (msk_u_...), stdio only; over HTTP each request sends its own
                     "Authorization: Bearer msk_u_..." and the environment key is never used
  MIOSA_API_URL      API origin, with or without /api/v1 (default https://api.miosa.ai);
                     must be https except 127.0.0.1/localhost. MIOSA_BASE_URL is an older
                     name for it; when both are set they must agree
  MIOSA_DEFAULT_TEMPLATE
                     the template sandbox_create uses when none is given (default ${DEFAULT_TEMPLATE})
  MIOSA_TENANT       organization UUID or slug (stdio; over HTTP send X-MIOSA-Tenant)
  MIOSA_TIMEOUT_MS   time allowed for one upstream call, retries included (default ${DEFAULT_TIMEOUT_MS})
  MIOSA_WAIT_MS      how long tools that start something (sandbox_create, database_create…)
                     wait for it to be ready, with progress (default ${DEFAULT_WAIT_MS}); MIOSA_POLL_MS
                     how often they look (default ${DEFAULT_POLL_MS})
  MIOSA_MAX_RESULT_TOKENS
                     results larger than this are trimmed, keeping JSON valid (default 20000)
  MIOSA_TOOLSETS, MIOSA_TOOLS, MIOSA_EXCLUDE_TOOLS, MIOSA_READ_ONLY, MIOSA_DYNAMIC, MIOSA_CODE_MODE
                     the same selections as the flags (flags win)
  MIOSA_LOG_LEVEL    debug, info (one line per call), warn (default) or error; start and stop
                     lines print at every level. MIOSA_LOG_FORMAT: text or json (the flag wins)
  MIOSA_METRICS_TOKEN
                     when set, GET /metrics needs "Authorization: Bearer <token>"
  MIOSA_DRAIN_DELAY_MS
                     HTTP, on SIGTERM: /readyz answers 503 at once; the listener closes this much
                     later (default 0; on Kubernetes about the readiness period)
  MIOSA_DRAIN_MS     most time from SIGTERM to exit (default: the longest call, a wait included,
                     plus the delay and 2 s); waits still running near its end answer "still starting"
  MIOSA_METRICS_LINGER_MS
                     with --metrics-port: keep it open this long after the last call is answered,
                     for a final scrape (default 0)
  MIOSA_KEY_CONCURRENCY, MIOSA_KEY_QUEUE
                     requests to MIOSA one API key may have running (default ${DEFAULT_FAIR_SHARE.concurrency}) and waiting
                     (default ${DEFAULT_FAIR_SHARE.queue}) at once; past that its calls answer rate_limited
  MIOSA_HTTP_HEADERS_TIMEOUT_MS, MIOSA_HTTP_REQUEST_TIMEOUT_MS, MIOSA_HTTP_MAX_CONNECTIONS
                     HTTP: time to send the headers (default ${DEFAULT_HTTP_LIMITS.headersTimeoutMs}) and the whole request
                     (default ${DEFAULT_HTTP_LIMITS.requestTimeoutMs}); open connections at most (default ${DEFAULT_HTTP_LIMITS.maxConnections}, or half
                     the open files limit if lower; at
                     the cap the oldest one not serving an authenticated request is closed)
  MIOSA_CODE_TIMEOUT_MS, MIOSA_CODE_MEMORY_MB, MIOSA_CODE_STACK_KB, MIOSA_CODE_MAX_CALLS,
  MIOSA_CODE_MAX_OUTPUT_BYTES, MIOSA_CODE_MAX_RUNS
                     limits of one miosa_run script (defaults 120000 ms, 64 MiB, 512 KiB, 200 calls,
                     1000000 bytes of result and console output) and of scripts at once (8)

Over HTTP a request may narrow the selection, never widen it: /mcp?toolsets=sandbox&readonly=1,
or the headers X-MCP-Toolsets, X-MCP-Tools, X-MCP-Exclude-Tools, X-MCP-Readonly, X-MCP-Dynamic;
?mode=code (X-MCP-Mode: code) serves code mode.

Logs go to stderr. Docs: README.md.
`;

function describeSurface(s: Surface): string {
  if (s.code === 'only') return `code mode (miosa_api_search, miosa_run) over ${s.size} tools`;
  return s.dynamic ? `3 meta tools over ${s.size} tools (dynamic mode)` : `${s.size} tools${s.code ? ' and code mode' : ''}`;
}

/** Text until the options are read; main() swaps in the configured logger. */
let logger: Logger = textLogger({ level: 'warn' });
/** Lifecycle lines (serving, stopping, fatal): printed at every log level. */
/** A port flag's value: 0 (any free port) to 65535. */
function portFlag(flag: string, raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`${flag} must be 0-65535 (got ${raw})`);
  return port;
}

function log(line: string): void {
  logger.notice(line);
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'emulator') return runEmulator(argv.slice(1));
  if (argv[0] === 'config') return runConfig(argv.slice(1));
  if (argv[0] === 'doctor') return (await import('./commands/doctor/index.js')).doctorCommand(argv.slice(1));
  const { values } = parseServeArgs(argv);
  if (values.help) return void process.stdout.write(HELP);
  if (values.version) return void process.stdout.write(`${VERSION}\n`);
  if (values.transport !== 'http' && values.transport !== 'stdio') throw new ConfigError(`--transport must be stdio or http (got ${values.transport})`);
  // Text by default, stdio and HTTP alike: the same binary runs under editors and `make run`, where
  // people read stderr; a hosted deployment says json once, in its image (deploy/Dockerfile).
  const logFormat = values['log-format'] !== undefined ? parseLogFormat(values['log-format']) : parseLogFormat(process.env.MIOSA_LOG_FORMAT, 'MIOSA_LOG_FORMAT');
  logger = await createLogger({ format: logFormat, level: parseLogLevel(process.env.MIOSA_LOG_LEVEL) });
  logCalls(logger);

  const upstream = { ...upstreamFromEnv(), keyLimits: fairShareFromEnv() };
  let demoKey: string | undefined;
  if (values.emulator && values.transport === 'http') refuseExposedEmulator(values.host, values['unsafe-expose-emulator']);
  if (values.emulator) {
    // The product's main job with no account: the emulator stands in for the MIOSA API.
    const emu = await startLocalEmulator({ log: (line) => logger.info(line) });
    upstream.baseUrl = `${emu.url}/api/v1`;
    demoKey = 'msk_u_demo_local';
    log(`emulator at ${emu.url} (commands run on this machine as the current user)`);
  }
  const env = process.env;
  const surface = buildSurface(
    {
      toolsets: parseList(values.toolsets ?? env.MIOSA_TOOLSETS),
      tools: parseList(values.tools ?? env.MIOSA_TOOLS),
      excludeTools: parseList(values['exclude-tools'] ?? env.MIOSA_EXCLUDE_TOOLS),
      readOnly: values['read-only'] ?? parseFlag(env.MIOSA_READ_ONLY, 'MIOSA_READ_ONLY'),
    },
    values.dynamic ?? parseFlag(env.MIOSA_DYNAMIC, 'MIOSA_DYNAMIC') ?? false,
    undefined,
    { code: values['code-mode'] ?? parseFlag(env.MIOSA_CODE_MODE, 'MIOSA_CODE_MODE') ?? false, codeLimits: codeLimitsFromEnv() },
  );
  const serving: Serving = { surface, upstream, maxResultTokens: maxResultTokensFromEnv(), demoKey, logFormat };
  return values.transport === 'http' ? serveHttp(values, serving) : serveStdio(serving);
}

const SERVE_OPTIONS = {
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
  'code-mode': { type: 'boolean' },
  emulator: { type: 'boolean' },
  'log-format': { type: 'string' },
  'metrics-port': { type: 'string' },
  'metrics-host': { type: 'string', default: DEFAULT_HOST },
  'unsafe-expose-emulator': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const parseServeArgs = (argv: string[]) => parseArgs({ args: argv, options: SERVE_OPTIONS, strict: true });
type ServeFlags = ReturnType<typeof parseServeArgs>['values'];

/** What both transports serve: the tools, where calls go, and how results are sized. */
interface Serving {
  surface: Surface;
  upstream: ReturnType<typeof upstreamFromEnv> & { keyLimits: ReturnType<typeof fairShareFromEnv> };
  maxResultTokens: number;
  /** The key the embedded emulator takes, when it stands in for MIOSA. */
  demoKey: string | undefined;
  logFormat: ReturnType<typeof parseLogFormat>;
}

async function serveHttp(values: ServeFlags, { surface, upstream, maxResultTokens, demoKey, logFormat }: Serving): Promise<void> {
  const port = portFlag('--port', values.port);
  const maxBodyBytes = Number(values['max-body-bytes']);
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024) throw new ConfigError('--max-body-bytes must be at least 1024');
  const list = (s: string) => parseList(s) ?? [];
  const drain = drainSettingsFromEnv(upstream);
  const ops = await startOps(values['metrics-port'], values['metrics-host'], list(values['allowed-hosts']));
  const limits = httpLimitsFromEnv();
  const server = await startHttp(new SurfaceCache(surface), {
    host: values.host,
    port,
    maxBodyBytes,
    allowedHosts: list(values['allowed-hosts']),
    allowedOrigins: list(values['allowed-origins']),
    upstream,
    maxResultTokens,
    limits,
    log: (line) => logger.error(line),
    ops: ops.handler,
  });
  // Before the "serving" line: a supervisor may send SIGTERM the moment it reads it, and with no
  // handler yet the signal kills the process instead of stopping it. A second signal exits at once.
  const stop = () =>
    drainAndExit(server, drain, { log, onDraining: () => ops.metrics.setReady(false), alsoClose: ops.server ? [ops.server] : [] });
  onStopSignals(stop, log);
  const addr = server.address();
  const where = typeof addr === 'object' && addr ? `${addr.address}:${addr.port}` : String(addr);
  if (ops.server) {
    const m = ops.server.address();
    log(`metrics at http://${typeof m === 'object' && m ? `${m.address}:${m.port}` : String(m)}/metrics`);
  }
  log(`HTTP limits: ${describeHttpLimits(limits)}`);
  log(`serving ${describeSurface(surface)} over HTTP at http://${where}/mcp (also /api/v1/mcp; upstream ${upstream.baseUrl})`);
  // The emulator takes any msk_u_ key; the real API takes the user's own, referred to, never printed.
  log('connect Claude Code with:');
  const line = `claude mcp add --transport http miosa http://${where}/mcp --header "Authorization: Bearer ${demoKey ?? '${MIOSA_API_KEY}'}"`;
  // Copied by people as it stands in text; one more JSON line in json.
  if (logFormat === 'json') log(line);
  else process.stderr.write(`  ${line}\n`);
}

async function serveStdio({ surface, upstream, maxResultTokens, demoKey }: Serving): Promise<void> {
  const credentials = credentialsFromEnv() ?? (demoKey ? { apiKey: demoKey } : undefined);
  if (!credentials) {
    log('MIOSA_API_KEY is not set: tools are listed, but every call will answer how to set it (export MIOSA_API_KEY=msk_u_… where the client starts; `miosa-mcp config <client>` prints an entry that refers to it).');
  } else if (!looksLikeKey(credentials.apiKey)) {
    log('MIOSA_API_KEY does not look like a MIOSA key (it should start with msk_u_); calls will likely be refused.');
  }
  const server = buildServer(surface, { credentials, upstream, maxResultTokens });
  endOnClosedStdout();
  const transport = new StdioServerTransport();
  transport.onclose = () => process.exit(0);
  process.stdin.on('end', () => process.exit(0));
  // As over HTTP, before the "serving" line. Closing the server closes the transport, which exits.
  const stop = () => {
    log('stopping: closing the stdio connection');
    void server.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  onStopSignals(stop, log);
  await server.connect(transport);
  log(`serving ${describeSurface(surface)} over stdio (upstream ${upstream.baseUrl})`);
}

/**
 * /metrics and /readyz: on the MCP port, or /metrics (with /readyz and /healthz) on a port of its
 * own when --metrics-port is given. prom-client loads here, in HTTP mode only.
 */
async function startOps(metricsPort: string | undefined, host: string, allowedHosts: string[]) {
  const [{ createMetrics }, { opsHandler, startOpsListener }] = await Promise.all([
    import('./telemetry/metrics.js'),
    import('./telemetry/ops-http.js'),
  ]);
  const metrics = createMetrics();
  const token = process.env.MIOSA_METRICS_TOKEN?.trim() || undefined;
  if (metricsPort === undefined) return { metrics, handler: opsHandler({ metrics, token, metricsHere: true }), server: undefined };
  const server = await startOpsListener(host, portFlag('--metrics-port', metricsPort), opsHandler({ metrics, token, metricsHere: true }), allowedHosts);
  return { metrics, handler: opsHandler({ metrics, token, metricsHere: false }), server };
}

/**
 * The emulator runs commands on this machine for any `msk_` key: reachable from the network, it is a
 * remote shell. A non-loopback bind needs the loudly named flag, and then says so on every start.
 */
function refuseExposedEmulator(host: string, unsafe: boolean | undefined): void {
  if (isLoopbackHost(host)) return;
  if (!unsafe) {
    throw new ConfigError(
      `refusing to serve the emulator on ${host}: it runs commands on this machine for any msk_ key, so anyone who reaches ${host} could. ` +
        'Use --host 127.0.0.1, or add --unsafe-expose-emulator if every machine that can reach this address is trusted.',
    );
  }
  log(`WARNING: --unsafe-expose-emulator: anyone who can reach ${host} can run commands on this machine as the current user`);
}

/**
 * The client closing its end of stdout (an editor quitting mid-answer) ends the conversation: exit 0,
 * as when it closes stdin, not a crash with a stack trace. Any other write failure is reported.
 */
function endOnClosedStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    log(`stdout failed (${err.code ?? err.message}); stopping`);
    process.exit(1);
  });
  // Nowhere left to report a stderr failure; losing a log line must not end the server.
  process.stderr.on('error', () => {});
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
        `Toolsets: ${TOOLSETS.join(', ')}; and code (code mode's two tools beside them).\n`,
    );
  }
  if (positionals.length !== 1) throw new ConfigError('miosa-mcp config takes one client: claude-code, cursor, vscode, windsurf, gemini or codex.');
  const { launchOf, renderConfig } = await import('../vocabulary/client-config.js');
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
  if (values.http === undefined) {
    // MIOSA's MCP guide documents these two for the local server; neither is a secret.
    log('Optional, beside MIOSA_API_KEY: MIOSA_API_URL for a self-hosted or staging API, MIOSA_DEFAULT_TEMPLATE for the template sandbox_create uses (default miosa-sandbox).');
  }
}

async function runEmulator(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'unsafe-expose-emulator': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    return void process.stdout.write(
      'miosa-mcp emulator [--port 4010] [--host 127.0.0.1] [--unsafe-expose-emulator]: the local MIOSA API (see emulator/README.md)\n',
    );
  }
  const port = portFlag('--port', values.port);
  refuseExposedEmulator(values.host, values['unsafe-expose-emulator']);
  // Its own lines (where it listens, its data directory) at info: the line below says it once, with how to use it.
  const emu = await startLocalEmulator({ host: values.host, port, log: (line) => logger.info(line), unsafeExpose: values['unsafe-expose-emulator'] });
  const stop = () => {
    log('stopping the emulator');
    void emu.close().then(() => process.exit(0));
  };
  onStopSignals(stop, log);
  log(`emulator listening at ${emu.url}, pages at ${emu.sitesUrl} — set MIOSA_API_URL=${emu.url} (commands run on this machine as the current user)`);
}

/** The one door from the product to the emulator, opened only when asked for: the fake is not light, and not part of serving MIOSA. */
async function startLocalEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const { startEmulator } = await import('../emulator/index.js');
  return startEmulator(opts);
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
