import * as Plot from '@observablehq/plot';
import { POPULATION_BREAK, SERIES_BREAKS } from '../domain/thresholds.ts';
import { formatFiscalYear } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
import { ADDITIVE } from '../query/dimensions.ts';
import { dimensionPalette } from './dimension-colors.ts';
import { dimensionValueLabel } from './dimension-labels.ts';
import { formatCellValue, formatMeasure } from './measure-format.ts';
import { pivotDrillCell, type PivotRow, type PivotTableModel } from '../query/pivot-table.ts';
import type { ReportChartContext } from './report-context.ts';
import type { ChartSpec } from './spec.ts';
import { range } from './native-chart.ts';

export const PIVOT_CHART_LINES = 10;

const DURATION_STEPS = [15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

/** Duration ticks on whole hours (or days), not Plot's decimal 100-minute steps that read as "1.7 h". */
export function durationTicks(max: number, most = 6): number[] {
  const step = DURATION_STEPS.find((s) => max / s <= most) ?? Math.ceil(max / most / 10080) * 10080;
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

/** Plot's colour scale drops null values, so the unknown row key gets a name of its own. */
const NULL_KEY = '~';

interface Point {
  key: string;
  /** One line per row and side of the population break. */
  series: string;
  rowKey: string | null;
  x: number;
  value: number | null;
  records: number;
}

/**
 * A line per row key over the columns. Lines, not stacked bars: medians and percentiles cannot be stacked, one
 * form for every measure keeps a switch of measure from changing the picture, and lines let rows' trends be
 * compared (the quarterly view already stacks). Only the top rows are drawn; the notes say how many are left out.
 */
export function pivotChart(model: PivotTableModel, ctx: ReportChartContext, limit = PIVOT_CHART_LINES): ChartSpec {
  const { t, lang } = ctx;
  const { rows: dim, cols, measure } = model;
  const dimName = t(`dim.${dim}` as MessageKey);
  const periodName = t(`explore.period.${cols}`);
  const measureName = t(`explore.measure.${measure}`);
  const additive = ADDITIVE[measure];
  const rank = (r: PivotRow) => (additive ? (r.total.value ?? 0) : r.total.records);
  const top = new Set([...model.body].sort((a, b) => rank(b) - rank(a)).slice(0, limit));
  const shown = model.body.filter((r) => top.has(r));
  const rest = model.body.length - shown.length;

  const id = (k: string | null) => k ?? NULL_KEY;
  const rowLabel = (k: string | null) => dimensionValueLabel(dim, k, t, lang);
  const periodDim = cols === 'fy' ? 'fiscal_year' : 'qi';
  const colLabel = (c: number) => dimensionValueLabel(periodDim, c, t, lang);
  const palette = dimensionPalette(
    dim,
    shown.map((r) => r.key),
  );
  const xs = model.columns.filter((c): c is number => c !== null);
  const [lo, hi] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const perYear = cols === 'fy' ? 1 : 4;
  const yearTicks: number[] = [];
  if (xs.length) for (let fy = Math.ceil(lo / perYear); fy * perYear <= hi; fy++) yearTicks.push(fy * perYear);
  const breaks = SERIES_BREAKS.filter((fy) => fy * perYear > lo && fy * perYear <= hi).map((fy) => ({
    x: fy * perYear - 0.5,
    fy,
  }));
  // Every period between the first and the last gets a point, null where no record is: Plot breaks a line at a
  // null, so a year without data is a gap, not a straight line across it. Lines never join across the FY2010
  // break in the population, so each row is two series there.
  const split = POPULATION_BREAK * perYear;
  const points: Point[] = shown.flatMap((r) => {
    const at = new Map(r.cells.map((c) => [c.col, c]));
    return xs.length
      ? Array.from({ length: hi - lo + 1 }, (_, i) => {
          const x = lo + i;
          const c = at.get(x);
          return {
            key: id(r.key),
            series: `${id(r.key)}|${x < split ? 0 : 1}`,
            rowKey: r.key,
            x,
            value: c ? c.value : null,
            records: c?.records ?? 0,
          };
        })
      : [];
  });
  const unknownPeriod = model.columnTotals.find((c) => c.col === null)?.records ?? 0;

  return {
    id: 'explore-pivot',
    title: t('chart.pivot.title', { measure: measureName, rows: dimName, cols: periodName }),
    subtitle: ctx.datasetLabel,
    sources: [ctx.source],
    notes: [
      ...ctx.datasetNotes,
      ...(rest > 0
        ? [t(additive ? 'chart.pivot.topValue' : 'chart.pivot.topRecords', { n: shown.length, rows: dimName, rest })]
        : []),
      ...(unknownPeriod > 0 ? [t('chart.pivot.noPeriod', { n: unknownPeriod })] : []),
      ...(breaks.length ? [t('chart.totals.breaks')] : []),
      ...(xs.length && lo < split && hi >= split ? [t('chart.pivot.split')] : []),
      ...(xs.length && xs.length < hi - lo + 1 ? [t('chart.pivot.gaps')] : []),
    ],
    hints: [t('chart.pivot.hint')],
    synthetic: ctx.synthetic,
    columns: [
      { key: 'row', label: dimName },
      { key: 'period', label: periodName },
      { key: 'value', label: measureName },
      { key: 'records', label: t('chart.pivot.records') },
    ],
    native: {
      kind: 'line',
      stacked: false,
      categories: xs.length ? range(lo, hi).map(colLabel) : [],
      series: shown.map((r) => ({
        name: rowLabel(r.key),
        color: palette.range[palette.domain.indexOf(r.key)] ?? '#868e96',
        values: points.filter((p) => p.rowKey === r.key).map((p) => p.value),
      })),
      xTitle: periodName,
      yTitle: additive ? measureName : `${measureName} (${t('explore.minutes')})`,
      format: '#,##0',
    },
    rows: points
      .filter((p) => p.records > 0 || p.value !== null)
      .map((p) => ({ row: rowLabel(p.rowKey), period: colLabel(p.x), value: p.value, records: p.records })),
    plot: {
      height: 360,
      marginLeft: 64,
      x: {
        type: 'linear',
        domain: [lo - 0.5, hi + 0.5],
        ticks: yearTicks,
        tickFormat: (v: number) => formatFiscalYear(v / perYear, lang),
        label: periodName,
        labelAnchor: 'right',
      },
      y: {
        label: measureName,
        grid: true,
        tickFormat: (v: number) => formatMeasure(v, measure, lang, 'tick'),
        ...(additive ? {} : { ticks: durationTicks(Math.max(1, ...points.map((p) => p.value ?? 0))) }),
      },
      color: {
        type: 'ordinal',
        domain: palette.domain.map(id),
        range: palette.range,
        legend: true,
        tickFormat: (k: string) => rowLabel(k === NULL_KEY ? null : k),
      },
      marks: [
        Plot.ruleX(breaks, { x: 'x', stroke: '#495057', strokeDasharray: '4,3', className: 'series-break' }),
        Plot.ruleY([0]),
        Plot.line(points, {
          x: 'x',
          y: 'value',
          z: 'series',
          stroke: 'key',
          strokeWidth: 1.6,
          className: 'pivot-line',
        }),
        Plot.dot(
          points.filter((p) => p.value !== null),
          {
            x: 'x',
            y: 'value',
            fill: 'key',
            r: cols === 'fy' ? 3 : 1.8,
            className: 'pivot-dot',
            href: (p: Point) => ctx.drillHref(pivotDrillCell(dim, cols, p.rowKey, p.x)),
            title: (p: Point) =>
              `${rowLabel(p.rowKey)} · ${colLabel(p.x)}: ${formatCellValue(p, measure, lang)} (${t('chart.pivot.records')} ${formatMeasure(p.records, 'accidents', lang)})`,
          },
        ),
      ],
    },
  };
}
