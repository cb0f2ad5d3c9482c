import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The engine's hosts in Node install RE2 before anything compiles; so do the tests (a test of
    // the page's loading state takes it away and puts it back).
    setupFiles: ['src/engine/eval/re2-install.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Child processes, not worker threads: a few tests build very large inputs (deep nesting, huge
    // files) and a thread's smaller heap made the worker exit mid-run.
    pool: 'forks',
  },
});
