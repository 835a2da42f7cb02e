// Every tool as the server serves it, one reviewed file per tool: a change to a name, description,
// annotation or schema shows up as a diff under test/__toolsnaps__/. `make snap-update`
// (UPDATE_TOOLSNAPS=1) rewrites the snapshots and removes stale ones; commit the diff.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../generated/index.js';
import { buildSurface, listEntry } from '../../src/surface.js';

const DIR = fileURLToPath(new URL('../__toolsnaps__/', import.meta.url));
const DYNAMIC = '_dynamic';
const CODE = '_code';
const UPDATE = process.env.UPDATE_TOOLSNAPS === '1';
const FIX = 'If the change is intended, run `make snap-update` and commit the diff under test/__toolsnaps__/.';

/** Keys sorted at every depth; array order is kept (it can mean something: `required`, `enum`). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

const render = (value: unknown): string => `${JSON.stringify(sortKeys(value), null, 2)}\n`;

/** The fields a client sees, as served. */
function served(entry: Record<string, unknown>): Record<string, unknown> {
  const { name, title, description, annotations, inputSchema, outputSchema } = entry;
  return { name, title, description, annotations, inputSchema, outputSchema };
}

function compare(file: string, actual: string): void {
  const path = join(DIR, `${file}.json`);
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    if (!existsSync(path) || readFileSync(path, 'utf8') !== actual) writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    expect.fail(`test/__toolsnaps__/${file}.json is missing: ${file} has no reviewed snapshot. ${FIX}`);
  }
  expect(actual, `${file} as served differs from test/__toolsnaps__/${file}.json. ${FIX}`).toBe(
    readFileSync(path, 'utf8'),
  );
}

describe('tool surface snapshots (test/__toolsnaps__)', () => {
  it.each(TOOLS.map((t) => [t.name, t] as const))('%s matches its snapshot', (name, tool) => {
    compare(name, render(served(listEntry(tool) as Record<string, unknown>)));
  });

  it('the dynamic-mode meta tools match _dynamic.json', () => {
    const tools = buildSurface({}, true).list.tools.map((t) => served(t as Record<string, unknown>));
    compare(DYNAMIC, render(tools));
  });

  it('the code-mode tools match _code.json (as a writing server and as a read-only one serves them)', () => {
    const list = (readOnly: boolean) =>
      buildSurface({ readOnly }, false, undefined, { code: true }).list.tools.map((t) => served(t as Record<string, unknown>));
    compare(CODE, render({ readWrite: list(false), readOnly: list(true) }));
  });

  it('has no stale snapshot (a file for a tool that no longer exists)', () => {
    const expected = new Set([DYNAMIC, CODE, ...TOOLS.map((t) => t.name)].map((n) => `${n}.json`));
    const files = existsSync(DIR) ? readdirSync(DIR) : [];
    const stale = files.filter((f) => !expected.has(f)).sort();
    if (UPDATE) {
      for (const f of stale) rmSync(join(DIR, f));
      return;
    }
    expect(
      stale,
      `stale snapshots in test/__toolsnaps__/ (no such tool is served: removed or renamed?). ${FIX}`,
    ).toEqual([]);
  });
});
