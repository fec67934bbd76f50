import * as Plot from '@observablehq/plot';
import type { ChartContext } from './context.ts';
import type { ChartSpec } from './spec.ts';

export interface ResultShape {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
}

const NUMERIC = /^(Int|Uint|Float|Decimal)/;
const PERIOD = /^(fiscal_year|fy|year|quarter|period|年度|四半期)$/i;

/**
 * What "chart this" draws for a console result: bars of the first numeric column against a period (fiscal year,
 * or fiscal year + quarter) or the first text column. Null when the result has neither.
 */
export function chartPlan(r: ResultShape): { x: string[]; y: string } | null {
  const numeric = r.columns.filter((c) => NUMERIC.test(c.type)).map((c) => c.name);
  const periods = r.columns.filter((c) => PERIOD.test(c.name)).map((c) => c.name);
  const text = r.columns.filter((c) => c.type === 'Utf8').map((c) => c.name);
  const x = periods.length > 0 ? periods.slice(0, 2) : text.slice(0, 1);
  const y = numeric.find((n) => !x.includes(n));
  if (x.length === 0 || !y || r.rows.length === 0) return null;
  return { x, y };
}

export function sqlResultChart(r: ResultShape, sql: string, ctx: ChartContext): ChartSpec | null {
  const plan = chartPlan(r);
  if (!plan) return null;
  const label = (row: Record<string, unknown>) =>
    plan.x.map((k) => String(row[k] ?? '')).join(plan.x.length > 1 ? ' Q' : '');
  const rows = r.rows.map((row) => ({ x: label(row), y: Number(row[plan.y] ?? 0) }));
  return {
    id: 'sql-result',
    title: ctx.t('sql.chart.title', { y: plan.y, x: plan.x.join(' + ') }),
    subtitle: sql.replace(/\s+/g, ' ').slice(0, 160),
    sources: [ctx.t('sql.chart.source')],
    notes: [],
    synthetic: ctx.synthetic,
    columns: [
      { key: 'x', label: plan.x.join(' + ') },
      { key: 'y', label: plan.y },
    ],
    rows,
    plot: {
      marginLeft: 60,
      x: { label: plan.x.join(' + '), type: 'band', tickRotate: rows.length > 12 ? -45 : 0 },
      y: { label: plan.y, grid: true },
      marks: [
        Plot.barY(rows, {
          x: 'x',
          y: 'y',
          fill: '#1f4e9c',
          title: (d: { x: string; y: number }) => `${d.x}: ${d.y}`,
          className: 'sql-bar',
        }),
        Plot.ruleY([0]),
      ],
    },
  };
}
