// A client's JSON config file read with jsonc-parser (VS Code's own reader: comments and trailing
// commas when the client allows them, an offset for every error). JSON.parse's messages differ between
// Node versions, may carry no position, and quote the text (which may hold a key); here the first
// error is said where and what, in words a person can act on.
import { visit } from 'jsonc-parser';

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

type JsonParse = { value: unknown; duplicates: { key: string; offset: number }[] } | { error: string; offset: number };

// jsonc-parser's ParseErrorCode values (a const enum, which isolated modules cannot read).
const ERROR = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

/** Where a value is being built: the object or array, and for an object the name its next value takes. */
interface Open {
  container: Record<string, unknown> | unknown[];
  keys?: Set<string>;
  key?: string;
}

/** The value of a JSON file, its duplicate keys, or its first error. `lenient` allows comments and trailing commas (VS Code, Gemini CLI). */
export function parseJson(text: string, lenient = false): JsonParse {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(bom);
  const duplicates: { key: string; offset: number }[] = [];
  const stack: Open[] = [];
  let root: unknown;
  let failure: { error: string; offset: number } | undefined;
  const put = (v: unknown) => {
    const top = stack.at(-1);
    if (!top) root = v;
    else if (Array.isArray(top.container)) top.container.push(v);
    // Not obj[key] = v: a "__proto__" key would set the prototype instead of a property.
    else Object.defineProperty(top.container, top.key!, { value: v, enumerable: true, writable: true, configurable: true });
  };
  visit(
    body,
    {
      onObjectBegin: () => {
        const obj: Record<string, unknown> = {};
        put(obj);
        stack.push({ container: obj, keys: new Set() });
      },
      onObjectProperty: (key, offset) => {
        const top = stack.at(-1)!;
        if (top.keys!.has(key)) duplicates.push({ key, offset: offset + bom });
        top.keys!.add(key);
        top.key = key;
      },
      onObjectEnd: () => void stack.pop(),
      onArrayBegin: () => {
        const arr: unknown[] = [];
        put(arr);
        stack.push({ container: arr });
      },
      onArrayEnd: () => void stack.pop(),
      onLiteralValue: (v) => put(v),
      onError: (code, offset) => {
        failure ??= describe(body, code, offset, stack.at(-1));
      },
    },
    { disallowComments: !lenient, allowTrailingComma: lenient, allowEmptyContent: false },
  );
  if (failure) return { error: failure.error, offset: failure.offset + bom };
  return { value: root, duplicates };
}

const show = (c: string | undefined) =>
  c === undefined ? 'the end of the file' : /[\x21-\x7e]/.test(c) ? `'${c}'` : `character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;

/** The words for one error of jsonc-parser, and the offset they are about. */
function describe(text: string, code: number, offset: number, open: Open | undefined): { error: string; offset: number } {
  const c = text[offset];
  const at = (error: string, where = offset) => ({ error, offset: where });
  const afterComma = /,\s*$/.test(text.slice(0, offset));
  switch (code) {
    case ERROR.PropertyNameExpected:
      if (c === '}' && afterComma) return at(`'}' after a comma: a trailing comma, which JSON does not allow`);
      return at(`${show(c)} where a property name in double quotes should be`);
    case ERROR.ValueExpected:
      if (c === ']' && afterComma) return at(`']' after a comma: a trailing comma, which JSON does not allow`);
      if (c === undefined) return at('the end of the file where a value should be (is the file empty or cut short?)');
      return at(`${show(c)} where a value should be${c === "'" ? ' (JSON strings take double quotes)' : ''}`);
    case ERROR.InvalidSymbol:
      if (open && !Array.isArray(open.container) && /[{,]\s*$/.test(text.slice(0, offset))) return at(`${show(c)} where a property name in double quotes should be`);
      return at(`${show(c)} where a value should be${c === "'" ? ' (JSON strings take double quotes)' : ''}`);
    case ERROR.ColonExpected:
      return at(`${show(c)} where ':' should follow the name "${(open?.key ?? '').slice(0, 40)}"`);
    case ERROR.CommaExpected:
    case ERROR.CloseBraceExpected:
    case ERROR.CloseBracketExpected: {
      const close = code === ERROR.CloseBraceExpected ? '}' : code === ERROR.CloseBracketExpected ? ']' : open && !Array.isArray(open.container) ? '}' : ']';
      return at(`${show(c)} where ',' or '${close}' should be ${c === undefined ? '(is the file cut short?)' : '(a missing comma?)'}`);
    }
    case ERROR.EndOfFileExpected:
      return at(`${show(c)} after the end of the JSON value (an extra '}' or ']'?)`);
    case ERROR.InvalidCommentToken:
      return at('a comment, and JSON has none');
    case ERROR.UnexpectedEndOfComment:
      return at('a /* comment that never closes');
    case ERROR.UnexpectedEndOfString:
    case ERROR.InvalidCharacter:
      return insideString(text, offset);
    case ERROR.InvalidUnicode:
      return at('a \\u escape without 4 hex digits', escapeAt(text, offset, /\\u(?![0-9a-fA-F]{4})/));
    case ERROR.InvalidEscapeCharacter: {
      const where = escapeAt(text, offset, /\\[^"\\/bfnrtu]/);
      return at(`an unknown escape \\${text[where + 1] ?? ''} (write a backslash as \\\\)`, where);
    }
    default:
      return at('a malformed number');
  }
}

/** A string's problem is at the character that causes it, not at the string's start where jsonc-parser reports it. */
function insideString(text: string, start: number): { error: string; offset: number } {
  const open = text.lastIndexOf('"', start) === start ? start : text.lastIndexOf('"', start);
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '"') break;
    if (ch === '\n') return { error: 'a line break inside a string (a missing closing ")', offset: i };
    if (ch < ' ') return { error: `${show(ch)} inside a string`, offset: i };
  }
  return { error: 'a string that never closes (a missing ")', offset: open };
}

function escapeAt(text: string, from: number, bad: RegExp): number {
  const m = new RegExp(bad.source, 'g');
  m.lastIndex = text.lastIndexOf('"', from);
  const found = m.exec(text);
  return found ? found.index : from;
}
