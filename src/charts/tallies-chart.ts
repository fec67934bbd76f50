import * as Plot from '@observablehq/plot';
import { bandsOf, type TallyDimension } from '../domain/tally-bands.ts';
import { formatFiscalQuarter, formatInteger } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
import type { Translate } from '../i18n/t.ts';
import { dimensionValueLabel } from './dimension-labels.ts';
import { stackQuarters, type QuarterBar, type QuarterCountRow } from './quarterly-counts.ts';
import type { ReportChartContext } from './report-context.ts';
import type { ChartSpec } from './spec.ts';

const PALETTE = [
  '#1f4e9c',
  '#4f8fdb',
  '#9ec5f0',
  '#d9480f',
  '#f59f00',
  '#2b8a3e',
  '#69db7c',
  '#0c8599',
  '#862e9c',
  '#adb5bd',
];

export function tallyCategoryLabel(dim: TallyDimension, key: string | null, t: Translate, lang: Lang): string {
  if (dim === 'total') return t('tallies.total');
  const band = bandsOf(dim)?.find((b) => b.code === key);
  if (band) return lang === 'ja' ? band.ja : band.en;
  if (dim === 'duration_band' || dim === 'users_band') return key ?? t('dimValue.null');
  return dimensionValueLabel(dim, key, t, lang);
}

/** Keys in band order for a banded dimension, else sorted; the same colours as long as the keys are the same. */
export function tallyOrder(dim: TallyDimension, keys: (string | null)[]): (string | null)[] {
  const present = [...new Set(keys)];
  const bands = bandsOf(dim);
  if (bands) return bands.map((b) => b.code).filter((c) => present.includes(c));
  return present.sort((a, b) => String(a).localeCompare(String(b)));
}

/** Accidents per fiscal quarter as the tallies give them, stacked by the categories of one dimension. No drill-down. */
export function talliesQuarterChart(rows: QuarterCountRow[], dim: TallyDimension, ctx: ReportChartContext): ChartSpec {
  const { t, lang } = ctx;
  const order = tallyOrder(
    dim,
    rows.map((r) => r.key),
  );
  const bars = stackQuarters(rows, order);
  const label = (k: string | null) => tallyCategoryLabel(dim, k, t, lang);
  const qis = rows.map((r) => r.qi);
  const [lo, hi] = qis.length ? [Math.min(...qis), Math.max(...qis)] : [0, 1];
  const yearTicks = [];
  // no rows, no year ticks: the placeholder domain [0, 1] must not read 'FY0'
  if (qis.length) for (let fy = Math.ceil(lo / 4); fy * 4 <= hi; fy++) yearTicks.push(fy * 4);
  const dimName = t(`tallies.dim.${dim}` as MessageKey);
  return {
    id: 'tallies-quarterly',
    title: t('chart.quarterly.title', { dim: dimName }),
    subtitle: ctx.datasetLabel,
    sources: [ctx.source],
    notes: [...ctx.datasetNotes, t('tallies.note.noRows')],
    synthetic: ctx.synthetic,
    columns: [
      { key: 'period', label: t('chart.quarterly.x') },
      { key: 'key_label', label: dimName },
      { key: 'accidents', label: t('chart.quarterly.y') },
    ],
    rows: bars.map((b) => ({
      period: formatFiscalQuarter(b.fiscal_year, b.quarter, lang),
      key: b.key,
      key_label: label(b.key),
      accidents: b.accidents,
    })),
    plot: {
      height: 340,
      marginLeft: 56,
      x: {
        type: 'linear',
        domain: [lo - 0.6, hi + 0.6],
        ticks: yearTicks,
        tickFormat: (v: number) => (lang === 'ja' ? `${v / 4}年度` : `FY${v / 4}`),
        label: t('chart.quarterly.x'),
        labelAnchor: 'right',
      },
      y: { label: t('chart.quarterly.y'), grid: true, tickFormat: (v: number) => formatInteger(v, lang) },
      color: {
        type: 'ordinal',
        domain: order,
        range: PALETTE.slice(0, Math.max(1, order.length)),
        legend: true,
        tickFormat: label,
      },
      marks: [
        Plot.rect(bars, {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: 'key',
          className: 'quarter-bar',
          title: (b: QuarterBar) =>
            `${formatFiscalQuarter(b.fiscal_year, b.quarter, lang)} · ${label(b.key)}: ${formatInteger(b.accidents, lang)}`,
        }),
        Plot.ruleY([0]),
      ],
    },
  };
}
