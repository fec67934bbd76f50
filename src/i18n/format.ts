import { fiscalYearEra, type Quarter } from '../domain/fiscal.ts';
import type { TotalQualifier, UserQualifier } from '../domain/qualifiers.ts';
import type { Lang } from './lang.ts';

/** Every number, date, fiscal year, quarter and range shown in jiko goes through here (ja-JP / en-US, JST). */

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

// Making an Intl formatter costs about as much as formatting a hundred numbers with it, and a chart formats
// hundreds (a brush frame redraws two histograms): each locale and option set is made once and kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

export function formatInteger(n: number, lang: Lang): string {
  return numberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(n);
}

export function formatNumber(n: number, lang: Lang, digits = 1): string {
  return numberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(n);
}

export function formatPercent(ratio: number, lang: Lang, digits = 1): string {
  return numberFormat(LOCALE[lang], {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(ratio);
}

/** 2022年度 / FY2022 */
export function formatFiscalYear(fy: number, lang: Lang): string {
  return lang === 'ja' ? `${fy}年度` : `FY${fy}`;
}

/** 令和4年度, 令和元年度 (FY2019), 平成30年度: a fiscal year in 和暦. */
export function warekiFiscalYear(fy: number): string {
  const e = fiscalYearEra(fy);
  return e ? `${e.era}${e.year === 1 ? '元' : e.year}年度` : `${fy}年度`;
}

/** 2022年度 (令和4年度) / FY2022 */
export function formatFiscalYearLong(fy: number, lang: Lang): string {
  return lang === 'ja' ? `${fy}年度 (${warekiFiscalYear(fy)})` : `FY${fy}`;
}

/** 第4四半期 / Q4: a quarter without its year (quarter filters, table headers under their year). */
export function formatQuarter(q: Quarter | number, lang: Lang): string {
  return lang === 'ja' ? `第${q}四半期` : `Q${q}`;
}

/** 2022年度 第4四半期 / FY2022 Q4 */
export function formatFiscalQuarter(fy: number, q: Quarter | number, lang: Lang): string {
  return `${formatFiscalYear(fy, lang)} ${formatQuarter(q, lang)}`;
}

/** 2022年度 第4四半期 (令和4年度) / FY2022 Q4 */
export function formatFiscalQuarterLong(fy: number, q: Quarter | number, lang: Lang): string {
  return lang === 'ja'
    ? `${formatFiscalQuarter(fy, q, lang)} (${warekiFiscalYear(fy)})`
    : formatFiscalQuarter(fy, q, lang);
}

/**
 * An inclusive range of already formatted ends: 2015年度–2022年度, 1,000–50,000; ends that hold a space get a
 * spaced dash (2024年度 第1四半期 – 2024年度 第4四半期). Equal ends read once; an open end reads 以上 / 以下 (≥ / ≤).
 */
export function formatRange(lo: string | undefined, hi: string | undefined, lang: Lang): string {
  if (lo !== undefined && hi !== undefined) {
    if (lo === hi) return lo;
    return /\s/.test(lo + hi) ? `${lo} – ${hi}` : `${lo}–${hi}`;
  }
  if (lo !== undefined) return lang === 'ja' ? `${lo}以上` : `≥ ${lo}`;
  if (hi !== undefined) return lang === 'ja' ? `${hi}以下` : `≤ ${hi}`;
  return '';
}

/** Short tick label: 22Q4 style works in both languages. */
export function formatFiscalQuarterShort(fy: number, q: Quarter | number): string {
  return `${String(fy).slice(2)}Q${q}`;
}

/** Minutes → "5時間35分" / "5 h 35 min". */
export function formatDuration(minutes: number | null, lang: Lang): string {
  if (minutes == null || !Number.isFinite(minutes)) return lang === 'ja' ? '非公表' : 'not published';
  const m = Math.round(minutes);
  const h = Math.floor(m / 60);
  const r = m % 60;
  if (lang === 'ja') return h === 0 ? `${r}分` : r === 0 ? `${h}時間` : `${h}時間${r}分`;
  return h === 0 ? `${r} min` : r === 0 ? `${h} h` : `${h} h ${r} min`;
}

/** A duration with the qualifier it was published with: 約1.5時間 → "約1時間30分" / "about 1 h 30 min". */
export function formatDurationQualified(minutes: number | null, qualifier: string | null, lang: Lang): string {
  const d = formatDuration(minutes, lang);
  if (minutes === null || !qualifier) return d;
  const words: Record<string, [string, string]> = {
    approx: ['約', 'about '],
    up_to: ['最大', 'up to '],
    at_least: ['', 'at least '],
  };
  const [ja, en] = words[qualifier] ?? ['', ''];
  if (lang === 'ja') return qualifier === 'at_least' ? `${d}以上` : `${ja}${d}`;
  return `${en}${d}`;
}

/**
 * Affected users with their qualifier, never a bare number for a qualified figure. A range shows both bounds
 * when the upper one is known (約6~8万 → "60,000〜80,000人"); without it, the lower bound reads "以上 (幅あり)".
 */
export function formatUsers(
  users: number | null,
  qualifier: UserQualifier | null,
  lang: Lang,
  max: number | null = null,
): string {
  if (users == null) return lang === 'ja' ? '非公表' : 'not published';
  const n = formatInteger(users, lang);
  if (qualifier === 'range' && max != null) {
    const m = formatInteger(max, lang);
    return lang === 'ja' ? `${n}〜${m}人` : `${n}–${m}`;
  }
  if (lang === 'ja') {
    switch (qualifier) {
      case 'approx':
        return `約${n}人`;
      case 'up_to':
        return `最大${n}人`;
      case 'at_least':
        return `${n}人以上`;
      case 'range':
        return `${n}人以上 (幅あり)`;
      default:
        return `${n}人`;
    }
  }
  switch (qualifier) {
    case 'approx':
      return `approx. ${n}`;
    case 'up_to':
      return `up to ${n}`;
    case 'at_least':
      return `at least ${n}`;
    case 'range':
      return `${n} or more (range)`;
    default:
      return n;
  }
}

const JST = 'Asia/Tokyo';

/** An instant on the JST wall clock: 2023/01/25 16:08 (JST) / Jan 25, 2023, 16:08 JST. */
export function formatDateTimeJst(instant: Date, lang: Lang): string {
  const s = dateFormat(LOCALE[lang], {
    timeZone: JST,
    year: 'numeric',
    month: lang === 'ja' ? '2-digit' : 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${s} JST`;
}

export function formatDateJst(instant: Date, lang: Lang): string {
  return dateFormat(LOCALE[lang], {
    timeZone: JST,
    year: 'numeric',
    month: lang === 'ja' ? '2-digit' : 'short',
    day: '2-digit',
  }).format(instant);
}

/** Short user counts, three significant figures: 1.46億, 3万, 146万 / 146M, 30K. */
export function formatCompact(n: number, lang: Lang): string {
  const sig = (v: number) => numberFormat(LOCALE[lang], { maximumSignificantDigits: 3 }).format(v);
  if (lang === 'ja') {
    // 99,960,000 rounds to 10,000万 at three figures: that is 1億
    const man = Number((Math.abs(n) / 10_000).toPrecision(3));
    if (Math.abs(n) >= 100_000_000 || man >= 10_000) return `${sig(n / 100_000_000)}億`;
    if (Math.abs(n) >= 10_000) return `${sig(n / 10_000)}万`;
    return formatInteger(n, lang);
  }
  return numberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 }).format(n);
}

/**
 * A total of user figures with what its addends were: "1.46億人以上" / "at least 146M" when some were lower bounds,
 * "1.46億人 (最大値を含む)" / "146M (includes upper bounds)" when some were upper bounds.
 */
export function formatUsersTotal(
  n: number | null,
  qualifier: TotalQualifier,
  lang: Lang,
  style: 'compact' | 'full' = 'compact',
): string {
  if (n == null) return lang === 'ja' ? '非公表' : 'not published';
  const v = style === 'compact' ? formatCompact(n, lang) : formatInteger(n, lang);
  const ja: Record<NonNullable<TotalQualifier>, string> = {
    at_least: `${v}人以上`,
    includes_upper: `${v}人 (最大値を含む)`,
    includes_bounds: `${v}人 (最大値・下限値を含む)`,
    approx: `約${v}人`,
  };
  const en: Record<NonNullable<TotalQualifier>, string> = {
    at_least: `at least ${v}`,
    includes_upper: `${v} (includes upper bounds)`,
    includes_bounds: `${v} (includes upper and lower bounds)`,
    approx: `approx. ${v}`,
  };
  if (qualifier === null) return lang === 'ja' ? `${v}人` : v;
  return (lang === 'ja' ? ja : en)[qualifier];
}

/** Short durations for axes: 30分, 2時間, 3日 / 30 min, 2 h, 3 d. */
export function formatDurationShort(minutes: number, lang: Lang): string {
  const v = (n: number) => formatNumber(n, lang, n < 10 ? 1 : 0);
  if (minutes < 60) return lang === 'ja' ? `${v(minutes)}分` : `${v(minutes)} min`;
  if (minutes < 1440) return lang === 'ja' ? `${v(minutes / 60)}時間` : `${v(minutes / 60)} h`;
  return lang === 'ja' ? `${v(minutes / 1440)}日` : `${v(minutes / 1440)} d`;
}
