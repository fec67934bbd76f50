import { describe, expect, it } from 'vitest';
import { autoMap } from '../../src/domain/import/mapping.ts';
import { REPORTS_SHAPE } from '../../src/domain/import/shapes.ts';
import { tableOf } from '../fixtures/parsed.ts';
import { validateReports } from '../../src/domain/import/validate-reports.ts';

const HEADER =
  'report_id,occurred_at,fiscal_year,quarter,operator,service_category,cause,cause_group,duration_min,affected_users,is_major';
// The comment is the spreadsheet row and what is wrong with it.
const LINES = [
  HEADER,
  'R-1,2023-04-01 09:00,2023,1,例示通信,二,software_bug,,150,40000,', // 2 major by FY2023's rule for 二 (≥ 2 h, ≥ 30,000)
  'R-2,2024-01-15 23:59,2023,4,例示通信,,hardware_failure,,30,29999,はい', // 3 kept with two warnings
  'R-3,2023-04-01 09:00,2022,1,例示通信,,software_bug,,150,40000,', // 4 April 2023 is FY2023, not 2022
  'R-1,2023-06-01 09:00,,,例示通信,,software_bug,,150,40000,', // 5 the id of row 2
  'R-5,2023-02-30 10:00,,,例示通信,,software_bug,,150,40000,', // 6 no 30 February
  'R-6,2023-05-01 10:00,,,例示通信,,software_bug,external,150,40000,', // 7 a bug is not an external cause
  'R-7,2023-05-01 10:00,,,例示通信,,software_bug,,-5,40000,', // 8 negative duration
  'R-8,2023-05-01 10:00,,,例示通信,,software_bug,,150,400000000,', // 9 more users than Japan has subscriptions
  ',2023-05-01 10:00,,,例示通信,,config_change,,200,50000,', // 10 no id: one is made from the row
  'R-10,2023-05-01 10:00,,,,,software_bug,,150,40000,', // 11 no operator
];

describe('report-level import (validateReports), on a file with one problem per row after row 3', () => {
  // Validated inside each test, not once for the file: mutation testing switches mutants per test.
  const table = tableOf(LINES);
  const validate = () => validateReports(table, autoMap(table.headers, REPORTS_SHAPE), 'imp-');
  const codes = (row: number) =>
    validate()
      .problems.filter((p) => p.row === row)
      .map((p) => [p.column, p.code]);
  const detail = (row: number) =>
    validate()
      .problems.filter((p) => p.row === row)
      .map((p) => p.detail);

  it('keeps rows 2, 3 and 10, with their fiscal quarters, cause groups and major status', () => {
    const result = validate();
    expect(result.total).toBe(10);
    expect(result.valid).toBe(3);
    const c = result.columns;
    expect(c.report_id).toEqual(['R-1', 'R-2', 'imp-10']);
    expect(c.fiscal_year).toEqual([2023, 2023, 2023]);
    // January 2024 falls in the fourth quarter of FY2023
    expect(c.quarter).toEqual([1, 4, 1]);
    expect(c.occurred_at).toEqual([
      Date.UTC(2023, 3, 1, 9, 0),
      Date.UTC(2024, 0, 15, 23, 59),
      Date.UTC(2023, 4, 1, 10, 0),
    ]);
    expect(c.service_category).toEqual(['other_voice', null, null]);
    expect(c.cause_group).toEqual(['equipment', 'equipment', 'human']);
    expect(c.duration_min).toEqual([150, 30, 200]);
    expect(c.affected_users).toEqual([40000, 29999, 50000]);
    expect(c.users_qualifier).toEqual(['exact', 'exact', 'exact']);
    // row 2 by the rule, row 3 as given (はい) although the rule says not (see the warnings below)
    expect(c.is_major.slice(0, 2)).toEqual([true, true]);
    expect(c.is_synthetic).toEqual([false, false, false]);
    expect(result.period).toEqual([2023 * 4, 2023 * 4 + 3]);
  });

  it('warns, and keeps the row, below the quarterly criterion and when a given major flag contradicts the rule', () => {
    const result = validate();
    expect(
      result.problems.filter((p) => p.severity === 'warning').map((p) => [p.row, p.column, p.code, p.detail]),
    ).toEqual([
      [3, 'is_major', 'major_differs', 'the rule of FY2023 says not major; kept as given'],
      [3, 'duration_min', 'below_criterion', 'under 2 hours and under 30,000 users: not a quarterly-reported accident'],
    ]);
    expect(result.flagged).toBe(1);
  });

  it('names each bad row, its column and why', () => {
    const result = validate();
    expect(codes(4)).toEqual([['fiscal_year', 'fy_mismatch']]);
    expect(detail(4)).toEqual(['the date is in FY2023']);
    expect(codes(5)).toEqual([['report_id', 'duplicate']]);
    expect(detail(5)).toEqual(['same id as row 2']);
    expect(codes(6)).toEqual([['occurred_at', 'no_such_date']]);
    expect(codes(7)).toEqual([['cause_group', 'group_mismatch']]);
    expect(detail(7)).toEqual(['software_bug belongs to equipment']);
    expect(codes(8)).toEqual([['duration_min', 'negative']]);
    expect(codes(9)).toEqual([['affected_users', 'absurd']]);
    expect(detail(9)).toEqual(['more than 300,000,000 users']);
    expect(codes(11)).toEqual([['operator', 'required']]);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.row)).toEqual([4, 5, 6, 7, 8, 9, 11]);
  });

  it('keeps the first of two rows with one id even when the first has an error, so the second is not a duplicate of nothing', () => {
    const t = tableOf([
      HEADER,
      'X-1,2023-05-01 10:00,,,,,software_bug,,150,40000,',
      'X-1,2023-05-01 10:00,,,例示通信,,software_bug,,150,40000,',
    ]);
    const r = validateReports(t, autoMap(t.headers, REPORTS_SHAPE), 'imp-');
    expect(r.problems.map((p) => [p.row, p.code, p.detail])).toEqual([
      [2, 'required', 'empty'],
      [3, 'duplicate', 'same id as row 2'],
    ]);
    expect(r.valid).toBe(0);
    expect(r.period).toBeNull();
  });
});

describe('report-level import: every bound of the per-accident checks', () => {
  const H = 'occurred_at,fiscal_year,quarter,operator,cause,duration_min,affected_users';
  const errorsOf = (line: string) => {
    const t = tableOf([H, line]);
    return validateReports(t, autoMap(t.headers, REPORTS_SHAPE), 'b-')
      .problems.filter((p) => p.severity === 'error')
      .map((p) => [p.column, p.code, p.detail]);
  };

  it('keeps a zero duration and zero users, refuses negative ones', () => {
    expect(errorsOf('2023-05-01 10:00,,,例示通信,unknown,0,0')).toEqual([]);
    expect(errorsOf('2023-05-01 10:00,,,例示通信,unknown,0,-1')).toEqual([
      ['affected_users', 'negative', 'a number of users cannot be negative'],
    ]);
  });

  it('keeps 366 days and 300 million users, refuses a minute or a user more', () => {
    expect(errorsOf('2023-05-01 10:00,,,例示通信,unknown,527040,300000000')).toEqual([]);
    expect(errorsOf('2023-05-01 10:00,,,例示通信,unknown,527041,300000001')).toEqual([
      ['duration_min', 'absurd', 'more than 527040 minutes (366 days)'],
      ['affected_users', 'absurd', 'more than 300,000,000 users'],
    ]);
    expect(errorsOf('2023-05-01 10:00,,,例示通信,unknown,60,1.5')).toEqual([
      ['affected_users', 'type', 'not a whole number of users'],
    ]);
  });

  it('keeps fiscal years 1985 to 2100, by the date (April starts the year)', () => {
    expect(errorsOf('1985-04-01 00:00,,,例示通信,unknown,60,1')).toEqual([]);
    expect(errorsOf('1985-03-31 23:59,,,例示通信,unknown,60,1')).toEqual([
      ['occurred_at', 'absurd', 'fiscal year 1984 is outside 1985–2100'],
    ]);
    expect(errorsOf('2101-03-31 23:59,,,例示通信,unknown,60,1')).toEqual([]);
    expect(errorsOf('2101-04-01 00:00,,,例示通信,unknown,60,1')).toEqual([
      ['occurred_at', 'absurd', 'fiscal year 2101 is outside 1985–2100'],
    ]);
  });

  it('checks a fiscal year and quarter the file gives against the date', () => {
    expect(errorsOf('2024-03-31 10:00,2023,4,例示通信,unknown,60,1')).toEqual([]);
    expect(errorsOf('2024-04-01 10:00,2024,2,例示通信,unknown,60,1')).toEqual([
      ['quarter', 'quarter_mismatch', 'the date is in Q1'],
    ]);
    expect(errorsOf('2024-04-01 10:00,2023,1,例示通信,unknown,60,1')).toEqual([
      ['fiscal_year', 'fy_mismatch', 'the date is in FY2024'],
    ]);
    expect(errorsOf('2024-04-01 10:00,R6,第1四半期,例示通信,unknown,60,1')).toEqual([]);
  });
});
