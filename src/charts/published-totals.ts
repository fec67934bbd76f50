import * as Plot from '@observablehq/plot';
import { MAJOR_RULE_BREAKS, SERIES_BREAKS } from '../domain/thresholds.ts';
import { formatInteger } from '../i18n/format.ts';
import type { ChartContext } from './context.ts';
import { fiscalYearAxis, seriesBreakRows } from './scales.ts';
import { sourceHosts } from './sources.ts';
import type { ChartSpec } from './spec.ts';
import { nativeSeries, range } from './native-chart.ts';
import { withTip } from './tip.ts';
import type { TotalRow } from '../query/overview.ts';
export type { TotalRow } from '../query/overview.ts';

/** Points of one measure over consecutive years, NaN where no figure was published, so lines break there. */
export function withGaps(rows: TotalRow[], measure: string): { fiscal_year: number; measure: string; value: number }[] {
  const own = rows.filter((r) => r.measure === measure);
  if (own.length === 0) return [];
  const byYear = new Map(own.map((r) => [r.fiscal_year, r.value]));
  const years = own.map((r) => r.fiscal_year);
  const out = [];
  for (let fy = Math.min(...years); fy <= Math.max(...years); fy++) {
    out.push({ fiscal_year: fy, measure, value: byYear.get(fy) ?? NaN });
  }
  return out;
}

function yearDomain(rows: TotalRow[]): [number, number] {
  const years = rows.map((r) => r.fiscal_year);
  return [Math.min(...years), Math.max(...years)];
}

function commonColumns(ctx: ChartContext) {
  return [
    { key: 'fiscal_year', label: ctx.t('table.col.fy') },
    { key: 'series', label: ctx.lang === 'ja' ? '系列' : 'series' },
    { key: 'value', label: ctx.t('chart.totals.y') },
    { key: 'basis', label: ctx.t('chart.basis') },
    { key: 'sources', label: ctx.t('common.source') },
  ];
}

function tableRows(rows: TotalRow[], ctx: ChartContext) {
  return rows.map((r) => ({
    fiscal_year: r.fiscal_year,
    series: ctx.t(`series.${r.measure}` as 'series.major'),
    value: r.value,
    basis: ctx.t(r.derived ? 'chart.basis.derived' : 'chart.basis.published'),
    sources: r.sources,
  }));
}

function breakMarks(ctx: ChartContext, domain: [number, number], years: readonly number[]) {
  const breaks = seriesBreakRows(ctx, domain, years);
  // Labels sit above the frame, staggered on two rows so neighbouring breaks (FY2008, FY2010) never overlap.
  const label = (rows: typeof breaks, dy: number) =>
    Plot.text(rows, {
      x: 'x',
      frameAnchor: 'top',
      text: 'label',
      textAnchor: 'start',
      dx: 2,
      dy,
      fontSize: 10,
      fill: '#495057',
    });
  return [
    Plot.ruleX(breaks, { x: 'x', stroke: '#495057', strokeDasharray: '4,3', className: 'series-break' }),
    label(
      breaks.filter((_, i) => i % 2 === 0),
      -26,
    ),
    label(
      breaks.filter((_, i) => i % 2 === 1),
      -12,
    ),
  ];
}

const SERIES_COLOR: Record<string, string> = {
  all_reported_pre2010: '#868e96',
  quarterly_reported: '#1f4e9c',
};

/** Quarterly-reported totals (FY2010+) and the older all-reported series (to FY2009), never joined. */
export function reportedTotalsChart(rows: TotalRow[], ctx: ChartContext): ChartSpec {
  const { t, lang } = ctx;
  const measures = ['all_reported_pre2010', 'quarterly_reported'].filter((m) => rows.some((r) => r.measure === m));
  const domain = yearDomain(rows);
  const lines = measures.flatMap((m) => withGaps(rows, m));
  return {
    id: 'reported-totals',
    title: t('chart.totals.title'),
    subtitle: ctx.datasetLabel,
    sources: [t('source.fyFigures', { sources: sourceHosts(rows.map((r) => r.sources)).join(', ') })],
    notes: [t('chart.totals.breaks'), t('chart.totals.gaps')],
    synthetic: ctx.synthetic,
    columns: commonColumns(ctx),
    rows: tableRows(rows, ctx),
    native: {
      kind: 'line',
      stacked: false,
      categories: range(domain[0], domain[1]).map(String),
      // years without a published figure stay gaps; the two populations are two series, never joined
      series: nativeSeries(rows, range(domain[0], domain[1]), {
        category: (r) => r.fiscal_year,
        key: (r) => r.measure,
        value: (r) => r.value,
        keys: measures,
        name: (m) => t(`series.${m}` as 'series.major'),
        color: (m) => SERIES_COLOR[m] ?? '#868e96',
        missing: null,
      }),
      xTitle: t('table.col.fy'),
      yTitle: t('chart.totals.y'),
      format: '#,##0',
    },
    plot: {
      height: 320,
      marginLeft: 56,
      marginTop: 44,
      // room between the break labels above the frame and the highest point (FY2011)
      insetTop: 16,
      x: fiscalYearAxis(ctx, domain),
      y: { label: t('chart.totals.y'), grid: true, zero: true, tickFormat: (v: number) => formatInteger(v, lang) },
      color: {
        type: 'ordinal',
        domain: measures,
        range: measures.map((m) => SERIES_COLOR[m] ?? '#000'),
        legend: true,
        tickFormat: (m: string) => t(`series.${m}` as 'series.major'),
      },
      marks: [
        ...breakMarks(ctx, domain, SERIES_BREAKS),
        Plot.line(lines, { x: 'fiscal_year', y: 'value', z: 'measure', stroke: 'measure', strokeWidth: 2 }),
        ...withTip(Plot.dot, rows, {
          x: 'fiscal_year',
          y: 'value',
          fill: 'measure',
          r: 4,
          className: 'total-dot',
          ...(ctx.links && { href: (r: TotalRow) => ctx.links!.casesHref({ fiscalYear: r.fiscal_year }) }),
          title: (r: TotalRow) =>
            `${r.fiscal_year}: ${formatInteger(r.value, lang)} — ${t(`series.${r.measure}` as 'series.major')}\n${r.sources}`,
        }),
        Plot.ruleY([0]),
      ],
    },
  };
}

/** Major accidents per fiscal year as bars, with the rule changes marked. */
export function majorTotalsChart(rows: TotalRow[], ctx: ChartContext): ChartSpec {
  const { t, lang } = ctx;
  const domain = yearDomain(rows);
  const bars = rows.map((r) => ({ ...r, x1: r.fiscal_year - 0.4, x2: r.fiscal_year + 0.4 }));
  const label = (r: TotalRow) =>
    r.derived ? t('chart.major.derivedLabel', { n: formatInteger(r.value, lang) }) : formatInteger(r.value, lang);
  const barOptions = {
    x1: 'x1',
    x2: 'x2',
    y: 'value',
    ...(ctx.links && {
      href: (r: TotalRow) => ctx.links!.casesHref({ fiscalYear: r.fiscal_year, major: true }),
    }),
    title: (r: TotalRow) => `${r.fiscal_year}: ${label(r)}\n${r.sources}`,
  };
  return {
    id: 'major-totals',
    title: t('chart.major.title'),
    subtitle: ctx.datasetLabel,
    sources: [t('source.fyFigures', { sources: sourceHosts(rows.map((r) => r.sources)).join(', ') })],
    notes: [
      t('chart.major.breaks'),
      ...(rows.some((r) => r.derived) ? [t('chart.major.derived')] : []),
      t('chart.totals.gaps'),
    ],
    synthetic: ctx.synthetic,
    columns: commonColumns(ctx),
    rows: tableRows(rows, ctx),
    native: {
      kind: 'bar',
      stacked: false,
      categories: range(domain[0], domain[1]).map(String),
      series: nativeSeries(rows, range(domain[0], domain[1]), {
        category: (r) => r.fiscal_year,
        key: () => 'major',
        value: (r) => r.value,
        keys: ['major'],
        name: () => t('chart.major.y'),
        color: () => '#c92a2a',
        missing: null,
      }),
      xTitle: t('table.col.fy'),
      yTitle: t('chart.major.y'),
      format: '#,##0',
    },
    plot: {
      height: 320,
      marginLeft: 48,
      marginTop: 44,
      // room above the tallest bar for its value label, below the break labels
      insetTop: 16,
      x: fiscalYearAxis(ctx, domain),
      y: { label: t('chart.major.y'), grid: true, tickFormat: 'd' },
      marks: [
        ...breakMarks(ctx, domain, MAJOR_RULE_BREAKS),
        ...withTip(
          Plot.rectY,
          bars.filter((r) => !r.derived),
          { ...barOptions, fill: '#c92a2a', className: 'major-bar' },
        ),
        // A derived figure is drawn hollow so it never reads as a published one.
        ...withTip(
          Plot.rectY,
          bars.filter((r) => r.derived),
          {
            ...barOptions,
            fill: 'white',
            stroke: '#c92a2a',
            strokeDasharray: '3,2',
            className: 'major-bar major-bar--derived',
          },
        ),
        Plot.text(bars, { x: 'fiscal_year', y: 'value', text: label, dy: -7, fontSize: 10 }),
        Plot.ruleY([0]),
      ],
    },
  };
}
