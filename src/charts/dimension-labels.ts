import { DURATION_BUCKET_EDGES, USER_BUCKET_EDGES, bucketBounds } from '../domain/buckets.ts';
import { regionLabel } from '../domain/prefectures.ts';
import { formatCompact, formatDuration, formatFiscalQuarter, formatFiscalYear, formatRange } from '../i18n/format.ts';
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

export function binLabel(lo: number, column: 'duration_min' | 'affected_users', lang: Lang, per = 4): string {
  const a = 10 ** lo;
  const b = 10 ** (lo + 1 / per);
  const fmt = (n: number) =>
    column === 'duration_min' ? formatDuration(Math.round(n), lang) : formatCompact(Math.round(n), lang);
  return formatRange(fmt(a), fmt(b), lang);
}
