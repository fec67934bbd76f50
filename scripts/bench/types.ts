/** The shapes of the measurements: per run, per interaction, summarised, and for the --rows mode. */
import type { MarkName } from '../../src/lib/perf.ts';

export type Ms = number | null;

/** One watched DOM change after a trigger (a click, a change event or a hash change); ms from the trigger. */
export interface Timed {
  /** The first time it changed (may be an intermediate state, e.g. a chart redrawn before its query returned). */
  first: Ms;
  /** The last time it changed before the page went quiet: the final state. */
  dom: Ms;
  /** After the frame that followed the last change (≈ painted). */
  frame: Ms;
  /** How often it changed (chart drawn N times). */
  count: number;
  /** Of `dom`: ms during which a DuckDB worker request was outstanding, and how many queries ran. */
  sqlBusy: Ms;
  queries: number | null;
  /** Queries sent after the trigger that had answered by the first change (0: it was drawn from stale rows). */
  answeredBeforeFirst: number | null;
  /** Of `dom`: ms of main-thread long tasks (≥ 50 ms), during which the page could not respond to input. */
  mainBlocked: Ms;
}

export interface NetEntry {
  url: string;
  status: number | null;
  bytes: number | null;
  /** ms from navigation start. */
  start: number;
  end: number | null;
}

export interface RunResult {
  kind: 'cold' | 'warm';
  marks: Partial<Record<MarkName, number>>;
  navigation: { responseEnd: number; domContentLoaded: number; load: number } | null;
  /** goto() called in Node → the first cases-by-cause svg seen by waitForSelector (ms). */
  firstChartWall: number;
  /** goto() called in Node (Date.now()) → the page's navigation start (performance.timeOrigin), ms. */
  navStartDelay: number;
  /** ms from navigation start when a MutationObserver in the page first saw the cases-by-cause svg. */
  firstChartInPage: Ms;
  /** ms of main-thread long tasks (≥ 50 ms) between navigation start and the first chart. */
  mainBlockedToFirstChart: Ms;
  quarterlyToChart: Timed;
  filterToKpi: Timed;
  filterToChart: Timed;
  stackToChart: Timed;
  kpiBefore: string | null;
  kpiAfter: string | null;
  /** Tracked files: when they were fetched (ms from navigation start). */
  network: Record<string, NetEntry>;
  /** Bytes of all response bodies until the first chart / by the end of the run. */
  bytesToFirstChart: number;
  bytesTotal: number;
  consoleErrors: string[];
  foreignRequests: string[];
  userAgent: string;
}

export interface Stat {
  n: number;
  median: Ms;
  min: Ms;
  max: Ms;
}

export interface FileSize {
  path: string;
  raw: number;
  gzip: number;
}

export interface ScaleResult {
  rows: number;
  date: string;
  commit: string;
  generate: { ms: number; files: { file: string; bytes: number }[]; quarterlyRows: number };
  runs: RunResult[];
  summary: Record<string, Stat>;
}
