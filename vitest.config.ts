import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A warning emitted in a test file fails it (issue 18: a test run prints no warnings).
    setupFiles: ['test/support/no-warnings.ts'],
    // CI asks for a JSON report too, to print its one-line totals.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
  },
});
