import * as Plot from '@observablehq/plot';
import { CAUSES, type Cause } from '../domain/causes.ts';
import type { ChartContext } from './context.ts';
import { causeColor, fiscalYearAxis } from './scales.ts';
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
      y: { label: t('chart.byCause.y'), grid: true, tickFormat: 'd' },
      color: causeColor(ctx, new Set(rows.map((r) => r.cause))),
      marks: [
        Plot.rect(bars, {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: 'cause',
          className: 'cases-bar',
          ...(ctx.links && {
            href: (b: StackedBar) => ctx.links!.casesHref({ cause: b.cause, fiscalYear: b.fiscal_year }),
          }),
          title: (b: StackedBar) => `${b.fiscal_year} · ${t(`cause.${b.cause}`)}: ${b.cases}`,
        }),
        Plot.ruleY([0]),
      ],
    },
  };
}
