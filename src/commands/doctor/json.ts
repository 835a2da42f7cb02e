export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

type JsonParse = { value: unknown; duplicates: { key: string; offset: number }[] } | { error: string; offset: number };

/**
 * JSON.parse's messages differ between Node versions, may carry no position, and quote the text
 * (which may hold a key). This parser says where and what, in its own words. `lenient` accepts
 * comments and trailing commas, as VS Code and Gemini CLI do.
 */
export function parseJson(text: string, lenient = false): JsonParse {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const duplicates: { key: string; offset: number }[] = [];
  class Bad {
    constructor(
      readonly offset: number,
      readonly what: string,
    ) {}
  }
  const show = (c: string | undefined) => (c === undefined ? 'the end of the file' : /[\x21-\x7e]/.test(c) ? `'${c}'` : `character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`);
  const ws = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
        if (!lenient) throw new Bad(i, 'a comment, and JSON has none');
        if (text[i + 1] === '/') {
          const end = text.indexOf('\n', i);
          i = end < 0 ? text.length : end;
        } else {
          const end = text.indexOf('*/', i + 2);
          if (end < 0) throw new Bad(i, 'a /* comment that never closes');
          i = end + 2;
        }
      } else return;
    }
  };
  const string = (): string => {
    const start = i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) throw new Bad(start, 'a string that never closes (a missing ")');
      if (c === '"') break;
      if (c === '\\') {
        const n = text[i + 1];
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Bad(i, 'a \\u escape without 4 hex digits');
          i += 6;
        } else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
        else throw new Bad(i, `an unknown escape \\${n ?? ''} (write a backslash as \\\\)`);
        continue;
      }
      if (c < ' ') throw new Bad(i, c === '\n' ? 'a line break inside a string (a missing closing ")' : `${show(c)} inside a string`);
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const trailingComma = (close: '}' | ']') => new Bad(i, `'${close}' after a comma: a trailing comma, which JSON does not allow`);
  /** After a member or an element: true when `close` ends the object or array, false when a comma asks for another. */
  const closes = (close: '}' | ']'): boolean => {
    ws();
    if (text[i] === ',') {
      i++;
      ws();
      if (lenient && text[i] === close) return i++, true;
      return false;
    }
    if (text[i] === close) return i++, true;
    throw new Bad(i, `${show(text[i])} where ',' or '${close}' should be ${text[i] === undefined ? '(is the file cut short?)' : '(a missing comma?)'}`);
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') return i++, obj;
      for (;;) {
        ws();
        if (text[i] !== '"') {
          if (text[i] === '}') throw trailingComma('}');
          throw new Bad(i, `${show(text[i])} where a property name in double quotes should be`);
        }
        const keyAt = i;
        const key = string();
        ws();
        if (text[i] !== ':') throw new Bad(i, `${show(text[i])} where ':' should follow the name "${key.slice(0, 40)}"`);
        i++;
        const v = value();
        if (Object.prototype.hasOwnProperty.call(obj, key)) duplicates.push({ key, offset: keyAt });
        // Not obj[key] = v: a "__proto__" key would set the prototype instead of a property.
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        if (closes('}')) return obj;
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') return i++, arr;
      for (;;) {
        ws();
        if (text[i] === ']') throw trailingComma(']');
        arr.push(value());
        if (closes(']')) return arr;
      }
    }
    if (c === '"') return string();
    const num = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    num.lastIndex = i;
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const m = num.exec(text);
      if (!m) throw new Bad(i, 'a malformed number');
      i += m[0].length;
      return Number(m[0]);
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    if (c === undefined) throw new Bad(i, 'the end of the file where a value should be (is the file empty or cut short?)');
    throw new Bad(i, `${show(c)} where a value should be${c === "'" ? ' (JSON strings take double quotes)' : ''}`);
  };
  try {
    const v = value();
    ws();
    if (i < text.length) throw new Bad(i, `${show(text[i])} after the end of the JSON value (an extra '}' or ']'?)`);
    return { value: v, duplicates };
  } catch (err) {
    if (err instanceof Bad) return { error: err.what, offset: err.offset };
    throw err;
  }
}
