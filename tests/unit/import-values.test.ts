import { describe, expect, it } from 'vitest';
import {
  parseBoolean,
  parseCount,
  parseDurationMin,
  parseWallTime,
  toHalfWidth,
} from '../../src/domain/import/values.ts';
import { parseCause, parseFiscalYear, parseQuarter, parseServiceCategory } from '../../src/domain/import/codes.ts';

const v = <T>(p: { value: T } | { error: string } | null) => (p && 'value' in p ? p.value : p);

describe('cell values as Japanese spreadsheets write them', () => {
  it('turns 全角 digits and letters into ASCII', () => {
    expect(toHalfWidth('１２，３４５　ＡＢＣ')).toBe('12,345 ABC');
  });

  it.each([
    ['12,345', 12345, 'exact'],
    ['３万', 30000, 'exact'],
    ['約32.4万', 324000, 'approx'],
    ['約32.4万人', 324000, 'approx'],
    ['最大1,200人', 1200, 'up_to'],
    ['30,000人以上', 30000, 'at_least'],
    ['1.5億', 150000000, 'exact'],
  ])('reads the count %s as %d (%s), keeping the qualifier', (raw, n, qualifier) => {
    expect(v(parseCount(raw))).toEqual({ n, qualifier });
  });

  it('reads a range as its lower bound with the upper one beside it', () => {
    expect(v(parseCount('3万～5万'))).toEqual({ n: 30000, qualifier: 'range', max: 50000 });
    expect(v(parseCount('約6~8万'))).toEqual({ n: 60000, qualifier: 'range', max: 80000 });
  });

  it('refuses text that is not a count, and reads an empty cell as missing', () => {
    expect(parseCount('多数')).toEqual({ error: 'not a number: "多数"' });
    expect(parseCount('')).toBeNull();
    expect(v(parseCount('-5'))).toEqual({ n: -5, qualifier: 'exact' });
  });

  it.each([
    ['90', 90],
    ['90分', 90],
    ['1時間30分', 90],
    ['１時間３０分', 90],
    ['2h', 120],
    ['1:05', 65],
    ['1日2時間', 1560],
    ['約3時間', 180],
  ])('reads the duration %s as %d minutes', (raw, min) => {
    expect(v(parseDurationMin(raw))).toBe(min);
  });

  it('refuses a duration with words it does not know', () => {
    expect(parseDurationMin('しばらく')).toEqual({ error: 'not a duration: "しばらく"' });
    expect(parseDurationMin('3時間ほど')).toHaveProperty('error');
  });

  it.each([
    ['令和5年1月25日', { y: 2023, mo: 1, d: 25, h: 0, mi: 0 }],
    ['令和元年5月1日 9時05分', { y: 2019, mo: 5, d: 1, h: 9, mi: 5 }],
    ['平成31年4月30日', { y: 2019, mo: 4, d: 30, h: 0, mi: 0 }],
    ['R5.1.25 10:30', { y: 2023, mo: 1, d: 25, h: 10, mi: 30 }],
    ['２０２３／１／２５　１０：３０', { y: 2023, mo: 1, d: 25, h: 10, mi: 30 }],
    ['2023-01-25T10:30+09:00', { y: 2023, mo: 1, d: 25, h: 10, mi: 30 }],
    ['2024年2月29日', { y: 2024, mo: 2, d: 29, h: 0, mi: 0 }],
  ])('reads the date %s', (raw, want) => {
    expect(v(parseWallTime(raw))).toEqual(want);
  });

  it('refuses dates that do not exist, and 平成 after its last day', () => {
    expect(parseWallTime('2023-02-29')).toEqual({ error: 'no such date: 2023-2-29' });
    expect(parseWallTime('令和5年13月1日')).toHaveProperty('error');
    expect(parseWallTime('平成31年5月1日')).toEqual({ error: '平成31年5月1日 is after the end of 平成' });
    expect(parseWallTime('2023-01-25 25:00')).toHaveProperty('error');
  });

  it('reads Excel dates by their wall-clock fields', () => {
    expect(v(parseWallTime(new Date(Date.UTC(2023, 0, 25, 10, 30))))).toEqual({ y: 2023, mo: 1, d: 25, h: 10, mi: 30 });
  });

  it('reads yes/no as people write it', () => {
    expect(['○', 'はい', '該当', 'TRUE', '1'].map((s) => v(parseBoolean(s)))).toEqual([true, true, true, true, true]);
    expect(['×', 'いいえ', '非該当', 'false', '0'].map((s) => v(parseBoolean(s)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(parseBoolean('たぶん')).toHaveProperty('error');
  });

  it('reads codes from their Japanese names, MIC numerals and jiko codes', () => {
    expect(v(parseCause('ソフトウェア不具合'))).toBe('software_bug');
    expect(v(parseCause('hardware_failure'))).toBe('hardware_failure');
    expect(v(parseServiceCategory('二 緊急通報を取り扱わない音声伝送役務'))).toBe('other_voice');
    expect(v(parseServiceCategory('一'))).toBe('emergency_voice');
    expect(parseCause('宇宙線')).toHaveProperty('error');
    expect(v(parseFiscalYear('令和4年度'))).toBe(2022);
    expect(v(parseFiscalYear('FY2019'))).toBe(2019);
    expect(v(parseFiscalYear('平成30年度'))).toBe(2018);
    expect(v(parseQuarter('第3四半期'))).toBe(3);
    expect(v(parseQuarter('Q4'))).toBe(4);
    expect(parseQuarter('5')).toHaveProperty('error');
  });
});
