// The cron expression parser, and `emulator/main.ts` run as its own process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CronError, matches, nextRun, parseCron } from '../../emulator/cron-expr.js';
import { ROOT } from './helpers.js';

describe('cron expressions', () => {
  const at = (s: string) => new Date(s);
  it('finds the next run in UTC', () => {
    expect(nextRun(parseCron('*/5 * * * *'), at('2026-11-24T09:31:12Z'))?.toISOString()).toBe('2026-11-24T09:35:00.000Z');
    expect(nextRun(parseCron('0 * * * *'), at('2026-11-24T09:00:00Z'))?.toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(nextRun(parseCron('30 2 * * 1-5'), at('2026-11-28T12:00:00Z'))?.toISOString()).toBe('2026-11-30T02:30:00.000Z');
    expect(nextRun(parseCron('0 0 29 2 *'), at('2026-03-01T00:00:00Z'))?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(nextRun(parseCron('@daily'), at('2026-12-31T23:59:00Z'))?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(nextRun(parseCron('15 10 * jan,jul sun'), at('2026-11-24T00:00:00Z'))?.toISOString()).toBe('2027-01-03T10:15:00.000Z');
  });

  it('matches either day field when both are restricted, and 7 as Sunday', () => {
    const s = parseCron('0 12 1 * 7');
    expect(matches(s, at('2026-11-01T12:00:00Z'))).toBe(true); // the 1st (a Sunday too)
    expect(matches(s, at('2026-12-01T12:00:00Z'))).toBe(true); // the 1st, a Tuesday
    expect(matches(s, at('2026-11-08T12:00:00Z'))).toBe(true); // a Sunday
    expect(matches(s, at('2026-11-09T12:00:00Z'))).toBe(false);
  });

  it('refuses malformed expressions', () => {
    for (const bad of ['* * * *', '60 * * * *', '* 24 * * *', '*/0 * * * *', '5-1 * * * *', 'x * * * *', '* * 0 * *']) {
      expect(() => parseCron(bad), bad).toThrow(CronError);
    }
  });
});

describe('emulator/main.ts', () => {
  it('prints its URL, serves the API and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'emulator/main.ts'), '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    const url = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no URL printed: ${err}`)), 15_000);
      child.stderr!.on('data', (b: Buffer) => {
        err += b.toString();
        const m = /MIOSA emulator: (http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(err);
        if (m) {
          clearTimeout(t);
          resolve(m[1]);
        }
      });
    });
    const r = await fetch(`${url}/api/v1/compute/regions`, { headers: { Authorization: 'Bearer msk_u_main' } });
    expect(r.status).toBe(200);
    const dataDir = /data in (\S+)\)/.exec(err)?.[1];
    expect(dataDir && existsSync(dataDir)).toBe(true);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(existsSync(dataDir!)).toBe(false);
  });
});
