// The one redaction rule. Before text leaves the process (an error, a result, a log line) it loses
// the exact key this request or process was given, whatever its shape, and anything else shaped
// like a MIOSA key. The shape is the one HTTP accepts as a key (looksLikeKey), so a key the server
// takes is a key it hides.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** Characters of a MIOSA key after `msk_`, and how many at least. */
const KEY_BODY = '[A-Za-z0-9_\\-]';
const MIN_KEY_BODY = 4;

/** Anything shaped like a whole MIOSA key, wherever it stands. */
export const KEY_PATTERN = new RegExp(`msk_${KEY_BODY}{${MIN_KEY_BODY},}`, 'g');
const KEY_SHAPE = new RegExp(`^msk_${KEY_BODY}{${MIN_KEY_BODY},200}$`);

/** What a removed key reads as. */
const REDACTED_KEY = 'msk_…';
const REDACTED_OTHER = '[redacted key]';
/** Shorter "keys" are not removed verbatim: every such run of letters in a result would go. */
const MIN_SECRET = 4;

/** A key must look like a MIOSA key before HTTP accepts it; whatever does is also what redaction hides. */
export function looksLikeKey(key: string): boolean {
  return KEY_SHAPE.test(key);
}

export type Secrets = readonly (string | undefined)[];

/** Each secret in every form it may be quoted in (as written, URL-encoded, JSON-escaped), with what replaces it. */
type Forms = readonly (readonly [form: string, mark: string])[];

function formsOf(secrets: Secrets): Forms {
  const out: [string, string][] = [];
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET) continue;
    const mark = secret.startsWith('msk_') ? REDACTED_KEY : REDACTED_OTHER;
    for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) out.push([form, mark]);
  }
  // Longest first: a form that contains another is replaced whole.
  return out.sort((x, y) => y[0].length - x[0].length);
}

// The exact secrets go first: the generic pattern would cut a key of another shape in two, and the
// exact one would then no longer match.
function redactWith(text: string, forms: Forms): string {
  let out = text;
  for (const [form, mark] of forms) if (out.includes(form)) out = out.split(form).join(mark);
  return out.includes('msk_') ? out.replace(KEY_PATTERN, REDACTED_KEY) : out;
}

/** Removes the given secrets (as written, URL-encoded or JSON-escaped), then every key-shaped run. */
export function redact(text: string, secrets: Secrets = []): string {
  return redactWith(text, formsOf(secrets));
}

/**
 * Every string in a JSON-like value redacted (object keys too); other values as they are. What needs
 * no change is returned as it was, so the usual answer, which holds no key, costs no copy.
 */
export function redactDeep<T>(value: T, secrets: Secrets = []): T {
  const forms = formsOf(secrets);
  return mayHold(value, forms) ? (walk(value, forms) as T) : value;
}

/** One scan of the value as JSON (which holds each string JSON-escaped, a form listed too): most hold nothing. */
function mayHold(value: unknown, forms: Forms): boolean {
  let json: string;
  try {
    json = JSON.stringify(value) ?? '';
  } catch {
    return true;
  }
  return json.includes('msk_') || forms.some(([form]) => json.includes(form));
}

function walk(value: unknown, forms: Forms): unknown {
  if (typeof value === 'string') return redactWith(value, forms);
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((v, i) => {
      const r = walk(v, forms);
      if (r !== v) (copy ??= [...value])[i] = r;
    });
    return copy ?? value;
  }
  if (value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    const entries = Object.entries(value);
    let changed = false;
    const next = entries.map(([k, v]) => {
      const rk = redactWith(k, forms);
      const rv = walk(v, forms);
      if (rk !== k || rv !== v) changed = true;
      return [rk, rv] as const;
    });
    return changed ? Object.fromEntries(next) : value;
  }
  return value;
}

/** A result with every text part and all of structuredContent redacted; image bytes are left as they are. */
export function redactResult(result: CallToolResult, secrets: Secrets = []): CallToolResult {
  return {
    ...result,
    content: result.content.map((c) => (c.type === 'text' ? { ...c, text: redact(c.text, secrets) } : c)),
    ...(result.structuredContent ? { structuredContent: redactDeep(result.structuredContent, secrets) } : {}),
  };
}
