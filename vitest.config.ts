import { defineConfig } from 'vitest/config';
import { dataProject, UNIT_PROJECT } from './vitest.projects.ts';

// Three projects: unit (pure code, node or jsdom per file), data (native DuckDB on the built Parquet),
// browser (the built app in Debian's Chromium via playwright-core; needs `vite build` first).
export default defineConfig({
  test: {
    env: { TZ: 'Asia/Tokyo' },
    // Two files at a time, browser files too (each has its own Chromium profile): they mostly wait on the page.
    maxWorkers: 2,
    // The JSON report feeds the closing "N passed, N failed" line of .ci/run.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
    projects: [
      UNIT_PROJECT,
      dataProject(),
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // `npm run test:slides` only (JIKO_SLIDES=1): exports decks from the built app and converts them with LibreOffice.
      ...(process.env.JIKO_SLIDES
        ? [
            {
              test: {
                name: 'slides',
                environment: 'node',
                include: ['tests/slides/**/*.test.ts'],
                globalSetup: ['tests/browser/global-setup.ts'],
                fileParallelism: false,
                testTimeout: 600_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
