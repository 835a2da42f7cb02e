// The active resource: when a tool's id is omitted, the most recently created running sandbox or
// computer, as the API lists it for this key right now. Nothing is remembered between calls, so it
// behaves the same over stdio and over stateless HTTP.
import { computerList } from '../generated/tools/computer_list.js';
import { sandboxList } from '../generated/tools/sandbox_list.js';
import { ToolError, failure, httpFailure } from './errors.js';
import { payloadOf } from './results.js';
import type { CallContext, ToolMeta } from './tool-def.js';

const RUNNING: Record<'sandbox' | 'computer', ReadonlySet<string>> = {
  sandbox: new Set(['running']),
  computer: new Set(['active', 'running']),
};

interface Listed {
  id: string;
  created_at?: string;
  inserted_at?: string;
  state?: string;
  status?: string;
}

export async function resolveActive(tool: ToolMeta, kind: 'sandbox' | 'computer', ctx: CallContext): Promise<string> {
  const common = { signal: ctx.signal };
  const res =
    kind === 'sandbox'
      ? await ctx.api.GET('/sandboxes', { params: { query: { state: 'running' } }, ...common })
      : await ctx.api.GET('/computers', { params: { query: { per_page: 100 } }, ...common });
  if (!res.response.ok) throw new ToolError(httpFailure(tool, res.response, res.error));
  // Read as the list tools read it: MIOSA's SDKs disagree on the computers list's key.
  const { value } = payloadOf(res.data, (kind === 'sandbox' ? sandboxList : computerList).response.payloadKeys);
  const items = (Array.isArray(value) ? value : []) as Listed[];
  const running = items
    .filter((r) => RUNNING[kind].has(String(r.state ?? r.status)))
    .sort((x, y) => String(y.created_at ?? y.inserted_at ?? '').localeCompare(String(x.created_at ?? x.inserted_at ?? '')));
  if (!running.length) {
    const create = kind === 'sandbox' ? 'sandbox_create' : 'computer_create';
    const arg = tool.active?.arg ?? 'id';
    throw new ToolError(
      failure(
        'not_found',
        tool.name,
        `No running ${kind} to act on: ${arg} was omitted and none of this key's ${kind}s is running.`,
        `Create one with ${create} (and wait until it is running), start or resume an existing one, or pass ${arg} explicitly.`,
      ),
    );
  }
  return running[0].id;
}
