import type { TestProjectInlineConfiguration } from 'vitest/config';

// The pure-code projects, shared by vitest.config.ts (`npm test`) and vitest.mutation.config.ts (Stryker).
const SETUP = ['tests/setup/catalogues.ts'];

/** Pure code, node or jsdom per file. */
export const UNIT_PROJECT: TestProjectInlineConfiguration = {
  test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], setupFiles: SETUP },
};

/** Native DuckDB on the built Parquet; `exclude` leaves out files too slow to run per mutant. */
export function dataProject(exclude: string[] = []): TestProjectInlineConfiguration {
  return {
    test: {
      name: 'data',
      environment: 'node',
      include: ['tests/data/**/*.test.ts'],
      ...(exclude.length > 0 && { exclude }),
      setupFiles: SETUP,
      testTimeout: 30_000,
    },
  };
}
