// The four conversations every build must carry end to end, as an assistant would drive them through
// a real MCP client. `make demo` prints them; the end-to-end tests assert on what comes back.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export type Say = (line: string) => void;

export interface Outcome {
  screenshots: { before: Buffer; afterLaunch: Buffer };
  build: { exitCode: number; publicUrl: string; page: string };
  cron: { exitCode: number; output: string };
  database: { state: string; connectionString: string; envNames: string[] };
}

export class ConversationError extends Error {}

/** One tools/call, said as it goes (`shown` replaces the arguments in the "→" line); a failure throws. */
export async function call(client: Client, say: Say, name: string, args: Record<string, unknown> = {}, shown = JSON.stringify(args)): Promise<CallToolResult> {
  say(`→ ${name}(${shown})`);
  const r = (await client.callTool({ name, arguments: args }, undefined, { timeout: 120_000 })) as CallToolResult;
  const text = r.content.map((c) => (c.type === 'text' ? c.text : `[${c.type} ${'mimeType' in c ? c.mimeType : ''}]`)).join(' ');
  say(`  ${r.isError ? '✗' : '←'} ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`);
  if (r.isError) throw new ConversationError(`${name} failed: ${text}`);
  return r;
}

const data = <T>(r: CallToolResult) => r.structuredContent as T;

function image(r: CallToolResult): Buffer {
  const img = r.content.find((c) => c.type === 'image') as { data: string } | undefined;
  if (!img) throw new ConversationError('desktop_screenshot returned no image');
  return Buffer.from(img.data, 'base64');
}

/** 1. "Create a Linux desktop and take a screenshot." */
export async function desktopConversation(client: Client, say: Say): Promise<Outcome['screenshots']> {
  say('\n# 1. Create a Linux desktop and take a screenshot');
  const computer = data<{ id: string }>(await call(client, say, 'computer_create', { template: 'miosa-desktop', size: 'small' }));
  const before = image(await call(client, say, 'desktop_screenshot', {}));
  await call(client, say, 'desktop_launch', { app: 'xterm' });
  await call(client, say, 'desktop_click', { x: 400, y: 300 });
  await call(client, say, 'desktop_type', { text: 'echo hello from MIOSA' });
  const afterLaunch = image(await call(client, say, 'desktop_screenshot', { computerId: computer.id }));
  return { before, afterLaunch };
}

/** 2. "Build the Next.js app in the sandbox and deploy it." */
export async function buildConversation(client: Client, say: Say): Promise<Outcome['build']> {
  say('\n# 2. Build the app in the sandbox and deploy it');
  const sandbox = data<{ id: string }>(await call(client, say, 'sandbox_create', { name: 'web' }));
  const buildScript = [
    "const fs = require('fs');",
    "fs.mkdirSync('.next/out', { recursive: true });",
    "fs.writeFileSync('.next/out/index.html', '<!doctype html><title>my-app</title><h1>Built by next build</h1>');",
    "console.log('Compiled successfully');",
  ].join('\n');
  await call(client, say, 'sandbox_files_write_many', {
    id: sandbox.id,
    files: [
      { path: '/workspace/package.json', content: JSON.stringify({ name: 'my-app', private: true, scripts: { build: 'node build.js' } }) },
      { path: '/workspace/build.js', content: buildScript },
    ],
  });
  const built = data<{ exit_code: number }>(await call(client, say, 'sandbox_exec', { command: 'npm run build' }));
  if (built.exit_code !== 0) throw new ConversationError(`npm run build exited ${built.exit_code}`);
  const published = data<{ public_url: string }>(
    await call(client, say, 'deployment_publish', { sourceSandboxId: sandbox.id, kind: 'static', outputPath: '/workspace/.next/out', name: 'my-app' }),
  );
  const page = await (await fetch(published.public_url)).text();
  say(`  GET ${published.public_url} → ${page}`);
  return { exitCode: built.exit_code, publicUrl: published.public_url, page };
}

/** 3. "A health check every 5 minutes." */
export async function cronConversation(client: Client, say: Say): Promise<Outcome['cron']> {
  say('\n# 3. A health check every 5 minutes');
  const sandbox = data<{ id: string }>(await call(client, say, 'sandbox_create', { name: 'ops' }));
  await call(client, say, 'sandbox_file_write', { id: sandbox.id, path: '/workspace/health-check.sh', content: 'echo "health: ok"\nexit 0\n' });
  const job = data<{ id: string }>(
    await call(client, say, 'cron_create', { schedule: '*/5 * * * *', command: 'bash /workspace/health-check.sh', sandboxId: sandbox.id, name: 'health' }),
  );
  await call(client, say, 'cron_run_now', { id: job.id });
  for (let i = 0; i < 50; i++) {
    const runs = data<{ items: { status: string; exit_code?: number | null; output?: string | null }[] }>(
      await call(client, say, 'cron_executions', { id: job.id }),
    );
    const done = runs.items.find((e) => e.status === 'succeeded' || e.status === 'failed');
    if (done) return { exitCode: done.exit_code ?? -1, output: done.output ?? '' };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new ConversationError('the cron execution did not finish');
}

/** 4. "Provision Postgres and give me the connection string." */
export async function databaseConversation(client: Client, say: Say): Promise<Outcome['database']> {
  say('\n# 4. Provision Postgres and give me the connection string');
  const db = data<{ id: string }>(await call(client, say, 'database_create', { name: 'my-app-db', region: 'us-east' }));
  const got = data<{ state: string }>(await call(client, say, 'database_get', { id: db.id }));
  const creds = data<{ connection_string: string }>(await call(client, say, 'database_credentials', { id: db.id }));
  const deployments = data<{ items: { id: string }[] }>(await call(client, say, 'deployment_list', {}));
  const target = deployments.items[0]?.id;
  if (!target) throw new ConversationError('no deployment to inject DATABASE_URL into (run conversation 2 first)');
  await call(client, say, 'deployment_env_set', { id: target, env: { DATABASE_URL: creds.connection_string } });
  const env = data<{ items: { name: string }[] }>(await call(client, say, 'deployment_env_list', { id: target }));
  return { state: got.state, connectionString: creds.connection_string, envNames: env.items.map((e) => e.name) };
}

export async function allConversations(client: Client, say: Say = () => {}): Promise<Outcome> {
  const screenshots = await desktopConversation(client, say);
  const build = await buildConversation(client, say);
  const cron = await cronConversation(client, say);
  const database = await databaseConversation(client, say);
  return { screenshots, build, cron, database };
}
