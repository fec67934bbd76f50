import * as Plot from '@observablehq/plot';
import { countScale } from './count-ticks.ts';
import { formatFiscalYear, formatInteger } from '../i18n/format.ts';
import { nativeSeries, range } from './native-chart.ts';
import { CAUSE_COLOR } from '../domain/causes.ts';
import { CAUSES, type Cause } from '../domain/causes.ts';
import type { ChartContext } from './context.ts';
import { causeColor, fiscalYearAxis } from './scales.ts';
import { withTip } from './tip.ts';
import type { ChartSpec } from './spec.ts';
import type { CauseCountRow } from '../query/overview.ts';
export type { CauseCountRow } from '../query/overview.ts';

export interface StackedBar extends CauseCountRow {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Stacks causes in their fixed order within each fiscal year. */
export function stackByCause(rows: CauseCountRow[]): StackedBar[] {
  const order = (c: Cause) => CAUSES.indexOf(c);
  const sorted = [...rows].sort((a, b) => a.fiscal_year - b.fiscal_year || order(a.cause) - order(b.cause));
  const top = new Map<number, number>();
  return sorted.map((r) => {
    const y1 = top.get(r.fiscal_year) ?? 0;
    top.set(r.fiscal_year, y1 + r.cases);
    return { ...r, x1: r.fiscal_year - 0.4, x2: r.fiscal_year + 0.4, y1, y2: y1 + r.cases };
  });
}

export function casesByCauseChart(rows: CauseCountRow[], ctx: ChartContext, totalCases: number): ChartSpec {
  const { t } = ctx;
  const bars = stackByCause(rows);
  const years = rows.map((r) => r.fiscal_year);
  const domain: [number, number] = [Math.min(...years), Math.max(...years)];
  return {
    id: 'cases-by-cause',
    title: t('chart.byCause.title'),
    subtitle: ctx.datasetLabel,
    sources: [t('source.cases', { n: totalCases })],
    notes: [t('chart.byCause.partial')],
    synthetic: ctx.synthetic,
    columns: [
      { key: 'fiscal_year', label: t('table.col.fy') },
      { key: 'cause_label', label: t('table.col.cause') },
      { key: 'cases', label: t('chart.byCause.y') },
    ],
    native: {
      kind: 'bar',
      stacked: true,
      categories: range(domain[0], domain[1]).map(String),
      series: nativeSeries(rows, range(domain[0], domain[1]), {
        category: (r) => r.fiscal_year,
        key: (r) => r.cause,
        value: (r) => r.cases,
        keys: CAUSES.filter((c) => rows.some((r) => r.cause === c)),
        name: (c) => t(`cause.${c as Cause}`),
        color: (c) => CAUSE_COLOR[c as Cause],
        missing: 0,
      }),
      xTitle: t('table.col.fy'),
      yTitle: t('chart.byCause.y'),
      format: '#,##0',
    },
    rows: bars.map((b) => ({
      fiscal_year: b.fiscal_year,
      cause: b.cause,
      cause_label: t(`cause.${b.cause}`),
      cases: b.cases,
    })),
    plot: {
      height: 320,
      marginLeft: 48,
      x: fiscalYearAxis(ctx, domain),
      y: {
        label: t('chart.byCause.y'),
        grid: true,
        ...countScale(Math.max(0, ...bars.map((b) => b.y2))),
        tickFormat: 'd',
      },
      color: causeColor(ctx, new Set(rows.map((r) => r.cause))),
      marks: [
        ...withTip(Plot.rect, bars, {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: 'cause',
          className: 'cases-bar',
          ...(ctx.links && {
            href: (b: StackedBar) => ctx.links!.casesHref({ cause: b.cause, fiscalYear: b.fiscal_year }),
          }),
          title: (b: StackedBar) =>
            `${formatFiscalYear(b.fiscal_year, ctx.lang)} · ${t(`cause.${b.cause}`)}: ${formatInteger(b.cases, ctx.lang)}`,
        }),
        Plot.ruleY([0]),
      ],
    },
  };
}
