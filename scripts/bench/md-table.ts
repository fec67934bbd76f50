/** A Markdown table of summarised metrics (median / min / max, and the warm run), and the number format. */
import { stat, type Metric } from './stats.ts';
import type { Ms, RunResult, Stat } from './types.ts';

export const fmt = (x: Ms, digits = 0) =>
  x === null ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function table(metrics: Metric[], summary: Record<string, Stat>, warm: RunResult | null): string[] {
  const head = warm ? '| | median | min | max | warm |' : '| | median | min | max |';
  const sep = warm ? '|---|---:|---:|---:|---:|' : '|---|---:|---:|---:|';
  return [
    head,
    sep,
    ...metrics.map((m) => {
      const s = summary[m.key] ?? stat([]);
      const cells = [m.label, fmt(s.median, m.digits), fmt(s.min, m.digits), fmt(s.max, m.digits)];
      if (warm) cells.push(fmt(m.get(warm), m.digits));
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}
