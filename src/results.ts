// Turns a successful MIOSA answer into an MCP result: the unwrapped value as structuredContent
// (objects only, so lists become `{ items }`), a compact text copy beside it for clients that read
// only text, and bytes as image content or as text/base64 on request.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ToolError } from './errors.js';
import type { CallResult, ToolMeta } from './tool-def.js';

export interface Extras {
  /** The active resource the call resolved to, when the caller omitted the id. */
  active?: { kind: string; id: string };
  /** The wait's bound passed before the resource was ready: what to do next. */
  pending?: string;
  encoding?: 'utf8' | 'base64';
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
      const text = encoding === 'utf8' ? content : `(${bytes.length} bytes, base64) ${content}`;
      return { content: withNote([{ type: 'text', text }]), structuredContent: structured };
    }
    case 'empty':
      return {
        content: withNote([{ type: 'text', text: `${tool.title}: done.` }]),
        structuredContent: { ok: true, status: result.response.status, ...activeField },
      };
    case 'json': {
      const structured = { ...unwrap(tool, result.data), ...activeField };
      return { content: withNote([{ type: 'text', text: JSON.stringify(structured) }]), structuredContent: structured };
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
