import { describe, expect, it } from 'vitest';
import { detectEncoding, ImportFileError, sniffKind } from '../../src/domain/import/sniff.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The code and detail sniffKind refuses a file with, or its kind. */
function sniff(head: Uint8Array, name: string, size = head.length): string {
  try {
    return sniffKind(head, name, size);
  } catch (e) {
    if (!(e instanceof ImportFileError)) throw e;
    return `${e.code}${Object.keys(e.detail).length ? ` ${JSON.stringify(e.detail)}` : ''}`;
  }
}

describe('what a file is, from its first bytes and its name', () => {
  it('reads Parquet and .xlsx by content, whatever the name says', () => {
    expect(sniff(bytes(0x50, 0x41, 0x52, 0x31, 0), 'data.csv')).toBe('parquet');
    expect(sniff(bytes(...ZIP, 0, 0), 'book.XLSX')).toBe('xlsx');
    expect(sniff(bytes(...ZIP, 0, 0), 'book.xlsm')).toBe('xlsx');
    // a renamed workbook: its parts name it
    expect(sniff(new Uint8Array([...ZIP, ...text('....[Content_Types].xml')]), 'data.csv')).toBe('xlsx');
    expect(sniff(new Uint8Array([...ZIP, ...text('....xl/workbook.xml')]), 'upload')).toBe('xlsx');
    expect(sniff(text('年度,四半期\n2023,1\n'), 'tallies.txt')).toBe('delimited');
  });

  it('refuses what it cannot read, saying what the file is', () => {
    expect(sniff(bytes(), 'empty.csv', 0)).toBe('empty');
    expect(sniff(new Uint8Array([...ZIP, ...text('word/document.xml')]), 'report.docx')).toBe('zip_not_xlsx');
    expect(sniff(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'old.XLS')).toBe('xls_old');
    expect(sniff(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'locked.xlsx')).toBe('xlsx_encrypted');
    expect(sniff(text('a,b\n1,2\n'), 'book.xlsx')).toBe('xlsx_corrupt {"reason":"not a zip archive"}');
    expect(sniff(text('a,b\n1,2\n'), 'data.Parquet')).toBe('parquet_corrupt {"reason":"no PAR1 header"}');
    expect(sniff(text('a,b\n'), 'data.parquet.csv')).toBe('delimited');
    expect(sniff(bytes(0x25, 0x50, 0x44, 0x46, 0x2d), 'minutes.csv')).toBe('binary {"what":"PDF"}');
    expect(sniff(bytes(0x89, 0x50, 0x4e, 0x47), 'chart.csv')).toBe('binary {"what":"PNG"}');
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0), 'photo.csv')).toBe('binary {"what":"JPEG"}');
    expect(sniff(bytes(0x1f, 0x8b, 8), 'data.csv.gz')).toBe('binary {"what":"gzip"}');
    expect(sniff(bytes(0x7f, 0x45, 0x4c, 0x46), 'a.out')).toBe('binary {"what":"ELF"}');
    expect(sniff(text('a,b\n1,\u00002\n'), 'nul.csv')).toBe('binary {"what":"binary data"}');
  });

  it('calls text binary only past 5 % control characters, tabs, line ends and ESC not counted', () => {
    // 1 control byte (0x01) in 20: 5 %, not more: still text
    const at5 = new Uint8Array([...text('abcdefghijklmnopqrs'), 0x01]);
    expect(sniff(at5, 'x.csv')).toBe('delimited');
    const past5 = new Uint8Array([...text('abcdefghijklmnopqr'), 0x01, 0x02]);
    expect(sniff(past5, 'x.csv')).toBe('binary {"what":"binary data"}');
    expect(sniff(new Uint8Array([...text('a\tb\r\nc\x0bd\x0c'), 0x1b, 0x1b, 0x1b]), 'x.csv')).toBe('delimited');
    // UTF-16 text has NUL bytes: its BOM says it is text
    expect(sniff(bytes(0xff, 0xfe, 0x61, 0, 0x2c, 0), 'u16.csv')).toBe('delimited');
    expect(sniff(bytes(0xfe, 0xff, 0, 0x61, 0, 0x2c), 'u16be.csv')).toBe('delimited');
  });

  it('puts the code and detail in the error message', () => {
    expect(new ImportFileError('empty').message).toBe('empty');
    expect(new ImportFileError('binary', { what: 'PDF' }).message).toBe('binary {"what":"PDF"}');
  });
});

describe('the text encoding of a file', () => {
  it('reads BOMs, strict UTF-8, and otherwise Shift_JIS', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', bom: true });
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0))).toEqual({ encoding: 'utf-16le', bom: true });
    expect(detectEncoding(bytes(0xfe, 0xff, 0, 0x61))).toEqual({ encoding: 'utf-16be', bom: true });
    expect(detectEncoding(text('年度'))).toEqual({ encoding: 'utf-8', bom: false });
    // 年度 in Shift_JIS: 94 4E 93 78
    expect(detectEncoding(bytes(0x94, 0x4e, 0x93, 0x78))).toEqual({ encoding: 'shift_jis', bom: false });
    // a UTF-8 character cut at the end of the sample is still UTF-8
    expect(detectEncoding(text('年度').subarray(0, 4))).toEqual({ encoding: 'utf-8', bom: false });
  });
});
