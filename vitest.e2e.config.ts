import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A poll waits for a state; a loaded 2-core machine can take seconds to reach it, so the cap is only there
    // to end a test whose state never comes.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
