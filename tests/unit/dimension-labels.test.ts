import { describe, expect, it } from 'vitest';
import { binLabel, cellLabel, dimensionValueLabel } from '../../src/charts/dimension-labels.ts';
import { formatCellValue, formatChange, formatMeasure } from '../../src/charts/measure-format.ts';
import { translator } from '../../src/i18n/t.ts';

/** The labels every chart, table and drill-down heading shows for a value, checked by hand in both languages. */
const en = translator('en');
const ja = translator('ja');
const both = (dim: Parameters<typeof dimensionValueLabel>[0], v: unknown) => [
  dimensionValueLabel(dim, v, ja, 'ja'),
  dimensionValueLabel(dim, v, en, 'en'),
];

describe('dimension value labels', () => {
  it('names each coded dimension in the UI language', () => {
    expect(both('cause', 'software_bug')).toEqual(['ソフトウェア不具合', 'Software bug']);
    expect(both('cause_group', 'human')).toEqual(['人為要因', 'Human']);
    expect(both('service_category', 'free_internet')).toEqual([
      '三 無料インターネットサービス',
      'III Free internet services',
    ]);
    expect(both('operator_type', 'mobile_carrier')).toEqual(['携帯電話事業者', 'mobile carrier']);
    expect(both('major', 'not_major')).toEqual(['重大でない', 'not major']);
    expect(both('region', '高知県')).toEqual(['高知県', 'Kochi']);
    expect(both('region', '架空県')).toEqual(['架空県', '架空県']);
    expect(both('operator', 'KDDI')).toEqual(['KDDI', 'KDDI']);
  });

  it('reads null and undefined as "unknown", never blank', () => {
    expect(both('operator', null)).toEqual(['不明', 'unknown']);
    expect(both('cause', undefined)).toEqual(['不明', 'unknown']);
  });

  it('names periods as fiscal years and quarters', () => {
    expect(both('fiscal_year', 2015)).toEqual(['2015年度', 'FY2015']);
    // quarter index 8063 = 2015 × 4 + 3: FY2015's fourth quarter (January–March 2016)
    expect(both('qi', 8063)).toEqual(['2015年度 第4四半期', 'FY2015 Q4']);
    expect(both('qi', '8060')).toEqual(['2015年度 第1四半期', 'FY2015 Q1']);
  });

  it('names buckets by their edges: below the first, between two, from the last', () => {
    expect(both('users_bucket', '0')).toEqual(['500未満', '< 500']);
    expect(both('users_bucket', '2')).toEqual(['5,000–3万', '5K–30K']);
    expect(both('users_bucket', '5')).toEqual(['100万以上', '≥ 1M']);
    expect(both('duration_bucket', '0')).toEqual(['1時間未満', '< 1 h']);
    expect(both('duration_bucket', '1')).toEqual(['1時間–2時間', '1 h – 2 h']);
    expect(both('duration_bucket', '5')).toEqual(['24時間以上', '≥ 24 h']);
  });
});

describe('drill-down headings and histogram bins', () => {
  it('joins the cell’s values, names a histogram bin with its column, and says "all" for no cell', () => {
    expect(cellLabel([], en, 'en')).toBe('all records matching the filters');
    expect(cellLabel([], ja, 'ja')).toBe('絞り込み条件に合うすべての報告');
    expect(
      cellLabel(
        [
          { dimension: 'qi', value: 8063 },
          { dimension: 'cause', value: 'software_bug' },
        ],
        ja,
        'ja',
      ),
    ).toBe('2015年度 第4四半期 · ソフトウェア不具合');
    expect(cellLabel([{ dimension: 'log_bin', column: 'affected_users', value: 30_000 }], en, 'en')).toBe(
      'Affected users 30K–100K',
    );
    expect(cellLabel([{ dimension: 'log_bin', value: 120 }], ja, 'ja')).toBe('継続時間 (分) 2時間–6時間');
  });

  it('labels the first bin "below", the last "from", and a value that is no bin edge as itself', () => {
    expect(binLabel(0, 'duration_min', 'ja')).toBe('5分未満');
    expect(binLabel(0, 'duration_min', 'en')).toBe('< 5 min');
    expect(binLabel(10_080, 'duration_min', 'ja')).toBe('7日以上');
    expect(binLabel(10_080, 'duration_min', 'en')).toBe('≥ 7 d');
    expect(binLabel(1_440, 'duration_min', 'en')).toBe('1 d–3 d');
    expect(binLabel(10_000_000, 'affected_users', 'ja')).toBe('1,000万以上');
    expect(binLabel(100, 'affected_users', 'en')).toBe('100–500');
    expect(binLabel(77, 'affected_users', 'en')).toBe('77');
  });
});

describe('pivot values', () => {
  it('formats counts whole, user sums compact in cells and ticks, durations short on ticks', () => {
    expect(formatMeasure(1234, 'accidents', 'en')).toBe('1,234');
    expect(formatMeasure(1234, 'major', 'ja', 'cell')).toBe('1,234');
    expect(formatMeasure(1_234_567, 'users', 'en')).toBe('1,234,567');
    expect(formatMeasure(1_234_567, 'users', 'ja', 'cell')).toBe('123万');
    expect(formatMeasure(1_234_567, 'users', 'en', 'tick')).toBe('1.23M');
    expect(formatMeasure(90, 'duration_median', 'en')).toBe('1 h 30 min');
    expect(formatMeasure(90, 'duration_p90', 'ja', 'cell')).toBe('1時間30分');
    expect(formatMeasure(90, 'duration_p90', 'ja', 'tick')).toBe('1.5時間');
    expect(formatMeasure(null, 'accidents', 'en')).toBe('—');
    expect(formatMeasure(Number.NaN, 'users', 'ja')).toBe('—');
  });

  it('tells "no case" from "not published" from a value', () => {
    expect(formatCellValue({ value: null, records: 0 }, 'duration_median', 'ja')).toBe('該当なし');
    expect(formatCellValue({ value: null, records: 0 }, 'duration_median', 'en')).toBe('no case');
    expect(formatCellValue({ value: null, records: 2 }, 'users', 'ja')).toBe('非公表');
    expect(formatCellValue({ value: Number.NaN, records: 2 }, 'users', 'en')).toBe('not published');
    expect(formatCellValue({ value: 45, records: 2 }, 'duration_median', 'en', 'tick')).toBe('45 min');
  });

  it('writes a change with a true minus sign and "—" without a prior value', () => {
    expect(formatChange(-0.04, 'en')).toBe('−4.0%');
    expect(formatChange(0.123, 'en')).toBe('+12.3%');
    expect(formatChange(null, 'ja')).toBe('—');
    expect(formatChange(Number.POSITIVE_INFINITY, 'en')).toBe('—');
  });
});
