/** The targets of issue 10 against this run's medians: met, missed, or not measured. */
import type { CompareRun } from './compare.ts';
import { fmt } from './md-table.ts';
import { newTargets } from './targets-live.ts';
import { stat } from './stats.ts';
import type { ScaleResult, Stat } from './types.ts';

export interface CompareResult {
  runs: CompareRun[];
  firstViewJs: { files: { file: string; gzip: number }[]; total: number };
}

const median = (xs: (number | null)[]) => stat(xs.filter((x): x is number => x !== null)).median;

export function renderTargets(
  compare: CompareResult | null,
  summary: Record<string, Stat>,
  scale: ScaleResult | null,
): string[] {
  const L: string[] = [];
  const row = (target: string, value: string, met: boolean | null | 'recorded', note = '') =>
    L.push(
      `| ${target} | ${value} | ${met === 'recorded' ? 'recorded' : met === null ? 'not measured' : met ? '**met**' : '**missed**'} | ${note} |`,
    );
  L.push('## Targets (issue 10) and the baseline page, same run');
  L.push('');
  if (compare) {
    const r = compare.runs;
    const loads = r.map((x) => x.load1.toFixed(1)).join(', ');
    L.push(
      `${r.length} interleaved rounds (baseline page, jiko overview, jiko case page), each a fresh Chromium profile; ` +
        `ms from navigation start (in-page MutationObserver). Load average (1 min) at each round: ${loads}.`,
    );
    L.push('');
    L.push(
      '| round | baseline: first chart | jiko: first chart | jiko: all 4 overview charts | jiko: case page | jiko: case chart |',
    );
    L.push('|---:|---:|---:|---:|---:|---:|');
    r.forEach((x, i) =>
      L.push(
        `| ${i + 1} | ${fmt(x.baseline)} | ${fmt(x.firstChart)} | ${fmt(x.allCharts)} | ${fmt(x.casePage)} | ${fmt(x.caseChart)} |`,
      ),
    );
    L.push('');
  }
  L.push('| target | this run (median) | | what limits it |');
  L.push('|---|---:|---|---|');
  if (compare) {
    const r = compare.runs;
    const base = median(r.map((x) => x.baseline));
    const first = median(r.map((x) => x.firstChart));
    const ratio = base !== null && first !== null && first > 0 ? base / first : null;
    row(
      'first chart ≤ 600 ms',
      `${fmt(first)} ms`,
      first === null ? null : first <= 600,
      'main JS parse + React + Plot',
    );
    row(
      'first chart ≥ 3× faster than the baseline page',
      ratio === null ? '—' : `${ratio.toFixed(2)}× (baseline ${fmt(base)} ms)`,
      ratio === null ? null : ratio >= 3,
    );
    const kase = median(r.map((x) => x.casePage));
    row('case page ≤ 600 ms', `${fmt(kase)} ms`, kase === null ? null : kase <= 600);
    const all = median(r.map((x) => x.allCharts));
    row('every overview chart ≤ 1,000 ms', `${fmt(all)} ms`, all === null ? null : all <= 1000);
    const js = compare.firstViewJs.total;
    row(
      'first-view JS ≤ 200 KB gzip',
      `${(js / 1000).toFixed(1)} kB (${compare.firstViewJs.files.length} files)`,
      js <= 200_000,
      'React + Plot/d3 are most of it',
    );
  }
  const f100 = summary['filterChart.dom']?.median ?? null;
  row('filter → chart redrawn ≤ 50 ms (108k rows)', `${fmt(f100)} ms`, f100 === null ? null : f100 <= 50);
  const f1m = scale?.summary['filterChart.dom']?.median ?? null;
  row(
    'filter → chart redrawn ≤ 100 ms (1M rows)',
    scale ? `${fmt(f1m)} ms (measured ${scale.date}, \`${scale.commit}\`)` : '—',
    f1m === null ? null : f1m <= 100,
    scale ? '' : 'run with `--rows 1000000`',
  );
  L.push(...newTargets(summary, scale));
  L.push('');
  return L;
}
