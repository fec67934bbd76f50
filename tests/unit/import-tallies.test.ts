import { describe, expect, it } from 'vitest';
import { autoMap, guessShape } from '../../src/domain/import/mapping.ts';
import { TALLIES_SHAPE } from '../../src/domain/import/shapes.ts';
import { tableOf } from '../fixtures/parsed.ts';
import { validateTallies } from '../../src/domain/import/validate-tallies.ts';

// Quarterly tallies as an analyst types them, Japanese headers; the comment is the spreadsheet row and what is wrong.
const LINES = [
  '年度,四半期,区分,項目,件数,重大な事故',
  '令和5年度,第1四半期,合計,,120,3', // 2 total of FY2023 Q1 (the causes below add up to 115: a warning here)
  '2023,1,原因別,ソフトウェア不具合,70,2', // 3
  '2023,1,原因,hardware_failure,45,1', // 4
  '2023,Q2,影響利用者数,3万人以上,5,0', // 5 a band by its Japanese name
  '2023,2,影響利用者数,ge30000,4,', // 6 the same band again, by its code: duplicate of row 5
  '2023,5,合計,,10,', // 7 no fifth quarter
  '2023,3,合計,,-1,', // 8 negative
  '2023,3,合計,,5,7', // 9 more major than accidents
  '1900,1,合計,,5,', // 10 absurd year
  '2023,4,,ソフトウェア不具合,5,', // 11 a category without its dimension
  '2023,4,地域,東京,5,', // 12 a dimension jiko does not know
  '2023,4,合計,東京,5,', // 13 a total with a category
  '2023,4,,,8,1', // 14 no dimension, no category: the quarter's total
  '2023,4,継続時間,2時間以上5時間未満,8,', // 15 adds up to row 14
  '2023,4,原因,,3,', // 16 a breakdown row without its category
  '2023,4,原因,software_bug,1.5,', // 17 not a whole number
];

describe('quarterly tallies import (validateTallies), on a file with one problem per row after row 6', () => {
  // Validated inside each test, not once for the file: mutation testing switches mutants per test.
  const table = tableOf(LINES);
  const mapping = autoMap(table.headers, TALLIES_SHAPE);
  const validate = () => validateTallies(table, mapping);
  const at = (row: number) =>
    validate()
      .problems.filter((p) => p.row === row)
      .map((p) => [p.column, p.code, p.detail]);

  it('recognises the file as tallies and maps every Japanese header', () => {
    expect(guessShape(table.headers)).toBe('report_tallies');
    expect(mapping).toMatchObject({ fiscal_year: 0, quarter: 1, dimension: 2, category: 3, accidents: 4, major: 5 });
  });

  it('keeps the six valid rows, with codes for causes and bands, 令和5年度 as 2023 and a missing major as NULL', () => {
    const result = validate();
    expect(result.total).toBe(16);
    expect(result.valid).toBe(6);
    expect(result.columns).toEqual({
      fiscal_year: [2023, 2023, 2023, 2023, 2023, 2023],
      quarter: [1, 1, 1, 2, 4, 4],
      dimension: ['total', 'cause', 'cause', 'users_band', 'total', 'duration_band'],
      category: [null, 'software_bug', 'hardware_failure', 'ge30000', null, '2h-5h'],
      accidents: [120, 70, 45, 5, 8, 8],
      major: [3, 2, 1, 0, 1, null],
    });
    // FY2023 Q1 … Q4 as quarter indexes (fiscal year × 4 + quarter − 1)
    expect(result.period).toEqual([8092, 8095]);
  });

  it('names each bad row, its column and why', () => {
    expect(at(6)).toEqual([['項目', 'duplicate', 'same quarter and category as row 5']]);
    expect(at(7)).toEqual([['四半期', 'type', 'not a fiscal quarter (1–4): "5"']]);
    expect(at(8)).toEqual([['件数', 'negative', 'a count cannot be negative']]);
    expect(at(9)).toEqual([['重大な事故', 'major_exceeds', 'more major accidents than accidents (5)']]);
    expect(at(10)).toEqual([['年度', 'absurd', 'fiscal year 1900 is outside 1985–2100']]);
    expect(at(11)).toEqual([['区分', 'required', 'a row with a category needs its dimension']]);
    expect(at(12).map(([c, code]) => [c, code])).toEqual([['区分', 'allowed']]);
    expect(at(13)).toEqual([['項目', 'type', 'a total row has no category, found "東京"']]);
    expect(at(16)).toEqual([['項目', 'required', 'empty']]);
    expect(at(17)).toEqual([['件数', 'type', 'not a whole number']]);
    const errors = validate().problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.row)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 16, 17]);
    expect(
      errors.every((p) => p.value === String(LINES[p.row - 1]!.split(',')[table.headers.indexOf(p.column)] ?? '')),
    ).toBe(true);
  });

  it('warns on the total a breakdown does not add up to, keeping the row; a breakdown that adds up is silent', () => {
    const result = validate();
    const warnings = result.problems.filter((p) => p.severity === 'warning');
    expect(warnings).toEqual([
      {
        row: 2,
        column: 'accidents',
        value: '120',
        code: 'band_sum',
        detail: 'cause adds up to 115, total says 120 (FY2023 Q1)',
        severity: 'warning',
      },
    ]);
    expect(result.flagged).toBe(1);
  });

  it('warns when the major accidents of a breakdown do not add up to the total’s', () => {
    const t = tableOf([
      '年度,四半期,区分,項目,件数,重大な事故',
      '2024,2,合計,,9,4',
      '2024,2,役務区分,一,6,1',
      '2024,2,役務区分,二,3,2',
    ]);
    const r = validateTallies(t, autoMap(t.headers, TALLIES_SHAPE));
    expect(r.problems.map((p) => [p.row, p.column, p.detail])).toEqual([
      [2, 'major', 'service_category adds up to 3 major, total says 4 (FY2024 Q2)'],
    ]);
    // the accident counts add up (6 + 3 = 9): no warning for them; the total row is flagged once
    expect(r.flagged).toBe(1);
    expect(r.valid).toBe(3);
  });

  it('flags a total row once, however many of its breakdowns disagree with it', () => {
    const t = tableOf([
      '年度,四半期,区分,項目,件数,重大な事故',
      '2024,3,合計,,10,2',
      '2024,3,役務区分,一,4,0',
      '2024,3,原因,software_bug,7,1',
    ]);
    const r = validateTallies(t, autoMap(t.headers, TALLIES_SHAPE));
    expect(r.problems.map((p) => p.detail)).toEqual([
      'service_category adds up to 4, total says 10 (FY2024 Q3)',
      'service_category adds up to 0 major, total says 2 (FY2024 Q3)',
      'cause adds up to 7, total says 10 (FY2024 Q3)',
      'cause adds up to 1 major, total says 2 (FY2024 Q3)',
    ]);
    expect(r.flagged).toBe(1);
  });

  it('has no period when no row is valid', () => {
    const t = tableOf(['年度,四半期,件数', '2023,7,1']);
    const r = validateTallies(t, autoMap(t.headers, TALLIES_SHAPE));
    expect(r.valid).toBe(0);
    expect(r.period).toBeNull();
  });
});
