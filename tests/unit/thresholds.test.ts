import { describe, expect, it } from 'vitest';
import {
  isMajor,
  majorRule,
  meetsQuarterlyReportCriterion,
  parseServiceCategories,
  ruleEra,
} from '../../src/domain/thresholds.ts';

const H = 60;

describe('major accident rules per era and service category', () => {
  it('applies one rule to every service before FY2015: ≥ 2 h and ≥ 30,000 users', () => {
    expect(ruleEra(2014)).toBe('fy2008');
    expect(isMajor(2014, 'emergency_voice', 90, 500_000)).toBe(false);
    expect(isMajor(2014, 'free_internet', 2 * H, 30_000)).toBe(true);
    expect(isMajor(2014, null, 2 * H - 1, 10_000_000)).toBe(false);
  });

  it('emergency voice (一): ≥ 1 h and ≥ 30,000 from FY2015', () => {
    expect(isMajor(2015, 'emergency_voice', 1 * H, 30_000)).toBe(true);
    expect(isMajor(2015, 'emergency_voice', 59, 10_000_000)).toBe(false);
    expect(isMajor(2015, 'emergency_voice', 10 * H, 29_999)).toBe(false);
  });

  it('other voice (二): ≥ 2 h and ≥ 30,000, or ≥ 1 h and ≥ 100,000', () => {
    expect(isMajor(2022, 'other_voice', 2 * H, 30_000)).toBe(true);
    expect(isMajor(2022, 'other_voice', 1 * H, 100_000)).toBe(true);
    expect(isMajor(2022, 'other_voice', 1 * H, 99_999)).toBe(false);
    // LINE 2023 (JP-2022-08): 105 min, about 463,000 users → major under category 二
    expect(isMajor(2022, 'other_voice', 105, 463_000)).toBe(true);
  });

  it('free internet services (三): ≥ 24 h and ≥ 100,000, or ≥ 12 h and ≥ 1,000,000', () => {
    expect(isMajor(2020, 'free_internet', 24 * H, 100_000)).toBe(true);
    expect(isMajor(2020, 'free_internet', 12 * H, 1_000_000)).toBe(true);
    expect(isMajor(2020, 'free_internet', 23 * H, 999_999)).toBe(false);
    expect(isMajor(2020, 'free_internet', 11 * H, 50_000_000)).toBe(false);
  });

  it('everything else (四): ≥ 2 h and ≥ 30,000, or ≥ 1 h and ≥ 1,000,000', () => {
    expect(isMajor(2016, 'other', 2 * H, 30_000)).toBe(true);
    expect(isMajor(2016, 'other', 1 * H, 1_000_000)).toBe(true);
    expect(isMajor(2016, 'other', 1 * H, 999_999)).toBe(false);
  });

  it('treats an unknown category after FY2015 as "everything else"', () => {
    expect(majorRule(2016, null)).toEqual(majorRule(2016, 'other'));
  });

  it('reports quarterly what reaches 30,000 users OR lasts 2 hours', () => {
    expect(meetsQuarterlyReportCriterion(2 * H, 1)).toBe(true);
    expect(meetsQuarterlyReportCriterion(5, 30_000)).toBe(true);
    expect(meetsQuarterlyReportCriterion(119, 29_999)).toBe(false);
  });

  it('reads published 役務区分 text by meaning, numerals aside', () => {
    expect(parseServiceCategories('二 緊急通報を取り扱わない音声伝送役務 (映像通話); 五 その他 (電子メール)')).toEqual([
      'other_voice',
      'other',
    ]);
    expect(parseServiceCategories('')).toEqual([]);
    expect(() => parseServiceCategories('六 何か')).toThrow(/unknown service category/);
  });
});
