// Every test file runs with this (vitest.config.ts setupFiles): a process warning emitted while its
// tests run (MaxListenersExceededWarning, DeprecationWarning, ExperimentalWarning, one of our own)
// fails the file, naming the warning and where it came from. Node still prints it as usual: this
// listener only records, so a test run that prints a warning cannot pass.
import { afterAll, expect } from 'vitest';

const seen: string[] = [];
const record = (w: Error) => seen.push(`${w.name}: ${w.message}\n${w.stack?.split('\n').slice(1, 6).join('\n') ?? ''}`);
process.on('warning', record);

afterAll(async () => {
  // Node emits a warning on the next tick: one raised by the last test arrives after this yield.
  await new Promise((resolve) => setImmediate(resolve));
  process.off('warning', record);
  expect(seen, 'process warnings emitted during this file (fix the cause; do not silence them)').toEqual([]);
});
