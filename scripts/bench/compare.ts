/**
 * jiko against the baseline page (bench/baseline/: wait for DuckDB-WASM, query, draw), in the same run: their cold
 * runs interleave (baseline, jiko, jiko's case page, then the next round), each in a fresh Chromium profile, so a
 * change in the machine's load hits both alike. Times are ms from navigation start to the element, as seen by a
 * MutationObserver installed before any page script.
 */
import { cpSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launch } from './browser.ts';
import { removeTemp, tempDir } from './temp.ts';

const OVERVIEW_CHARTS = ['cases-by-cause', 'reported-totals', 'major-totals', 'duration-users'].map(
  (id) => `[data-testid="plot-${id}"] svg`,
);
const CASE_PAGE = '[data-testid="case-page"] [data-testid="case-summary"]';
const CASE_CHART = '[data-testid="case-page"] .plot-figure svg';

const WATCH = (selectors: string[]) => `(() => {
  const sels = ${JSON.stringify(selectors)};
  window.__seen = {};
  const check = () => {
    for (const s of sels) if (!(s in window.__seen) && document.querySelector(s)) window.__seen[s] = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})()`;

/** Builds bench/baseline/ into a temp dir beside a copy of the build's data/. */
export async function buildBaseline(dist: string): Promise<string> {
  const out = tempDir('jiko-bench-baseline-');
  await build({
    configFile: false,
    root: 'bench/baseline',
    base: './',
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
    optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  });
  cpSync(join(dist, 'data'), join(out, 'data'), { recursive: true });
  return out;
}

async function timeTo(url: string, selectors: string[], timeout: number): Promise<Record<string, number | null>> {
  const profile = tempDir('jiko-bench-chrome-');
  const ctx = await launch(profile);
  try {
    await ctx.addInitScript(WATCH(selectors));
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(url, { waitUntil: 'commit', timeout });
    for (const s of selectors) await page.waitForSelector(s, { timeout });
    return (await page.evaluate('window.__seen')) as Record<string, number | null>;
  } finally {
    await ctx.close();
    removeTemp(profile);
  }
}

export interface CompareRun {
  baseline: number | null;
  firstChart: number | null;
  allCharts: number | null;
  casePage: number | null;
  caseChart: number | null;
  load1: number;
}

export async function compareRuns(jikoUrl: string, baselineUrl: string, runs: number, timeout = 120_000) {
  const out: CompareRun[] = [];
  for (let i = 0; i < runs; i++) {
    const base = await timeTo(`${baselineUrl}`, [OVERVIEW_CHARTS[0]!], timeout);
    const jiko = await timeTo(`${jikoUrl}#/overview`, OVERVIEW_CHARTS, timeout);
    const kase = await timeTo(`${jikoUrl}#/case/JP-2022-07`, [CASE_PAGE, CASE_CHART], timeout);
    const all = OVERVIEW_CHARTS.map((s) => jiko[s] ?? null);
    const run: CompareRun = {
      baseline: base[OVERVIEW_CHARTS[0]!] ?? null,
      firstChart: jiko[OVERVIEW_CHARTS[0]!] ?? null,
      allCharts: all.some((v) => v === null) ? null : Math.max(...(all as number[])),
      casePage: kase[CASE_PAGE] ?? null,
      caseChart: kase[CASE_CHART] ?? null,
      load1: loadavg()[0] ?? 0,
    };
    out.push(run);
    const f = (v: number | null) => (v === null ? '—' : v.toFixed(0));
    console.log(
      `  compare ${i + 1}/${runs}: baseline ${f(run.baseline)}, jiko first ${f(run.firstChart)}, all ${f(run.allCharts)}, ` +
        `case ${f(run.casePage)} ms (load ${run.load1.toFixed(1)})`,
    );
  }
  return out;
}

/** The JS a first view loads: index.html's module script and its modulepreloads, each gzipped (level 9). */
export function firstViewJs(dist: string): { files: { file: string; gzip: number }[]; total: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) =>
    m[1]!.replace(/^\.?\//, ''),
  );
  const files = [...new Set(refs)].map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
  }));
  return { files, total: files.reduce((n, f) => n + f.gzip, 0) };
}
