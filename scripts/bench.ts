/**
 * Benchmark of the BUILT app (dist/) in headless Debian Chromium. It measures; it asserts nothing.
 *
 *   npx vite build && npx tsx scripts/bench.ts [--runs N] [--rows N] [--dist DIR] [--out DIR]
 *
 * Serves dist/ with vite's preview() on 127.0.0.1 (a free port) and, for each of N runs (default 5) in a FRESH
 * Chromium profile (cold HTTP and code cache), opens #/overview and reads the app's performance marks
 * (src/app/perf.ts) plus the wall time to the first chart. In the same page it then times three interactions:
 * #/quarterly?ds=sample → chart (loads the synthetic sample), one cause-group filter click → KPI, and a stack-by
 * change → chart. One more "warm" run relaunches Chromium on the last run's profile. With --rows N it also writes
 * an N-row synthetic sample, swaps it into a temp copy of dist/ and times the quarterly view on it.
 *
 * Writes bench/results.json and bench/RESULTS.md (keeping RESULTS.md's hand-written commentary block). See
 * bench/README.md for what each number means.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { MarkName } from '../src/app/perf.ts';
import type { Manifest } from '../src/data/manifest.ts';
import { SAMPLE_QUARTERLY_FILE, SAMPLE_REPORTS_FILE, writeSample } from './gen-sample.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MARKS: MarkName[] = [
  'app-start',
  'duckdb-worker-created',
  'duckdb-instantiated',
  'duckdb-ready',
  'data-loaded',
  'first-query-done',
  'chart-in-dom',
];
const SEL = {
  firstChart: '[data-testid="plot-cases-by-cause"] svg',
  quarterlyChart: '[data-testid="plot-quarterly-counts"] svg',
  filterHuman: '[data-testid="filter-group-human"]',
  kpi: '[data-testid="kpi-accidents-value"]',
  stackBy: '[data-testid="stack-by"]',
};
const STACK_TO = 'service_category';
/** Files whose network timing is reported (matched against the request path). */
const TRACKED: { key: string; re: RegExp }[] = [
  { key: 'index.js', re: /\/assets\/index-[^/]+\.js$/ },
  { key: 'duckdb worker', re: /\/assets\/duckdb-browser-[^/]+\.worker[^/]*\.js$/ },
  { key: 'duckdb wasm', re: /\/assets\/duckdb-[^/]+\.wasm$/ },
  { key: 'parquet wasm', re: /\/assets\/parquet_wasm[^/]*\.wasm$/ },
  { key: 'manifest.json', re: /\/data\/manifest\.json$/ },
  { key: 'sample_reports.parquet', re: /\/data\/sample_reports\.parquet$/ },
];

// ---------------------------------------------------------------------------------------------------------------
// In-page helpers. A plain string (not a function), so the TS→JS transform of this file cannot inject helpers
// into it; installed with addInitScript before any page script runs.

const PAGE_JS = `(() => {
  if (window.__bench) return;
  const B = { firstChart: null, t0: null, watches: [], tasks: [] };
  window.__bench = B;
  // DuckDB-WASM talks to its worker with {messageId, type, data} → {requestId, type, data}. Recording when each
  // request is posted and when its answer arrives shows how much of an interaction the worker (SQL) accounts for.
  // The listener is added in the constructor, before the app's own, and uses the event's timestamp.
  const pending = new Map();
  const NativeWorker = window.Worker;
  const origPost = NativeWorker.prototype.postMessage;
  NativeWorker.prototype.postMessage = function (msg, ...rest) {
    if (msg && typeof msg === 'object' && typeof msg.messageId === 'number' && typeof msg.type === 'string') {
      const task = { type: msg.type, start: performance.now(), end: null };
      pending.set(msg.messageId, task);
      B.tasks.push(task);
    }
    return origPost.call(this, msg, ...rest);
  };
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const d = e.data;
        if (!d || typeof d.requestId !== 'number') return;
        if (d.type === 'LOG' || d.type === 'PROGRESS_UPDATE' || d.type === 'INSTANTIATE_PROGRESS') return;
        const task = pending.get(d.requestId);
        if (task) { pending.delete(d.requestId); task.end = e.timeStamp; }
      });
    }
  };
  // Main-thread long tasks (≥ 50 ms): time inside [from, to] during which the page could not respond.
  B.long = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.long.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* not supported */ }
  B.blocked = (from, to) => B.long.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, to) - Math.max(s, from)), 0);
  // Worker time inside [from, to]: the union of request → answer intervals, and how many queries ran.
  B.sql = (from, to) => {
    const ivs = B.tasks
      .filter((t) => t.end !== null && t.end > from && t.start < to)
      .map((t) => [Math.max(t.start, from), Math.min(t.end, to), t.type])
      .sort((a, b) => a[0] - b[0]);
    let busy = 0, curS = null, curE = null;
    for (const [st, en] of ivs) {
      if (curE === null || st > curE) { if (curE !== null) busy += curE - curS; curS = st; curE = en; }
      else if (en > curE) curE = en;
    }
    if (curE !== null) busy += curE - curS;
    const isQuery = (t) => t.type === 'RUN_QUERY' || t.type === 'RUN_PREPARED';
    const queries = ivs.filter((i) => i[2] === 'RUN_QUERY' || i[2] === 'RUN_PREPARED').length;
    // queries that were sent after \`from\` and had answered by \`to\`
    const answered = B.tasks.filter((t) => isQuery(t) && t.start >= from && t.end !== null && t.end <= to).length;
    return { busy, queries, answered };
  };
  const first = new MutationObserver(() => {
    if (B.firstChart === null && document.querySelector(${JSON.stringify(SEL.firstChart)})) {
      B.firstChart = performance.now();
      first.disconnect();
    }
  });
  first.observe(document, { childList: true, subtree: true });
  // Runs cb after the next frame has been produced: a task queued from requestAnimationFrame runs after paint.
  const afterFrame = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });
  // specs: [{ name, kind: 'new' | 'text', sel }]. A spec fires each time, after arming, that
  //   'new':  an element matching sel appears that was not there before (a chart drawn or redrawn), or
  //   'text': the first element matching sel shows a text other than the last one seen (a KPI updated).
  // Watching ends once every spec fired and the DOM has then been quiet for quietMs, or after timeoutMs. The first
  // and the LAST firing are both kept: React may draw intermediate states before the query results arrive.
  B.arm = (specs, eventType, quietMs, timeoutMs) => {
    B.t0 = null;
    if (eventType) {
      document.addEventListener(eventType, (e) => { if (B.t0 === null) B.t0 = e.timeStamp; }, { capture: true, once: true });
    }
    let lastMutation = performance.now();
    const states = specs.map((s) => {
      const st = { name: s.name, times: [], frames: [] };
      if (s.kind === 'new') {
        document.querySelectorAll(s.sel).forEach((el) => { el.__benchOld = true; });
        st.check = () => {
          const fresh = [...document.querySelectorAll(s.sel)].filter((el) => !el.__benchOld);
          fresh.forEach((el) => { el.__benchOld = true; });
          return fresh.length > 0;
        };
      } else {
        const el0 = document.querySelector(s.sel);
        let last = el0 ? el0.textContent : null;
        st.check = () => {
          const el = document.querySelector(s.sel);
          if (!el || el.textContent === last) return false;
          last = el.textContent;
          return true;
        };
      }
      return st;
    });
    const obs = new MutationObserver(() => {
      const now = performance.now();
      lastMutation = now;
      for (const st of states) {
        if (!st.check()) continue;
        const i = st.times.length;
        st.times.push(now);
        st.frames.push(null);
        afterFrame((f) => { st.frames[i] = f; });
      }
    });
    obs.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    const start = performance.now();
    B.watches = new Promise((resolve) => {
      const tick = () => {
        const now = performance.now();
        const seen = states.every((st) => st.times.length > 0);
        if ((seen && now - lastMutation >= quietMs) || now - start >= timeoutMs) {
          obs.disconnect();
          afterFrame(() => resolve(states.map(({ name, times, frames }) => ({ name, times, frames }))));
        } else setTimeout(tick, 20);
      };
      setTimeout(tick, 20);
    });
  };
  B.go = (hash) => { B.t0 = performance.now(); location.hash = hash; };
  B.collect = async () => {
    const states = await B.watches;
    return {
      t0: B.t0,
      results: states.map((st) => {
        const last = st.times.length ? st.times[st.times.length - 1] : null;
        return {
          name: st.name,
          first: st.times.length ? st.times[0] : null,
          last,
          lastFrame: st.frames.length ? st.frames[st.frames.length - 1] : null,
          count: st.times.length,
          sql: B.t0 === null || last === null ? null : B.sql(B.t0, last),
          blocked: B.t0 === null || last === null ? null : B.blocked(B.t0, last),
          answeredBeforeFirst: B.t0 === null || !st.times.length ? null : B.sql(B.t0, st.times[0]).answered,
        };
      }),
    };
  };
  // Resolves once the DOM has not changed for quietMs (or after maxMs).
  B.settle = (quietMs, maxMs) => new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    const obs = new MutationObserver(() => { last = performance.now(); });
    obs.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    const tick = () => {
      const now = performance.now();
      if (now - last >= quietMs || now - start >= maxMs) { obs.disconnect(); resolve(now - start); }
      else setTimeout(tick, 25);
    };
    setTimeout(tick, 25);
  });
})();`;

// ---------------------------------------------------------------------------------------------------------------
// Types

type Ms = number | null;

/** One watched DOM change after a trigger (a click, a change event or a hash change); ms from the trigger. */
interface Timed {
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

interface NetEntry {
  url: string;
  status: number | null;
  bytes: number | null;
  /** ms from navigation start. */
  start: number;
  end: number | null;
}

interface RunResult {
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

interface Stat {
  n: number;
  median: Ms;
  min: Ms;
  max: Ms;
}

interface FileSize {
  path: string;
  raw: number;
  gzip: number;
}

interface ScaleResult {
  rows: number;
  date: string;
  commit: string;
  generate: { ms: number; files: { file: string; bytes: number }[]; quarterlyRows: number };
  runs: RunResult[];
  summary: Record<string, Stat>;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

/** Temp dirs (profiles, copies of dist/) that must not outlive the script, even on Ctrl-C. */
const temps = new Set<string>();

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.add(dir);
  return dir;
}

function removeTemp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  temps.delete(dir);
}

function removeAllTemps(): void {
  for (const d of temps) removeTemp(d);
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    removeAllTemps();
    process.exit(130);
  });
}

function sh(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function parseArgs(argv: string[]): { runs: number; rows: number | null; dist: string; out: string } {
  const int = (flag: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (v === undefined || !Number.isSafeInteger(n) || n < min) throw new Error(`${flag} needs an integer ≥ ${min}`);
    return n;
  };
  const o = { runs: 5, rows: null as number | null, dist: 'dist', out: 'bench' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = int(a, argv[++i], 1);
    else if (a === '--rows') o.rows = int(a, argv[++i], 1);
    else if (a === '--dist') o.dist = argv[++i] ?? o.dist;
    else if (a === '--out') o.out = argv[++i] ?? o.out;
    else if (a === '-h' || a === '--help') {
      console.log(
        'usage: npx tsx scripts/bench.ts [--runs N] [--rows N] [--dist DIR] [--out DIR]  (see bench/README.md)',
      );
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  return o;
}

function stat(values: Ms[]): Stat {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { n: 0, median: null, min: null, max: null };
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  return { n: v.length, median, min: v[0]!, max: v.at(-1)! };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** Copies dist/ to a temp dir; fails if it changed while being copied or misses a file its index.html names. */
function snapshot(dist: string): string {
  const before = statSync(join(dist, 'index.html')).mtimeMs;
  const snap = tempDir('jiko-bench-dist-');
  cpSync(dist, snap, { recursive: true });
  const html = readFileSync(join(snap, 'index.html'), 'utf8');
  const missing = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((f) => !existsSync(join(snap, f)));
  if (statSync(join(dist, 'index.html')).mtimeMs !== before || missing.length) {
    throw new Error(`${dist} changed while it was being copied (being rebuilt?); run the bench again`);
  }
  return snap;
}

async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
}

// ---------------------------------------------------------------------------------------------------------------
// One run in the browser

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Foreign requests fail at DNS instead of going through Playwright's request interception, which would put
      // every request of the page (the 33 MB wasm too) through a round trip to this process.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

/** Quiet time after the last change that ends a watch: longer than any gap between a query and its redraw. */
const QUIET_MS = 400;

async function arm(
  page: Page,
  specs: { name: string; kind: 'new' | 'text'; sel: string }[],
  eventType: 'click' | 'change' | null,
  timeout: number,
): Promise<void> {
  await page.evaluate(
    `window.__bench.arm(${JSON.stringify(specs)}, ${JSON.stringify(eventType)}, ${QUIET_MS}, ${timeout})`,
  );
}

async function timed(page: Page, trigger: () => Promise<void>): Promise<Timed[]> {
  await trigger();
  const r = (await page.evaluate('window.__bench.collect()')) as {
    t0: number | null;
    results: {
      name: string;
      first: number | null;
      last: number | null;
      lastFrame: number | null;
      count: number;
      sql: { busy: number; queries: number } | null;
      answeredBeforeFirst: number | null;
      blocked: number | null;
    }[];
  };
  const since = (t: number | null) => (r.t0 === null || t === null ? null : t - r.t0);
  return r.results.map((x) => ({
    first: since(x.first),
    dom: since(x.last),
    frame: since(x.lastFrame),
    count: x.count,
    sqlBusy: x.sql?.busy ?? null,
    queries: x.sql?.queries ?? null,
    answeredBeforeFirst: x.answeredBeforeFirst,
    mainBlocked: x.blocked,
  }));
}

async function settle(page: Page): Promise<void> {
  await page.evaluate('window.__bench.settle(300, 10000)');
}

async function runOnce(ctx: BrowserContext, baseUrl: string, kind: RunResult['kind'], timeout: number) {
  const origin = new URL(baseUrl).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const finished: { req: Request; done: Promise<NetEntry | null> }[] = [];
  await ctx.addInitScript(PAGE_JS);
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  ctx.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  const onDone = (req: Request) => {
    finished.push({
      req,
      done: (async () => {
        const t = req.timing();
        const res = await req.response().catch(() => null);
        const sizes = await req.sizes().catch(() => null);
        return {
          url: req.url(),
          status: res?.status() ?? null,
          bytes: sizes ? sizes.responseBodySize : null,
          start: t.startTime,
          end: t.responseEnd >= 0 ? t.startTime + t.responseEnd : null,
        };
      })(),
    });
  };
  ctx.on('requestfinished', onDone);
  ctx.on('requestfailed', onDone);

  const gotoEpoch = Date.now();
  const t0 = performance.now();
  await page.goto(`${baseUrl}#/overview`, { waitUntil: 'commit', timeout });
  await page.waitForSelector(SEL.firstChart, { timeout });
  const firstChartWall = performance.now() - t0;
  const finishedBeforeChart = finished.length;
  const early = (await page.evaluate(`(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return {
      timeOrigin: performance.timeOrigin,
      firstChart: window.__bench.firstChart,
      blocked: window.__bench.firstChart === null ? null : window.__bench.blocked(0, window.__bench.firstChart),
      navigation: n ? { responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd } : null,
      userAgent: navigator.userAgent,
    };
  })()`)) as {
    timeOrigin: number;
    firstChart: number | null;
    blocked: number | null;
    navigation: RunResult['navigation'];
    userAgent: string;
  };
  await settle(page);

  // #/quarterly?ds=sample: loads the sample dataset, queries it and draws.
  await arm(page, [{ name: 'chart', kind: 'new', sel: SEL.quarterlyChart }], null, timeout);
  const [quarterlyToChart] = await timed(page, async () => {
    await page.evaluate(`window.__bench.go('#/quarterly?ds=sample')`);
  });
  await page.waitForSelector(SEL.kpi, { timeout });
  await settle(page);
  const kpiBefore = await page.locator(SEL.kpi).textContent();

  // One filter round trip: click → URL → SQL → KPI and chart.
  await arm(
    page,
    [
      { name: 'kpi', kind: 'text', sel: SEL.kpi },
      { name: 'chart', kind: 'new', sel: SEL.quarterlyChart },
    ],
    'click',
    timeout,
  );
  const [filterToKpi, filterToChart] = await timed(page, () => page.click(SEL.filterHuman, { timeout }));
  await settle(page);
  const kpiAfter = await page.locator(SEL.kpi).textContent();

  // Stack by another dimension: query + redraw.
  await arm(page, [{ name: 'chart', kind: 'new', sel: SEL.quarterlyChart }], 'change', timeout);
  const [stackToChart] = await timed(page, async () => {
    await page.selectOption(SEL.stackBy, STACK_TO, { timeout });
  });
  await settle(page);

  const marks = (await page.evaluate(
    `Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))`,
  )) as Record<string, number>;
  const entries = (await Promise.all(finished.map((f) => f.done))).filter((e): e is NetEntry => e !== null);
  const rel = (e: NetEntry): NetEntry => ({
    ...e,
    start: e.start - early.timeOrigin,
    end: e.end === null ? null : e.end - early.timeOrigin,
  });
  const network: Record<string, NetEntry> = {};
  for (const e of entries) {
    const path = new URL(e.url).pathname;
    const tracked = TRACKED.find((t) => t.re.test(path));
    if (tracked && !network[tracked.key]) network[tracked.key] = rel(e);
  }
  const sum = (list: (NetEntry | null)[]) => list.reduce((n, e) => n + (e?.bytes ?? 0), 0);
  const result: RunResult = {
    kind,
    marks: Object.fromEntries(MARKS.filter((m) => m in marks).map((m) => [m, marks[m]!])),
    navigation: early.navigation,
    firstChartWall,
    navStartDelay: early.timeOrigin - gotoEpoch,
    firstChartInPage: early.firstChart,
    mainBlockedToFirstChart: early.blocked,
    quarterlyToChart: quarterlyToChart!,
    filterToKpi: filterToKpi!,
    filterToChart: filterToChart!,
    stackToChart: stackToChart!,
    kpiBefore,
    kpiAfter,
    network,
    bytesToFirstChart: sum(await Promise.all(finished.slice(0, finishedBeforeChart).map((f) => f.done))),
    bytesTotal: sum(entries),
    consoleErrors,
    foreignRequests,
    userAgent: early.userAgent,
  };
  return result;
}

async function coldRun(baseUrl: string, timeout: number, keepProfile: boolean) {
  const profile = tempDir('jiko-bench-chrome-');
  let ctx: BrowserContext | undefined;
  try {
    ctx = await launch(profile);
    const r = await runOnce(ctx, baseUrl, 'cold', timeout);
    return { result: r, profile: keepProfile ? profile : null };
  } finally {
    await ctx?.close();
    if (!keepProfile) removeTemp(profile);
  }
}

async function warmRun(baseUrl: string, profile: string, timeout: number): Promise<RunResult> {
  let ctx: BrowserContext | undefined;
  try {
    ctx = await launch(profile);
    return await runOnce(ctx, baseUrl, 'warm', timeout);
  } finally {
    await ctx?.close();
    removeTemp(profile);
  }
}

function line(r: RunResult): string {
  const f = (x: Ms) => (x === null ? '—' : x.toFixed(0));
  const ready = r.marks['duckdb-ready'];
  return (
    `ready ${f(ready ?? null)}, chart ${f(r.firstChartWall)} ms wall; quarterly ${f(r.quarterlyToChart.dom)}, ` +
    `filter→kpi ${f(r.filterToKpi.dom)}, filter→chart ${f(r.filterToChart.dom)}, stack→chart ${f(r.stackToChart.dom)}` +
    (r.consoleErrors.length ? `; ${r.consoleErrors.length} console error(s)` : '')
  );
}

async function measure(baseUrl: string, runs: number, withWarm: boolean, timeout: number, label: string) {
  const cold: RunResult[] = [];
  let keptProfile: string | null = null;
  for (let i = 0; i < runs; i++) {
    const keep = withWarm && i === runs - 1;
    const { result, profile } = await coldRun(baseUrl, timeout, keep);
    if (profile) keptProfile = profile;
    cold.push(result);
    console.log(`  ${label} cold ${i + 1}/${runs}: ${line(result)}`);
  }
  let warm: RunResult | null = null;
  if (keptProfile) {
    warm = await warmRun(baseUrl, keptProfile, timeout);
    console.log(`  ${label} warm: ${line(warm)}`);
  }
  return { cold, warm };
}

// ---------------------------------------------------------------------------------------------------------------
// Summaries

type Metric = { key: string; label: string; get: (r: RunResult) => Ms };

const PAGE_METRICS: Metric[] = [
  { key: 'nav.responseEnd', label: 'index.html received', get: (r) => r.navigation?.responseEnd ?? null },
  ...MARKS.map((m) => ({ key: `mark.${m}`, label: `mark \`${m}\``, get: (r: RunResult) => r.marks[m] ?? null })),
  { key: 'firstChartInPage', label: 'cases-by-cause `svg` in DOM (in page)', get: (r) => r.firstChartInPage },
  { key: 'firstChartWall', label: '**wall: goto → cases-by-cause `svg`**', get: (r) => r.firstChartWall },
  { key: 'nav.load', label: '`load` event', get: (r) => r.navigation?.load ?? null },
];

const SPLIT_METRICS: Metric[] = [
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

const INTERACTION_METRICS: Metric[] = [
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

const ALL_METRICS = [...PAGE_METRICS, ...SPLIT_METRICS, ...INTERACTION_METRICS];

function diff(a: number | undefined, b: number | undefined): Ms {
  return a === undefined || b === undefined ? null : a - b;
}

function fetchMs(e: NetEntry | undefined): Ms {
  return e && e.end !== null ? e.end - e.start : null;
}

function summarize(runs: RunResult[], metrics: Metric[]): Record<string, Stat> {
  return Object.fromEntries(metrics.map((m) => [m.key, stat(runs.map(m.get))]));
}

// ---------------------------------------------------------------------------------------------------------------
// dist size

function distSize(dir: string): { total: { raw: number; gzip: number; files: number }; files: FileSize[] } {
  const files = walk(dir).map((p) => {
    const buf = readFileSync(p);
    return { path: relative(dir, p), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  files.sort((a, b) => b.raw - a.raw);
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, files: t.files + 1 }), {
    raw: 0,
    gzip: 0,
    files: 0,
  });
  return { total, files };
}

// ---------------------------------------------------------------------------------------------------------------
// Scale mode: an N-row sample swapped into a copy of dist/

async function prepareScaleCopy(dist: string, rows: number) {
  const work = tempDir('jiko-bench-scale-');
  const gen = join(work, 'gen');
  const site = join(work, 'site');
  const t0 = performance.now();
  const res = await writeSample(gen, { rows });
  const ms = performance.now() - t0;
  const quarterlyPath = join(gen, SAMPLE_QUARTERLY_FILE);
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  let quarterlyRows: number;
  try {
    const r = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${quarterlyPath}')`);
    quarterlyRows = Number(r.getRowObjectsJS()[0]?.n);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
  cpSync(dist, site, { recursive: true });
  const manifestPath = join(site, 'data', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const sample = manifest.datasets.find((d) => d.id === 'sample');
  if (!sample) throw new Error(`${manifestPath} has no "sample" dataset`);
  const counts: Record<string, number> = { reports: res.rows, reports_quarterly: quarterlyRows };
  const files: Record<string, string> = { reports: SAMPLE_REPORTS_FILE, reports_quarterly: SAMPLE_QUARTERLY_FILE };
  for (const t of sample.tables) {
    const file = files[t.schema];
    if (!file) throw new Error(`sample table ${t.name} has schema "${t.schema}", which the bench does not generate`);
    cpSync(join(gen, file), join(site, 'data', t.file));
    t.rows = counts[t.schema]!;
  }
  sample.provenance = `SYNTHETIC sample scaled to ${res.rows} rows for scripts/bench.ts; published FY totals NOT enforced`;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return {
    work,
    site,
    generate: {
      ms,
      files: res.files.map((f) => ({ file: relative(gen, f.path), bytes: f.bytes })),
      quarterlyRows,
    },
    rows: res.rows,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const COMMENTARY_START = '<!-- commentary:start (hand-written; scripts/bench.ts keeps this block) -->';
const COMMENTARY_END = '<!-- commentary:end -->';

function keptCommentary(file: string): string {
  if (!existsSync(file)) return '_No commentary yet: write it here; the script keeps this block._';
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(COMMENTARY_START);
  const b = text.indexOf(COMMENTARY_END);
  if (a < 0 || b < a) return '_No commentary yet: write it here; the script keeps this block._';
  return text.slice(a + COMMENTARY_START.length, b).trim();
}

const fmt = (x: Ms) => (x === null ? '—' : Math.round(x).toLocaleString('en-US'));
const kib = (b: number) => (b / 1024).toLocaleString('en-US', { maximumFractionDigits: b < 10 * 1024 ? 1 : 0 });
const mib = (b: number) => (b / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 });
const bytesText = (b: number) => (b < 1024 * 1024 ? `${kib(b)} KiB` : `${mib(b)} MiB`);

function table(metrics: Metric[], summary: Record<string, Stat>, warm: RunResult | null): string[] {
  const head = warm ? '| | median | min | max | warm |' : '| | median | min | max |';
  const sep = warm ? '|---|---:|---:|---:|---:|' : '|---|---:|---:|---:|';
  return [
    head,
    sep,
    ...metrics.map((m) => {
      const s = summary[m.key] ?? stat([]);
      const cells = [m.label, fmt(s.median), fmt(s.min), fmt(s.max)];
      if (warm) cells.push(fmt(m.get(warm)));
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

interface Meta {
  date: string;
  commit: string;
  dirtyFiles: number;
  chromium: string;
  userAgent: string;
  node: string;
  playwright: string;
  vite: string;
  machine: { nproc: number; cpu: string; memGiB: number; os: string; loadavgStart: number[]; loadavgEnd: number[] };
  dist: { dir: string; builtAt: string; newerSources: string[] };
  options: { runs: number; rows: number | null };
  durationS: number;
}

function renderMarkdown(
  meta: Meta,
  base: { cold: RunResult[]; warm: RunResult | null; summary: Record<string, Stat> },
  size: ReturnType<typeof distSize>,
  scale: ScaleResult | null,
  scaleCarried: boolean,
  commentary: string,
): string {
  const L: string[] = [];
  const la = (a: number[]) => a.map((x) => x.toFixed(2)).join(' / ');
  L.push('# Benchmark results');
  L.push('');
  L.push('<!-- Written by scripts/bench.ts: everything outside the commentary block is replaced on every run. -->');
  L.push('');
  L.push(
    `- **Date:** ${meta.date} · **commit** \`${meta.commit}\`${meta.dirtyFiles ? ` (+${meta.dirtyFiles} uncommitted changes in the tree)` : ''}`,
  );
  L.push(
    `- **dist/:** \`${meta.dist.dir}\`, built ${meta.dist.builtAt}` +
      (meta.dist.newerSources.length
        ? ` — **${meta.dist.newerSources.length} source file(s) are newer than the build** (e.g. ${meta.dist.newerSources
            .slice(0, 3)
            .map((f) => `\`${f}\``)
            .join(', ')})`
        : ''),
  );
  L.push(
    `- **Browser:** ${meta.chromium} (headless, playwright-core ${meta.playwright}), Node ${meta.node}, vite ${meta.vite} \`preview()\` on 127.0.0.1 (gzip on the fly except .wasm, \`Cache-Control: no-cache\`, no throttling)`,
  );
  L.push(
    `- **Machine:** \`nproc\` = ${meta.machine.nproc} (${meta.machine.cpu}), ${meta.machine.memGiB.toFixed(1)} GiB RAM, ${meta.machine.os}; ` +
      `load average (1/5/15 min) ${la(meta.machine.loadavgStart)} at start, ${la(meta.machine.loadavgEnd)} at end (includes the bench itself)`,
  );
  L.push(
    `- **Method:** ${meta.options.runs} cold runs (fresh Chromium profile each) + 1 warm run (Chromium relaunched on the last cold run's profile); ` +
      `ms; page numbers are from navigation start, interactions from the triggering event. Took ${meta.durationS.toFixed(0)} s.`,
  );
  L.push('');
  L.push('## Commentary');
  L.push('');
  L.push(COMMENTARY_START);
  L.push(commentary);
  L.push(COMMENTARY_END);
  L.push('');
  L.push('## Page → first chart (`#/overview`, ms from navigation start)');
  L.push('');
  L.push(...table(PAGE_METRICS, base.summary, base.warm));
  L.push('');
  L.push('Where the time goes (differences of the marks above, per run, then median):');
  L.push('');
  L.push(...table(SPLIT_METRICS, base.summary, base.warm));
  L.push('');
  L.push('## Interactions (same page, after the first chart; ms from the click / change event)');
  L.push('');
  L.push(...table(INTERACTION_METRICS, base.summary, base.warm));
  L.push('');
  const c0 = base.cold[0];
  if (c0) L.push(`KPI \`kpi-accidents-value\` before → after the filter: ${c0.kpiBefore} → ${c0.kpiAfter}.`);
  const bytes = stat(base.cold.map((r) => r.bytesToFirstChart));
  const bytesAll = stat(base.cold.map((r) => r.bytesTotal));
  L.push(
    `Bytes fetched (response bodies as transferred, i.e. gzip where the server compressed): ${mib(bytes.median ?? 0)} MiB to the first chart, ` +
      `${mib(bytesAll.median ?? 0)} MiB by the end of a run (median).`,
  );
  L.push('');
  if (scale) {
    L.push(`## Scale: ${scale.rows.toLocaleString('en-US')}-row synthetic sample`);
    L.push('');
    if (scaleCarried) {
      L.push(
        `_Carried over from the last \`--rows\` run (${scale.date}, commit \`${scale.commit}\`); not re-measured this time._`,
      );
      L.push('');
    }
    L.push(
      `**This mode's sample is scaled to ${scale.rows.toLocaleString('en-US')} rows, so MIC's published FY totals are NOT enforced** ` +
        `(the numbers in the charts are meaningless; only the timings matter). Generated with \`writeSample\` in ` +
        `${(scale.generate.ms / 1000).toFixed(1)} s: ` +
        scale.generate.files.map((f) => `${f.file} ${bytesText(f.bytes)}`).join(', ') +
        ` (${scale.generate.quarterlyRows.toLocaleString('en-US')} pre-aggregated rows); swapped into a temp copy of dist/ ` +
        `with the manifest's row counts changed. ${scale.runs.length} cold runs, same procedure as above.`,
    );
    L.push('');
    L.push(...table(INTERACTION_METRICS, scale.summary, null));
    L.push('');
    const k = scale.runs[0];
    if (k) L.push(`KPI before → after the filter: ${k.kpiBefore} → ${k.kpiAfter}.`);
    L.push('');
  }
  L.push(`## dist size (from disk; gzip = zlib level 9)`);
  L.push('');
  L.push(`**Total: ${mib(size.total.raw)} MiB raw, ${mib(size.total.gzip)} MiB gzip, ${size.total.files} files.**`);
  L.push('');
  const byType = new Map<string, { raw: number; gzip: number; files: number }>();
  for (const f of size.files) {
    const ext = /\.([a-z0-9]+)$/i.exec(f.path)?.[1]?.toLowerCase() ?? '(none)';
    const t = byType.get(ext) ?? { raw: 0, gzip: 0, files: 0 };
    byType.set(ext, { raw: t.raw + f.raw, gzip: t.gzip + f.gzip, files: t.files + 1 });
  }
  L.push('| by type | files | raw KiB | gzip KiB |');
  L.push('|---|---:|---:|---:|');
  for (const [ext, t] of [...byType].sort((a, b) => b[1].raw - a[1].raw)) {
    L.push(`| .${ext} | ${t.files} | ${kib(t.raw)} | ${kib(t.gzip)} |`);
  }
  L.push('');
  L.push('| largest files | raw KiB | gzip KiB |');
  L.push('|---|---:|---:|');
  for (const f of size.files.slice(0, 10)) L.push(`| ${f.path} | ${kib(f.raw)} | ${kib(f.gzip)} |`);
  const rest = size.files.slice(10);
  if (rest.length) {
    const r = rest.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
    L.push(`| (${rest.length} other files) | ${kib(r.raw)} | ${kib(r.gzip)} |`);
  }
  L.push('');
  L.push('## Console errors and foreign requests');
  L.push('');
  const all = [...base.cold, ...(base.warm ? [base.warm] : []), ...(scale && !scaleCarried ? scale.runs : [])];
  const errs = [...new Set(all.flatMap((r) => r.consoleErrors))];
  const foreign = [...new Set(all.flatMap((r) => r.foreignRequests))];
  L.push(errs.length ? errs.map((e) => `- console: \`${e.replaceAll('`', "'")}\``).join('\n') : '- No console errors.');
  L.push(foreign.length ? foreign.map((u) => `- foreign request: ${u}`).join('\n') : '- No requests to other origins.');
  L.push('');
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dist = resolve(opts.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: build the app first (npx vite build, or npm run build)`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium`);
  const started = performance.now();
  const loadavgStart = loadavg();
  const cores = cpus().length;
  if ((loadavgStart[0] ?? 0) > cores / 2) {
    console.warn(
      `warning: load average ${loadavgStart[0]?.toFixed(2)} on ${cores} cores: something else is running, expect inflated numbers`,
    );
  }

  const builtAt = statSync(join(dist, 'index.html')).mtime;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts']
    .filter((p) => existsSync(p))
    .flatMap((p) => (statSync(p).isDirectory() ? walk(p) : [p]));
  const newerSources = sources.filter((p) => statSync(p).mtime > builtAt);
  if (newerSources.length) {
    console.warn(
      `warning: ${newerSources.length} source file(s) are newer than ${opts.dist}/ (e.g. ${newerSources[0]})`,
    );
  }

  const runs = opts.runs;
  console.log(`bench: ${runs} cold runs + 1 warm run of ${opts.dist}/${opts.rows ? `, then ${opts.rows} rows` : ''}`);
  // Serve a snapshot, so that a rebuild of dist/ by someone else during the run cannot swap files under the page.
  const snap = snapshot(dist);
  const { server, url } = await serve(snap);
  let base: { cold: RunResult[]; warm: RunResult | null };
  try {
    base = await measure(url, runs, true, 60_000, 'dist');
  } finally {
    await server.close();
  }
  const summary = summarize(base.cold, ALL_METRICS);

  const outDir = resolve(opts.out);
  const jsonPath = join(outDir, 'results.json');
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']) || 'unknown';
  const date = new Date().toISOString();

  let scale: ScaleResult | null = null;
  let scaleCarried = false;
  if (opts.rows) {
    console.log(`scale: writing a ${opts.rows}-row synthetic sample …`);
    const prep = await prepareScaleCopy(snap, opts.rows);
    try {
      console.log(
        `  generated in ${(prep.generate.ms / 1000).toFixed(1)} s: ` +
          prep.generate.files.map((f) => `${f.file} ${f.bytes.toLocaleString('en-US')} B`).join(', '),
      );
      const s = await serve(prep.site);
      try {
        const r = await measure(s.url, runs, false, 180_000, `${opts.rows} rows`);
        scale = {
          rows: prep.rows,
          date,
          commit,
          generate: prep.generate,
          runs: r.cold,
          summary: summarize(r.cold, ALL_METRICS),
        };
      } finally {
        await s.server.close();
      }
    } finally {
      removeTemp(prep.work);
    }
  } else if (existsSync(jsonPath)) {
    const prev = JSON.parse(readFileSync(jsonPath, 'utf8')) as { scale?: ScaleResult | null };
    if (prev.scale) {
      scale = prev.scale;
      scaleCarried = true;
    }
  }

  console.log('dist size (gzip -9) …');
  const size = distSize(snap);
  removeTemp(snap);

  const version = sh(CHROMIUM, ['--version']);
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const debian = existsSync('/etc/debian_version') ? readFileSync('/etc/debian_version', 'utf8').trim() : '';
  const pkg = (name: string) =>
    (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const meta: Meta = {
    date,
    commit,
    dirtyFiles: sh('git', ['status', '--porcelain']).split('\n').filter(Boolean).length,
    chromium: version || 'unknown',
    userAgent: base.cold[0]?.userAgent ?? '',
    node: process.version,
    playwright: pkg('playwright-core'),
    vite: pkg('vite'),
    machine: {
      nproc: Number(sh('nproc', [])) || cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memGiB: totalmem() / 1024 ** 3,
      os: `${/PRETTY_NAME="([^"]*)"/.exec(osRelease)?.[1] ?? 'unknown OS'}${debian ? ` (${debian})` : ''}`,
      loadavgStart,
      loadavgEnd: loadavg(),
    },
    dist: { dir: relative(process.cwd(), dist) || '.', builtAt: builtAt.toISOString(), newerSources },
    options: { runs, rows: opts.rows },
    durationS: (performance.now() - started) / 1000,
  };

  mkdirSync(outDir, { recursive: true });
  const mdPath = join(outDir, 'RESULTS.md');
  const commentary = keptCommentary(mdPath);
  writeFileSync(
    jsonPath,
    JSON.stringify(
      { schemaVersion: 1, ...meta, summary, cold: base.cold, warm: base.warm, distSize: size, scale, scaleCarried },
      null,
      2,
    ) + '\n',
  );
  writeFileSync(mdPath, renderMarkdown(meta, { ...base, summary }, size, scale, scaleCarried, commentary));

  const s = (k: string) => fmt(summary[k]?.median ?? null);
  console.log(
    `medians: ready ${s('mark.duckdb-ready')}, first chart ${s('firstChartWall')} ms wall; quarterly ${s('quarterly.dom')}, ` +
      `filter→KPI ${s('filterKpi.dom')}, stack→chart ${s('stack.dom')} ms`,
  );
  console.log(
    `wrote ${relative(process.cwd(), jsonPath)} and ${relative(process.cwd(), mdPath)} in ${meta.durationS.toFixed(0)} s`,
  );
}

main().catch((err: unknown) => {
  removeAllTemps();
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
