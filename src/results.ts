// Turns a successful MIOSA answer into an MCP result: the unwrapped value as structuredContent
// (objects only, so lists become `{ items }`), a compact text copy beside it for clients that read
// only text, and bytes as image content or as text/base64 on request.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ToolError, failure } from './errors.js';
import { checkImage } from './images.js';
import { redact, redactDeep, redactResult, type Secrets } from './redact.js';
import { DEFAULT_MAX_RESULT_TOKENS, estimateTokens, fitToBudget, pagingHint, type Omission } from './result-budget.js';
import { fenceFields, fenceNonce, fenceUntrusted, untrustedNote } from './fence.js';
import type { CallResult, ToolMeta } from './tool-def.js';

export interface Extras {
  /** The active resource the call resolved to, when the caller omitted the id. */
  active?: { kind: string; id: string };
  /** The wait's bound passed before the resource was ready: what to do next. */
  pending?: string;
  encoding?: 'utf8' | 'base64';
  /** Results larger than this are trimmed (see result-budget.ts). */
  maxTokens?: number;
  /** Removed from the value before it is trimmed, so a cut cannot leave part of one behind. */
  secrets?: Secrets;
  /** False when the result goes to a program, not a model (code mode's inner calls): no fences. */
  fence?: boolean;
}

/**
 * The one place an answer's shape is read. MIOSA and its SDKs disagree on some shapes (bare or
 * `{data}`, `{windows}` or `{data}`), so the payload is under the first of `keys` the answer has,
 * else the answer itself; the other fields of an envelope come back beside it.
 */
export function payloadOf(data: unknown, keys: readonly string[]): { value: unknown; siblings: Record<string, unknown> } {
  const key = isRecord(data) ? keys.find((k) => k in data) : undefined;
  if (key === undefined) return { value: data, siblings: {} };
  const { [key]: value, ...siblings } = data as Record<string, unknown>;
  return { value, siblings };
}

/** What the tool returns as structured data, following the response shapes the generator recorded. */
export function unwrap(tool: ToolMeta, data: unknown): Record<string, unknown> {
  const { value, siblings } = payloadOf(data, tool.response.payloadKeys);
  if (Array.isArray(value)) return { items: value, ...siblings };
  if (isRecord(value)) return { ...siblings, ...value };
  return { ...siblings, value: value ?? null };
}

/**
 * The result of a call that MIOSA answered, redacted here, once: JSON and bytes before they are
 * trimmed (finish), so a cut cannot leave part of a key behind; notes and the short image and empty
 * results as they are built.
 */
export function successResult(tool: ToolMeta, result: CallResult, extras: Extras = {}): CallToolResult {
  const notes = [
    extras.active ? `Used the active ${extras.active.kind} ${extras.active.id} (the most recently created running one).` : '',
    extras.pending ?? '',
  ]
    .filter(Boolean)
    .map((text) => redact(text, extras.secrets));
  const withNote = (content: CallToolResult['content']): CallToolResult['content'] =>
    notes.length ? [...content, ...notes.map((text) => ({ type: 'text' as const, text }))] : content;
  const activeField = extras.active ? { activeResource: extras.active } : {};

  switch (tool.response.kind) {
    case 'image': {
      const bytes = Buffer.from(result.data as ArrayBuffer);
      const mimeType = result.response.headers.get('content-type')?.split(';')[0].trim() ?? '';
      const status = result.response.status;
      if (!mimeType.startsWith('image/')) {
        throw new ToolError(
          failure(
            'upstream_error',
            tool.name,
            `MIOSA answered ${mimeType || 'no content type'} where an image was expected.`,
            'Retry; if it persists, check that the computer is running and MIOSA_API_URL points at the MIOSA API.',
            { status, retryable: true },
          ),
        );
      }
      const verdict = checkImage(mimeType, bytes, extras.maxTokens ?? DEFAULT_MAX_RESULT_TOKENS);
      if (!verdict.ok) {
        const hint =
          verdict.reason === 'size'
            ? 'Fetch it as a file instead: save it inside the machine (for example with computer_exec: scrot /tmp/screen.png, or lower the screen resolution first) and read it with the file tools (computer_file_read with encoding base64), or raise MIOSA_MAX_RESULT_TOKENS.'
            : 'Check that the computer is running a normal desktop session; quote this message to MIOSA support if it persists.';
        throw new ToolError(failure('upstream_error', tool.name, `${verdict.message}.`, hint, { status }));
      }
      return redactResult(
        {
          content: withNote([
            { type: 'image', data: bytes.toString('base64'), mimeType },
            { type: 'text', text: `${tool.title}: ${mimeType}, ${bytes.length} bytes.` },
          ]),
        },
        extras.secrets,
      );
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
      return redactResult(
        {
          content: withNote([{ type: 'text', text: `${tool.title}: done.` }]),
          structuredContent: { ok: true, status: result.response.status, ...activeField },
        },
        extras.secrets,
      );
    case 'json':
      return finish(tool, { ...unwrap(tool, result.data), ...activeField }, extras, withNote, (v) => JSON.stringify(v));
  }
}

/** Trims to the budget (saying what was left out), renders the text copy, fences untrusted text in both. */
export function finish(
  tool: Pick<ToolMeta, 'untrusted' | 'args'>,
  structured: Record<string, unknown>,
  extras: Extras,
  withNote: (c: CallToolResult['content']) => CallToolResult['content'],
  render: (v: Record<string, unknown>) => string,
): CallToolResult {
  const budget = extras.maxTokens ?? DEFAULT_MAX_RESULT_TOKENS;
  const fitted = fitToBudget(redactDeep(structured, extras.secrets), budget);
  const omissions: Omission[] = [...fitted.omissions];
  let value = fitted.value;
  const content: CallToolResult['content'] = [];
  let text = render(value);
  if (tool.untrusted && extras.fence !== false) {
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

/** An object with named fields (not null, not an array); doctor reads config files with it too. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
