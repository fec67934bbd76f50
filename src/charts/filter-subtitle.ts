import { fromQuarterIndex } from '../domain/fiscal.ts';
import {
  formatDuration,
  formatFiscalQuarter,
  formatFiscalYear,
  formatInteger,
  formatQuarter,
  formatRange,
} from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';
import type { Filters } from '../query/report-filters.ts';

/** A list longer than this is summarised by its count: a URL may select thousands of operators. */
export const MAX_LISTED = 3;

function list(values: readonly string[], name: string, t: Translate, lang: Lang): string {
  if (values.length <= MAX_LISTED) return values.join('・');
  return t('subtitle.selected', { name, n: formatInteger(values.length, lang) });
}

function quarterLabel(i: number, lang: Lang): string {
  const { fiscalYear, quarter } = fromQuarterIndex(i);
  return formatFiscalQuarter(fiscalYear, quarter, lang);
}

/** A range of periods (an open end reads 以降 / まで) or of amounts (以上 / 以下, as formatRange has it). */
function span(a: string | undefined, b: string | undefined, lang: Lang, kind: 'time' | 'amount' = 'time'): string {
  if ((a !== undefined && b !== undefined) || kind === 'amount') return formatRange(a, b, lang);
  if (a !== undefined) return lang === 'ja' ? `${a}以降` : `from ${a}`;
  return lang === 'ja' ? `${b}まで` : `to ${b}`;
}

/**
 * Every active restriction of a report chart, in words, for its subtitle and every export of it: dataset, fiscal
 * years, quarters, causes, service categories, operators, major only, user and duration ranges and the brushed
 * period. `period: 'highlight'` for the brushed chart itself, which shows every quarter and marks the period.
 */
export function filterSubtitle(
  datasetLabel: string,
  f: Filters,
  t: Translate,
  lang: Lang,
  period: 'filter' | 'highlight' = 'filter',
): string {
  const parts = [datasetLabel];
  const fy = (y: number | undefined) => (y === undefined ? undefined : formatFiscalYear(y, lang));
  if (f.fyFrom !== undefined || f.fyTo !== undefined) parts.push(span(fy(f.fyFrom), fy(f.fyTo), lang));
  if (f.quarters.length)
    parts.push(
      [...f.quarters]
        .sort()
        .map((q) => formatQuarter(q, lang))
        .join('・'),
    );
  if (f.causes.length)
    parts.push(
      list(
        f.causes.map((c) => t(`cause.${c}`)),
        t('filters.causes'),
        t,
        lang,
      ),
    );
  if (f.services.length)
    parts.push(
      list(
        f.services.map((s) => t(`service.${s}`)),
        t('filters.services'),
        t,
        lang,
      ),
    );
  if (f.operators.length) {
    const ops = list(f.operators, t('filters.operators'), t, lang);
    parts.push(f.operators.length <= MAX_LISTED ? `${t('filters.operators')}: ${ops}` : ops);
  }
  if (f.majorOnly) parts.push(t('filters.major'));
  if (f.usersMin !== undefined || f.usersMax !== undefined) {
    const n = (v: number | undefined) =>
      v === undefined ? undefined : `${formatInteger(v, lang)}${lang === 'ja' ? '人' : ''}`;
    parts.push(`${t('subtitle.users')} ${span(n(f.usersMin), n(f.usersMax), lang, 'amount')}`);
  }
  if (f.durationMin !== undefined || f.durationMax !== undefined) {
    const d = (v: number | undefined) => (v === undefined ? undefined : formatDuration(v, lang));
    parts.push(`${t('subtitle.duration')} ${span(d(f.durationMin), d(f.durationMax), lang, 'amount')}`);
  }
  if (f.period) {
    const p = span(quarterLabel(f.period[0], lang), quarterLabel(f.period[1], lang), lang);
    parts.push(t(period === 'filter' ? 'subtitle.period' : 'subtitle.periodHighlight', { period: p }));
  }
  return parts.join(' · ');
}
