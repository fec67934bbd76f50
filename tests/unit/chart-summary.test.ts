import { describe, expect, it } from 'vitest';
import { chartSummary } from '../../src/charts/summary.ts';
import { translator } from '../../src/i18n/t.ts';

const columns = [
  { key: 'period', label: 'Fiscal quarter' },
  { key: 'key_label', label: 'Cause' },
  { key: 'accidents', label: 'Accidents' },
];
const rows = [
  { period: 'FY2021 Q4', key: 'hw', key_label: 'Hardware failure', accidents: 12 },
  { period: 'FY2022 Q1', key: 'sw', key_label: 'Software bug', accidents: 1530 },
  { period: 'FY2022 Q1', key: 'hw', key_label: 'Hardware failure', accidents: 1529.5 },
  { period: 'FY2022 Q2', key: null, key_label: 'Unknown', accidents: null },
];

describe('chart summary, from the spec alone', () => {
  it('names the row count, the span of the first column and the largest value with its labels (en)', () => {
    expect(chartSummary({ title: 'Accidents per quarter', columns, rows }, translator('en'), 'en')).toBe(
      'Accidents per quarter: 4 data points from FY2021 Q4 to FY2022 Q2. ' +
        'The highest Accidents is 1,530 (FY2022 Q1 · Software bug).',
    );
  });

  it('reads as Japanese in ja', () => {
    const ja = [{ ...rows[0], period: '2021年度 第4四半期', key_label: 'ハードウェア故障' }];
    expect(chartSummary({ title: '四半期別の事故', columns, rows: ja }, translator('ja'), 'ja')).toBe(
      '四半期別の事故: 1件のデータ。Accidentsの最大は12（2021年度 第4四半期 · ハードウェア故障）。',
    );
  });

  it('says so when there is nothing to draw, and skips the maximum when no column is numeric', () => {
    expect(chartSummary({ title: 'T', columns, rows: [] }, translator('en'), 'en')).toBe('T: no data.');
    const words = [{ period: 'a' }, { period: 'b' }];
    expect(chartSummary({ title: 'T', columns: columns.slice(0, 1), rows: words }, translator('en'), 'en')).toBe(
      'T: 2 data points from a to b.',
    );
  });
});
