// File operations on a machine's directories, in virtual paths, shared by sandboxes and computers.
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { ApiError, iso } from './handler-kit.js';
import { normalize, toHost, type Machine } from './machine.js';

export const MAX_TREE_NODES = 5000;

/** Host path of a virtual path; `onEscape` decides the error (422 naming the field, or 404). */
export function hostPath(m: Machine, path: string, field = 'path', onEscape: 'invalid' | 'notfound' = 'invalid'): string {
  const host = toHost(m, path);
  if (host) return host;
  if (onEscape === 'notfound') throw new ApiError(404, 'NOT_FOUND', `No such file: ${path}.`);
  throw new ApiError(422, 'VALIDATION_ERROR', `${field} must be inside ${m.mounts.map((x) => x.at).join(', ')} (got ${path}).`, { field });
}

export function statOf(host: string): Stats | undefined {
  return statSync(host, { throwIfNoEntry: false });
}

export function writeFile(m: Machine, path: string, content: Buffer, field = 'path'): { path: string; size_bytes: number; host: string } {
  const host = hostPath(m, path, field);
  const st = statOf(host);
  if (st?.isDirectory()) throw new ApiError(422, 'VALIDATION_ERROR', `${path} is a directory.`, { field });
  try {
    mkdirSync(dirname(host), { recursive: true });
    writeFileSync(host, content);
  } catch (e) {
    throw new ApiError(422, 'VALIDATION_ERROR', `Cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`, { field });
  }
  return { path: normalize(m, path), size_bytes: content.length, host };
}

export function readFile(m: Machine, path: string): Buffer {
  const host = hostPath(m, path, 'path', 'notfound');
  const st = statOf(host);
  if (!st) throw new ApiError(404, 'NOT_FOUND', `No such file: ${normalize(m, path)}.`);
  if (st.isDirectory()) throw new ApiError(404, 'NOT_FOUND', `${normalize(m, path)} is a directory, not a file.`);
  return readFileSync(host);
}

export interface Entry {
  name: string;
  path: string;
  size: number;
  is_dir: boolean;
  modified_at: string;
}

function entryOf(name: string, vpath: string, st: Stats): Entry {
  return { name, path: vpath, size: st.isDirectory() ? 0 : st.size, is_dir: st.isDirectory(), modified_at: iso(st.mtimeMs) };
}

/** Entries of a directory, `depth` levels down (1 = the directory's own entries). */
export function listDir(m: Machine, path: string, depth = 1, field = 'path'): { path: string; entries: Entry[] } {
  const vroot = normalize(m, path);
  const host = hostPath(m, path, field);
  const st = statOf(host);
  if (!st) throw new ApiError(404, 'NOT_FOUND', `No such directory: ${vroot}.`);
  if (!st.isDirectory()) throw new ApiError(422, 'VALIDATION_ERROR', `${vroot} is not a directory.`, { field });
  const entries: Entry[] = [];
  const walk = (hdir: string, vdir: string, level: number): void => {
    let names: string[];
    try {
      names = readdirSync(hdir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (entries.length >= MAX_TREE_NODES) return;
      const h = join(hdir, name);
      const v = vdir === '/' ? `/${name}` : `${vdir}/${name}`;
      let s: Stats;
      let link = false;
      try {
        s = lstatSync(h);
        if (s.isSymbolicLink()) {
          link = true;
          s = statSync(h, { throwIfNoEntry: false }) ?? s;
        }
      } catch {
        continue;
      }
      entries.push(entryOf(name, v, s));
      // Links are listed but never descended into: they may lead out of the machine.
      if (s.isDirectory() && !link && level < depth) walk(h, v, level + 1);
    }
  };
  walk(host, vroot, 1);
  return { path: vroot, entries };
}

// A type literal, not an interface: it must fit the spec's `children: object[]`.
export type TreeNode = {
  path: string;
  name: string;
  type: 'file' | 'dir';
  size?: number;
  modified_at: string;
  children?: TreeNode[];
};

export function tree(m: Machine, path: string, depth: number): TreeNode {
  const vroot = normalize(m, path);
  const host = hostPath(m, path);
  const st = statOf(host);
  if (!st) throw new ApiError(404, 'NOT_FOUND', `No such directory: ${vroot}.`);
  let count = 0;
  const node = (h: string, v: string, s: Stats, level: number): TreeNode => {
    count++;
    const name = v === '/' ? '/' : v.slice(v.lastIndexOf('/') + 1);
    if (!s.isDirectory()) return { path: v, name, type: 'file', size: s.size, modified_at: iso(s.mtimeMs) };
    const n: TreeNode = { path: v, name, type: 'dir', modified_at: iso(s.mtimeMs), children: [] };
    if (level >= depth) return n;
    let names: string[] = [];
    try {
      names = readdirSync(h).sort();
    } catch {
      /* unreadable: no children */
    }
    for (const child of names) {
      if (count >= MAX_TREE_NODES) break;
      const ch = join(h, child);
      let cs: Stats;
      try {
        cs = lstatSync(ch);
      } catch {
        continue;
      }
      // A link is shown as a file node and never followed.
      n.children!.push(node(ch, `${v}/${child}`, cs, cs.isSymbolicLink() ? depth : level + 1));
    }
    return n;
  };
  return node(host, vroot, st, 0);
}

export function statFile(m: Machine, path: string): { path: string; size: number; is_dir: boolean; mode: string; modified_at: string } {
  const v = normalize(m, path);
  const host = hostPath(m, path);
  const st = statOf(host);
  if (!st) throw new ApiError(404, 'NOT_FOUND', `No such file or directory: ${v}.`);
  return { path: v, size: st.isDirectory() ? 0 : st.size, is_dir: st.isDirectory(), mode: (st.mode & 0o7777).toString(8).padStart(4, '0'), modified_at: iso(st.mtimeMs) };
}

/** What a base64 body field may hold (whitespace tolerated, as decoders do). */
export const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
