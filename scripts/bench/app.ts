/** The parts of the app the bench watches: its performance marks, test ids and the stack-by value it picks. */
import type { MarkName } from '../../src/lib/perf.ts';

export const MARKS: MarkName[] = [
  'app-start',
  'duckdb-worker-created',
  'duckdb-instantiated',
  'duckdb-ready',
  'data-loaded',
  'first-query-done',
  'chart-in-dom',
];
export const SEL = {
  firstChart: '[data-testid="plot-cases-by-cause"] svg',
  quarterlyChart: '[data-testid="plot-quarterly-counts"] svg',
  filterHuman: '[data-testid="filter-group-human"]',
  kpi: '[data-testid="kpi-accidents-value"]',
  stackBy: '[data-testid="stack-by"]',
};
export const STACK_TO = 'service_category';
