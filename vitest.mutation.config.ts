import { defineConfig } from 'vitest/config';

// For `npm run test:mutation` only: the unit and data projects (no browser, no JSON report).
export default defineConfig({
  test: {
    env: { TZ: 'Asia/Tokyo' },
    // Stryker switches mutants at run time, so test files need not be isolated; re-importing each file per mutant
    // was most of the time a mutant took.
    isolate: false,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/catalogues.ts'],
        },
      },
      {
        test: {
          name: 'data',
          environment: 'node',
          include: ['tests/data/**/*.test.ts'],
          setupFiles: ['tests/setup/catalogues.ts'],
          // these two run the whole build or write the 108k-row sample per mutant: minutes each on a shared machine
          exclude: ['tests/data/build-cli.test.ts', 'tests/data/sample.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
