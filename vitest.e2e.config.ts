import { defineConfig } from 'vitest/config';

/** Browser tests against the built site (`npm run build` first); one file at a time, one browser each. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
