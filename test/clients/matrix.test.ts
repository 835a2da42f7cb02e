// The client matrix: three MCP client libraries this project did not write (the AI SDK, LangChain's
// MCP adapters, the OpenAI Agents SDK), each connected over stdio and over HTTP to the built server
// on the emulator. Each converts the tool list with its own conversion paths (OpenAI, Google,
// Anthropic, wherever it has them); the model APIs' documented rules then judge what it produced.
// Each calls sandbox_create, sandbox_exec (echo hi), computer_create and desktop_screenshot (an image
// must come back). A report per client says what was listed, converted or rejected, and what worked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOLS } from '../../generated/index.js';
import { CLI, childEnv, startHttpServer, type HttpServerProcess } from '../support/cli.js';
import { LIBRARIES, type Connection, type LibrarySession } from './libraries.js';
import { geminiProblems, hasFreeFormMap, openAiStrictProblems } from './schema-rules.js';

const KEY = 'msk_u_client_matrix';
let http: HttpServerProcess;
const reports: string[] = [];

beforeAll(async () => {
  http = await startHttpServer({}, ['--emulator']);
});
afterAll(async () => {
  await http?.stop();
  // What a reader of CI's log wants to see: per client, what it listed, converted and called.
  console.log(`\nClient matrix\n${reports.join('\n')}\n`);
});

const connections = (): Record<'stdio' | 'http', Connection> => ({
  stdio: { kind: 'stdio', command: process.execPath, args: [CLI, '--emulator'], env: childEnv({ MIOSA_API_KEY: KEY }) },
  http: { kind: 'http', url: http.url, headers: { Authorization: `Bearer ${KEY}` } },
});

/** Tools whose served schema has a free-form map (env, metadata, vars…): OpenAI strict cannot close them. */
const WITH_MAPS = new Set(TOOLS.filter((t) => hasFreeFormMap(t.inputSchema)).map((t) => t.name));
const PNG_OR_JPEG = /iVBORw0KGgo|\/9j\//;

const CALLS: { name: string; args: Record<string, unknown>; check: (result: string) => boolean; what: string }[] = [
  { name: 'sandbox_create', args: { name: 'matrix' }, check: (r) => /sbx_/.test(r), what: 'an sbx_ id' },
  // As an OpenAI strict model sends it: every optional argument present, as null.
  { name: 'sandbox_exec', args: { command: 'echo hi', id: null, cwd: null, env: null, timeout: null }, check: (r) => /\bhi(\\+n|\n)/.test(r), what: 'hi on stdout' },
  { name: 'computer_create', args: {}, check: (r) => /cmp_|comp_|"id"/.test(r), what: 'a computer' },
  { name: 'desktop_screenshot', args: {}, check: (r) => PNG_OR_JPEG.test(r), what: 'image bytes' },
];

describe.each(LIBRARIES.map((l) => [l.name, l] as const))('%s', (_, library) => {
  for (const transport of ['stdio', 'http'] as const) {
    it(`over ${transport}: lists, converts and calls`, { timeout: 120_000 }, async () => {
      const session: LibrarySession = await library.connect(connections()[transport]);
      const lines = [`${library.name} over ${transport}:`];
      try {
        expect(session.toolNames.length).toBe(145);
        lines.push(`  tools listed: ${session.toolNames.length}`);

        for (const path of await session.convert()) {
          const rejected = path.results.filter((r) => r.error);
          const converted = path.results.filter((r) => !r.error);
          let judged = '';
          if (path.target === 'openai-strict') {
            const open = converted.filter((r) => openAiStrictProblems(r.parameters).some((p) => p.startsWith('open object')));
            const strict = converted.filter((r) => openAiStrictProblems(r.parameters).length === 0);
            judged = path.passThrough
              ? `; ${converted.length - open.length} closed (strict-valid once optional arguments are made nullable), ${open.length} open (free-form maps)`
              : `; ${strict.length} pass OpenAI strict rules, ${converted.length - strict.length} do not (${open.length} have free-form maps)`;
            // Every tool without a free-form map converts to OpenAI strict. LangChain's convertToOpenAITool
            // only flags the schema strict (optional arguments stay optional); what it sends must still be closed.
            const shouldBeStrict = path.results.filter((r) => !WITH_MAPS.has(r.tool));
            for (const r of shouldBeStrict) {
              expect(r.error, `${library.name} ${r.tool}`).toBeUndefined();
              const problems = openAiStrictProblems(r.parameters).filter((p) => !(path.passThrough && / is not required$/.test(p)));
              expect(problems, `${library.name} ${r.tool}`).toEqual([]);
            }
          }
          if (path.target === 'google') {
            const bad = converted.map((r) => ({ tool: r.tool, problems: geminiProblems(r.parameters) })).filter((x) => x.problems.length);
            judged = `; ${bad.length ? `${bad.length} carry fields Gemini refuses: ${bad.slice(0, 3).map((b) => `${b.tool} (${b.problems[0]})`).join(', ')}` : 'all within Gemini\'s schema fields'}`;
            expect(bad).toEqual([]);
          }
          if (path.target === 'anthropic') expect(rejected).toEqual([]);
          lines.push(
            `  ${path.label}: ${converted.length} converted, ${rejected.length} rejected${judged}` +
              (rejected.length ? `\n${rejected.slice(0, 5).map((r) => `    ${r.tool}: ${r.error}`).join('\n')}` : ''),
          );
        }

        const worked: string[] = [];
        for (const c of CALLS) {
          const args = library.validatesInput ? Object.fromEntries(Object.entries(c.args).filter(([, v]) => v !== null)) : c.args;
          const result = await session.call(c.name, args);
          const ok = !result.isError && c.check(result.text);
          lines.push(`  ${c.name}: ${ok ? 'worked' : `FAILED (${result.text.slice(0, 300)})`}`);
          expect(result.isError, `${c.name}: ${result.text.slice(0, 500)}`).toBe(false);
          expect(c.check(result.text), `${c.name} should return ${c.what}: ${result.text.slice(0, 500)}`).toBe(true);
          worked.push(c.name);
        }
        lines.push(`  calls that worked: ${worked.length} of ${CALLS.length}`);
      } finally {
        reports.push(lines.join('\n'));
        await session.close();
      }
    });
  }
});

describe('the judges can fail', () => {
  it('a keyword Gemini refuses, as LangChain passes it through, is caught', async () => {
    const { ChatGoogleGenerativeAI } = await import('@langchain/google-genai');
    const google = new ChatGoogleGenerativeAI({ apiKey: 'g-test', model: 'gemini-2.5-flash' });
    // sandbox_env_set's schema as it was served before: propertyNames on the map of variables.
    const old = { type: 'object', properties: { vars: { type: 'object', additionalProperties: { type: 'string' }, propertyNames: { pattern: '^[A-Z_]+$' } } } };
    const params = (google.invocationParams({ tools: [{ type: 'function', function: { name: 'sandbox_env_set', description: 'x', parameters: old } }] }) as any).tools[0].functionDeclarations[0].parameters;
    expect(geminiProblems(params)).toEqual(expect.arrayContaining([expect.stringMatching(/^propertyNames at #\/properties\/vars/)]));
  });

  it('an open map or an optional argument is not OpenAI strict', () => {
    expect(openAiStrictProblems({ type: 'object', properties: { env: { type: 'object', additionalProperties: { type: 'string' } } }, required: ['env'], additionalProperties: false })).toEqual([
      'open object at #/properties/env (additionalProperties is not false)',
    ]);
    expect(openAiStrictProblems({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false })).toEqual(['#/properties/a is not required']);
    expect(WITH_MAPS.has('sandbox_exec')).toBe(true);
    expect(WITH_MAPS.has('credits_balance')).toBe(false);
  });
});
