import { formatCompact, formatDuration, formatDurationShort, formatInteger, formatPercent } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Measure } from '../query/dimensions.ts';

/**
 * A pivot value. `full` for tooltips and exports, `cell` for table cells (user sums compact, 1,234万), `tick` for
 * axes (durations short, 5.6時間). Null (no value) is "—".
 */
export function formatMeasure(
  value: number | null,
  measure: Measure,
  lang: Lang,
  style: 'full' | 'cell' | 'tick' = 'full',
): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (measure) {
    case 'accidents':
    case 'major':
      return formatInteger(value, lang);
    case 'users':
      return style === 'full' ? formatInteger(value, lang) : formatCompact(value, lang);
    default:
      return style === 'tick' ? formatDurationShort(value, lang) : formatDuration(value, lang);
  }
}

/** +12.3% / −4.0%, with a true minus sign; "—" without a prior value. */
export function formatChange(ratio: number | null, lang: Lang): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return formatPercent(ratio, lang).replace('-', '−');
}

/**
 * A pivot cell's value: "該当なし / no case" when no record falls in it (for measures that are not counts),
 * "非公表 / not published" when records do but none has the figure, else the formatted value.
 */
export function formatCellValue(
  v: { value: number | null; records: number },
  measure: Measure,
  lang: Lang,
  style: 'full' | 'cell' | 'tick' = 'full',
): string {
  if (v.value === null || !Number.isFinite(v.value)) {
    if (v.records === 0) return lang === 'ja' ? '該当なし' : 'no case';
    return lang === 'ja' ? '非公表' : 'not published';
  }
  return formatMeasure(v.value, measure, lang, style);
}
