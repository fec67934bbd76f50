import { describe, expect, it } from 'vitest';
import { fromBreakdown, fromReportCounts, fromTotals, MEASURES } from '../../scripts/lib/public-record/fy-figures.ts';
import { SourceError } from '../../scripts/lib/public-record/source-error.ts';

// Rows written by hand in the shape of data/sources/fy_*.csv and by_*.csv; expected values read off them.
const URL = 'https://www.soumu.go.jp/menu_news/s-news/01kiban05_02000001.html';
const rec = (values: Record<string, string>, line = 7) => ({ line, values });

function errorOf(f: () => unknown): SourceError {
  try {
    f();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}

describe('fy figures: where a figure comes from (source_kind)', () => {
  const kindOf = (note: string) =>
    fromTotals(rec({ fiscal_year: '2015', major: '8', source_url: URL, source_note: note }), 'fy_totals.csv')[0]!
      .source_kind;

  it('tells primary, mirrored, Diet and secondary sources apart by the note opening', () => {
    expect(kindOf('[MIC primary: release] 8件')).toBe('primary');
    expect(kindOf('[MIC release text as mirrored by ITmedia] 8件')).toBe('mirror');
    expect(kindOf('[MIC official in the Diet, 2016-03-01] 8件')).toBe('diet');
    expect(kindOf('[secondary: news article] 8件')).toBe('secondary');
  });

  it('reads the opening only: "[MIC" later in a secondary note does not make it primary', () => {
    expect(kindOf('[secondary: quoting [MIC primary]]')).toBe('secondary');
    expect(kindOf('see [MIC release text as mirrored]')).toBe('secondary');
  });

  it('marks UNCERTAIN and DERIVED notes, and only those', () => {
    const flags = (note: string) => {
      const r = fromTotals(rec({ fiscal_year: '2018', major: '5', source_url: URL, source_note: note }), 'f.csv')[0]!;
      return [r.uncertain, r.derived];
    };
    expect(flags('[MIC] plain')).toEqual([false, false]);
    expect(flags('[MIC] UNCERTAIN: two readings')).toEqual([true, false]);
    expect(flags('[MIC] DERIVED from 13 minus 8')).toEqual([false, true]);
    expect(flags('[MIC] UNDERIVED')).toEqual([false, false]);
  });
});

describe('fy figures: fy_totals rows', () => {
  it('gives one row per measure present, with the source file and line', () => {
    const rows = fromTotals(
      rec({ fiscal_year: '2016', quarterly_reported: '6188', major: '7', source_url: URL, source_note: '[MIC] x' }, 12),
      'fy_totals.csv',
    );
    expect(rows.map((r) => [r.fiscal_year, r.measure, r.scope, r.count, r.dimension, r.category])).toEqual([
      [2016, 'quarterly_reported', MEASURES.quarterly_reported, 6188, 'total', null],
      [2016, 'major', MEASURES.major, 7, 'total', null],
    ]);
    expect(rows.map((r) => [r.source_file, r.source_line, r.source_url, r.mirror_url])).toEqual([
      ['fy_totals.csv', 12, URL, null],
      ['fy_totals.csv', 12, URL, null],
    ]);
  });

  it('leaves out a measure whose cell is empty', () => {
    const rows = fromTotals(rec({ fiscal_year: '1999', major: '12', source_url: URL, source_note: '[MIC]' }), 'f.csv');
    expect(rows.map((r) => r.measure)).toEqual(['major']);
  });

  it('refuses fiscal years outside 1985–2100 and accepts both ends', () => {
    const fy = (y: string) =>
      fromTotals(rec({ fiscal_year: y, major: '1', source_url: URL, source_note: '[MIC]' }), 'f.csv')[0]!.fiscal_year;
    expect(fy('1985')).toBe(1985);
    expect(fy('2100')).toBe(2100);
    for (const bad of ['1984', '2101', '']) {
      const e = errorOf(() => fy(bad));
      expect([e.file, e.line, e.column]).toEqual(['f.csv', 7, 'fiscal_year']);
      expect(e.problem).toBe(`"${bad}" is not a fiscal year`);
    }
    expect(errorOf(() => fy('FY2015')).problem).toBe('"FY2015" is not a non-negative integer');
  });

  it('takes doc: references only with a copy to open, and refuses other schemes', () => {
    const row = (source_url: string, mirror_url = '') =>
      fromTotals(rec({ fiscal_year: '2015', major: '1', source_url, mirror_url, source_note: '[MIC]' }), 'f.csv')[0]!;
    expect(row('doc:council-minutes-2015', 'https://example.org/copy.pdf').source_url).toBe('doc:council-minutes-2015');
    expect(row('doc:council-minutes-2015', 'https://example.org/copy.pdf').mirror_url).toBe(
      'https://example.org/copy.pdf',
    );
    expect(errorOf(() => row('doc:council-minutes-2015')).column).toBe('mirror_url');
    expect(errorOf(() => row('doc:')).column).toBe('source_url');
    expect(errorOf(() => row('javascript:alert(1)')).column).toBe('source_url');
  });
});

describe('fy figures: fy_report_counts rows', () => {
  const counts = (category: string, extra: Record<string, string> = {}) =>
    fromReportCounts(
      rec({
        fiscal_year: '2012',
        category,
        category_ja: '四半期報告事故(詳細な様式)',
        operators: '',
        count: '7243',
        source_url: URL,
        source_note: '[MIC]',
        ...extra,
      }),
      'fy_report_counts.csv',
    );

  it('maps each category to its measure', () => {
    expect(
      [
        'all_reported_pre2010_series',
        'other_accidents_pre2010_series',
        'major',
        'quarterly_detailed',
        'quarterly_simple',
      ].map((c) => counts(c).measure),
    ).toEqual(['all_reported_pre2010', 'other_pre2010', 'major', 'quarterly_reported', 'quarterly_simple']);
  });

  it('keeps the Japanese category as the scope, the count and the operators', () => {
    const r = counts('quarterly_simple', { operators: '41', count: '12345' });
    expect([r.scope, r.count, r.operators, r.dimension]).toEqual(['四半期報告事故(詳細な様式)', 12345, 41, 'total']);
  });

  it('refuses an unknown category, naming it', () => {
    const e = errorOf(() => counts('quarterly'));
    expect([e.column, e.problem]).toEqual(['category', 'unknown category "quarterly"']);
  });
});

describe('fy figures: by_* breakdown rows', () => {
  const cause = (scope: string, extra: Record<string, string> = {}) =>
    fromBreakdown(
      rec({
        fiscal_year: '2015',
        scope,
        cause_group: '設備要因',
        cause_detail: '',
        cause_group_en: 'equipment',
        count: '255',
        percent: '',
        value_as_published: '255件',
        source_url: URL,
        source_note: '[MIC]',
        ...extra,
      }),
      'by_cause.csv',
      'cause',
    );

  it('tells the population from the scope text, whatever its case', () => {
    expect(cause('quarterly-reported (detailed-form reports, total 8,201)').measure).toBe('quarterly_reported');
    expect(cause('all quarterly-reported accidents').measure).toBe('quarterly_reported');
    expect(cause('all reported accidents, pre-FY2010 series (total 151)').measure).toBe('all_reported_pre2010');
    expect(cause('major').measure).toBe('major');
    expect(cause('Major').measure).toBe('major');
    expect(cause('UNCLEAR - the page does not say').measure).toBe('unclear');
    expect(cause('unclear (Diet answer)').measure).toBe('unclear');
  });

  it('refuses a scope it cannot place, rather than guessing', () => {
    for (const scope of ['major accidents', 'all accidents', 'it is unclear']) {
      const e = errorOf(() => cause(scope));
      expect([e.column, e.problem]).toEqual(['scope', `cannot tell which population "${scope}" counts`]);
    }
  });

  it('marks an unclear population uncertain even when the note does not', () => {
    expect(cause('UNCLEAR (see FY2015)').uncertain).toBe(true);
    expect(cause('major').uncertain).toBe(false);
    expect(cause('major', { source_note: '[MIC] UNCERTAIN' }).uncertain).toBe(true);
  });

  it('names the category with its detail in brackets, and keeps the English name, count, percent and text', () => {
    const r = cause('major', { cause_detail: 'ソフトウェア不具合', percent: '37.5' });
    expect([r.category, r.category_en, r.count, r.percent, r.value_as_published, r.operators]).toEqual([
      '設備要因 (ソフトウェア不具合)',
      'equipment',
      255,
      37.5,
      '255件',
      null,
    ]);
    expect(cause('major').category).toBe('設備要因');
  });

  it('reads each dimension from its own columns; users and duration have no detail or English name', () => {
    const users = fromBreakdown(
      rec({
        fiscal_year: '2011',
        scope: 'major',
        users_bucket: '<500 users',
        cause_detail: 'ignored',
        count: '7732',
        percent: '88',
        source_url: URL,
        source_note: '[secondary]',
      }),
      'by_users.csv',
      'users',
    );
    expect([users.dimension, users.category, users.category_en, users.count, users.percent]).toEqual([
      'users',
      '<500 users',
      null,
      7732,
      88,
    ]);
    const service = fromBreakdown(
      rec({
        fiscal_year: '2007',
        scope: 'major',
        service_group: 'データ通信系サービス',
        service_detail: 'インターネット接続',
        cause_group_en: 'not mine',
        count: '35',
        source_url: URL,
        source_note: '[secondary]',
      }),
      'by_service.csv',
      'service',
    );
    expect([service.category, service.category_en]).toEqual(['データ通信系サービス (インターネット接続)', null]);
    const duration = fromBreakdown(
      rec({ fiscal_year: '2014', scope: 'major', duration_bucket: '2時間以上', source_url: URL, source_note: '[MIC]' }),
      'by_duration.csv',
      'duration',
    );
    expect([duration.dimension, duration.category, duration.count]).toEqual(['duration', '2時間以上', null]);
  });

  it('refuses a row without its group column', () => {
    const e = errorOf(() => cause('major', { cause_group: ' ' }));
    expect([e.file, e.column, e.problem]).toEqual(['by_cause.csv', 'cause_group', 'is empty but required']);
  });
});
