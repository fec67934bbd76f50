// Mutation testing of the pure modules: `npm run test:mutation` (not part of `npm test`; see tests/MUTATION.md).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // TypeScript 7 (native tsc) has no JS API for Stryker's tsconfig rewrite; the tsconfig needs none (no references)
  tsconfigFile: 'tsconfig.stryker-skip.json',
  // the machine is shared: one or two sandboxes at a time
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 20_000,
  // Static mutants (module-level code: tables, constants) need every test file re-imported per mutant: 28 % of the
  // mutants and, by Stryker's estimate, 96 % of the time (tens of hours on two cores). They are left out (reported as
  // Ignored); the tables that matter (thresholds, bin edges, causes) are pinned by hand-checked literal tests.
  ignoreStatic: true,
  mutate: [
    'src/domain/**/*.ts',
    'src/lib/**/*.ts',
    'src/query/**/*.ts',
    'src/charts/**/*.ts',
    'src/i18n/format.ts',
    'src/export/csv.ts',
    'src/export/filename.ts',
    'src/export/svg/path-data.ts',
    'src/export/svg/text-wrap.ts',
    'src/export/provenance-text.ts',
    'src/export/deck/slide-geometry.ts',
    'src/export/svg/svg-text-layout.ts',
    'scripts/lib/public-record/**/*.ts',
    '!**/*.d.ts',
  ],
  ignorePatterns: ['dist', 'test-results', 'bench', 'reports', '.vitest-report.json'],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 75, break: null },
};
