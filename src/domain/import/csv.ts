/**
 * An incremental RFC 4180 reader for text that arrives in chunks (a file read as a stream): quoted fields may hold
 * delimiters, quotes ("") and line breaks; CRLF, LF and lone CR all end a record. It counts each kind of line end,
 * so a file that mixes them can be reported, and names the line where an unclosed quote started.
 */
export class DelimitedReader {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  private quoteClosed = false;
  private pendingCR = false;
  private line = 1;
  private quoteLine = 0;
  readonly lineEnds = { crlf: 0, lf: 0, cr: 0 };
  /** Lines where a quote appeared inside an unquoted field (`ab"c`), kept as text. */
  readonly strayQuotes: number[] = [];

  constructor(
    readonly delimiter: string,
    private readonly onRecord: (fields: string[], line: number) => void,
  ) {}

  private recordStartLine = 1;

  push(text: string): void {
    const d = this.delimiter;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === '\n') {
          this.lineEnds.crlf++;
          continue;
        }
        this.lineEnds.cr++;
      }
      if (this.inQuotes) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            this.field += '"';
            i++;
          } else if (i + 1 === text.length) {
            // A quote at the end of a chunk: decide when the next chunk arrives.
            this.inQuotes = false;
            this.quoteClosed = true;
            this.maybeEscaped = true;
          } else {
            this.inQuotes = false;
            this.quoteClosed = true;
          }
        } else {
          // a CRLF inside the field is one line break (its CR may have come in the previous chunk)
          if (c === '\r' || (c === '\n' && !this.field.endsWith('\r'))) this.line++;
          this.field += c;
        }
        continue;
      }
      if (this.maybeEscaped) {
        this.maybeEscaped = false;
        if (c === '"') {
          this.field += '"';
          this.inQuotes = true;
          this.quoteClosed = false;
          continue;
        }
      }
      if (c === d) {
        this.endField();
      } else if (c === '\n') {
        this.lineEnds.lf++;
        this.endRecord();
      } else if (c === '\r') {
        this.pendingCR = true;
        this.endRecord();
      } else if (c === '"' && this.field === '' && !this.quoteClosed) {
        this.inQuotes = true;
        this.quoteLine = this.line;
      } else {
        if (c === '"' && !this.strayQuotes.includes(this.line) && this.strayQuotes.length < 100) {
          this.strayQuotes.push(this.line);
        }
        this.field += c;
      }
    }
  }

  private maybeEscaped = false;

  /** Ends the input; throws an UnclosedQuoteError when a quoted field never closed. */
  end(): void {
    if (this.pendingCR) this.lineEnds.cr++;
    if (this.inQuotes) throw new UnclosedQuoteError(this.quoteLine);
    if (this.field !== '' || this.record.length > 0) this.endRecord();
  }

  private endField() {
    this.record.push(this.field);
    this.field = '';
    this.quoteClosed = false;
  }

  private endRecord() {
    this.endField();
    const rec = this.record;
    this.record = [];
    const start = this.recordStartLine;
    this.line++;
    this.recordStartLine = this.line;
    // Blank lines carry no record.
    if (rec.length === 1 && rec[0] === '') return;
    this.onRecord(rec, start);
  }
}

export class UnclosedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`a quoted field opened on line ${line} is never closed`);
  }
}

/** Comma, tab or semicolon: whichever splits the first line into the most fields (outside quotes). */
export function sniffDelimiter(firstLine: string, fileName: string): ',' | '\t' | ';' {
  if (/\.tsv$/i.test(fileName)) return '\t';
  const count = (d: string) => {
    let n = 0;
    let q = false;
    for (const c of firstLine) {
      if (c === '"') q = !q;
      else if (c === d && !q) n++;
    }
    return n;
  };
  const candidates = [',', '\t', ';'] as const;
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ',' as ',' | '\t' | ';');
}
