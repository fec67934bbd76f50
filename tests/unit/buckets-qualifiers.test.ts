import { describe, expect, it } from 'vitest';
import {
  bucketBounds,
  bucketOf,
  bucketSql,
  DURATION_BUCKET_EDGES,
  USER_BUCKET_EDGES,
} from '../../src/domain/buckets.ts';
import { problemsCsv, type Problem } from '../../src/domain/import/problems.ts';
import { isLowerBound, isUserQualifier, totalQualifier } from '../../src/domain/qualifiers.ts';

describe('buckets of the pivot and drill-down', () => {
  it('puts a value on an edge in the bucket above it (edges are lower bounds)', () => {
    expect(USER_BUCKET_EDGES).toEqual([500, 5_000, 30_000, 100_000, 1_000_000]);
    expect(DURATION_BUCKET_EDGES).toEqual([60, 120, 360, 720, 1440]);
    const users: [number, string][] = [
      [0, '0'],
      [499, '0'],
      [500, '1'],
      [29_999, '2'],
      [30_000, '3'],
      [999_999, '4'],
      [1_000_000, '5'],
      [50_000_000, '5'],
    ];
    for (const [n, key] of users) expect(bucketOf(n, USER_BUCKET_EDGES), String(n)).toBe(key);
    expect(bucketOf(120, DURATION_BUCKET_EDGES)).toBe('2');
    expect(bucketOf(119.5, DURATION_BUCKET_EDGES)).toBe('1');
  });

  it('gives each bucket its [lower, upper) bounds, open at both ends', () => {
    expect(bucketBounds('0', USER_BUCKET_EDGES)).toEqual([undefined, 500]);
    expect(bucketBounds('3', USER_BUCKET_EDGES)).toEqual([30_000, 100_000]);
    expect(bucketBounds('5', USER_BUCKET_EDGES)).toEqual([1_000_000, undefined]);
  });

  it('writes the same bucketing as SQL, NULL staying NULL', () => {
    expect(bucketSql('d', [60, 120])).toBe(
      "CASE WHEN d IS NULL THEN NULL WHEN d < 60 THEN '0' WHEN d < 120 THEN '1' ELSE '2' END",
    );
  });
});

describe('qualified user figures', () => {
  it('knows its qualifiers and which ones may hide a larger figure', () => {
    expect(['exact', 'approx', 'up_to', 'at_least', 'range'].every(isUserQualifier)).toBe(true);
    expect(isUserQualifier('about')).toBe(false);
    expect(isLowerBound('at_least')).toBe(true);
    expect(isLowerBound('range')).toBe(true);
    expect(isLowerBound('up_to')).toBe(false);
    expect(isLowerBound('approx')).toBe(false);
    expect(isLowerBound(null)).toBe(false);
  });

  it('qualifies a total by the bounds and approximations it holds', () => {
    const c = (upper: number, lower: number, approx: number) => totalQualifier({ upper, lower, approx, missing: 0 });
    expect(c(1, 1, 1)).toBe('includes_bounds');
    expect(c(2, 0, 1)).toBe('includes_upper');
    expect(c(0, 3, 1)).toBe('at_least');
    expect(c(0, 0, 1)).toBe('approx');
    expect(c(0, 0, 0)).toBeNull();
    // a missing figure does not qualify the sum of the others
    expect(totalQualifier({ upper: 0, lower: 0, approx: 0, missing: 4 })).toBeNull();
  });
});

describe('the problems CSV of an import', () => {
  it('has a BOM, CRLF lines, quoted cells where needed and formula-like cells neutralised', () => {
    const problems: Problem[] = [
      { row: 3, column: '件数', value: '=1+1', code: 'type', detail: 'not a "count", really', severity: 'error' },
      { row: 12, column: 'major', value: '-5', code: 'negative', detail: 'line\nbreak', severity: 'warning' },
    ];
    expect(problemsCsv(problems, ['行', '列', '値', '重大度', 'コード', '詳細'])).toBe(
      '\uFEFF行,列,値,重大度,コード,詳細\r\n' +
        `3,件数,'=1+1,error,type,"not a ""count"", really"\r\n` +
        `12,major,'-5,warning,negative,"line\nbreak"\r\n`,
    );
    expect(problemsCsv([], ['@a', '+b', '\tc'])).toBe("\uFEFF'@a,'+b,'\tc\r\n");
  });
});
