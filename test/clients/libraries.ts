// One adapter per client library, each used the way its documentation says: connect, list tools,
// convert them with the library's own conversion paths, call a tool. Nothing here converts a schema
// itself; where a library converts only inside a model call (the AI SDK), the call goes to a stand-in
// fetch that keeps the request the provider built and answers nothing.
import { createMCPClient } from '@ai-sdk/mcp';
import { Experimental_StdioMCPTransport } from '@ai-sdk/mcp/mcp-stdio';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { ChatAnthropic } from '@langchain/anthropic';
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';
import { ChatGoogleGenerativeAI } from '@langchain/google-genai';
import { MultiServerMCPClient } from '@langchain/mcp-adapters';
import { getAllMcpTools, MCPServerStdio, MCPServerStreamableHttp, RunContext, tool as agentsTool, type FunctionTool } from '@openai/agents';
import { generateText, type ToolSet } from 'ai';

export type Connection =
  | { kind: 'stdio'; command: string; args: string[]; env: Record<string, string> }
  | { kind: 'http'; url: string; headers: Record<string, string> };

export interface Converted {
  tool: string;
  /** The parameters schema as the library made it for that API. */
  parameters?: unknown;
  /** The library's own error, when it refused the tool. */
  error?: string;
}

export interface ConversionPath {
  target: 'openai-strict' | 'openai' | 'google' | 'anthropic';
  label: string;
  results: Converted[];
  /** The library marks the schema strict without rewriting it (optional arguments stay optional). */
  passThrough?: boolean;
}

export interface CallOutcome {
  isError: boolean;
  /** Everything that came back, as text (images as their base64), for the checks to search. */
  text: string;
}

export interface LibrarySession {
  toolNames: string[];
  convert(): Promise<ConversionPath[]>;
  call(name: string, args: Record<string, unknown>): Promise<CallOutcome>;
  close(): Promise<void>;
}

export interface Library {
  name: string;
  /** The library checks a model's input against the served schema before calling (so no nulls for omitted arguments reach it). */
  validatesInput?: boolean;
  connect(c: Connection): Promise<LibrarySession>;
}

const errorText = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0].slice(0, 300);

/** Runs fn once per tool so that one refused tool is named, not the whole list. */
function perTool<T>(names: string[], fn: (name: string) => T): Converted[] {
  return names.map((tool) => {
    try {
      return { tool, parameters: fn(tool) };
    } catch (e) {
      return { tool, error: errorText(e) };
    }
  });
}

// --- Vercel AI SDK (@ai-sdk/mcp + ai) -------------------------------------------------------------

/** A fetch that records the request a provider built and then fails it: no model is asked. */
function recordingFetch(): { fetch: typeof fetch; bodies: unknown[] } {
  const bodies: unknown[] = [];
  const f = (async (_url: unknown, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body ?? '{}')));
    return new Response(JSON.stringify({ error: { message: 'recorded, not answered' } }), { status: 400, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: f, bodies };
}

/** The tools as one AI SDK provider puts them into its request. */
async function aiSdkRequestTools(tools: ToolSet, provider: 'openai' | 'google' | 'anthropic'): Promise<Map<string, unknown>> {
  const rec = recordingFetch();
  const model =
    provider === 'openai'
      ? createOpenAI({ apiKey: 'sk-test', fetch: rec.fetch }).chat('gpt-4o')
      : provider === 'google'
        ? createGoogleGenerativeAI({ apiKey: 'g-test', fetch: rec.fetch })('gemini-2.5-flash')
        : createAnthropic({ apiKey: 'a-test', fetch: rec.fetch })('claude-sonnet-4-5');
  await generateText({ model, tools, prompt: 'list tools', maxRetries: 0 }).catch(() => {});
  const body = rec.bodies[0] as Record<string, any> | undefined;
  const out = new Map<string, unknown>();
  if (!body) return out;
  if (provider === 'openai') for (const t of body.tools ?? []) out.set(t.function.name, t.function.parameters);
  if (provider === 'google') for (const group of body.tools ?? []) for (const d of group.functionDeclarations ?? []) out.set(d.name, d.parameters);
  if (provider === 'anthropic') for (const t of body.tools ?? []) out.set(t.name, t.input_schema);
  return out;
}

const aiSdk: Library = {
  name: 'AI SDK (@ai-sdk/mcp + ai)',
  async connect(c) {
    const client = await createMCPClient({
      transport: c.kind === 'stdio' ? new Experimental_StdioMCPTransport({ command: c.command, args: c.args, env: c.env }) : { type: 'http', url: c.url, headers: c.headers },
    });
    const tools = (await client.tools()) as ToolSet;
    const names = Object.keys(tools);
    return {
      toolNames: names,
      async convert() {
        const paths: ConversionPath[] = [];
        for (const [target, provider, label] of [
          ['openai', 'openai', 'OpenAI (@ai-sdk/openai; sends schemas as given, strict not applied)'],
          ['google', 'google', 'Google (@ai-sdk/google)'],
          ['anthropic', 'anthropic', 'Anthropic (@ai-sdk/anthropic)'],
        ] as const) {
          const sent = await aiSdkRequestTools(tools, provider);
          paths.push({ target, label, results: names.map((tool) => (sent.has(tool) ? { tool, parameters: sent.get(tool) } : { tool, error: `not in the ${provider} request` })) });
        }
        return paths;
      },
      async call(name, args) {
        const result = (await tools[name].execute!(args, { toolCallId: 'matrix', messages: [] })) as { isError?: boolean };
        return { isError: result.isError === true, text: JSON.stringify(result) };
      },
      close: () => client.close(),
    };
  },
};

// --- LangChain (@langchain/mcp-adapters) ----------------------------------------------------------

const langchain: Library = {
  name: 'LangChain (@langchain/mcp-adapters)',
  validatesInput: true,
  async connect(c) {
    const client = new MultiServerMCPClient({
      throwOnLoadError: true,
      prefixToolNameWithServerName: false,
      mcpServers: {
        miosa: c.kind === 'stdio' ? { transport: 'stdio', command: c.command, args: c.args, env: c.env } : { transport: 'http', url: c.url, headers: c.headers },
      },
    });
    const tools = await client.getTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    const names = [...byName.keys()];
    return {
      toolNames: names,
      async convert() {
        const google = new ChatGoogleGenerativeAI({ apiKey: 'g-test', model: 'gemini-2.5-flash' });
        const anthropic = new ChatAnthropic({ apiKey: 'a-test', model: 'claude-sonnet-4-5' });
        return [
          {
            target: 'openai-strict',
            label: 'OpenAI strict (convertToOpenAITool, strict: true; it passes the schema through)',
            passThrough: true,
            results: perTool(names, (n) => convertToOpenAITool(byName.get(n)!, { strict: true }).function.parameters),
          },
          {
            target: 'google',
            label: 'Google (ChatGoogleGenerativeAI)',
            results: perTool(names, (n) => (google.invocationParams({ tools: [byName.get(n)!] }) as any).tools[0].functionDeclarations[0].parameters),
          },
          {
            target: 'anthropic',
            label: 'Anthropic (ChatAnthropic)',
            results: perTool(names, (n) => (anthropic.invocationParams({ tools: [byName.get(n)!] }) as any).tools[0].input_schema),
          },
        ];
      },
      async call(name, args) {
        try {
          const result = await byName.get(name)!.invoke(args);
          return { isError: false, text: JSON.stringify(result) };
        } catch (e) {
          return { isError: true, text: errorText(e) };
        }
      },
      close: () => client.close(),
    };
  },
};

// --- OpenAI Agents SDK (@openai/agents) -----------------------------------------------------------

const agents: Library = {
  name: 'OpenAI Agents SDK (@openai/agents)',
  async connect(c) {
    const server =
      c.kind === 'stdio'
        ? new MCPServerStdio({ name: 'miosa', command: c.command, args: c.args, env: c.env })
        : new MCPServerStreamableHttp({ name: 'miosa', url: c.url, requestInit: { headers: c.headers } });
    await server.connect();
    const ctx = new RunContext();
    const strictTools = (await getAllMcpTools({ mcpServers: [server], convertSchemasToStrict: true, runContext: ctx })) as FunctionTool[];
    const byName = new Map(strictTools.map((t) => [t.name, t]));
    const names = [...byName.keys()];
    return {
      toolNames: names,
      async convert() {
        const listed = await server.listTools();
        const results: Converted[] = names.map((n) => {
          const t = byName.get(n)!;
          if (t.strict) return { tool: n, parameters: t.parameters };
          // It fell back to non-strict: ask the SDK's own strict tool() why.
          const mcp = listed.find((m) => m.name === n)!;
          try {
            agentsTool({ name: n, description: '', parameters: { ...mcp.inputSchema, additionalProperties: false } as any, strict: true, execute: async () => '' });
            return { tool: n, error: 'fell back to a non-strict schema' };
          } catch (e) {
            return { tool: n, error: errorText(e) };
          }
        });
        return [{ target: 'openai-strict', label: 'OpenAI strict (getAllMcpTools, convertSchemasToStrict)', results }];
      },
      async call(name, args) {
        try {
          const out = await byName.get(name)!.invoke(ctx, JSON.stringify(args));
          const text = typeof out === 'string' ? out : JSON.stringify(out);
          // The SDK turns a tool failure into text for the model rather than throwing.
          return { isError: /"isError":true|An error occurred while running the tool/.test(text), text };
        } catch (e) {
          return { isError: true, text: errorText(e) };
        }
      },
      close: () => server.close(),
    };
  },
};

export const LIBRARIES: Library[] = [aiSdk, langchain, agents];
