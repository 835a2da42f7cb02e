// README.md's client configurations: for each client, exactly what `miosa-mcp config <client>`
// prints, for the local server and for a hosted endpoint. Rendered by the command's own code, so the
// README cannot show a configuration the command would not give.
import { CLIENT_LABEL, CLIENTS, renderConfig } from '../../vocabulary/client-config.js';

/** Stands for the user's own deployment of the HTTP server. */
export const EXAMPLE_ENDPOINT = 'https://mcp.example.com/mcp';

export function renderConfigsSection(): string {
  const lines = [
    '<!-- generated from vocabulary/client-config.ts by codegen/emit/readme-configs.ts: run `make gen`, do not edit -->',
    '',
    // The README is the same for everyone, so it cannot hold the absolute path of a clone's build.
    '**From a clone** (before `miosa-mcp` is on npm, `npx -y miosa-mcp` fails with a 404): run `make build`, then',
    '`node dist/src/cli.js config <client>`. It prints the same configuration with `node /absolute/path/to/your/clone/dist/src/cli.js`',
    'in place of `npx -y miosa-mcp`, which is what the blocks below show (the published form, also what `--published` prints).',
    'Check any of them with `node dist/src/cli.js doctor --config FILE`: it starts the server as the client would and lists its tools.',
  ];
  for (const client of CLIENTS) {
    const local = renderConfig(client, { launch: { kind: 'published' } });
    const hosted = renderConfig(client, { http: EXAMPLE_ENDPOINT });
    lines.push(
      '',
      `<details><summary><b>${CLIENT_LABEL[client]}</b>: ${where(local.format, local.path)}</summary>`,
      '',
      `Local server, installed from npm (\`miosa-mcp config ${client} --published\`):`,
      '',
      ...fenced(local.format, local.text),
      '',
      ...local.notes.map((n) => `- ${n}`),
      '',
      `Hosted endpoint (\`miosa-mcp config ${client} --http ${EXAMPLE_ENDPOINT}\`):`,
      '',
      ...fenced(hosted.format, hosted.text),
      '',
      '</details>',
    );
  }
  return `${lines.join('\n')}\n`;
}

function where(format: string, path: string): string {
  return format === 'shell' ? 'a command to run in a terminal' : `<code>${path}</code>`;
}

function fenced(format: string, text: string): string[] {
  const lang = format === 'shell' ? 'sh' : format;
  return [`\`\`\`${lang}`, ...text.replace(/\n$/, '').split('\n'), '```'];
}
