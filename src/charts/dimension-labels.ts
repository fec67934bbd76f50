import { DURATION_BUCKET_EDGES, USER_BUCKET_EDGES, bucketBounds } from '../domain/buckets.ts';
import { regionLabel } from '../domain/prefectures.ts';
import { histBinBounds, type HistColumn } from '../domain/hist-bins.ts';
import {
  formatCompact,
  formatDuration,
  formatDurationShort,
  formatFiscalQuarter,
  formatFiscalYear,
  formatRange,
} from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
import type { Translate } from '../i18n/t.ts';
import type { CellKey } from '../query/reports.ts';

function range(key: string, edges: readonly number[], fmt: (n: number) => string, lang: Lang): string {
  const [lo, hi] = bucketBounds(key, edges);
  if (lo === undefined) return lang === 'ja' ? `${fmt(hi!)}未満` : `< ${fmt(hi!)}`;
  if (hi === undefined) return lang === 'ja' ? `${fmt(lo)}以上` : `≥ ${fmt(lo)}`;
  return formatRange(fmt(lo), fmt(hi), lang);
}

/** The label of one value of a dimension, in the UI language. null reads "unknown", never blank. */
export function dimensionValueLabel(dim: CellKey['dimension'], value: unknown, t: Translate, lang: Lang): string {
  if (value === null || value === undefined) return t('dimValue.null');
  const v = String(value);
  switch (dim) {
    case 'cause':
      return t(`cause.${v}` as MessageKey);
    case 'cause_group':
      return t(`causeGroup.${v}` as MessageKey);
    case 'service_category':
      return t(`service.${v}` as MessageKey);
    case 'operator_type':
      return t(`operatorType.${v}` as MessageKey);
    case 'major':
      return t(`dimValue.${v}` as MessageKey);
    case 'region':
      return regionLabel(v, lang);
    case 'users_bucket':
      return range(v, USER_BUCKET_EDGES, (n) => formatCompact(n, lang), lang);
    case 'duration_bucket':
      return range(v, DURATION_BUCKET_EDGES, (n) => formatDuration(n, lang), lang);
    case 'fiscal_year':
      return formatFiscalYear(Number(v), lang);
    case 'qi':
      return formatFiscalQuarter(Math.floor(Number(v) / 4), (Number(v) % 4) + 1, lang);
    default:
      return v;
  }
}

/** "2015年度 第2四半期 · ソフトウェア不具合" for a drill-down heading. */
export function cellLabel(cell: CellKey[], t: Translate, lang: Lang): string {
  if (cell.length === 0) return t('drill.all');
  return cell
    .map((c) =>
      c.dimension === 'log_bin'
        ? `${t(c.column === 'affected_users' ? 'filters.users' : 'filters.duration')} ${binLabel(Number(c.value), c.column ?? 'duration_min', lang)}`
        : dimensionValueLabel(c.dimension, c.value, t, lang),
    )
    .join(' · ');
}

/** "1時間–2時間", "5分未満", "7日以上" / "1 h–2 h", "< 5 min", "≥ 7 d" for a histogram bin by its lower edge. */
export function binLabel(lo: number, column: HistColumn, lang: Lang): string {
  const bounds = histBinBounds(column, lo);
  const fmt = (n: number) => (column === 'duration_min' ? formatDurationShort(n, lang) : formatCompact(n, lang));
  if (!bounds) return fmt(lo);
  const [a, b] = bounds;
  if (a <= 0 && b !== undefined) return lang === 'ja' ? `${fmt(b)}未満` : `< ${fmt(b)}`;
  if (b === undefined) return lang === 'ja' ? `${fmt(a)}以上` : `≥ ${fmt(a)}`;
  return `${fmt(a)}–${fmt(b)}`;
}
