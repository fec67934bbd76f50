import { describe, expect, it } from 'vitest';
import {
  fiscalQuarterOf,
  fiscalQuarterOfMonth,
  fiscalYearOf,
  fromQuarterIndex,
  quarterIndex,
  quarterMonths,
} from '../../src/domain/fiscal.ts';
import {
  formatFiscalQuarter,
  formatFiscalYear,
  formatFiscalYearLong,
  warekiFiscalYear,
} from '../../src/i18n/format.ts';

describe('fiscal year (年度) starts on 1 April, JST', () => {
  it('puts 31 March in the previous fiscal year and 1 April in the new one', () => {
    expect(fiscalYearOf(new Date('2023-03-31T23:59:00+09:00'))).toBe(2022);
    expect(fiscalYearOf(new Date('2023-04-01T00:00:00+09:00'))).toBe(2023);
  });

  it('reads the date on the Japanese clock, not UTC', () => {
    // 2023-03-31T15:30Z is already 1 April 00:30 in Tokyo
    expect(fiscalYearOf(new Date('2023-03-31T15:30:00Z'))).toBe(2023);
    expect(fiscalQuarterOf(new Date('2023-03-31T15:30:00Z'))).toBe(1);
  });

  it('numbers quarters from April: Q1 Apr–Jun … Q4 Jan–Mar', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(fiscalQuarterOfMonth)).toEqual([
      4, 4, 4, 1, 1, 1, 2, 2, 2, 3, 3, 3,
    ]);
    expect(fiscalQuarterOf(new Date('2012-01-25T08:26:00+09:00'))).toBe(4);
    expect(fiscalYearOf(new Date('2012-01-25T08:26:00+09:00'))).toBe(2011);
  });

  it('maps a fiscal quarter back to its calendar months', () => {
    expect(quarterMonths(2022, 4)).toEqual({ year: 2023, months: [1, 2, 3] });
    expect(quarterMonths(2022, 1)).toEqual({ year: 2022, months: [4, 5, 6] });
    expect(quarterMonths(2022, 3)).toEqual({ year: 2022, months: [10, 11, 12] });
  });

  it('orders quarters on one axis', () => {
    expect(quarterIndex(2022, 4) - quarterIndex(2021, 4)).toBe(4);
    expect(fromQuarterIndex(quarterIndex(2015, 3))).toEqual({ fiscalYear: 2015, quarter: 3 });
  });

  it('names fiscal years in 和暦 as the government does', () => {
    expect(warekiFiscalYear(2022)).toBe('令和4年度');
    expect(warekiFiscalYear(2019)).toBe('令和元年度');
    expect(warekiFiscalYear(2018)).toBe('平成30年度');
    expect(warekiFiscalYear(1989)).toBe('平成元年度');
  });

  it('labels fiscal years and quarters in Japanese and English', () => {
    expect(formatFiscalQuarter(2022, 4, 'ja')).toBe('2022年度 第4四半期');
    expect(formatFiscalQuarter(2022, 4, 'en')).toBe('FY2022 Q4');
    expect(formatFiscalYear(2015, 'ja')).toBe('2015年度');
    expect(formatFiscalYearLong(2022, 'ja')).toBe('2022年度 (令和4年度)');
  });
});
