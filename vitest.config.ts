import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    // The CLI tests start a process each (tsx compiles on start): seconds here, tens of seconds when the
    // 2-core machine is busy with a browser. A timeout only matters for a hang.
    testTimeout: 60_000,
  },
});
