import { ruleEra } from '../../domain/thresholds.ts';
import { formatMajor, formatOccurred } from '../../i18n/case-format.ts';
import { formatDuration, formatFiscalQuarterLong, formatInteger, formatUsers } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Translate } from '../../i18n/t.ts';
import type { CaseAnnotations, CaseDetailRow } from './case-rows.ts';

const JST_OFFSET_MIN = 9 * 60;

/** One line of a case's facts: a label, the value as shown, and optionally a second line and its language. */
export interface Fact {
  key: string;
  label: string;
  value: string;
  detail?: string;
  /** The language of the value when it differs from the page's (the record's English-only texts). */
  valueLang?: Lang;
  detailLang?: Lang;
}

function start(c: CaseDetailRow, t: Translate, lang: Lang): string {
  const shown = formatOccurred(c.occurred_at, c.occurred_precision, lang);
  if (c.occurred_precision === 'day') return t('case.precision.day', { date: shown });
  if (c.occurred_precision === 'month') return t('case.precision.month', { date: shown });
  return shown;
}

function recovery(c: CaseDetailRow, t: Translate, lang: Lang): string {
  if (c.occurred_precision !== 'minute' || c.duration_min === null) return t('case.recovery.unknown');
  // Shift to the JST wall clock (Japan has no daylight saving time), then show it like the start.
  const end = new Date(Date.parse(c.occurred_at) + (c.duration_min + JST_OFFSET_MIN) * 60_000);
  return formatOccurred(end.toISOString().slice(0, 16), 'minute', lang);
}

function serviceCategory(c: CaseDetailRow, t: Translate): Pick<Fact, 'value' | 'detail' | 'valueLang'> {
  if (c.service_category_ja) {
    const list = c.service_categories.map((s) => t(`service.${s}`)).join(' / ');
    return { value: c.service_category_ja, valueLang: 'ja', detail: t('case.serviceCategory.parsed', { list }) };
  }
  if (ruleEra(c.fiscal_year) !== 'fy2015') return { value: t('case.serviceCategory.pre2015') };
  return { value: t('common.notPublished') };
}

/**
 * Everything the public record says about a case, in display order, formatted for the page's language.
 * A missing value reads 非公表 / "not published" (記載なし / "not stated" for the major status), never 0 or blank.
 */
export function caseFacts(c: CaseDetailRow, a: CaseAnnotations, t: Translate, lang: Lang): Fact[] {
  const notPublished = t('common.notPublished');
  const other = lang === 'ja' ? 'en' : 'ja';
  const operator = { ja: c.operator_ja, en: c.operator_en };
  const users = formatUsers(c.affected_users, c.users_qualifier, lang);
  const duration = formatDuration(c.duration_min, lang);
  return [
    {
      key: 'operator',
      label: t('case.fact.operator'),
      value: operator[lang],
      detail: operator[other],
      detailLang: other,
    },
    { key: 'start', label: t('case.fact.start'), value: start(c, t, lang) },
    {
      key: 'fiscal',
      label: t('case.fact.fiscal'),
      value: formatFiscalQuarterLong(c.fiscal_year, c.quarter, lang),
    },
    {
      key: 'duration',
      label: t('case.fact.duration'),
      value:
        a.mainImpactMin !== null && c.duration_min !== null
          ? t('case.duration.mainImpact', { duration, main: formatDuration(a.mainImpactMin, lang) })
          : duration,
    },
    { key: 'recovery', label: t('case.fact.recovery'), value: recovery(c, t, lang) },
    {
      key: 'users',
      label: t('case.fact.users'),
      value: a.usersWithheld && c.affected_users !== null ? t('case.usersWithheld', { users }) : users,
    },
    { key: 'region', label: t('case.fact.region'), value: c.region ?? notPublished, valueLang: c.region ? 'en' : lang },
    {
      key: 'services',
      label: t('case.fact.services'),
      value: c.services_affected ?? notPublished,
      valueLang: c.services_affected ? 'en' : lang,
    },
    { key: 'serviceCategory', label: t('case.fact.serviceCategory'), ...serviceCategory(c, t) },
    { key: 'causeGroup', label: t('case.fact.causeGroup'), value: t(`causeGroup.${c.cause_group}`) },
    { key: 'cause', label: t('case.fact.cause'), value: t(`cause.${c.cause}`) },
    {
      key: 'causeJa',
      label: t('case.fact.causeJa'),
      value: c.cause_ja ?? notPublished,
      valueLang: c.cause_ja ? 'ja' : lang,
    },
    {
      key: 'inquiries',
      label: t('case.fact.inquiries'),
      value: c.inquiries === null ? notPublished : t('case.inquiries', { n: formatInteger(c.inquiries, lang) }),
    },
    { key: 'major', label: t('case.fact.major'), value: formatMajor(c.is_major, lang) },
    { key: 'evidence', label: t('case.fact.evidence'), value: t(`evidence.${c.evidence}`) },
  ];
}
