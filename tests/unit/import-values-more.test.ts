import { describe, expect, it } from 'vitest';
import {
  parseBoolean,
  parseDurationMin,
  parseNumber,
  parseTimedWallTime,
  wallTimeMs,
} from '../../src/domain/import/values.ts';
import { errorOf, valueOf } from '../fixtures/parsed.ts';

describe('import values, each literal checked by hand', () => {
  it('reads plain numbers: 全角, thousands separators, signs, decimals, exponents; refuses the rest', () => {
    expect(valueOf(parseNumber('１２，３４５'))).toBe(12345);
    expect(valueOf(parseNumber('-3.5'))).toBe(-3.5);
    expect(valueOf(parseNumber('+.5'))).toBe(0.5);
    expect(valueOf(parseNumber('1e3'))).toBe(1000);
    expect(valueOf(parseNumber(7))).toBe(7);
    expect(parseNumber(Number.NaN)).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(null)).toBeNull();
    expect(errorOf(parseNumber('12a'))).toBe('not a number: "12a"');
    expect(errorOf(parseNumber('1.2.3'))).toBe('not a number: "1.2.3"');
  });

  it('reads durations in minutes from the ways reports write them', () => {
    const cases: [string | number, number][] = [
      ['90', 90],
      ['90分', 90],
      ['1時間30分', 90],
      ['1.5時間', 90],
      ['2h', 120],
      ['2 hours', 120],
      ['1 hour 15 min', 75],
      ['3 hr', 180],
      ['90 minutes', 90],
      ['45 min', 45],
      ['1:30', 90],
      ['1日2時間', 1560],
      ['90秒', 1.5],
      ['約3時間', 180],
      ['最大12時間', 720],
      ['3時間以上', 180],
      ['１，４４０分', 1440],
      [45, 45],
    ];
    for (const [raw, min] of cases) expect(valueOf(parseDurationMin(raw)), String(raw)).toBe(min);
    expect(parseDurationMin('')).toBeNull();
    expect(parseDurationMin('約')).toBeNull();
    expect(errorOf(parseDurationMin('1:75'))).toBe('not a duration: "1:75"');
    expect(errorOf(parseDurationMin('3時間くらい'))).toBe('not a duration: "3時間くらい"');
  });

  it('reads JST wall-clock times, 和暦 included, and says whether a time of day was given', () => {
    expect(valueOf(parseTimedWallTime('令和5年1月25日 10時30分'))).toEqual({
      at: { y: 2023, mo: 1, d: 25, h: 10, mi: 30 },
      timed: true,
    });
    expect(valueOf(parseTimedWallTime('R5.1.25'))).toEqual({
      at: { y: 2023, mo: 1, d: 25, h: 0, mi: 0 },
      timed: false,
    });
    expect(valueOf(parseTimedWallTime('平成元年1月8日'))).toEqual({
      at: { y: 1989, mo: 1, d: 8, h: 0, mi: 0 },
      timed: false,
    });
    expect(valueOf(parseTimedWallTime('2023-04-01T09:05+09:00'))).toEqual({
      at: { y: 2023, mo: 4, d: 1, h: 9, mi: 5 },
      timed: true,
    });
    expect(valueOf(parseTimedWallTime('2023/4/1 23:59 JST'))?.at).toEqual({ y: 2023, mo: 4, d: 1, h: 23, mi: 59 });
    expect(valueOf(parseTimedWallTime('２０２３年４月１日'))?.at).toEqual({ y: 2023, mo: 4, d: 1, h: 0, mi: 0 });
    expect(valueOf(parseTimedWallTime('2023-04-01 9時'))?.at).toEqual({ y: 2023, mo: 4, d: 1, h: 9, mi: 0 });
  });

  it('refuses times and dates that do not exist, naming what is wrong', () => {
    expect(errorOf(parseTimedWallTime('2023-04-01 24:00'))).toBe('no such time: "24:00"');
    expect(errorOf(parseTimedWallTime('2023-04-01 10:60'))).toBe('no such time: "10:60"');
    expect(errorOf(parseTimedWallTime('2023-04-01 朝'))).toBe('not a time: "朝"');
    expect(errorOf(parseTimedWallTime('2023-13-01'))).toBe('no such date: 2023-13-1');
    expect(errorOf(parseTimedWallTime('昭和64年1月8日'))).toBe('昭和64年1月8日 is after the end of 昭和');
    expect(errorOf(parseTimedWallTime('H31.5.1'))).toBe('H31年5月1日 is after the end of H');
    expect(valueOf(parseTimedWallTime('平成31年4月30日'))?.at.d).toBe(30);
    expect(errorOf(parseTimedWallTime(45000))).toBe('not a date: 45000');
    expect(errorOf(parseTimedWallTime(new Date(Number.NaN)))).toBe('invalid date');
    expect(errorOf(parseTimedWallTime('yesterday'))).toBe('not a date: "yesterday"');
    expect(parseTimedWallTime('')).toBeNull();
  });

  it('reads a spreadsheet date by its UTC fields, timed only when it has a time of day', () => {
    expect(valueOf(parseTimedWallTime(new Date(Date.UTC(2023, 0, 25, 10, 30))))).toEqual({
      at: { y: 2023, mo: 1, d: 25, h: 10, mi: 30 },
      timed: true,
    });
    expect(valueOf(parseTimedWallTime(new Date(Date.UTC(2023, 0, 25))))?.timed).toBe(false);
    expect(wallTimeMs({ y: 2023, mo: 1, d: 25, h: 10, mi: 30 })).toBe(Date.parse('2023-01-25T10:30:00Z'));
  });

  it('reads yes/no from booleans, 1/0 and words; refuses anything else', () => {
    expect(valueOf(parseBoolean(true))).toBe(true);
    expect(valueOf(parseBoolean(false))).toBe(false);
    expect(valueOf(parseBoolean(1))).toBe(true);
    expect(valueOf(parseBoolean(0))).toBe(false);
    expect(errorOf(parseBoolean(2))).toBe('not yes/no: 2');
    for (const w of ['はい', 'あり', '○', 'YES', '重大な事故', '１']) expect(valueOf(parseBoolean(w)), w).toBe(true);
    for (const w of ['いいえ', 'なし', '×', '✕', 'No', '-', '０']) expect(valueOf(parseBoolean(w)), w).toBe(false);
    expect(errorOf(parseBoolean('maybe'))).toBe('not yes/no: "maybe"');
    expect(parseBoolean('')).toBeNull();
  });
});
