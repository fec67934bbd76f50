import { defineConfig } from 'vitest/config';
import { dataProject, UNIT_PROJECT } from './vitest.projects.ts';

// For `npm run test:mutation` only: the unit and data projects (no browser, no JSON report).
export default defineConfig({
  test: {
    env: { TZ: 'Asia/Tokyo' },
    // Stryker switches mutants at run time, so test files need not be isolated; re-importing each file per mutant
    // was most of the time a mutant took.
    isolate: false,
    // build-cli and sample run the whole build or write the 108k-row sample per mutant: minutes each
    projects: [UNIT_PROJECT, dataProject(['tests/data/build-cli.test.ts', 'tests/data/sample.test.ts'])],
  },
});
