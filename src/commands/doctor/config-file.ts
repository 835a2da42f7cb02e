import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { renderConfig, type ClientName } from '../../../vocabulary/client-config.js';
import { CLIENT_LABEL } from './clients.js';
import { runsMiosa, serverEntries } from './config-entries.js';
import { checkEntry } from './config-entry.js';
import { reporter, type Finding } from './finding.js';
import { lineColumn, parseJson } from './json.js';
import type { ConfigFacts } from './timeouts.js';

/** A client's MCP config file: that it reads as the client reads it, and that it runs this server well. */
export async function checkConfigFile(file: string, client: ClientName | undefined, out: Finding[]): Promise<ConfigFacts> {
  const facts: ConfigFacts = { file };
  const report = reporter(out, 'config');
  const label = client ? CLIENT_LABEL[client] : 'the client';
  const expected = client ? renderConfig(client).path : undefined;
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
    return facts;
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
      return facts;
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
      return facts;
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

  const entries = serverEntries(root);
  const ours = entries.filter(runsMiosa);
  if (!ours.length) {
    reporter(out, 'config server')(
      'fail',
      `${basename(file)} has no MCP server entry that runs miosa-mcp${entries.length ? ` (it has ${entries.map((e) => e.name).join(', ')})` : ''}.`,
      `Add one: miosa-mcp config ${client ?? '<client>'} prints it${expected ? ` for ${expected}` : ''}.`,
    );
    return facts;
  }
  for (const entry of ours) checkEntry(entry, client, out, facts);
  facts.servers = ours;
  return facts;
}
