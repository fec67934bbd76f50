import * as Plot from '@observablehq/plot';
import { HIST_EDGES, type HistColumn } from '../domain/hist-bins.ts';
import { formatCompact, formatDurationShort, formatInteger } from '../i18n/format.ts';
import { countScale } from './count-ticks.ts';
import { binLabel } from './dimension-labels.ts';
import { logAxisX } from './log-axis.ts';
import type { ReportChartContext } from './report-context.ts';
import type { ChartSpec } from './spec.ts';
import type { BinRow } from '../query/reports.ts';
export type { BinRow } from '../query/reports.ts';

/**
 * Tick labels kept first on a narrow chart: the reporting rules' thresholds (domain/thresholds.ts), the quarterly
 * report's first (2 hours, 30,000 users), then the major-accident rules'.
 */
const THRESHOLD_TICKS: Record<HistColumn, number[]> = {
  duration_min: [120, 1440, 60, 720],
  affected_users: [30_000, 100_000, 1_000_000],
};

/** Where a bin is drawn on the log axis: the bin from 0 and the open last bin get one step of width. */
export function binExtent(column: HistColumn, lo: number): [number, number] {
  const edges: readonly number[] = HIST_EDGES[column];
  const i = edges.indexOf(lo);
  const next = edges[i + 1];
  if (lo <= 0) return [next! / 3, next!];
  return [lo, next ?? lo * 3];
}

export function logHistogramChart(rows: BinRow[], column: HistColumn, ctx: ReportChartContext): ChartSpec {
  const { t, lang } = ctx;
  const isDuration = column === 'duration_min';
  const bins = rows.map((r) => {
    const [x1, x2] = binExtent(column, r.lo);
    return { ...r, x1, x2 };
  });
  const edges = HIST_EDGES[column].filter((e) => e > 0);
  const [a, b] = [binExtent(column, 0)[0], binExtent(column, edges.at(-1)!)[1]];
  const xLabel = t(isDuration ? 'chart.hist.x.duration' : 'chart.hist.x.users');
  return {
    id: isDuration ? 'hist-duration' : 'hist-users',
    title: t(isDuration ? 'chart.hist.duration.title' : 'chart.hist.users.title'),
    subtitle: ctx.datasetLabel,
    sources: [ctx.source],
    notes: [...ctx.datasetNotes, t(isDuration ? 'chart.hist.note.duration' : 'chart.hist.note.users')],
    synthetic: ctx.synthetic,
    // a brush step changes the bars' heights only: they are updated where they are drawn
    drawInPlace: true,
    columns: [
      { key: 'bin', label: xLabel },
      { key: 'accidents', label: t('chart.hist.y') },
    ],
    rows: rows.map((r) => ({ bin: binLabel(r.lo, column, lang), accidents: r.accidents })),
    native: {
      kind: 'bar',
      stacked: false,
      categories: HIST_EDGES[column].map((e) => binLabel(e, column, lang)),
      series: [
        {
          name: t('chart.hist.y'),
          color: isDuration ? '#1f4e9c' : '#2b8a3e',
          values: HIST_EDGES[column].map((e) => rows.find((r) => r.lo === e)?.accidents ?? 0),
        },
      ],
      // bins as categories, evenly spaced: no log scale to name
      xTitle: t(isDuration ? 'chart.hist.bins.duration' : 'chart.hist.bins.users'),
      yTitle: t('chart.hist.y'),
      format: '#,##0',
    },
    plot: {
      height: 260,
      marginLeft: 56,
      x: { type: 'log', domain: [a, b], label: xLabel },
      y: {
        label: t('chart.hist.y'),
        grid: true,
        ...countScale(Math.max(0, ...rows.map((r) => r.accidents))),
        tickFormat: (v: number) => formatInteger(v, lang),
      },
      marks: [
        ...logAxisX(
          edges,
          (v) => (isDuration ? formatDurationShort(v, lang) : formatCompact(v, lang)),
          xLabel,
          THRESHOLD_TICKS[column],
        ),
        Plot.rectY(bins, {
          x1: 'x1',
          x2: 'x2',
          y: 'accidents',
          fill: isDuration ? '#1f4e9c' : '#2b8a3e',
          inset: 0.5,
          className: 'hist-bar',
          href: (r: BinRow) => ctx.drillHref([{ dimension: 'log_bin', value: r.lo, column }]),
          title: (r: BinRow) => `${binLabel(r.lo, column, lang)}: ${formatInteger(r.accidents, lang)}`,
        }),
        Plot.ruleY([0]),
      ],
    },
  };
}
