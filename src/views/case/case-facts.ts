import { ruleEra } from '../../domain/thresholds.ts';
import { formatMajor, formatOccurred } from '../../i18n/case-format.ts';
import {
  formatDuration,
  formatDurationQualified,
  formatFiscalQuarterLong,
  formatInteger,
  formatUsers,
} from '../../i18n/format.ts';
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
  /** A mark after the value: the text is jiko's translation, or is only in the other language. */
  mark?: string;
}

/** A text the record has in both languages: the page's own, marked when jiko translated it. */
function bilingual(
  en: string | null,
  ja: string | null,
  translated: boolean,
  t: Translate,
  lang: Lang,
): Pick<Fact, 'value' | 'valueLang' | 'mark'> {
  if (en === null && ja === null) return { value: t('common.notPublished') };
  if (lang === 'ja' && ja !== null)
    return { value: ja, valueLang: 'ja', ...(translated ? { mark: t('case.translated') } : {}) };
  if (lang === 'en' && en !== null) return { value: en, valueLang: 'en' };
  // Only the other language exists: show it, and say so.
  return ja !== null
    ? { value: ja, valueLang: 'ja', mark: t('case.japaneseOnly') }
    : { value: en!, valueLang: 'en', mark: t('case.englishOnly') };
}

function start(c: CaseDetailRow, t: Translate, lang: Lang): string {
  const shown = formatOccurred(c.occurred_at, c.occurred_precision, lang);
  if (c.occurred_precision === 'day') return t('case.precision.day', { date: shown });
  if (c.occurred_precision === 'month') return t('case.precision.month', { date: shown });
  return shown;
}

/**
 * The recovery: the published time where there is one (a partial recovery too), otherwise start + duration,
 * marked computed (and only a guide when the duration was published as approximate).
 */
function recovery(c: CaseDetailRow, a: CaseAnnotations, t: Translate, lang: Lang): Pick<Fact, 'value' | 'detail'> {
  if (a.recoveredAt !== null) {
    const value = t('case.recovery.published', { time: formatOccurred(a.recoveredAt, 'minute', lang) });
    const partly = a.partlyRecoveredAt;
    return partly
      ? { value, detail: t('case.recovery.partly', { time: formatOccurred(partly, 'minute', lang) }) }
      : { value };
  }
  if (c.occurred_precision !== 'minute' || c.duration_min === null) return { value: t('case.recovery.unknown') };
  // Shift to the JST wall clock (Japan has no daylight saving time), then show it like the start.
  const end = new Date(Date.parse(c.occurred_at) + (c.duration_min + JST_OFFSET_MIN) * 60_000);
  const time = formatOccurred(end.toISOString().slice(0, 16), 'minute', lang);
  if (c.duration_qualifier !== null) {
    return { value: t('case.recovery.computedApprox', { time, duration: formatDuration(c.duration_min, lang) }) };
  }
  return { value: t('case.recovery.computed', { time }) };
}

function serviceCategory(c: CaseDetailRow, t: Translate): Pick<Fact, 'value' | 'detail' | 'valueLang'> {
  if (c.service_category_ja) {
    const list = c.service_categories.map((s) => t(`service.${s}`)).join(' / ');
    // Numbered as the source numbers them; say how a 五 (a later, five-item numbering) maps to jiko's 一–四.
    const numbering = /(^|;\s*)五/.test(c.service_category_ja) ? ` ${t('case.serviceCategory.numbering')}` : '';
    return {
      value: c.service_category_ja,
      valueLang: 'ja',
      detail: `${t('case.serviceCategory.parsed', { list })}${numbering}`,
    };
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
  const users = formatUsers(c.affected_users, c.users_qualifier, lang, c.affected_users_max);
  const duration = formatDurationQualified(c.duration_min, c.duration_qualifier, lang);
  const translated = (f: CaseDetailRow['ja_translated'][number]) => c.ja_translated.includes(f);
  return [
    {
      key: 'operator',
      label: t('case.fact.operator'),
      value: operator[lang],
      // An imported case may give one name only, used for both languages: shown once.
      ...(operator[other] !== operator[lang] ? { detail: operator[other], detailLang: other } : {}),
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
    { key: 'recovery', label: t('case.fact.recovery'), ...recovery(c, a, t, lang) },
    ...(a.alert
      ? [
          {
            key: 'alert',
            label: t('case.fact.alert'),
            value: a.alert.derived
              ? t('case.alert', { time: formatDuration(a.alert.minutes, lang), quote: a.alert.quote })
              : t('case.alert.published', { time: formatDuration(a.alert.minutes, lang) }),
          },
        ]
      : []),
    {
      key: 'users',
      label: t('case.fact.users'),
      value: a.usersWithheld && c.affected_users !== null ? t('case.usersWithheld', { users }) : users,
    },
    {
      key: 'region',
      label: t('case.fact.region'),
      ...bilingual(c.region, c.region_ja, translated('region_ja'), t, lang),
    },
    {
      key: 'services',
      label: t('case.fact.services'),
      ...bilingual(c.services_affected, c.services_affected_ja, translated('services_affected_ja'), t, lang),
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
    {
      key: 'evidence',
      label: t('case.fact.evidence'),
      value: t(c.evidence ? `evidence.${c.evidence}` : 'evidence.none'),
    },
  ];
}
