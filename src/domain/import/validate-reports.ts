import { CAUSE_GROUP, type Cause } from '../causes.ts';
import { isUserQualifier, USER_QUALIFIERS } from '../qualifiers.ts';
import { fiscalQuarterOfMonth, fiscalYearOfMonth } from '../fiscal.ts';
import { isMajor, meetsQuarterlyReportCriterion, type ServiceCategory } from '../thresholds.ts';
import {
  parseCause,
  parseCauseGroup,
  parseFiscalYear,
  parseOperatorType,
  parseQuarter,
  parseRegion,
  parseServiceCategory,
} from './codes.ts';
import type { Mapping } from './mapping.ts';
import type { Problem, ProblemCode } from './problems.ts';
import { REPORTS_SHAPE } from './shapes.ts';
import { cellText, rowNumber, type RawCell, type RawTable } from './table.ts';
import { parseBoolean, parseCount, parseDurationMin, parseWallTime, wallTimeMs, type Parsed } from './values.ts';

/** More than a year of outage or more users than Japan has subscriptions is a typo, not an accident. */
export const MAX_DURATION_MIN = 366 * 24 * 60;
export const MAX_USERS = 300_000_000;
const FIRST_FY = 1985;
const LAST_FY = 2100;

export interface ReportColumns {
  report_id: string[];
  /** Wall-clock JST as epoch ms of the same fields in UTC. */
  occurred_at: number[];
  fiscal_year: number[];
  quarter: number[];
  operator: string[];
  operator_type: (string | null)[];
  service_category: (string | null)[];
  cause: string[];
  cause_group: string[];
  duration_min: number[];
  affected_users: number[];
  users_qualifier: string[];
  region: (string | null)[];
  is_major: boolean[];
  is_synthetic: boolean[];
}

export interface ValidationResult<C> {
  total: number;
  /** Rows without an error: the ones an import keeps. */
  valid: number;
  problems: Problem[];
  columns: C;
  /** Rows with a warning only (kept, flagged). */
  flagged: number;
  /** First and last quarter index (fiscal_year × 4 + quarter − 1) of the kept rows. */
  period: [number, number] | null;
}

const emptyColumns = (): ReportColumns => ({
  report_id: [],
  occurred_at: [],
  fiscal_year: [],
  quarter: [],
  operator: [],
  operator_type: [],
  service_category: [],
  cause: [],
  cause_group: [],
  duration_min: [],
  affected_users: [],
  users_qualifier: [],
  region: [],
  is_major: [],
  is_synthetic: [],
});

/**
 * Reads and checks every record against the `reports` shape. A record with any error is left out of the
 * columns; warnings (below the reporting criterion, a major flag that differs from the rule) keep it.
 */
export function validateReports(table: RawTable, mapping: Mapping, idPrefix: string): ValidationResult<ReportColumns> {
  const out = emptyColumns();
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  let flagged = 0;
  let lo = Infinity;
  let hi = -Infinity;
  const header = (name: string) => {
    const i = mapping[name];
    return i == null ? name : (table.headers[i] ?? name);
  };
  const cellOf = (name: string, r: number): RawCell => {
    const i = mapping[name];
    return i == null ? null : (table.columns[i]?.[r] ?? null);
  };

  for (let r = 0; r < table.rowCount; r++) {
    const row = rowNumber(table, r);
    let errors = 0;
    let warnings = 0;
    const report = (name: string, code: ProblemCode, detail: string, severity: 'error' | 'warning' = 'error') => {
      problems.push({ row, column: header(name), value: cellText(cellOf(name, r)), code, detail, severity });
      if (severity === 'error') errors++;
      else warnings++;
    };
    function read<T>(name: string, parse: (c: RawCell) => Parsed<T>, required: boolean): T | null {
      const res = parse(cellOf(name, r));
      if (res === null) {
        if (required) report(name, 'required', 'empty');
        return null;
      }
      if ('error' in res) {
        report(
          name,
          res.error.startsWith('unknown')
            ? 'allowed'
            : /no such|after the end/.test(res.error)
              ? 'no_such_date'
              : 'type',
          res.error,
        );
        return null;
      }
      return res.value;
    }
    const text = (c: RawCell) => (c == null || cellText(c).trim() === '' ? null : { value: cellText(c).trim() });
    const str = (c: RawCell) => (c == null ? null : cellText(c));

    const when = read('occurred_at', (c) => parseWallTime(c as string | Date | null), true);
    const fyGiven = read('fiscal_year', (c) => parseFiscalYear(c as string | number | null), false);
    const qGiven = read('quarter', (c) => parseQuarter(c as string | number | null), false);
    const operator = read('operator', text, true);
    const operatorType = read('operator_type', (c) => parseOperatorType(str(c)), false);
    const service = read('service_category', (c) => parseServiceCategory(str(c)), false) as ServiceCategory | null;
    const cause = read('cause', (c) => parseCause(str(c)), true) as Cause | null;
    const groupGiven = read('cause_group', (c) => parseCauseGroup(str(c)), false);
    const duration = read('duration_min', (c) => parseDurationMin(c as string | number | null), true);
    const users = read('affected_users', (c) => parseCount(c as string | number | null), true);
    const region = read('region', (c) => parseRegion(str(c)), false);
    const majorGiven = read('is_major', (c) => parseBoolean(c as string | boolean | null), false);
    const idGiven = read('report_id', text, false);
    // jiko's own export carries the qualifier as a column; it wins over one read from the figure.
    const qualifierGiven = read(
      'users_qualifier',
      (c) => {
        const v = text(c);
        if (!v) return null;
        return isUserQualifier(v.value)
          ? { value: v.value }
          : { error: `unknown qualifier "${v.value}" (allowed: ${USER_QUALIFIERS.join(', ')})` };
      },
      false,
    );

    let fy: number | null = null;
    let quarter: number | null = null;
    if (when) {
      fy = fiscalYearOfMonth(when.y, when.mo);
      quarter = fiscalQuarterOfMonth(when.mo);
      if (fy < FIRST_FY || fy > LAST_FY)
        report('occurred_at', 'absurd', `fiscal year ${fy} is outside ${FIRST_FY}–${LAST_FY}`);
      if (fyGiven !== null && fyGiven !== fy) report('fiscal_year', 'fy_mismatch', `the date is in FY${fy}`);
      if (qGiven !== null && qGiven !== quarter) report('quarter', 'quarter_mismatch', `the date is in Q${quarter}`);
    }
    if (cause && groupGiven && groupGiven !== CAUSE_GROUP[cause]) {
      report('cause_group', 'group_mismatch', `${cause} belongs to ${CAUSE_GROUP[cause]}`);
    }
    if (duration !== null) {
      if (duration < 0) report('duration_min', 'negative', 'a duration cannot be negative');
      else if (duration > MAX_DURATION_MIN)
        report('duration_min', 'absurd', `more than ${MAX_DURATION_MIN} minutes (366 days)`);
    }
    if (users) {
      if (users.n < 0) report('affected_users', 'negative', 'a number of users cannot be negative');
      else if (users.n > MAX_USERS)
        report('affected_users', 'absurd', `more than ${MAX_USERS.toLocaleString('en')} users`);
      else if (!Number.isInteger(users.n)) report('affected_users', 'type', 'not a whole number of users');
    }
    const id = idGiven ?? `${idPrefix}${row}`;
    const first = seen.get(id);
    if (first !== undefined) report('report_id', 'duplicate', `same id as row ${first}`);

    if (errors === 0 && when && fy !== null && quarter !== null && duration !== null && users && cause && operator) {
      const ruleMajor = isMajor(fy, service, duration, users.n);
      if (majorGiven !== null && majorGiven !== ruleMajor) {
        report(
          'is_major',
          'major_differs',
          `the rule of FY${fy} says ${ruleMajor ? 'major' : 'not major'}; kept as given`,
          'warning',
        );
      }
      if (!meetsQuarterlyReportCriterion(duration, users.n)) {
        report(
          'duration_min',
          'below_criterion',
          'under 2 hours and under 30,000 users: not a quarterly-reported accident',
          'warning',
        );
      }
      seen.set(id, row);
      out.report_id.push(id);
      out.occurred_at.push(wallTimeMs(when));
      out.fiscal_year.push(fy);
      out.quarter.push(quarter);
      out.operator.push(operator);
      out.operator_type.push(operatorType);
      out.service_category.push(service);
      out.cause.push(cause);
      out.cause_group.push(CAUSE_GROUP[cause]);
      out.duration_min.push(duration);
      out.affected_users.push(users.n);
      out.users_qualifier.push(qualifierGiven ?? users.qualifier);
      out.region.push(region);
      out.is_major.push(majorGiven ?? ruleMajor);
      out.is_synthetic.push(false);
      const qi = fy * 4 + quarter - 1;
      lo = Math.min(lo, qi);
      hi = Math.max(hi, qi);
      if (warnings > 0) flagged++;
    } else if (idGiven && first === undefined) {
      seen.set(id, row);
    }
  }
  return {
    total: table.rowCount,
    valid: out.report_id.length,
    problems,
    columns: out,
    flagged,
    period: lo <= hi ? [lo, hi] : null,
  };
}

export const REPORT_TARGETS = REPORTS_SHAPE.targets;
