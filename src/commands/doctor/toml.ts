import { isObj, type Obj } from './plain-object.js';

// Incomplete: the value may go on over the next line (an array, a multi-line string), so it is read
// again with that line added. Unreadable: the line is listed, and reading goes on at the next one.
class Incomplete extends Error {}
class Unreadable extends Error {}

/**
 * Enough of TOML to find `[mcp_servers.*]` tables and their values (strings, arrays, inline tables,
 * numbers, booleans). Lines it cannot read are listed rather than guessed at.
 */
export function readTomlLoosely(text: string): { value: Obj; unread: number[] } {
  const lines = text.split(/\r?\n/);
  const root: Obj = {};
  const unread: number[] = [];
  let current: Obj = root;
  const descend = (from: Obj, path: string[]): Obj => {
    let at = from;
    for (const seg of path) {
      const next = at[seg];
      if (Array.isArray(next)) at = (next[next.length - 1] as Obj) ?? at;
      else if (isObj(next)) at = next;
      else at = at[seg] = {} as Obj;
    }
    return at;
  };
  for (let n = 0; n < lines.length; n++) {
    const lineNo = n + 1;
    const t = lines[n].trim();
    if (!t || t.startsWith('#')) continue;
    try {
      if (t.startsWith('[')) {
        const array = t.startsWith('[[');
        const close = array ? t.indexOf(']]') : t.indexOf(']');
        const rest = t.slice(close + (array ? 2 : 1)).trim();
        if (close < 0 || (rest && !rest.startsWith('#'))) throw new Unreadable();
        const path = keyPath(t.slice(array ? 2 : 1, close));
        if (array) {
          const parent = descend(root, path.slice(0, -1));
          const last = path[path.length - 1];
          const list = Array.isArray(parent[last]) ? (parent[last] as Obj[]) : (parent[last] = [] as Obj[]);
          list.push((current = {}));
        } else current = descend(root, path);
        continue;
      }
      const eq = outsideQuotes(t, '=');
      if (eq < 0) throw new Unreadable();
      const path = keyPath(t.slice(0, eq));
      let source = t.slice(eq + 1);
      for (;;) {
        try {
          const v = new TomlValue(source).whole();
          descend(current, path.slice(0, -1))[path[path.length - 1]] = v;
          break;
        } catch (err) {
          if (err instanceof Incomplete && n + 1 < lines.length) source += `\n${lines[++n]}`;
          else throw new Unreadable();
        }
      }
    } catch (err) {
      if (!(err instanceof Unreadable)) throw err;
      unread.push(lineNo);
    }
  }
  return { value: root, unread };
}

function outsideQuotes(s: string, ch: string): number {
  let q: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '\\' && q === '"') i++;
      else if (c === q) q = undefined;
    } else if (c === '"' || c === "'") q = c;
    else if (c === ch) return i;
  }
  return -1;
}

function keyPath(raw: string): string[] {
  const parts: string[] = [];
  let s = raw.trim();
  while (s) {
    let seg: string;
    if (s[0] === '"' || s[0] === "'") {
      const end = s.indexOf(s[0], 1);
      if (end < 0) throw new Unreadable();
      seg = s[0] === '"' ? (JSON.parse(s.slice(0, end + 1)) as string) : s.slice(1, end);
      s = s.slice(end + 1).trim();
    } else {
      const m = /^[A-Za-z0-9_\-]+/.exec(s);
      if (!m) throw new Unreadable();
      seg = m[0];
      s = s.slice(seg.length).trim();
    }
    parts.push(seg);
    if (!s) break;
    if (s[0] !== '.') throw new Unreadable();
    s = s.slice(1).trim();
  }
  if (!parts.length) throw new Unreadable();
  return parts;
}

class TomlValue {
  private i = 0;
  constructor(private readonly s: string) {}

  whole(): unknown {
    const v = this.value();
    this.space(false);
    if (this.i < this.s.length) throw new Unreadable();
    return v;
  }

  private space(newlines: boolean): void {
    for (;;) {
      const c = this.s[this.i];
      if (c === ' ' || c === '\t' || (newlines && (c === '\n' || c === '\r'))) this.i++;
      else if (c === '#') {
        const end = this.s.indexOf('\n', this.i);
        this.i = end < 0 ? this.s.length : end;
      } else return;
    }
  }

  private value(): unknown {
    this.space(false);
    const s = this.s;
    const c = s[this.i];
    if (c === undefined) throw new Incomplete();
    if (s.startsWith('"""', this.i) || s.startsWith("'''", this.i)) {
      const quote = s.slice(this.i, this.i + 3);
      const end = s.indexOf(quote, this.i + 3);
      if (end < 0) throw new Incomplete();
      const body = s.slice(this.i + 3, end).replace(/^\r?\n/, '');
      this.i = end + 3;
      return quote === '"""' ? unescapeBasic(body.replace(/\\\r?\n\s*/g, '')) : body;
    }
    if (c === '"') {
      let j = this.i + 1;
      for (; j < s.length && s[j] !== '"' && s[j] !== '\n'; j++) if (s[j] === '\\') j++;
      if (s[j] !== '"') throw new Unreadable();
      const body = s.slice(this.i + 1, j);
      this.i = j + 1;
      return unescapeBasic(body);
    }
    if (c === "'") {
      const end = s.indexOf("'", this.i + 1);
      if (end < 0 || s.slice(this.i, end).includes('\n')) throw new Unreadable();
      const body = s.slice(this.i + 1, end);
      this.i = end + 1;
      return body;
    }
    if (c === '[') {
      this.i++;
      const arr: unknown[] = [];
      for (;;) {
        this.space(true);
        if (this.i >= s.length) throw new Incomplete();
        if (s[this.i] === ']') return this.i++, arr;
        arr.push(this.value());
        this.space(true);
        if (this.i >= s.length) throw new Incomplete();
        if (s[this.i] === ',') this.i++;
        else if (s[this.i] !== ']') throw new Unreadable();
      }
    }
    if (c === '{') {
      this.i++;
      const obj: Obj = {};
      this.space(false);
      if (s[this.i] === '}') return this.i++, obj;
      for (;;) {
        this.space(false);
        const eq = outsideQuotes(s.slice(this.i), '=');
        if (eq < 0) throw this.i >= s.length || !s.slice(this.i).includes('}') ? new Incomplete() : new Unreadable();
        const path = keyPath(s.slice(this.i, this.i + eq));
        this.i += eq + 1;
        let at = obj;
        for (const seg of path.slice(0, -1)) at = isObj(at[seg]) ? (at[seg] as Obj) : (at[seg] = {} as Obj);
        at[path[path.length - 1]] = this.value();
        this.space(false);
        if (this.i >= s.length) throw new Incomplete();
        if (s[this.i] === ',') this.i++;
        else if (s[this.i] === '}') return this.i++, obj;
        else throw new Unreadable();
      }
    }
    const m = /^(?:true|false|[+-]?(?:inf|nan)|[0-9+\-][0-9A-Za-z_:.+\-]*(?: [0-9][0-9:.+\-Z]*)?)/.exec(s.slice(this.i));
    if (!m) throw new Unreadable();
    this.i += m[0].length;
    const word = m[0];
    if (word === 'true' || word === 'false') return word === 'true';
    const n = Number(word.replace(/_/g, ''));
    return Number.isNaN(n) ? word : n;
  }
}

function unescapeBasic(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, e: string) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    const map: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\', e: '\x1b' };
    if (!(e in map)) throw new Unreadable();
    return map[e];
  });
}
