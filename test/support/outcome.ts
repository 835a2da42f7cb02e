// What the four conversations must end with, whichever way they are driven (tool by tool or as
// code-mode scripts): the checks are one, so the outcomes are the same.
import { expect } from 'vitest';
import type { Outcome } from '../../scripts/conversations.js';

/** Width and height from a PNG's IHDR, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export function expectOutcome(o: Outcome): void {
  // 1. A real PNG of the stated size, which changes once an app is launched.
  expect(pngSize(o.screenshots.before)).toEqual({ width: 1024, height: 768 });
  expect(pngSize(o.screenshots.afterLaunch)).toEqual({ width: 1024, height: 768 });
  expect(o.screenshots.afterLaunch.equals(o.screenshots.before)).toBe(false);
  // 2. The build ran for real and the published URL serves what it built.
  expect(o.build.exitCode).toBe(0);
  expect(o.build.publicUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  expect(o.build.page).toContain('Built by next build');
  // 3. The cron job ran the script in the sandbox.
  expect(o.cron.exitCode).toBe(0);
  expect(o.cron.output).toContain('health: ok');
  // 4. Postgres came up; its connection string went into a deployment's environment.
  expect(o.database.state).toBe('running');
  expect(o.database.connectionString).toMatch(/^postgres(ql)?:\/\/[^:]+:[^@]+@[^:/]+:5432\/\w+/);
  expect(o.database.envNames).toContain('DATABASE_URL');
}
