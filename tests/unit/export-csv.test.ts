import { describe, expect, it } from 'vitest';
import { csvBlob, csvCell, toCsv } from '../../src/export/csv.ts';

const columns = [
  { key: 'operator', label: '事業者' },
  { key: 'summary', label: '概要, 備考' },
  { key: 'users', label: '影響利用者数' },
];

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and keeps Japanese as is', () => {
    const csv = toCsv(columns, [
      { operator: 'NTT東日本', summary: '設定変更の誤り, 約3時間', users: 30000 },
      { operator: 'A社 "モバイル"', summary: '1行目\n2行目', users: null },
      { operator: 'B社', summary: 'CR\r\nLF', users: 1.5 },
    ]);
    expect(csv).toBe(
      [
        '事業者,"概要, 備考",影響利用者数',
        'NTT東日本,"設定変更の誤り, 約3時間",30000',
        '"A社 ""モバイル""","1行目\n2行目",',
        'B社,"CR\r\nLF",1.5',
        '',
      ].join('\r\n'),
    );
  });

  it('neutralises cells that a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('-')).toBe('-');
    expect(csvCell(new Date('2023-01-25T07:08:00Z'))).toBe('2023-01-25T07:08:00.000Z');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('writes UTF-8 with a byte-order mark so Excel (ja) opens it right', async () => {
    const blob = csvBlob(columns, [{ operator: '楽天モバイル', summary: '通信障害', users: 1300000 }]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFF事業者,"概要, 備考",影響利用者数\r\n楽天モバイル,通信障害,1300000\r\n',
    );
  });
});

describe('a synthetic chart as CSV', () => {
  it('says synthetic inside the file, in a first dataset column on every row', async () => {
    const { chartCsvBlob } = await import('../../src/export/csv.ts');
    const cols = [{ key: 'fy', label: '年度' }];
    const rows = [{ fy: 2019 }, { fy: 2020 }];
    const read = async (b: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await b.arrayBuffer());
    expect(await read(chartCsvBlob({ columns: cols, rows, synthetic: true }, '合成データ / SYNTHETIC DATA'))).toBe(
      '\uFEFFdataset,年度\r\n合成データ / SYNTHETIC DATA,2019\r\n合成データ / SYNTHETIC DATA,2020\r\n',
    );
    expect(await read(chartCsvBlob({ columns: cols, rows, synthetic: false }, 'x'))).toBe(
      '\uFEFF年度\r\n2019\r\n2020\r\n',
    );
  });
});
