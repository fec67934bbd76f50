import { describe, expect, it } from 'vitest';
import { autoMap, guessShape, missingRequired } from '../../src/domain/import/mapping.ts';
import { REPORTS_SHAPE, TALLIES_SHAPE } from '../../src/domain/import/shapes.ts';

describe('file columns mapped to the schema by their headers', () => {
  it('ignores a BOM, case, 全角, spaces, underscores and brackets in a header', () => {
    const m = autoMap(['\uFEFF年度', 'ＱＵＡＲＴＥＲ', 'Accidents (Count)', '【重大な事故】'], TALLIES_SHAPE);
    expect(m).toMatchObject({ fiscal_year: 0, quarter: 1, accidents: 2, major: 3, dimension: null, category: null });
    expect(autoMap(['fiscal year', 'Fiscal・Year'], TALLIES_SHAPE).fiscal_year).toBe(0);
  });

  it('reads a template header "日本語 (column)" by either name, in half- or full-width brackets', () => {
    expect(autoMap(['発生日時 (occurred_at)', '件数（accidents）'], REPORTS_SHAPE).occurred_at).toBe(0);
    expect(autoMap(['x (fiscal_year)', '四半期（quarter）', '件数（accidents）'], TALLIES_SHAPE)).toMatchObject({
      fiscal_year: 0,
      quarter: 1,
      accidents: 2,
    });
  });

  it('matches whole headers, not parts of them, and gives a file column to one schema column only', () => {
    // 重大な事故件数 is the major column, not the accidents one, although it ends in 件数
    expect(autoMap(['重大な事故件数', '件数'], TALLIES_SHAPE)).toMatchObject({ accidents: 1, major: 0 });
    expect(autoMap(['件数', '件数'], TALLIES_SHAPE)).toMatchObject({ accidents: 0, major: null });
  });

  it('lists the required columns the file lacks, not the optional ones', () => {
    const m = autoMap(['年度', '件数', '重大な事故'], TALLIES_SHAPE);
    expect(missingRequired(TALLIES_SHAPE, m)).toEqual(['quarter']);
    expect(missingRequired(TALLIES_SHAPE, {})).toEqual(['fiscal_year', 'quarter', 'accidents']);
    expect(missingRequired(TALLIES_SHAPE, { fiscal_year: 0, quarter: 3, accidents: 1 })).toEqual([]);
  });
});

describe('which kind of file the headers describe', () => {
  it('takes the shape whose required columns they cover best, reports when nothing matches', () => {
    expect(guessShape(['年度', '四半期', '件数'])).toBe('report_tallies');
    expect(guessShape(['発生日時', '事業者', '発生原因', '継続時間', '影響利用者数'])).toBe('reports');
    expect(guessShape(['foo', 'bar'])).toBe('reports');
    // two of three tally columns beat one of five report columns
    expect(guessShape(['年度', '件数', '事業者'])).toBe('report_tallies');
    // both fully covered: the one that matches more columns (reports: 5) wins over tallies (3)
    expect(guessShape(['発生日時', '事業者', '発生原因', '継続時間', '影響利用者数', '年度', '四半期', '件数'])).toBe(
      'reports',
    );
  });
});
