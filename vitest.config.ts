import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The engine's hosts in Node install RE2 before anything compiles; so do the tests (a test of
    // the page's loading state takes it away and puts it back).
    // Property tests use a fixed seed unless FRP_FC_SEED says otherwise (test/setup/fast-check-seed.ts).
    setupFiles: ['src/engine/eval/re2-install.ts', 'test/setup/fast-check-seed.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Child processes, not worker threads: a few tests build very large inputs (deep nesting, huge
    // files) and a thread's smaller heap made the worker exit mid-run.
    pool: 'forks',
  },
});
