import { fiscalQuarterOfMonth, fiscalYearOfMonth, type Quarter } from '../../../src/domain/fiscal.ts';

/** A published start time: to the minute (JST), to the day, or only the month. */
export interface PublishedTime {
  precision: 'minute' | 'day' | 'month';
  /** JST wall clock "YYYY-MM-DD HH:MM:00", only with minute precision. */
  startedAt: string | null;
  /** "YYYY-MM-DD"; the 1st when only the month is known. */
  date: string;
  fiscalYear: number;
  quarter: Quarter;
}

const FULL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})\+09:00$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Parses the forms used in the sources; returns null when the text is none of them or not a real date. */
export function parsePublishedTime(text: string): PublishedTime | null {
  let m = FULL.exec(text);
  const build = (precision: PublishedTime['precision'], y: number, mo: number, d: number, hm: string | null) => {
    if (!validDate(y, mo, d)) return null;
    const date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return {
      precision,
      startedAt: hm ? `${date} ${hm}:00` : null,
      date,
      fiscalYear: fiscalYearOfMonth(y, mo),
      quarter: fiscalQuarterOfMonth(mo),
    };
  };
  if (m) {
    const [, y, mo, d, hh, mm] = m;
    if (Number(hh) > 23 || Number(mm) > 59) return null;
    return build('minute', Number(y), Number(mo), Number(d), `${hh}:${mm}`);
  }
  m = DAY.exec(text);
  if (m) return build('day', Number(m[1]), Number(m[2]), Number(m[3]), null);
  m = MONTH.exec(text);
  if (m) return build('month', Number(m[1]), Number(m[2]), 1, null);
  return null;
}

/** Minutes between two JST wall-clock timestamps "YYYY-MM-DD HH:MM:SS". */
export function minutesBetween(from: string, to: string): number {
  const t = (s: string) => Date.parse(s.replace(' ', 'T') + '+09:00');
  return (t(to) - t(from)) / 60_000;
}
