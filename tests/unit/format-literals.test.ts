import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatDateJst,
  formatDateTimeJst,
  formatDuration,
  formatDurationQualified,
  formatDurationShort,
  formatFiscalQuarterShort,
  formatFiscalYearLong,
  formatInteger,
  formatNumber,
  formatUsers,
  formatUsersTotal,
  warekiFiscalYear,
} from '../../src/i18n/format.ts';

// Every expected string below was written by hand from the Japanese and English conventions jiko follows.

describe('formatCompact: the 万 / 億 units and their boundaries', () => {
  it('switches to 万 at 10,000 and to 億 at 100,000,000, not before', () => {
    expect(formatCompact(9_999, 'ja')).toBe('9,999');
    expect(formatCompact(10_000, 'ja')).toBe('1万');
    expect(formatCompact(100_000_000, 'ja')).toBe('1億');
    expect(formatCompact(123_000_000, 'ja')).toBe('1.23億');
  });

  it('never writes "10,000万": a figure that rounds to 1億 is shown as 1億', () => {
    expect(formatCompact(99_999_999, 'ja')).toBe('1億');
    expect(formatCompact(99_960_000, 'ja')).toBe('1億');
    expect(formatCompact(99_940_000, 'ja')).toBe('9,990万');
  });

  it('uses K and M in English', () => {
    expect([formatCompact(9_999, 'en'), formatCompact(30_000, 'en'), formatCompact(146_000_000, 'en')]).toEqual([
      '10K',
      '30K',
      '146M',
    ]);
  });
});

describe('formatDuration and its qualified form', () => {
  it('says "not published" for a missing or non-finite duration', () => {
    for (const m of [null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect([formatDuration(m, 'ja'), formatDuration(m, 'en')]).toEqual(['非公表', 'not published']);
    }
  });

  it('writes minutes, hours, or both, in both languages', () => {
    expect([0, 120, 125, 59.6].map((m) => formatDuration(m, 'en'))).toEqual(['0 min', '2 h', '2 h 5 min', '1 h']);
    expect([0, 120, 125, 59.6].map((m) => formatDuration(m, 'ja'))).toEqual(['0分', '2時間', '2時間5分', '1時間']);
  });

  it('keeps 約, 最大 and 以上 (about, up to, at least) with a duration', () => {
    const both = (q: string | null) => [formatDurationQualified(90, q, 'ja'), formatDurationQualified(90, q, 'en')];
    expect(both('approx')).toEqual(['約1時間30分', 'about 1 h 30 min']);
    expect(both('up_to')).toEqual(['最大1時間30分', 'up to 1 h 30 min']);
    expect(both('at_least')).toEqual(['1時間30分以上', 'at least 1 h 30 min']);
    expect(both(null)).toEqual(['1時間30分', '1 h 30 min']);
    expect(both('unheard-of')).toEqual(['1時間30分', '1 h 30 min']);
    expect(formatDurationQualified(null, 'approx', 'ja')).toBe('非公表');
    expect(formatDurationQualified(null, 'approx', 'en')).toBe('not published');
  });
});

describe('formatDurationShort: axis labels', () => {
  it('uses minutes below an hour, hours below a day, days from there', () => {
    const ja = [5, 7.5, 10.4, 59, 60, 90, 1439, 1440, 4320].map((m) => formatDurationShort(m, 'ja'));
    expect(ja).toEqual(['5分', '7.5分', '10分', '59分', '1時間', '1.5時間', '24時間', '1日', '3日']);
    const en = [7.5, 60, 90, 1440, 2160].map((m) => formatDurationShort(m, 'en'));
    expect(en).toEqual(['7.5 min', '1 h', '1.5 h', '1 d', '1.5 d']);
  });
});

describe('formatUsers: every qualifier in both languages', () => {
  const both = (q: Parameters<typeof formatUsers>[1], max: number | null = null) => [
    formatUsers(60_000, q, 'ja', max),
    formatUsers(60_000, q, 'en', max),
  ];
  it('keeps each qualifier', () => {
    expect(both('approx')).toEqual(['約60,000人', 'approx. 60,000']);
    expect(both('up_to')).toEqual(['最大60,000人', 'up to 60,000']);
    expect(both('at_least')).toEqual(['60,000人以上', 'at least 60,000']);
    expect(both(null)).toEqual(['60,000人', '60,000']);
  });

  it('shows a range with both bounds when the upper one is known, as a lower bound when not', () => {
    expect(both('range', 80_000)).toEqual(['60,000〜80,000人', '60,000–80,000']);
    expect(both('range')).toEqual(['60,000人以上 (幅あり)', '60,000 or more (range)']);
  });

  it('ignores an upper bound on a figure that is not a range', () => {
    expect(both('approx', 80_000)).toEqual(['約60,000人', 'approx. 60,000']);
  });

  it('says "not published" for missing users', () => {
    expect([formatUsers(null, 'approx', 'ja'), formatUsers(null, null, 'en')]).toEqual(['非公表', 'not published']);
  });
});

describe('formatUsersTotal: a sum with what its addends were', () => {
  const all = (q: Parameters<typeof formatUsersTotal>[1]) => [
    formatUsersTotal(146_000_000, q, 'ja'),
    formatUsersTotal(146_000_000, q, 'en'),
    formatUsersTotal(146_000_000, q, 'ja', 'full'),
  ];
  it('marks lower bounds, upper bounds, both, and approximations', () => {
    expect(all(null)).toEqual(['1.46億人', '146M', '146,000,000人']);
    expect(all('at_least')).toEqual(['1.46億人以上', 'at least 146M', '146,000,000人以上']);
    expect(all('includes_upper')).toEqual([
      '1.46億人 (最大値を含む)',
      '146M (includes upper bounds)',
      '146,000,000人 (最大値を含む)',
    ]);
    expect(all('includes_bounds')).toEqual([
      '1.46億人 (最大値・下限値を含む)',
      '146M (includes upper and lower bounds)',
      '146,000,000人 (最大値・下限値を含む)',
    ]);
    expect(all('approx')).toEqual(['約1.46億人', 'approx. 146M', '約146,000,000人']);
  });

  it('says "not published" for a missing total', () => {
    expect([formatUsersTotal(null, null, 'ja'), formatUsersTotal(null, 'approx', 'en')]).toEqual([
      '非公表',
      'not published',
    ]);
  });
});

describe('dates, fiscal years and plain numbers', () => {
  // 2023-01-25 07:08 UTC is 16:08 in Tokyo
  const instant = new Date(Date.UTC(2023, 0, 25, 7, 8));
  it('writes dates on the JST wall clock', () => {
    expect([formatDateJst(instant, 'ja'), formatDateJst(instant, 'en')]).toEqual(['2023/01/25', 'Jan 25, 2023']);
    expect([formatDateTimeJst(instant, 'ja'), formatDateTimeJst(instant, 'en')]).toEqual([
      '2023/01/25 16:08 JST',
      'Jan 25, 2023, 16:08 JST',
    ]);
  });

  it('writes the first year of an era as 元年, and a year before any era without one', () => {
    expect(formatFiscalYearLong(2019, 'ja')).toBe('2019年度 (令和元年度)');
    expect(formatFiscalYearLong(2019, 'en')).toBe('FY2019');
    expect(warekiFiscalYear(2018)).toBe('平成30年度');
    expect(warekiFiscalYear(1800)).toBe('1800年度');
    expect(formatFiscalQuarterShort(2022, 4)).toBe('22Q4');
  });

  it('rounds integers and keeps the asked decimals', () => {
    expect(formatInteger(1234.6, 'ja')).toBe('1,235');
    expect([formatNumber(1.26, 'en'), formatNumber(1.26, 'en', 2), formatNumber(1234.56, 'ja')]).toEqual([
      '1.3',
      '1.26',
      '1,234.6',
    ]);
  });
});
