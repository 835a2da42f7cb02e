// The limits of one miosa_run, each with a default and a variable to set it. Read and checked once at
// start, like every other setting: a bad value stops the server with the variable's name.
import { parseWhole } from '../settings.js';
import type { SandboxLimits } from './sandbox.js';

export const DEFAULT_CODE_LIMITS: SandboxLimits = {
  timeoutMs: 120_000,
  memoryBytes: 64 * 1024 * 1024,
  stackBytes: 512 * 1024,
  maxCalls: 200,
  maxOutputBytes: 1_000_000,
  maxConcurrentRuns: 8,
};

export function codeLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxLimits {
  const d = DEFAULT_CODE_LIMITS;
  return {
    timeoutMs: parseWhole('MIOSA_CODE_TIMEOUT_MS', env.MIOSA_CODE_TIMEOUT_MS, d.timeoutMs, 100, 3_600_000, 'milliseconds'),
    memoryBytes: parseWhole('MIOSA_CODE_MEMORY_MB', env.MIOSA_CODE_MEMORY_MB, d.memoryBytes / 1048576, 8, 2048, 'MiB') * 1048576,
    stackBytes: parseWhole('MIOSA_CODE_STACK_KB', env.MIOSA_CODE_STACK_KB, d.stackBytes / 1024, 64, 65_536, 'KiB') * 1024,
    maxCalls: parseWhole('MIOSA_CODE_MAX_CALLS', env.MIOSA_CODE_MAX_CALLS, d.maxCalls, 1, 100_000, 'calls'),
    maxOutputBytes: parseWhole('MIOSA_CODE_MAX_OUTPUT_BYTES', env.MIOSA_CODE_MAX_OUTPUT_BYTES, d.maxOutputBytes, 1000, 100_000_000, 'bytes'),
    maxConcurrentRuns: parseWhole('MIOSA_CODE_MAX_RUNS', env.MIOSA_CODE_MAX_RUNS, d.maxConcurrentRuns, 1, 1000, 'scripts'),
  };
}
