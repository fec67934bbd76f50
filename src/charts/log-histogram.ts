import * as Plot from '@observablehq/plot';
import { formatCompact, formatDurationShort, formatInteger } from '../i18n/format.ts';
import { binLabel } from './dimension-labels.ts';
import { logAxisX } from './log-axis.ts';
import type { ReportChartContext } from './report-context.ts';
import type { ChartSpec } from './spec.ts';
import type { BinRow } from '../query/reports.ts';
export type { BinRow } from '../query/reports.ts';

/** Round durations for a log axis: 1 min … 30 days. */
const DURATION_TICKS = [1, 5, 15, 60, 180, 720, 1440, 4320, 10080, 43200];

export function logHistogramChart(
  rows: BinRow[],
  column: 'duration_min' | 'affected_users',
  ctx: ReportChartContext,
  binsPerDecade = 4,
): ChartSpec {
  const { t, lang } = ctx;
  const isDuration = column === 'duration_min';
  const bins = rows.map((r) => ({ ...r, x1: 10 ** r.lo, x2: 10 ** (r.lo + 1 / binsPerDecade) }));
  const los = rows.map((r) => r.lo);
  const [a, b] = los.length ? [Math.floor(Math.min(...los)), Math.ceil(Math.max(...los) + 1 / binsPerDecade)] : [0, 1];
  const ticks = isDuration
    ? DURATION_TICKS.filter((v) => v >= 10 ** a && v <= 10 ** b)
    : Array.from({ length: b - a + 1 }, (_, i) => 10 ** (a + i));
  return {
    id: isDuration ? 'hist-duration' : 'hist-users',
    title: t(isDuration ? 'chart.hist.duration.title' : 'chart.hist.users.title'),
    subtitle: ctx.datasetLabel,
    sources: [ctx.source],
    notes: [...ctx.datasetNotes, t('chart.hist.note')],
    synthetic: ctx.synthetic,
    columns: [
      { key: 'bin', label: t(isDuration ? 'chart.hist.x.duration' : 'chart.hist.x.users') },
      { key: 'accidents', label: t('chart.hist.y') },
    ],
    rows: rows.map((r) => ({ bin: binLabel(r.lo, column, lang, binsPerDecade), accidents: r.accidents })),
    plot: {
      height: 260,
      marginLeft: 56,
      x: {
        type: 'log',
        domain: [10 ** a, 10 ** b],
        label: t(isDuration ? 'chart.hist.x.duration' : 'chart.hist.x.users'),
      },
      y: { label: t('chart.hist.y'), grid: true, tickFormat: (v: number) => formatInteger(v, lang) },
      marks: [
        ...logAxisX(
          ticks,
          (v) => (isDuration ? formatDurationShort(v, lang) : formatCompact(v, lang)),
          t(isDuration ? 'chart.hist.x.duration' : 'chart.hist.x.users'),
        ),
        Plot.rectY(bins, {
          x1: 'x1',
          x2: 'x2',
          y: 'accidents',
          fill: isDuration ? '#1f4e9c' : '#2b8a3e',
          inset: 0.5,
          className: 'hist-bar',
          href: (r: BinRow) => ctx.drillHref([{ dimension: 'log_bin', value: r.lo, column, binsPerDecade }]),
          title: (r: BinRow) => `${binLabel(r.lo, column, lang, binsPerDecade)}: ${formatInteger(r.accidents, lang)}`,
        }),
        Plot.ruleY([0]),
      ],
    },
  };
}
