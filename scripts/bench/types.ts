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
  /** The scripted brush over the quarterly chart (after the stack-by change); null in results of older benches. */
  brush?: BrushResult | null;
  /** Memory once the quarterly view has loaded (before the filter click) and at the end of the brush. */
  memory?: { loaded: MemorySample | null; end: MemorySample | null };
  /** PPTX of six charts; null where the run skipped it (the --rows runs). */
  pptx?: PptxResult | null;
  /** The machine's 1-minute load average when the run started and ended. */
  load1?: { start: number; end: number };
  /** Errors of the brush / memory / PPTX measurements (the run goes on without that figure). */
  measureErrors?: string[];
}

/** One brush step: ms from the pointermove event's timeStamp. */
export interface BrushStep {
  /** How many quarters the brush covers after this step. */
  quarters: number;
  /** Both histograms replaced for the last time (with the new rows), then the next frame produced: the frame time. */
  frame: Ms;
  /** Both histograms replaced for the last time (the later of the two). */
  dom: Ms;
  /** From the timeStamp to the first pointermove listener: how long the input waited to be dispatched. */
  dispatch: Ms;
  /** Both histograms replaced for the first time (may be a redraw of the old rows under a new subtitle). */
  firstDraw: Ms;
  /** How often a histogram was replaced in this step (the more often replaced of the two). */
  draws: number;
  /** Queries sent after the pointermove that had answered by the first replacement (0: drawn from the old rows). */
  answeredBeforeFirst: number | null;
  /** The accidents KPI shows another value (null if it did not within 5 s of the histograms). */
  kpi: Ms;
  /** pointermove events seen by the page for this step (1 expected). */
  pointerMoves: number;
  /** DuckDB worker busy / queries run between the pointermove and the histograms' redraw. */
  sqlBusy: Ms;
  queries: number | null;
}

export interface BrushResult {
  steps: BrushStep[];
  error: string | null;
  pxPerQuarter: number | null;
  /** The first step's frame time, separately: it starts the brush (a history entry, the held chart). */
  first: Ms;
  /** Median and max of every step's frame time. */
  median: Ms;
  max: Ms;
  /** Median and max of the steps after the first. */
  medianRest: Ms;
  maxRest: Ms;
  /** Medians over the steps after the first: histograms replaced, KPI changed, DuckDB busy, queries run. */
  domRest: Ms;
  /** Median over the steps after the first: the pointermove's timeStamp → its first listener runs. */
  dispatchRest: Ms;
  firstDrawRest: Ms;
  drawsRest: Ms;
  answeredBeforeFirstRest: Ms;
  kpiRest: Ms;
  sqlRest: Ms;
  queriesRest: Ms;
}

/** MB = 10⁶ bytes. */
export interface MemorySample {
  browserPid: number | null;
  renderers: { pid: number; webui: boolean; rssMB: Ms; pssMB: Ms }[];
  /** Sum of VmRSS over every `--type=renderer` process of the browser (the page's, the spare and the UI's). */
  rendererRssMB: Ms;
  /** The same with Pss (shared pages divided among the processes sharing them). */
  rendererPssMB: Ms;
  /** VmRSS of the largest renderer: the page's own process. */
  largestRendererRssMB: Ms;
  /** VmRSS summed over the browser process and all its descendants (GPU, network, zygotes, renderers). */
  browserTreeRssMB: Ms;
  /** The page's main-thread V8 heap (CDP Runtime.getHeapUsage): used, total, embedder (Blink) and backing stores. */
  jsHeapUsedMB: Ms;
  jsHeapTotalMB: Ms;
  embedderHeapMB: Ms;
  backingStorageMB: Ms;
}

export interface PptxResult {
  slides: number;
  file: string | null;
  bytes: number | null;
  /** Wall time (Node) to show both views and add the six charts, each until its status said it was added. */
  addMs: Ms;
  /** Node clock: the click on deck-download → Playwright's download event. */
  clickToDownload: Ms;
  /** In the page: the click event's timeStamp → the app clicking the .pptx download link. */
  clickToLink: Ms;
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
