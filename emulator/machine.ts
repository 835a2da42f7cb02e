// A sandbox or computer is a directory on this machine. Its virtual paths (`/workspace`, and
// `/home/user` on computers) are mounts onto subdirectories; a path outside every mount, or one that
// climbs out of it (through `..` or a symlink), is refused. Commands and outputs are rewritten between
// the two spellings, since commands run on the host where `/workspace` does not exist.
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, sep } from 'node:path';

export interface Mount {
  /** Virtual absolute path, e.g. `/workspace`. */
  at: string;
  /** Host directory. */
  dir: string;
}

export interface Machine {
  /** Host directory holding everything of this machine. */
  root: string;
  mounts: Mount[];
  /** Virtual directory relative paths and commands start in. */
  home: string;
}

export function makeMachine(root: string, mounts: Array<[string, string]>, home: string): Machine {
  const m: Machine = { root, mounts: mounts.map(([at, dir]) => ({ at, dir })), home };
  for (const mount of m.mounts) mkdirSync(mount.dir, { recursive: true });
  sortMounts(m);
  return m;
}

export function addMount(m: Machine, at: string, dir: string): void {
  m.mounts = m.mounts.filter((x) => x.at !== at);
  m.mounts.push({ at, dir });
  sortMounts(m);
}

function sortMounts(m: Machine): void {
  m.mounts.sort((a, b) => b.at.length - a.at.length);
}

/** Normalises a virtual path (relative ones start at the machine's home). */
export function normalize(m: Machine, path: string): string {
  const abs = path.startsWith('/') ? path : posix.join(m.home, path);
  const n = posix.normalize(abs);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

function inside(dir: string, p: string): boolean {
  const rel = relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Nearest existing ancestor's real path, with the rest appended (so symlinks cannot lead out). */
function realish(p: string): string {
  let cur = p;
  const rest: string[] = [];
  while (!existsSync(cur)) {
    const parent = dirname(cur);
    if (parent === cur) break;
    rest.unshift(cur.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
    cur = parent;
  }
  let real: string;
  try {
    real = realpathSync(cur);
  } catch {
    real = cur;
  }
  return rest.length ? join(real, ...rest) : real;
}

/**
 * Host path of a virtual path, or undefined when it is outside every mount or escapes it.
 */
export function toHost(m: Machine, path: string): string | undefined {
  const v = normalize(m, path);
  for (const mount of m.mounts) {
    if (v === mount.at || v.startsWith(mount.at + '/')) {
      const host = join(mount.dir, v.slice(mount.at.length));
      const realDir = realish(mount.dir);
      if (!inside(realDir, realish(host))) return undefined;
      return host;
    }
  }
  return undefined;
}

/** Virtual path of a host path under one of the mounts. */
export function toVirtual(m: Machine, host: string): string {
  for (const mount of [...m.mounts].sort((a, b) => b.dir.length - a.dir.length)) {
    if (inside(mount.dir, host)) {
      const rel = relative(mount.dir, host).split(sep).join('/');
      return rel ? `${mount.at}/${rel}` : mount.at;
    }
  }
  return host;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rewrites the virtual mount paths in a command (or cwd) to their host directories, in one pass. */
export function rewriteIn(m: Machine, text: string): string {
  if (!m.mounts.length) return text;
  const byAt = new Map(m.mounts.map((x) => [x.at, x.dir]));
  const re = new RegExp(`(?<![\\w.~/-])(${m.mounts.map((x) => escapeRe(x.at)).join('|')})(?![\\w.-])`, 'g');
  return text.replace(re, (at: string) => byAt.get(at) ?? at);
}

/** Rewrites host directories in command output back to the virtual paths the caller knows. */
export function rewriteOut(m: Machine, text: string): string {
  const pairs = new Map<string, string>();
  for (const mount of m.mounts) {
    pairs.set(mount.dir, mount.at);
    pairs.set(realish(mount.dir), mount.at);
  }
  const dirs = [...pairs.keys()].sort((a, b) => b.length - a.length);
  if (!dirs.length) return text;
  const re = new RegExp(dirs.map(escapeRe).join('|'), 'g');
  return text.replace(re, (d: string) => pairs.get(d) ?? d);
}
