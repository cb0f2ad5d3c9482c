import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Child processes, not worker threads: a few tests build very large inputs (deep nesting, huge
    // files) and a thread's smaller heap made the worker exit mid-run.
    pool: 'forks',
  },
});
