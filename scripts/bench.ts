/**
 * Benchmark of the BUILT app (dist/) in headless Debian Chromium. It measures; it asserts nothing.
 *
 *   npx vite build && npx tsx scripts/bench.ts [--runs N] [--rows N] [--dist DIR] [--out DIR]
 *
 * Serves dist/ with vite's preview() on 127.0.0.1 (a free port) and, for each of N runs (default 5) in a FRESH
 * Chromium profile (cold HTTP and code cache), opens #/overview and reads the app's performance marks
 * (src/lib/perf.ts) plus the wall time to the first chart. In the same page it then times three interactions:
 * #/quarterly?ds=sample → chart (loads the synthetic sample), one cause-group filter click → KPI, and a stack-by
 * change → chart. One more "warm" run relaunches Chromium on the last run's profile. With --rows N it also writes
 * an N-row synthetic sample, swaps it into a temp copy of dist/ and times the quarterly view on it.
 *
 * Writes bench/results.json (git-ignored) and bench/RESULTS.md (keeping RESULTS.md's hand-written commentary block). See
 * bench/README.md for what each number means. This file parses the arguments and runs the steps in scripts/bench/.
 */
import { existsSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { CHROMIUM } from './bench/browser.ts';
import { snapshot, sourcesNewerThan } from './bench/dist.ts';
import { distSize } from './bench/dist-size.ts';
import { fmt } from './bench/markdown.ts';
import { measure } from './bench/measure.ts';
import { buildBaseline, compareRuns, firstViewJs } from './bench/compare.ts';
import { collectMeta, sh } from './bench/meta.ts';
import { previousScale, resultPaths, writeResults } from './bench/results.ts';
import { measureScale } from './bench/scale.ts';
import { serve } from './bench/server.ts';
import { ALL_METRICS, summarize } from './bench/stats.ts';
import { removeAllTemps, removeTemp, removeTempsOnSignal } from './bench/temp.ts';
import type { CompareResult } from './bench/targets.ts';
import type { RunResult, ScaleResult } from './bench/types.ts';

removeTempsOnSignal();

function parseArgs(argv: string[]): {
  runs: number;
  rows: number | null;
  dist: string;
  out: string;
  noBaseline: boolean;
} {
  const int = (flag: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (v === undefined || !Number.isSafeInteger(n) || n < min) throw new Error(`${flag} needs an integer ≥ ${min}`);
    return n;
  };
  const o = { runs: 5, rows: null as number | null, dist: 'dist', out: 'bench', noBaseline: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = int(a, argv[++i], 1);
    else if (a === '--rows') o.rows = int(a, argv[++i], 1);
    else if (a === '--dist') o.dist = argv[++i] ?? o.dist;
    else if (a === '--out') o.out = argv[++i] ?? o.out;
    else if (a === '--no-baseline') o.noBaseline = true;
    else if (a === '-h' || a === '--help') {
      console.log(
        'usage: npx tsx scripts/bench.ts [--runs N] [--rows N] [--dist DIR] [--out DIR] [--no-baseline]  (see bench/README.md)',
      );
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  return o;
}

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
  const newerSources = sourcesNewerThan(builtAt);
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
  let compare: CompareResult | null = null;
  try {
    if (!opts.noBaseline) {
      console.log(`baseline page (bench/baseline/) against jiko, ${runs} interleaved rounds …`);
      const baselineDir = await buildBaseline(snap);
      const baseline = await serve(baselineDir);
      try {
        compare = { runs: await compareRuns(url, baseline.url, runs), firstViewJs: firstViewJs(snap) };
      } finally {
        await baseline.server.close();
        removeTemp(baselineDir);
      }
    }
    base = await measure(url, runs, true, 60_000, 'dist', { pptx: true });
  } finally {
    await server.close();
  }
  const summary = summarize(base.cold, ALL_METRICS);

  const paths = resultPaths(resolve(opts.out));
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']) || 'unknown';
  const date = new Date().toISOString();

  let scale: ScaleResult | null;
  let scaleCarried = false;
  if (opts.rows) {
    scale = await measureScale(snap, opts.rows, runs, { date, commit });
  } else {
    scale = previousScale(paths.json);
    scaleCarried = scale !== null;
  }

  console.log('dist size (gzip -9) …');
  const size = distSize(snap);
  removeTemp(snap);

  const meta = collectMeta({
    date,
    commit,
    userAgent: base.cold[0]?.userAgent ?? '',
    loadavgStart,
    dist,
    builtAt,
    newerSources,
    options: { runs, rows: opts.rows },
    started,
  });
  writeResults(paths, { meta, summary, base, size, scale, scaleCarried, compare });

  const s = (k: string) => fmt(summary[k]?.median ?? null);
  console.log(
    `medians: ready ${s('mark.duckdb-ready')}, first chart ${s('firstChartWall')} ms wall; quarterly ${s('quarterly.dom')}, ` +
      `filter→KPI ${s('filterKpi.dom')}, stack→chart ${s('stack.dom')} ms`,
  );
  console.log(
    `wrote ${relative(process.cwd(), paths.json)} and ${relative(process.cwd(), paths.md)} in ${meta.durationS.toFixed(0)} s`,
  );
}

main().catch((err: unknown) => {
  removeAllTemps();
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
