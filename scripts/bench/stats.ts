/** The reported metrics (key, label, how to read it from a run) and their median / min / max over runs. */
import { MARKS, STACK_TO } from './app.ts';
import { TARGET_METRICS } from './target-metrics.ts';
import type { Ms, NetEntry, RunResult, Stat } from './types.ts';

export function stat(values: Ms[]): Stat {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { n: 0, median: null, min: null, max: null };
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  return { n: v.length, median, min: v[0]!, max: v.at(-1)! };
}

/** `digits`: decimals shown (default 0). */
export type Metric = { key: string; label: string; get: (r: RunResult) => Ms; digits?: number };

export const PAGE_METRICS: Metric[] = [
  { key: 'nav.responseEnd', label: 'index.html received', get: (r) => r.navigation?.responseEnd ?? null },
  ...MARKS.map((m) => ({ key: `mark.${m}`, label: `mark \`${m}\``, get: (r: RunResult) => r.marks[m] ?? null })),
  { key: 'firstChartInPage', label: 'cases-by-cause `svg` in DOM (in page)', get: (r) => r.firstChartInPage },
  { key: 'firstChartWall', label: '**wall: goto → cases-by-cause `svg`**', get: (r) => r.firstChartWall },
  { key: 'nav.load', label: '`load` event', get: (r) => r.navigation?.load ?? null },
];

export const SPLIT_METRICS: Metric[] = [
  {
    key: 'split.mainBlocked',
    label: 'main thread in long tasks (≥ 50 ms) until the chart',
    get: (r) => r.mainBlockedToFirstChart,
  },
  { key: 'split.navStart', label: 'Node `goto()` → navigation start', get: (r) => r.navStartDelay },
  {
    key: 'split.seen',
    label:
      '`svg` in DOM → seen by `waitForSelector` (main thread still busy drawing the page; wall − nav start − in-page)',
    get: (r) => (r.firstChartInPage === null ? null : r.firstChartWall - r.navStartDelay - r.firstChartInPage),
  },
  {
    key: 'split.workerToInstantiated',
    label: '`instantiate()`: worker created → instantiated',
    get: (r) => diff(r.marks['duckdb-instantiated'], r.marks['duckdb-worker-created']),
  },
  {
    key: 'split.wasmFetch',
    label: '  of which: fetching duckdb wasm (request start → last byte)',
    get: (r) => fetchMs(r.network['duckdb wasm']),
  },
  {
    key: 'split.openConnect',
    label: '`open` + `connect`: instantiated → ready',
    get: (r) => diff(r.marks['duckdb-ready'], r.marks['duckdb-instantiated']),
  },
  {
    key: 'split.load',
    label: 'public record load: ready → data-loaded',
    get: (r) => diff(r.marks['data-loaded'], r.marks['duckdb-ready']),
  },
  {
    key: 'split.query',
    label: 'first queries: data-loaded → first-query-done',
    get: (r) => diff(r.marks['first-query-done'], r.marks['data-loaded']),
  },
  {
    key: 'split.render',
    label: 'first-query-done → chart-in-dom',
    get: (r) => diff(r.marks['chart-in-dom'], r.marks['first-query-done']),
  },
];

export const INTERACTION_METRICS: Metric[] = [
  {
    key: 'quarterly.first',
    label: '`#/quarterly?ds=sample` → quarterly chart first drawn',
    get: (r) => r.quarterlyToChart.first,
  },
  { key: 'quarterly.dom', label: '**… → quarterly chart final**', get: (r) => r.quarterlyToChart.dom },
  { key: 'quarterly.frame', label: '  … + next frame', get: (r) => r.quarterlyToChart.frame },
  {
    key: 'quarterly.sql',
    label: '  of which: DuckDB worker busy (insert + queries)',
    get: (r) => r.quarterlyToChart.sqlBusy,
  },
  {
    key: 'quarterly.blocked',
    label: '  of which: main thread in long tasks (≥ 50 ms)',
    get: (r) => r.quarterlyToChart.mainBlocked,
  },
  {
    key: 'quarterly.sampleFetch',
    label: '  of which: fetching sample_reports.parquet',
    get: (r) => fetchMs(r.network['sample_reports.parquet']),
  },
  { key: 'quarterly.count', label: '  times the chart was drawn', get: (r) => r.quarterlyToChart.count },
  { key: 'filterKpi.dom', label: '**filter click (human) → KPI shows the new value**', get: (r) => r.filterToKpi.dom },
  { key: 'filterKpi.frame', label: '  … + next frame', get: (r) => r.filterToKpi.frame },
  { key: 'filterKpi.sql', label: '  of which: DuckDB worker busy', get: (r) => r.filterToKpi.sqlBusy },
  { key: 'filterKpi.blocked', label: '  of which: main thread in long tasks', get: (r) => r.filterToKpi.mainBlocked },
  { key: 'filterKpi.queries', label: '  queries run', get: (r) => r.filterToKpi.queries },
  {
    key: 'filterChart.first',
    label: 'filter click → quarterly chart first redrawn',
    get: (r) => r.filterToChart.first,
  },
  { key: 'filterChart.dom', label: 'filter click → quarterly chart final', get: (r) => r.filterToChart.dom },
  { key: 'filterChart.count', label: '  times the chart was drawn', get: (r) => r.filterToChart.count },
  {
    key: 'filterChart.answeredBeforeFirst',
    label: '  queries answered before the first redraw',
    get: (r) => r.filterToChart.answeredBeforeFirst,
  },
  { key: 'stack.first', label: `stack-by → \`${STACK_TO}\` → chart first redrawn`, get: (r) => r.stackToChart.first },
  { key: 'stack.dom', label: `**stack-by → \`${STACK_TO}\` → chart final**`, get: (r) => r.stackToChart.dom },
  { key: 'stack.frame', label: '  … + next frame', get: (r) => r.stackToChart.frame },
  { key: 'stack.sql', label: '  of which: DuckDB worker busy', get: (r) => r.stackToChart.sqlBusy },
  { key: 'stack.blocked', label: '  of which: main thread in long tasks', get: (r) => r.stackToChart.mainBlocked },
  { key: 'stack.queries', label: '  queries run', get: (r) => r.stackToChart.queries },
  { key: 'stack.count', label: '  times the chart was drawn', get: (r) => r.stackToChart.count },
  {
    key: 'stack.answeredBeforeFirst',
    label: '  queries answered before the first redraw',
    get: (r) => r.stackToChart.answeredBeforeFirst,
  },
];

export const ALL_METRICS = [...PAGE_METRICS, ...SPLIT_METRICS, ...INTERACTION_METRICS, ...TARGET_METRICS];

function diff(a: number | undefined, b: number | undefined): Ms {
  return a === undefined || b === undefined ? null : a - b;
}

function fetchMs(e: NetEntry | undefined): Ms {
  return e && e.end !== null ? e.end - e.start : null;
}

export function summarize(runs: RunResult[], metrics: Metric[]): Record<string, Stat> {
  return Object.fromEntries(metrics.map((m) => [m.key, stat(runs.map(m.get))]));
}
