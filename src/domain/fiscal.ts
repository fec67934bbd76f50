/** Japanese fiscal year (年度): FY N runs from 1 April N to 31 March N+1. Q1 = Apr–Jun … Q4 = Jan–Mar. */

export type Quarter = 1 | 2 | 3 | 4;

const JST_OFFSET_MS = 9 * 60 * 60 * 1000; // Japan has no daylight saving time.

/** Calendar year and month (1–12) of an instant, read on the JST wall clock. */
export function jstYearMonth(instant: Date): { year: number; month: number } {
  const jst = new Date(instant.getTime() + JST_OFFSET_MS);
  return { year: jst.getUTCFullYear(), month: jst.getUTCMonth() + 1 };
}

export function fiscalYearOfMonth(year: number, month: number): number {
  return month >= 4 ? year : year - 1;
}

export function fiscalQuarterOfMonth(month: number): Quarter {
  return (Math.floor(((month + 8) % 12) / 3) + 1) as Quarter;
}

export function fiscalYearOf(instant: Date): number {
  const { year, month } = jstYearMonth(instant);
  return fiscalYearOfMonth(year, month);
}

export function fiscalQuarterOf(instant: Date): Quarter {
  return fiscalQuarterOfMonth(jstYearMonth(instant).month);
}

/** First and last calendar months of a fiscal quarter, e.g. FY2022 Q4 → 2023-01 … 2023-03. */
export function quarterMonths(
  fiscalYear: number,
  quarter: Quarter,
): { year: number; months: [number, number, number] } {
  const first = (((quarter - 1) * 3 + 3) % 12) + 1; // Q1→4, Q2→7, Q3→10, Q4→1
  const year = quarter === 4 ? fiscalYear + 1 : fiscalYear;
  return { year, months: [first, first + 1, first + 2] };
}

/** A fiscal quarter as one ordinal number, so quarters sort and subtract: FY2022 Q4 → 2022*4+3. */
export function quarterIndex(fiscalYear: number, quarter: Quarter): number {
  return fiscalYear * 4 + (quarter - 1);
}

export function fromQuarterIndex(index: number): { fiscalYear: number; quarter: Quarter } {
  return { fiscalYear: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter };
}

const ERAS = [
  { start: 2019, ja: '令和', en: 'Reiwa' },
  { start: 1989, ja: '平成', en: 'Heisei' },
  { start: 1926, ja: '昭和', en: 'Showa' },
] as const;

/**
 * The era (和暦) that names a fiscal year, and the year within it (1 = 元年). Government usage names a fiscal year
 * by the era in force when it is named: FY2019 (from April 2019, though Heisei ran to 30 April) is 令和元年度,
 * FY2018 is 平成30年度. undefined before Shōwa.
 */
export function fiscalYearEra(fiscalYear: number): { era: string; year: number } | undefined {
  const era = ERAS.find((e) => fiscalYear >= e.start);
  return era && { era: era.ja, year: fiscalYear - era.start + 1 };
}
