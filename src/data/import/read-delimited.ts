import { DelimitedReader, sniffDelimiter, UnclosedQuoteError } from '../../domain/import/csv.ts';
import { ImportFileError, type TextEncoding } from '../../domain/import/sniff.ts';
import type { RawCell, RawTable } from '../../domain/import/table.ts';
import { IMPORT_LIMITS } from './limits.ts';

export interface DelimitedInfo {
  delimiter: string;
  lineEnds: { crlf: number; lf: number; cr: number };
  /** Records whose number of fields differs from the header's: left out, reported by row. */
  ragged: { row: number; fields: number }[];
  strayQuotes: number[];
}

// jiko's own CSV export prefixes a formula-like cell with ' (export/csv.ts); reading it back removes exactly that.
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/** Reads a CSV/TSV file as a stream, decoding it with the given encoding, reporting bytes read. */
export async function readDelimited(
  file: Blob & { name: string },
  encoding: TextEncoding,
  onProgress: (loaded: number) => void,
): Promise<{ table: RawTable; info: DelimitedInfo }> {
  const decoder = new TextDecoder(encoding);
  let headers: string[] | null = null;
  let columns: RawCell[][] = [];
  const rowNumbers: number[] = [];
  const ragged: DelimitedInfo['ragged'] = [];
  let rows = 0;
  let reader: DelimitedReader | null = null;
  let firstText = '';
  const onRecord = (fields: string[], line: number) => {
    if (!headers) {
      if (fields.length > IMPORT_LIMITS.columns) {
        throw new ImportFileError('too_many_columns', { n: fields.length, max: IMPORT_LIMITS.columns });
      }
      headers = uniqueHeaders(fields.map((f) => f.replace(/^\uFEFF/, '').trim()));
      columns = headers.map(() => []);
      return;
    }
    // Fewer fields: spreadsheets drop trailing empty cells. More: the record does not line up with the header.
    if (fields.length > headers.length && fields.slice(headers.length).some((f) => f !== '')) {
      ragged.push({ row: line, fields: fields.length });
      return;
    }
    if (++rows > IMPORT_LIMITS.rows) throw new ImportFileError('too_many_rows', { max: IMPORT_LIMITS.rows });
    for (let c = 0; c < columns.length; c++) {
      const v = fields[c] ?? '';
      columns[c]!.push(v === '' ? null : v.replace(NEUTRALISED, ''));
    }
    rowNumbers.push(line);
  };
  const stream = file.stream().getReader();
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await stream.read();
      if (done) break;
      loaded += value.byteLength;
      const text = decoder.decode(value, { stream: true });
      if (!reader) {
        firstText += text;
        const nl = firstText.search(/[\r\n]/);
        if (nl < 0 && firstText.length < 1_000_000) continue;
        reader = new DelimitedReader(sniffDelimiter(firstText.slice(0, nl < 0 ? undefined : nl), file.name), onRecord);
        reader.push(firstText);
      } else reader.push(text);
      onProgress(loaded);
    }
    const rest = decoder.decode();
    if (!reader) {
      reader = new DelimitedReader(sniffDelimiter(firstText + rest, file.name), onRecord);
      reader.push(firstText);
    }
    reader.push(rest);
    reader.end();
  } catch (e) {
    if (e instanceof UnclosedQuoteError) throw new ImportFileError('unclosed_quote', { line: e.line });
    throw e;
  }
  if (!headers) throw new ImportFileError('empty');
  if (rows === 0) throw new ImportFileError('header_only', { columns: (headers as string[]).length });
  return {
    table: { headers, columns, rowCount: rows, rowNumbers: Int32Array.from(rowNumbers) },
    info: {
      delimiter: reader.delimiter,
      lineEnds: reader.lineEnds,
      ragged,
      strayQuotes: reader.strayQuotes,
    },
  };
}

/** Blank or repeated header names get a suffix so each file column stays addressable. */
export function uniqueHeaders(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n, i) => {
    const base = n === '' ? `column ${i + 1}` : n;
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base} (${k})`;
  });
}
