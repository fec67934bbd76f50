import { describe, expect, it } from 'vitest';
import { datasetNamePart, safeIdPart } from '../../src/export/filename.ts';
import { csvCell } from '../../src/lib/csv-cell.ts';

describe('csvCell: values of every type', () => {
  it('writes numbers as they are and non-finite ones as empty cells', () => {
    expect([csvCell(1234.5), csvCell(-3), csvCell(0)]).toEqual(['1234.5', '-3', '0']);
    expect([csvCell(Number.NaN), csvCell(Number.POSITIVE_INFINITY)]).toEqual(['', '']);
  });

  it('writes dates in ISO form, an invalid date as empty, null and undefined as empty', () => {
    expect(csvCell(new Date(Date.UTC(2023, 0, 25, 7, 8)))).toBe('2023-01-25T07:08:00.000Z');
    expect([csvCell(new Date(Number.NaN)), csvCell(null), csvCell(undefined)]).toEqual(['', '', '']);
  });

  it('writes lists and objects as JSON (quoted, since they hold commas and quotes), booleans as words', () => {
    expect(csvCell(['a', 'b'])).toBe('"[""a"",""b""]"');
    expect(csvCell({ n: 1 })).toBe('"{""n"":1}"');
    expect([csvCell(true), csvCell(false), csvCell(12n)]).toEqual(['true', 'false', '12']);
  });

  it('neutralises a text that starts like a formula, but not a signed number or a lone sign', () => {
    expect([csvCell('=1+1'), csvCell('@sum'), csvCell('-a')]).toEqual(["'=1+1", "'@sum", "'-a"]);
    expect([csvCell('-12'), csvCell('+3.5'), csvCell('-'), csvCell('=')]).toEqual(['-12', '+3.5', '-', '=']);
  });
});

describe('file name parts', () => {
  it('turns a chart id into one dash-separated ASCII part, never empty', () => {
    expect(safeIdPart('Hist  Duration')).toBe('hist-duration');
    expect(safeIdPart('--a--b--')).toBe('a--b');
    expect(safeIdPart('ＡＢＣ１')).toBe('abc1');
    expect(safeIdPart('継続時間')).toBe('chart');
  });

  it('keeps the letters of any script in an imported dataset name, one dash between words, 60 at most', () => {
    expect(datasetNamePart({ id: 'x', imported: { name: '  東北 2024年度 / 報告  ' } })).toBe(
      'imported-東北-2024年度-報告',
    );
    expect(datasetNamePart({ id: 'x', imported: { name: '--a--' } })).toBe('imported-a');
    expect(datasetNamePart({ id: 'imp-1', imported: { name: '///' } })).toBe('imported-imp-1');
    expect(datasetNamePart({ id: 'x', imported: { name: 'ａｂ' } })).toBe('imported-ab');
    expect(datasetNamePart({ id: 'x', imported: { name: 'あ'.repeat(70) } })).toBe(`imported-${'あ'.repeat(60)}`);
    expect(datasetNamePart({ id: 'Sample' })).toBe('sample');
  });
});
