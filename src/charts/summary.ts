import { formatNumber } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';
import type { ChartSpec } from './spec.ts';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const text = (v: unknown) => (v == null || v === '' ? null : String(v));

/**
 * The one-sentence text alternative of a chart, from its spec alone: how many rows, the span of the first column,
 * and the row with the largest value of the last numeric column (the measure), named by its text columns.
 */
export function chartSummary(spec: Pick<ChartSpec, 'title' | 'columns' | 'rows'>, t: Translate, lang: Lang): string {
  const { title, columns, rows } = spec;
  if (rows.length === 0) return t('a11y.chart.empty', { title });
  const n = formatNumber(rows.length, lang, 0);
  const measure = columns.findLast((c) => rows.some((r) => isNum(r[c.key])));
  const labels = columns.filter((c) => c !== measure && rows.every((r) => !isNum(r[c.key]))).slice(0, 2);
  const first = columns[0] && text(rows[0]![columns[0].key]);
  const last = columns[0] && text(rows[rows.length - 1]![columns[0].key]);
  const head =
    first && last && first !== last && columns[0] !== measure
      ? t('a11y.chart.range', { title, n, first, last })
      : t('a11y.chart.rows', { title, n });
  if (!measure) return head;
  let best: Record<string, unknown> | undefined;
  for (const r of rows) {
    const v = r[measure.key];
    if (isNum(v) && (best === undefined || v > (best[measure.key] as number))) best = r;
  }
  if (!best) return head;
  const at = labels
    .map((c) => text(best[c.key]))
    .filter((v) => v !== null)
    .join(' · ');
  const max = formatNumber(best[measure.key] as number, lang, 1);
  return `${head}${lang === 'en' ? ' ' : ''}${t('a11y.chart.max', { measure: measure.label, max, at: at || '—' })}`;
}
