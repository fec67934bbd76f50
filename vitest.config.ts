import { defineConfig } from 'vitest/config';

// Three projects: unit (pure code, node or jsdom per file), data (native DuckDB on the built Parquet),
// browser (the built app in Debian's Chromium via playwright-core; needs `vite build` first).
export default defineConfig({
  test: {
    env: { TZ: 'Asia/Tokyo' },
    // The JSON report feeds the closing "N passed, N failed" line of .ci/run.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
    projects: [
      { test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'data', environment: 'node', include: ['tests/data/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
