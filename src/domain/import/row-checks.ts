import { fiscalQuarterOfMonth, fiscalYearOfMonth } from '../fiscal.ts';
import { isUserQualifier, USER_QUALIFIERS, type UserQualifier } from '../qualifiers.ts';
import { parseFiscalYear, parseQuarter } from './codes.ts';
import { textCell, type RowReader } from './row-reader.ts';
import type { WallTime } from './values.ts';

/** More than a year of outage or more users than Japan has subscriptions is a typo, not an accident. */
export const MAX_DURATION_MIN = 366 * 24 * 60;
export const MAX_USERS = 300_000_000;
const FIRST_FY = 1985;
const LAST_FY = 2100;

/** Checks shared by the shapes with one accident per row (`reports`, `cases`), each reported on the reader. */

/** The fiscal year and quarter of the start, checked against the ones the file gives. */
export function checkFiscalPeriod(
  rr: RowReader,
  when: WallTime | null,
  fyGiven: number | null,
  qGiven: number | null,
): { fy: number | null; quarter: number | null } {
  if (!when) return { fy: null, quarter: null };
  const fy = fiscalYearOfMonth(when.y, when.mo);
  const quarter = fiscalQuarterOfMonth(when.mo);
  if (fy < FIRST_FY || fy > LAST_FY)
    rr.report('occurred_at', 'absurd', `fiscal year ${fy} is outside ${FIRST_FY}–${LAST_FY}`);
  if (fyGiven !== null && fyGiven !== fy) rr.report('fiscal_year', 'fy_mismatch', `the date is in FY${fy}`);
  if (qGiven !== null && qGiven !== quarter) rr.report('quarter', 'quarter_mismatch', `the date is in Q${quarter}`);
  return { fy, quarter };
}

export function checkDuration(rr: RowReader, duration: number | null): void {
  if (duration === null) return;
  if (duration < 0) rr.report('duration_min', 'negative', 'a duration cannot be negative');
  else if (duration > MAX_DURATION_MIN)
    rr.report('duration_min', 'absurd', `more than ${MAX_DURATION_MIN} minutes (366 days)`);
}

export function checkUsers(rr: RowReader, users: number | null): void {
  if (users === null) return;
  if (users < 0) rr.report('affected_users', 'negative', 'a number of users cannot be negative');
  else if (users > MAX_USERS)
    rr.report('affected_users', 'absurd', `more than ${MAX_USERS.toLocaleString('en')} users`);
  else if (!Number.isInteger(users)) rr.report('affected_users', 'type', 'not a whole number of users');
}

/** The fiscal year and quarter a file gives beside the date (jiko derives them; they are only checked). */
export function readGivenPeriod(rr: RowReader): { fyGiven: number | null; qGiven: number | null } {
  return {
    fyGiven: rr.read('fiscal_year', (c) => parseFiscalYear(c as string | number | null), false),
    qGiven: rr.read('quarter', (c) => parseQuarter(c as string | number | null), false),
  };
}

/** jiko's own export carries the users qualifier as a column; it wins over one read from the figure. */
export function readUsersQualifier(rr: RowReader): UserQualifier | null {
  return rr.read<UserQualifier>(
    'users_qualifier',
    (c) => {
      const v = textCell(c);
      if (!v) return null;
      return isUserQualifier(v.value)
        ? { value: v.value }
        : { error: `unknown qualifier "${v.value}" (allowed: ${USER_QUALIFIERS.join(', ')})` };
    },
    false,
  );
}
