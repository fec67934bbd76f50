import { CAUSE_GROUP, type Cause } from '../causes.ts';
import { isMajor, meetsQuarterlyReportCriterion, type ServiceCategory } from '../thresholds.ts';
import { parseCause, parseCauseGroup, parseOperatorType, parseRegion, parseServiceCategory } from './codes.ts';
import type { Mapping } from './mapping.ts';
import type { Problem } from './problems.ts';
import { checkDuration, checkFiscalPeriod, checkUsers, readGivenPeriod, readUsersQualifier } from './row-checks.ts';
import { RowReader, stringCell, textCell } from './row-reader.ts';
import { REPORTS_SHAPE } from './shapes.ts';
import type { RawTable } from './table.ts';
import { parseBoolean, parseCount, parseDurationMin, parseWallTime, wallTimeMs } from './values.ts';

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
  for (let r = 0; r < table.rowCount; r++) {
    const rr = new RowReader(table, mapping, problems, r);
    const row = rr.row;
    const when = rr.read('occurred_at', (c) => parseWallTime(c as string | Date | null), true);
    const { fyGiven, qGiven } = readGivenPeriod(rr);
    const operator = rr.read('operator', textCell, true);
    const operatorType = rr.read('operator_type', (c) => parseOperatorType(stringCell(c)), false);
    const service = rr.read(
      'service_category',
      (c) => parseServiceCategory(stringCell(c)),
      false,
    ) as ServiceCategory | null;
    const cause = rr.read('cause', (c) => parseCause(stringCell(c)), true) as Cause | null;
    const groupGiven = rr.read('cause_group', (c) => parseCauseGroup(stringCell(c)), false);
    const duration = rr.read('duration_min', (c) => parseDurationMin(c as string | number | null), true);
    const users = rr.read('affected_users', (c) => parseCount(c as string | number | null), true);
    const region = rr.read('region', (c) => parseRegion(stringCell(c)), false);
    const majorGiven = rr.read('is_major', (c) => parseBoolean(c as string | boolean | null), false);
    const idGiven = rr.read('report_id', textCell, false);
    const qualifierGiven = readUsersQualifier(rr);

    const { fy, quarter } = checkFiscalPeriod(rr, when, fyGiven, qGiven);
    if (cause && groupGiven && groupGiven !== CAUSE_GROUP[cause]) {
      rr.report('cause_group', 'group_mismatch', `${cause} belongs to ${CAUSE_GROUP[cause]}`);
    }
    checkDuration(rr, duration);
    checkUsers(rr, users?.n ?? null);
    const id = idGiven ?? `${idPrefix}${row}`;
    const first = seen.get(id);
    if (first !== undefined) rr.report('report_id', 'duplicate', `same id as row ${first}`);

    if (rr.errors === 0 && when && fy !== null && quarter !== null && duration !== null && users && cause && operator) {
      const ruleMajor = isMajor(fy, service, duration, users.n);
      if (majorGiven !== null && majorGiven !== ruleMajor) {
        rr.report(
          'is_major',
          'major_differs',
          `the rule of FY${fy} says ${ruleMajor ? 'major' : 'not major'}; kept as given`,
          'warning',
        );
      }
      if (!meetsQuarterlyReportCriterion(duration, users.n)) {
        rr.report(
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
      if (rr.warnings > 0) flagged++;
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
