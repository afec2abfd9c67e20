import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    // The CLI tests start a process each (tsx compiles on start): seconds on a busy 2-core machine.
    testTimeout: 20_000,
  },
});
