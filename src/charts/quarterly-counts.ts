import * as Plot from '@observablehq/plot';
import { SERIES_BREAKS } from '../domain/thresholds.ts';
import { countScale } from './count-ticks.ts';
import { nativeSeries, range } from './native-chart.ts';
import { formatFiscalQuarter, formatFiscalQuarterShort, formatFiscalYear, formatInteger } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
import type { Dimension } from '../query/dimensions.ts';
import { dimensionPalette } from './dimension-colors.ts';
import { dimensionValueLabel } from './dimension-labels.ts';
import type { ReportChartContext } from './report-context.ts';
import type { ChartSpec } from './spec.ts';
import type { QuarterCountRow } from '../query/reports.ts';
export type { QuarterCountRow } from '../query/reports.ts';

export interface QuarterBar extends QuarterCountRow {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Stacks the keys of each quarter in the palette's order. */
export function stackQuarters(rows: QuarterCountRow[], order: (string | null)[]): QuarterBar[] {
  const rank = (k: string | null) => order.indexOf(k);
  const sorted = [...rows].sort((a, b) => a.qi - b.qi || rank(a.key) - rank(b.key));
  const top = new Map<number, number>();
  return sorted.map((r) => {
    const y1 = top.get(r.qi) ?? 0;
    top.set(r.qi, y1 + r.accidents);
    return { ...r, x1: r.qi - 0.42, x2: r.qi + 0.42, y1, y2: y1 + r.accidents };
  });
}

export function quarterlyCountsChart(
  rows: QuarterCountRow[],
  stackBy: Dimension,
  ctx: ReportChartContext,
  period?: [number, number],
): ChartSpec {
  const { t, lang } = ctx;
  const palette = dimensionPalette(
    stackBy,
    rows.map((r) => r.key),
  );
  const bars = stackQuarters(rows, palette.domain);
  const qis = rows.map((r) => r.qi);
  const [lo, hi] = qis.length ? [Math.min(...qis), Math.max(...qis)] : [0, 1];
  const label = (k: string | null) => dimensionValueLabel(stackBy, k, t, lang);
  const dimName = t(`dim.${stackBy}` as MessageKey);
  const yearTicks = [];
  // no rows, no year ticks: the placeholder domain [0, 1] must not read "0年度"
  if (qis.length) for (let fy = Math.ceil(lo / 4); fy * 4 <= hi; fy++) yearTicks.push(fy * 4);
  const breaks = SERIES_BREAKS.filter((fy) => fy * 4 > lo && fy * 4 <= hi).map((fy) => ({ x: fy * 4 - 0.5, fy }));
  return {
    id: 'quarterly-counts',
    title: t('chart.quarterly.title', { dim: dimName }),
    subtitle: ctx.highlightLabel ?? ctx.datasetLabel,
    sources: [ctx.source],
    notes: ctx.datasetNotes,
    hints: [t('chart.quarterly.brushHint')],
    synthetic: ctx.synthetic,
    columns: [
      { key: 'period', label: t('chart.quarterly.x') },
      { key: 'key_label', label: dimName },
      { key: 'accidents', label: t('chart.quarterly.y') },
    ],
    native: {
      kind: 'bar',
      stacked: true,
      // 22Q3: sixty quarters of full labels would not fit at 12 pt
      categories: qis.length ? range(lo, hi).map((i) => formatFiscalQuarterShort(Math.floor(i / 4), (i % 4) + 1)) : [],
      series: nativeSeries(rows, qis.length ? range(lo, hi) : [], {
        category: (r) => r.qi,
        key: (r) => String(r.key),
        value: (r) => r.accidents,
        keys: palette.domain.map(String),
        name: (k) => label(k === 'null' ? null : k),
        color: (_k, i) => palette.range[i]!,
        missing: 0,
      }),
      xTitle: t('chart.quarterly.x'),
      yTitle: t('chart.quarterly.y'),
      format: '#,##0',
    },
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
        tickFormat: (v: number) => formatFiscalYear(v / 4, lang),
        label: t('chart.quarterly.x'),
        labelAnchor: 'right',
      },
      y: {
        label: t('chart.quarterly.y'),
        grid: true,
        ...countScale(Math.max(0, ...bars.map((b) => b.y2))),
        tickFormat: (v: number) => formatInteger(v, lang),
      },
      color: { type: 'ordinal', domain: palette.domain, range: palette.range, legend: true, tickFormat: label },
      marks: [
        ...(period
          ? [
              Plot.rectX([period], {
                x1: (p: number[]) => p[0]! - 0.5,
                x2: (p: number[]) => p[1]! + 0.5,
                fill: '#4dabf7',
                fillOpacity: 0.15,
                className: 'brush-selection',
              }),
            ]
          : []),
        Plot.ruleX(breaks, { x: 'x', stroke: '#495057', strokeDasharray: '4,3', className: 'series-break' }),
        Plot.rect(bars, {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: 'key',
          className: 'quarter-bar',
          href: (b: QuarterBar) =>
            ctx.drillHref([
              { dimension: 'qi', value: b.qi },
              { dimension: stackBy, value: b.key },
            ]),
          title: (b: QuarterBar) =>
            `${formatFiscalQuarter(b.fiscal_year, b.quarter, lang)} · ${label(b.key)}: ${formatInteger(b.accidents, lang)}`,
        }),
        Plot.ruleY([0]),
      ],
    },
  };
}
