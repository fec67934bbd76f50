import { describe, expect, it } from 'vitest';
import { DelimitedReader, UnclosedQuoteError } from '../../src/domain/import/csv.ts';

/** Every record with the line it starts on, reading `chunks` one after another. */
function read(chunks: string[], d = ',') {
  const out: [string[], number][] = [];
  const r = new DelimitedReader(d, (fields, line) => out.push([fields, line]));
  for (const c of chunks) r.push(c);
  r.end();
  return { records: out, lineEnds: r.lineEnds, strayQuotes: r.strayQuotes };
}
const everySplit = (text: string) => [...text];

const FILE = 'a,b\r\n"x,1","y\r\nz"\n\nlast,"q""q"';

describe('the delimited reader (RFC 4180, in chunks)', () => {
  it('reads quoted delimiters, line breaks and doubled quotes, with the line each record starts on', () => {
    const { records, lineEnds } = read([FILE]);
    expect(records).toEqual([
      [['a', 'b'], 1],
      [['x,1', 'y\r\nz'], 2],
      [['last', 'q"q'], 5],
    ]);
    // the CRLF inside the quoted field is data, not a line end of the file
    expect(lineEnds).toEqual({ crlf: 1, lf: 2, cr: 0 });
  });

  it('reads the same when the text arrives one character at a time, a doubled quote split across chunks', () => {
    expect(read(everySplit(FILE))).toEqual(read([FILE]));
    expect(read(['"q"', '"q"']).records).toEqual([[['q"q'], 1]]);
    expect(read(['"q"', ',r']).records).toEqual([[['q', 'r'], 1]]);
    expect(read(['a\r', '\nb']).lineEnds).toEqual({ crlf: 1, lf: 0, cr: 0 });
  });

  it('ends records on lone CRs too, counting each kind of line end', () => {
    const { records, lineEnds } = read(['a\rb\r']);
    expect(records).toEqual([
      [['a'], 1],
      [['b'], 2],
    ]);
    expect(lineEnds).toEqual({ crlf: 0, lf: 0, cr: 2 });
    expect(read(['a\nb\r\nc\rd']).lineEnds).toEqual({ crlf: 1, lf: 1, cr: 1 });
  });

  it('skips blank lines, keeps empty fields, and ends on the last record with or without a line end', () => {
    expect(read(['a,\n\n,\nb']).records).toEqual([
      [['a', ''], 1],
      [['', ''], 3],
      [['b'], 4],
    ]);
    expect(read(['a\n']).records).toEqual([[['a'], 1]]);
    expect(read(['']).records).toEqual([]);
    expect(read(['x\ty'], '\t').records).toEqual([[['x', 'y'], 1]]);
  });

  it('keeps a quote inside an unquoted field as text and notes its line once', () => {
    const { records, strayQuotes } = read(['ab"c,d"\ne"f"\n"ok"\n']);
    expect(records.map(([f]) => f)).toEqual([['ab"c', 'd"'], ['e"f"'], ['ok']]);
    expect(strayQuotes).toEqual([1, 2]);
    // text after a closing quote stays in the field
    expect(read(['"a"b,c']).records).toEqual([[['ab', 'c'], 1]]);
  });

  it('names the line where a quote that never closes was opened', () => {
    const r = new DelimitedReader(',', () => undefined);
    r.push('a\nb,"c\r\nd\ne');
    let error: unknown;
    try {
      r.end();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnclosedQuoteError);
    expect((error as UnclosedQuoteError).line).toBe(2);
    expect((error as Error).message).toBe('a quoted field opened on line 2 is never closed');
  });

  it('counts the lines of a quoted field once per line break (CRLF, LF or CR)', () => {
    expect(read(['"1\r\n2\n3\r4",x\nnext']).records).toEqual([
      [['1\r\n2\n3\r4', 'x'], 1],
      [['next'], 5],
    ]);
  });
});
