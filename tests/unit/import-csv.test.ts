import { describe, expect, it } from 'vitest';
import { DelimitedReader, sniffDelimiter, UnclosedQuoteError } from '../../src/domain/import/csv.ts';
import { detectEncoding, ImportFileError, sniffKind } from '../../src/domain/import/sniff.ts';

function read(chunks: string[], d = ',') {
  const recs: [string[], number][] = [];
  const r = new DelimitedReader(d, (f, line) => recs.push([f, line]));
  chunks.forEach((c) => r.push(c));
  r.end();
  return { recs, r };
}

describe('the delimited reader', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, in any chunking', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n1,2,3\r\n';
    const whole = read([text]).recs.map(([f]) => f);
    expect(whole).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '2', '3'],
    ]);
    for (let cut = 1; cut < text.length; cut++) {
      expect(read([text.slice(0, cut), text.slice(cut)]).recs.map(([f]) => f)).toEqual(whole);
    }
  });

  it('counts each kind of line end, so a mixed file can be reported', () => {
    const { recs, r } = read(['h1,h2\r\n1,2\n3,4\r5,6']);
    expect(recs.map(([f]) => f)).toEqual([
      ['h1', 'h2'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(r.lineEnds).toEqual({ crlf: 1, lf: 1, cr: 1 });
    expect(recs.map(([, line]) => line)).toEqual([1, 2, 3, 4]);
  });

  it('names the line where an unclosed quote opened', () => {
    expect(() => read(['a,b\n1,2\n3,"open\n4,5\n'])).toThrow(UnclosedQuoteError);
    try {
      read(['a,b\n1,2\n3,"open\n4,5\n']);
    } catch (e) {
      expect((e as UnclosedQuoteError).line).toBe(3);
    }
  });

  it('sniffs comma, tab and semicolon; .tsv is tab', () => {
    expect(sniffDelimiter('a\tb\tc', 'x.txt')).toBe('\t');
    expect(sniffDelimiter('a;b;c', 'x.csv')).toBe(';');
    expect(sniffDelimiter('"a,1";b', 'x.csv')).toBe(';');
    expect(sniffDelimiter('a,b', 'x.tsv')).toBe('\t');
  });
});

describe('what a file is', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as ImportFileError).code;
    }
    return 'ok';
  };
  it('refuses empty, binary, encrypted and mislabelled files with their own codes', () => {
    expect(code(() => sniffKind(bytes(), 'a.csv', 0))).toBe('empty');
    expect(code(() => sniffKind(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0), 'a.csv', 6))).toBe('binary');
    expect(code(() => sniffKind(bytes(0x61, 0, 0x62), 'a.csv', 3))).toBe('binary');
    expect(code(() => sniffKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'a.xlsx', 8))).toBe(
      'xlsx_encrypted',
    );
    expect(code(() => sniffKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'a.xls', 8))).toBe('xls_old');
    expect(code(() => sniffKind(bytes(0x50, 0x4b, 0x03, 0x04), 'a.zip', 4))).toBe('zip_not_xlsx');
    expect(code(() => sniffKind(new TextEncoder().encode('a,b'), 'a.xlsx', 3))).toBe('xlsx_corrupt');
    expect(sniffKind(bytes(0x50, 0x41, 0x52, 0x31), 'renamed.csv', 4)).toBe('parquet');
    expect(sniffKind(new TextEncoder().encode('発生日時,件数\n'), 'a.csv', 10)).toBe('delimited');
  });

  it('detects UTF-8 with and without BOM, else Shift_JIS', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', bom: true });
    expect(detectEncoding(new TextEncoder().encode('発生日時'))).toEqual({ encoding: 'utf-8', bom: false });
    // 発生 in Shift_JIS
    expect(detectEncoding(bytes(0x94, 0xad, 0x90, 0xb6))).toEqual({ encoding: 'shift_jis', bom: false });
    // a UTF-8 character cut at the end of the sample is still UTF-8
    expect(detectEncoding(new TextEncoder().encode('発生').slice(0, 5)).encoding).toBe('utf-8');
  });
});
