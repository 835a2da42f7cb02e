// The four conversations again, each as the single miosa_run call a model writes in code mode. The
// end-to-end tests check they end as the tool-by-tool path does (scripts/conversations.ts); the bench
// counts the model round trips and tokens of both.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { call, ConversationError, type Outcome, type Say } from './conversations.js';

/** The scripts as a model would write them (TypeScript is allowed: its types are stripped). */
export const CODE_SCRIPTS = {
  desktop: `
const computer = await miosa.computer_create({ template: "miosa-desktop", size: "small" });
const before = await miosa.desktop_screenshot({});
await miosa.desktop_launch({ app: "xterm" });
await miosa.desktop_click({ x: 400, y: 300 });
await miosa.desktop_type({ text: "echo hello from MIOSA" });
const after = await miosa.desktop_screenshot({ computerId: computer.id });
return { computer: computer.id, before, afterLaunch: after };`,
  build: `
const sandbox = await miosa.sandbox_create({ name: "web" });
const buildScript = [
  "const fs = require('fs');",
  "fs.mkdirSync('.next/out', { recursive: true });",
  "fs.writeFileSync('.next/out/index.html', '<!doctype html><title>my-app</title><h1>Built by next build</h1>');",
  "console.log('Compiled successfully');",
].join("\\n");
await miosa.sandbox_files_write_many({
  id: sandbox.id,
  files: [
    { path: "/workspace/package.json", content: JSON.stringify({ name: "my-app", private: true, scripts: { build: "node build.js" } }) },
    { path: "/workspace/build.js", content: buildScript },
  ],
});
const built: { exit_code: number; stdout: string } = await miosa.sandbox_exec({ id: sandbox.id, command: "npm run build" });
if (built.exit_code !== 0) throw new Error("npm run build exited " + built.exit_code);
const site = await miosa.deployment_publish({ sourceSandboxId: sandbox.id, kind: "static", outputPath: "/workspace/.next/out", name: "my-app" });
return { exitCode: built.exit_code, publicUrl: site.public_url };`,
  cron: `
const sandbox = await miosa.sandbox_create({ name: "ops" });
await miosa.sandbox_file_write({ id: sandbox.id, path: "/workspace/health-check.sh", content: 'echo "health: ok"\\nexit 0\\n' });
const job = await miosa.cron_create({ schedule: "*/5 * * * *", command: "bash /workspace/health-check.sh", sandboxId: sandbox.id, name: "health" });
await miosa.cron_run_now({ id: job.id });
for (let i = 0; i < 50; i++) {
  const runs = await miosa.cron_executions({ id: job.id });
  const done = runs.items.find((e: any) => e.status === "succeeded" || e.status === "failed");
  if (done) return { exitCode: done.exit_code ?? -1, output: done.output ?? "" };
  await miosa.sleep(100);
}
throw new Error("the cron execution did not finish");`,
  database: `
const db = await miosa.database_create({ name: "my-app-db", region: "us-east" });
const got = await miosa.database_get({ id: db.id });
const creds = await miosa.database_credentials({ id: db.id });
const deployments = await miosa.deployment_list({});
const target = deployments.items[0]?.id;
if (!target) throw new Error("no deployment to inject DATABASE_URL into");
await miosa.deployment_env_set({ id: target, env: { DATABASE_URL: creds.connection_string } });
const env = await miosa.deployment_env_list({ id: target });
return { state: got.state, connectionString: creds.connection_string, envNames: env.items.map((e: any) => e.name) };`,
} as const;

export type CodeConversation = keyof typeof CODE_SCRIPTS;

/** One miosa_run; the script's return value. */
export async function runCode<T>(client: Client, say: Say, name: CodeConversation): Promise<{ value: T; result: CallToolResult }> {
  const result = await call(client, say, 'miosa_run', { code: CODE_SCRIPTS[name] }, `${name}: ${CODE_SCRIPTS[name].trim().split('\n').length} lines`);
  return { value: (result.structuredContent as { result: T }).result, result };
}

export async function allCodeConversations(client: Client, say: Say = () => {}): Promise<Outcome> {
  // The screenshots the script returns come back as image content, in order.
  const desktop = (await runCode<unknown>(client, say, 'desktop')).result;
  const shots = desktop.content.filter((c) => c.type === 'image').map((c) => Buffer.from((c as { data: string }).data, 'base64'));
  if (shots.length !== 2) throw new ConversationError(`the desktop script returned ${shots.length} images, not 2`);
  const built = (await runCode<{ exitCode: number; publicUrl: string }>(client, say, 'build')).value;
  const page = await (await fetch(built.publicUrl)).text();
  const cron = (await runCode<Outcome['cron']>(client, say, 'cron')).value;
  const database = (await runCode<Outcome['database']>(client, say, 'database')).value;
  return {
    screenshots: { before: shots[0], afterLaunch: shots[1] },
    build: { ...built, page },
    cron,
    database,
  };
}
