// The doctor's JSON reader (jsonc-parser underneath): each kind of error in its own words at the
// character that causes it, the dialects (strict JSON, VS Code's JSONC), and values built safely.
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/commands/doctor/json-reader.js';

const error = (text: string, lenient = false) => {
  const r = parseJson(text, lenient);
  if (!('error' in r)) throw new Error(`${JSON.stringify(text)} parsed`);
  return r;
};

describe('parseJson', () => {
  it('says what is wrong, at the character that causes it', () => {
    expect(error('{"a": 1,}')).toEqual({ error: "'}' after a comma: a trailing comma, which JSON does not allow", offset: 8 });
    expect(error('[1, 2,]')).toEqual({ error: "']' after a comma: a trailing comma, which JSON does not allow", offset: 6 });
    expect(error('{"a" 1}')).toEqual({ error: `'1' where ':' should follow the name "a"`, offset: 5 });
    expect(error('[1 2]')).toEqual({ error: "'2' where ',' or ']' should be (a missing comma?)", offset: 3 });
    expect(error('{"a": 1')).toEqual({ error: "the end of the file where ',' or '}' should be (is the file cut short?)", offset: 7 });
    expect(error("{'a': 1}").error).toMatch(/where a property name in double quotes should be/);
    expect(error("[']").error).toMatch(/JSON strings take double quotes/);
    expect(error('{"a": "b\nc"}')).toEqual({ error: 'a line break inside a string (a missing closing ")', offset: 8 });
    expect(error('{"a": "b')).toEqual({ error: 'a string that never closes (a missing ")', offset: 6 });
    expect(error('{"a": "\\x"}')).toEqual({ error: 'an unknown escape \\x (write a backslash as \\\\)', offset: 7 });
    expect(error('{"a": 1}}')).toEqual({ error: "'}' after the end of the JSON value (an extra '}' or ']'?)", offset: 8 });
    expect(error('/* x').error).toMatch(/comment/);
  });

  it('JSONC when lenient: comments and trailing commas pass; an unclosed comment does not', () => {
    expect(parseJson('{\n // note\n "a": [1, 2,], /* b */ "b": {"c": true,},\n}', true)).toEqual({ value: { a: [1, 2], b: { c: true } }, duplicates: [] });
    expect(error('{"a": 1 /* open', true).error).toBe('a /* comment that never closes');
    expect(error('{\n // note\n "a": 1}')).toEqual({ error: 'a comment, and JSON has none', offset: 3 });
  });

  it('counts offsets in the file as written, byte-order mark included', () => {
    expect(error('\ufeff{"a": 1,}').offset).toBe(9);
    const r = parseJson('\ufeff{"k": 1,\n "k": 2}');
    expect(r).toEqual({ value: { k: 2 }, duplicates: [{ key: 'k', offset: 11 }] });
  });

  it('builds plain values: a "__proto__" key is a property, not a prototype', () => {
    const r = parseJson('{"__proto__": {"polluted": true}, "n": [1, "x", null, false, 2.5e1]}');
    if ('error' in r) throw new Error(r.error);
    const v = r.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__', 'n']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(v.n).toEqual([1, 'x', null, false, 25]);
  });
});
