import { describe, expect, it } from 'vitest';
import { formatFiscalQuarterLong, formatQuarter, formatRange } from '../../src/i18n/format.ts';

describe('quarters and ranges', () => {
  it('names a quarter alone and a quarter with its 和暦 year', () => {
    expect(formatQuarter(2, 'ja')).toBe('第2四半期');
    expect(formatQuarter(2, 'en')).toBe('Q2');
    expect(formatFiscalQuarterLong(2019, 1, 'ja')).toBe('2019年度 第1四半期 (令和元年度)');
    expect(formatFiscalQuarterLong(2019, 1, 'en')).toBe('FY2019 Q1');
  });

  it('joins formatted ends, spacing the dash only around ends that hold spaces', () => {
    expect(formatRange('2015年度', '2022年度', 'ja')).toBe('2015年度–2022年度');
    expect(formatRange('FY2024 Q1', 'FY2024 Q4', 'en')).toBe('FY2024 Q1 – FY2024 Q4');
    expect(formatRange('FY2022', 'FY2022', 'en')).toBe('FY2022');
  });

  it('reads an open end as inclusive bound, never as a bare dash', () => {
    expect(formatRange('1,000', undefined, 'ja')).toBe('1,000以上');
    expect(formatRange(undefined, '2時間', 'ja')).toBe('2時間以下');
    expect(formatRange('1,000', undefined, 'en')).toBe('≥ 1,000');
    expect(formatRange(undefined, '2 h', 'en')).toBe('≤ 2 h');
    expect(formatRange(undefined, undefined, 'en')).toBe('');
  });
});
