// Turns a successful MIOSA answer into an MCP result: the unwrapped value as structuredContent
// (objects only, so lists become `{ items }`), a compact text copy beside it for clients that read
// only text, and bytes as image content or as text/base64 on request.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ToolError } from './errors.js';
import { DEFAULT_MAX_RESULT_TOKENS, estimateTokens, fenceFields, fenceNonce, fenceUntrusted, fitToBudget, pagingHint, untrustedNote, type Omission } from './fit.js';
import type { CallResult, ToolMeta } from './tool-def.js';

export interface Extras {
  /** The active resource the call resolved to, when the caller omitted the id. */
  active?: { kind: string; id: string };
  /** The wait's bound passed before the resource was ready: what to do next. */
  pending?: string;
  encoding?: 'utf8' | 'base64';
  /** Results larger than this are trimmed (see fit.ts). */
  maxTokens?: number;
}

/** What the tool returns as structured data, following the response shape the generator recorded. */
export function unwrap(tool: ToolMeta, data: unknown): Record<string, unknown> {
  let value = data;
  let siblings: Record<string, unknown> = {};
  if (tool.response.envelope && isRecord(data) && 'data' in data) {
    const { data: inner, ...rest } = data;
    value = inner;
    siblings = rest;
  }
  if (Array.isArray(value)) return { items: value, ...siblings };
  if (isRecord(value)) return { ...siblings, ...value };
  return { ...siblings, value: value ?? null };
}

export function successResult(tool: ToolMeta, result: CallResult, extras: Extras = {}): CallToolResult {
  const notes = [
    extras.active ? `Used the active ${extras.active.kind} ${extras.active.id} (the most recently created running one).` : '',
    extras.pending ?? '',
  ].filter(Boolean);
  const withNote = (content: CallToolResult['content']): CallToolResult['content'] =>
    notes.length ? [...content, ...notes.map((text) => ({ type: 'text' as const, text }))] : content;
  const activeField = extras.active ? { activeResource: extras.active } : {};

  switch (tool.response.kind) {
    case 'image': {
      const bytes = Buffer.from(result.data as ArrayBuffer);
      const mimeType = result.response.headers.get('content-type')?.split(';')[0].trim() ?? '';
      if (!mimeType.startsWith('image/')) {
        throw new ToolError({
          category: 'upstream_error',
          status: result.response.status,
          message: `MIOSA answered ${mimeType || 'no content type'} where an image was expected.`,
          retryable: true,
          tool: tool.name,
          hint: 'Retry; if it persists, check that the computer is running and MIOSA_BASE_URL points at the MIOSA API.',
        });
      }
      return {
        content: withNote([
          { type: 'image', data: bytes.toString('base64'), mimeType },
          { type: 'text', text: `${tool.title}: ${mimeType}, ${bytes.length} bytes.` },
        ]),
      };
    }
    case 'binary': {
      // Bytes become text or base64 in `content`, then go through the same fitting as JSON.
      const bytes = Buffer.from(result.data as ArrayBuffer);
      const mediaType = result.response.headers.get('content-type')?.split(';')[0] || tool.response.mediaType;
      let encoding = extras.encoding ?? 'utf8';
      let content: string;
      if (encoding === 'utf8') {
        try {
          content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          // Not text: give the bytes intact rather than a mangled decode.
          encoding = 'base64';
          content = bytes.toString('base64');
        }
      } else {
        content = bytes.toString('base64');
      }
      const structured = { content, encoding, bytes: bytes.length, mediaType: mediaType ?? null, ...activeField };
      return finish(tool, structured, extras, withNote, (v) => (v.encoding === 'utf8' ? String(v.content) : `(${bytes.length} bytes, base64) ${String(v.content)}`));
    }
    case 'empty':
      return {
        content: withNote([{ type: 'text', text: `${tool.title}: done.` }]),
        structuredContent: { ok: true, status: result.response.status, ...activeField },
      };
    case 'json':
      return finish(tool, { ...unwrap(tool, result.data), ...activeField }, extras, withNote, (v) => JSON.stringify(v));
  }
}

/** Trims to the budget (saying what was left out), renders the text copy, fences untrusted text in both. */
function finish(
  tool: ToolMeta,
  structured: Record<string, unknown>,
  extras: Extras,
  withNote: (c: CallToolResult['content']) => CallToolResult['content'],
  render: (v: Record<string, unknown>) => string,
): CallToolResult {
  const budget = extras.maxTokens ?? DEFAULT_MAX_RESULT_TOKENS;
  const fitted = fitToBudget(structured, budget);
  const omissions: Omission[] = [...fitted.omissions];
  let value = fitted.value;
  const content: CallToolResult['content'] = [];
  let text = render(value);
  if (tool.untrusted) {
    // One nonce for the text copy and the structured fields: the same markers wherever the model reads.
    const nonce = fenceNonce();
    text = fenceUntrusted(text, nonce);
    const fenced = fenceFields(value, nonce);
    value = fenced.value;
    if (fenced.fenced) {
      value._untrusted = untrustedNote(nonce);
      // The markers add a few dozen characters per field: fit again if that crossed the budget.
      if (estimateTokens(JSON.stringify(value)) > budget) {
        const refit = fitToBudget(value, budget);
        value = refit.value;
        omissions.push(...refit.omissions.filter((o) => !omissions.some((p) => p.path === o.path)));
      }
    }
  }
  content.push({ type: 'text', text });
  if (omissions.length) {
    const hint = pagingHint(tool.args.map((a) => a.name));
    value._truncated = { omitted: omissions, hint };
    const what = omissions.map((o) => `${o.path}: kept ${o.kept} of ${o.total} ${o.unit}`).join('; ');
    content.push({ type: 'text', text: `Trimmed to fit the result budget (${what}). ${hint}` });
  }
  return { content: withNote(content), structuredContent: value };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
