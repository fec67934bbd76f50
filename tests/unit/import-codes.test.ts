import { describe, expect, it } from 'vitest';
import {
  parseCause,
  parseCauseGroup,
  parseFiscalYear,
  parseOperatorType,
  parseQuarter,
  parseRegion,
  parseServiceCategory,
} from '../../src/domain/import/codes.ts';
import { errorOf, valueOf } from '../fixtures/parsed.ts';

describe('codes read from what analysts write (literals checked by hand)', () => {
  it('reads fiscal years in Western and Japanese eras, 全角 and spaced, and refuses the rest', () => {
    const years: [string | number, number][] = [
      [2022, 2022],
      ['2022', 2022],
      ['２０２２年度', 2022],
      [' 2022 年 ', 2022],
      ['fy2019', 2019],
      ['令和4年度', 2022],
      ['令和元年度', 2019],
      ['r4', 2022],
      ['R5年', 2023],
      ['H30', 2018],
      ['h元', 1989],
      ['平成31年度', 2019],
    ];
    for (const [raw, fy] of years) expect(valueOf(parseFiscalYear(raw)), String(raw)).toBe(fy);
    expect(errorOf(parseFiscalYear(2022.5))).toBe('not a fiscal year: 2022.5');
    expect(errorOf(parseFiscalYear('22'))).toBe('not a fiscal year: "22"');
    expect(errorOf(parseFiscalYear('2022年度以降'))).toBe('not a fiscal year: "2022年度以降"');
    expect(errorOf(parseFiscalYear('昭和60年度'))).toBe('not a fiscal year: "昭和60年度"');
    expect(parseFiscalYear('  ')).toBeNull();
    expect(parseFiscalYear(null)).toBeNull();
  });

  it('reads fiscal quarters by number, kanji numeral or their months (April starts the year)', () => {
    const quarters: [string | number, number][] = [
      [3, 3],
      ['４', 4],
      ['q2', 2],
      ['第一四半期', 1],
      ['第二四半期', 2],
      ['三', 3],
      ['4〜6月', 1],
      ['7~9月', 2],
      ['10-12月', 3],
      ['1-3月', 4],
    ];
    for (const [raw, q] of quarters) expect(valueOf(parseQuarter(raw)), String(raw)).toBe(q);
    expect(errorOf(parseQuarter('2-4月'))).toBe('not a fiscal quarter (1–4): "2-4月"');
    expect(errorOf(parseQuarter(0))).toBe('not a fiscal quarter (1–4): "0"');
    expect(parseQuarter('')).toBeNull();
  });

  it('names what is allowed when a code is unknown, and reads an empty cell as missing', () => {
    expect(errorOf(parseCauseGroup('宇宙'))).toBe(
      'unknown cause group "宇宙" (allowed: equipment, human, external, unknown)',
    );
    expect(errorOf(parseCause('宇宙線'))).toMatch(
      /^unknown cause "宇宙線" \(allowed: hardware_failure, software_bug, /,
    );
    expect(errorOf(parseServiceCategory('六'))).toMatch(/^unknown service category "六" \(allowed: emergency_voice, /);
    expect(errorOf(parseOperatorType('宇宙'))).toMatch(/^unknown operator type "宇宙" \(allowed: /);
    for (const f of [parseCause, parseCauseGroup, parseServiceCategory, parseOperatorType, parseRegion]) {
      expect(f('  '), f.name).toBeNull();
      expect(f(null), f.name).toBeNull();
    }
    expect(valueOf(parseCauseGroup('human'))).toBe('human');
    // a category as published, its numeral then its name
    expect(valueOf(parseServiceCategory('三 利用者から料金の支払を受けないインターネット関連サービス'))).toBe(
      'free_internet',
    );
    expect(valueOf(parseServiceCategory('四 その他'))).toBe('other');
    // the numeral must stand apart: 二X is not category 二
    expect(errorOf(parseServiceCategory('二X'))).toMatch(/^unknown service category/);
  });

  it('completes a prefecture written without 都, 府, 県 or 道, and keeps any other region as written', () => {
    expect(valueOf(parseRegion('東京'))).toBe('東京都');
    expect(valueOf(parseRegion('大阪'))).toBe('大阪府');
    expect(valueOf(parseRegion('神奈川'))).toBe('神奈川県');
    expect(valueOf(parseRegion('北海'))).toBe('北海道');
    expect(valueOf(parseRegion('北海道'))).toBe('北海道');
    expect(valueOf(parseRegion('東京都'))).toBe('東京都');
    expect(valueOf(parseRegion('関東地方の一部'))).toBe('関東地方の一部');
    expect(valueOf(parseRegion('全国'))).toBe('全国');
  });
});
