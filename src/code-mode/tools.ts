// Code mode's two tools. `miosa_api_search` answers TypeScript declarations of the API; `miosa_run`
// runs a script against it in the sandbox, where each `await miosa.<tool>(args)` is performed here,
// on the main thread, by the same callTool as tools/call: the selection, validation, the key, errors,
// retries, waits and result shaping all hold, and the script sees only what comes back.
import type { CallToolResult, ImageContent, Tool } from '@modelcontextprotocol/sdk/types.js';
import { callTool, type CallEnv, type Progress } from '../call.js';
import { failure, failureResult, invalidArguments, notEnabledFailure, scriptFailure, type ToolFailure } from '../errors.js';
import { fenceNonce, fenceUntrusted } from '../fence.js';
import { finish } from '../results.js';
import type { Surface } from '../surface.js';
import { TOOLSETS } from '../tool-def.js';
import { DEFAULT_CODE_LIMITS } from './limits.js';
import { prewarm, runScript } from './runner.js';

export const CODE_SEARCH = 'miosa_api_search';
export const CODE_RUN = 'miosa_run';
export const CODE_TOOL_NAMES: ReadonlySet<string> = new Set([CODE_SEARCH, CODE_RUN]);

const SEARCH_TOOL: Tool = {
  name: CODE_SEARCH,
  title: 'Search the MIOSA API',
  description:
    'Returns TypeScript declarations of the MIOSA API methods a miosa_run script can call: arguments, result and what each does. Filter by query words, toolsets or tool names; with none, an overview of everything.',
  inputSchema: {
    type: 'object',
    properties: {
      query: { type: 'string', description: 'Words to match, e.g. "deploy static".' },
      toolsets: { type: 'array', items: { type: 'string', enum: [...TOOLSETS] } },
      tools: { type: 'array', items: { type: 'string' }, description: 'Tool names.' },
    },
  },
  annotations: { title: 'Search the MIOSA API', readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
};

const RUN_DESCRIPTION =
  'Runs a script against MIOSA in one call: `code` is the body of an async function (JavaScript or TypeScript) with `miosa` in scope. ' +
  '`await miosa.<tool>(args)` calls a MIOSA tool (names and types from miosa_api_search) and resolves to its result, or throws MiosaError with category and hint. ' +
  '`return` a JSON value: it is the result, with console.log output. No fetch, require, fs or timers; wait with `await miosa.sleep(ms)`. ' +
  'Limited in time, memory and number of calls.';

function runTool(readOnly: boolean): Tool {
  return {
    name: CODE_RUN,
    title: 'Run a MIOSA script',
    description: RUN_DESCRIPTION,
    inputSchema: {
      type: 'object',
      properties: { code: { type: 'string', minLength: 1, description: 'Body of an async function, e.g. `const s = await miosa.sandbox_list(); return s.items.length;`' } },
      required: ['code'],
    },
    annotations: readOnly
      ? { title: 'Run a MIOSA script', readOnlyHint: true, destructiveHint: false, idempotentHint: false, openWorldHint: true }
      : { title: 'Run a MIOSA script', readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
  };
}

const LISTS = { rw: [SEARCH_TOOL, runTool(false)], ro: [SEARCH_TOOL, runTool(true)] };

/** The two tools as tools/list shows them; `miosa_run` is read-only only when every tool it reaches is. */
export function codeToolEntries(readOnly: boolean): Tool[] {
  return readOnly ? LISTS.ro : LISTS.rw;
}

export const CODE_INSTRUCTIONS = `## Code mode
This server offers MIOSA as one scripting tool. Read the API with \`miosa_api_search\` (e.g. \`{toolsets: ["sandbox"]}\`), then do the whole task in one \`miosa_run\` call: each \`await miosa.<tool>(args)\` is one tool call, its result a plain object. Return what the user needs; \`console.log\` output comes back too. A failed call throws MiosaError with \`category\` and \`hint\`.
Example, build and deploy:
\`\`\`ts
const sbx = await miosa.sandbox_create({ name: "web" });
await miosa.sandbox_file_write({ id: sbx.id, path: "/workspace/out/index.html", content: "<h1>hi</h1>" });
const built = await miosa.sandbox_exec({ id: sbx.id, command: "ls out" });
if (built.exit_code !== 0) throw new Error(built.stderr);
const site = await miosa.deployment_publish({ sourceSandboxId: sbx.id, kind: "static", outputPath: "/workspace/out", name: "web" });
return { url: site.public_url };
\`\`\``;

type Tick = (message: string) => Promise<void>;

export interface CodeToolCall {
  name: string;
  args: Record<string, unknown> | undefined;
  /** The MCP request's: cancelling it stops the script. */
  signal: AbortSignal;
  progress: Progress | undefined;
}

/** Answers a call to one of the two code tools. */
export async function handleCodeTool(surface: Surface, env: CallEnv, { name, args, signal, progress }: CodeToolCall): Promise<CallToolResult> {
  const limits = surface.codeLimits ?? DEFAULT_CODE_LIMITS;
  if (name === CODE_SEARCH) {
    // A search is usually followed by a run: have its thread ready by then.
    prewarm(limits);
    // The declarations (~120 KB) load on the first search, not at every server start.
    const { searchApi } = await import('./search.js');
    return searchApi(surface.tools, args ?? {});
  }
  const code = args?.code;
  if (typeof code !== 'string' || !code.trim()) {
    return failureResult(invalidArguments(CODE_RUN, 'code', 'give the body of an async function as a string, e.g. "return await miosa.sandbox_list();"'));
  }
  // One counter for the whole run, so progress only goes up: one step per call, and per poll of a wait.
  let step = 0;
  const tick: Tick | undefined = progress && ((message) => progress(++step, undefined, message));
  let untrusted = false;
  const outcome = await runScript(code, limits, async (toolName, argsJson, callSignal) => {
    const answer = await callForScript(surface, env, toolName, argsJson, callSignal, tick);
    untrusted ||= answer.untrusted;
    return answer.json;
  }, signal);
  if (!outcome.ok) {
    const failed = failureResult(scriptFailure(outcome.failure!));
    if (outcome.logs.length) {
      // Logged text can hold what a machine printed: fenced as in a successful result.
      const logs = outcome.logs.join('\n');
      failed.content.push({ type: 'text', text: `Console output before it stopped:\n${untrusted ? fenceUntrusted(logs, fenceNonce()) : logs}` });
      (failed.structuredContent as Record<string, unknown>).logs = outcome.logs;
    }
    return failed;
  }
  let result: unknown;
  try {
    result = JSON.parse(outcome.value ?? 'null');
  } catch {
    return failureResult(scriptFailure({ kind: 'not_json', message: 'The script\'s result is not valid JSON (was JSON.stringify replaced?).' }));
  }
  // Screenshots the script returns go to the model as images, not as base64 inside the JSON.
  const images: ImageContent[] = [];
  const structured: Record<string, unknown> = { result: attachImages(result, images), calls: outcome.calls };
  if (outcome.logs.length) structured.logs = outcome.logs;
  // What came back from inside machines is fenced as it is for the tools that read it.
  return finish({ untrusted, args: [] }, structured, { maxTokens: env.maxResultTokens }, (c) => [...c, ...images], (v) => JSON.stringify(v));
}

/** One `await miosa.<tool>(args)`: what the selection allows, through the tools/call path. */
async function callForScript(
  surface: Surface,
  env: CallEnv,
  name: string,
  argsJson: string,
  signal: AbortSignal,
  tick: Tick | undefined,
): Promise<{ json: string; untrusted: boolean }> {
  const refuse = (f: ToolFailure) => ({ json: JSON.stringify({ error: f }), untrusted: false });
  const hit = surface.find(name);
  if (hit.kind === 'refused') return refuse(notEnabledFailure(name, hit.hint));
  if (hit.kind !== 'tool') return refuse(failure('invalid_arguments', name, `miosa.${name} is not a MIOSA tool.`, `Find tools and their arguments with ${CODE_SEARCH}.`));
  await tick?.(`miosa.${hit.tool.name}`);
  const result = await callTool(hit.tool, JSON.parse(argsJson) as Record<string, unknown>, { ...env, fence: false }, signal, tick && ((_d, _t, message) => tick(message)));
  if (result.isError) return { json: JSON.stringify({ error: (result.structuredContent as { error: unknown }).error }), untrusted: false };
  return { json: JSON.stringify({ value: scriptValue(result) }), untrusted: hit.tool.untrusted };
}

const MAX_IMAGES = 5;

function isImage(v: unknown): v is { mimeType: string; data: string; bytes?: number } {
  const o = v as { mimeType?: unknown; data?: unknown } | null;
  return !!o && typeof o === 'object' && typeof o.mimeType === 'string' && o.mimeType.startsWith('image/') && typeof o.data === 'string';
}

/** Moves the images in a script's return value (as desktop_screenshot gives them) into image content. */
function attachImages(value: unknown, images: ImageContent[]): unknown {
  if (isImage(value) && images.length < MAX_IMAGES) {
    images.push({ type: 'image', data: value.data, mimeType: value.mimeType });
    const { data: _bytes, ...rest } = value;
    return { ...rest, image: `attached as image ${images.length} of this result` };
  }
  if (Array.isArray(value)) return value.map((v) => attachImages(v, images));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, attachImages(v, images)]));
  return value;
}

/** The structured result; an image (no structured form) as its base64 bytes. */
function scriptValue(result: CallToolResult): unknown {
  if (result.structuredContent) return result.structuredContent;
  const image = result.content.find((c) => c.type === 'image');
  if (image && image.type === 'image') return { mimeType: image.mimeType, bytes: Buffer.from(image.data, 'base64').length, data: image.data };
  return { text: result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n') };
}
