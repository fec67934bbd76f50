import type * as Plot from '@observablehq/plot';
import { CAUSE_COLOR, CAUSES, type Cause } from '../domain/causes.ts';
import { SERIES_BREAKS } from '../domain/thresholds.ts';
import type { ChartContext } from './context.ts';

/** The cause colour scale shared by every chart, so a cause has one colour everywhere. */
export function causeColor(ctx: ChartContext, present?: Iterable<string>): Plot.ScaleOptions {
  const keep = present ? new Set(present) : null;
  const domain = CAUSES.filter((c) => !keep || keep.has(c));
  return {
    type: 'ordinal',
    domain,
    range: domain.map((c) => CAUSE_COLOR[c]),
    legend: true,
    tickFormat: (c: Cause) => ctx.t(`cause.${c}`),
  };
}

/** Fiscal years on a linear axis: "2015" ticks, labelled 年度 / FY. */
export function fiscalYearAxis(ctx: ChartContext, domain: [number, number]): Plot.ScaleOptions {
  return {
    type: 'linear',
    domain: [domain[0] - 0.5, domain[1] + 0.5],
    tickFormat: (y: number) => (Number.isInteger(y) ? String(y) : ''),
    label: ctx.t('dim.fiscal_year'),
    labelAnchor: 'right',
    ticks: Math.min(12, domain[1] - domain[0] + 1),
  };
}

export interface BreakRow {
  fiscal_year: number;
  x: number;
  label: string;
}

/** A series break starts with its fiscal year: drawn at the left edge of that year's slot. */
export function seriesBreakRows(
  ctx: ChartContext,
  within: [number, number],
  breaks: readonly number[] = SERIES_BREAKS,
): BreakRow[] {
  return breaks
    .filter((fy) => fy > within[0] - 1 && fy <= within[1])
    .map((fy) => ({
      fiscal_year: fy,
      x: fy - 0.5,
      label: `${fy} ${ctx.t(`series.break.${fy}` as 'series.break.2008')}`,
    }));
}
