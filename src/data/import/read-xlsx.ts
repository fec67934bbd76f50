import { readSheet } from 'read-excel-file/web-worker';
import { ImportFileError } from '../../domain/import/sniff.ts';
import type { RawCell, RawTable } from '../../domain/import/table.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { uniqueHeaders } from './read-delimited.ts';

const filled = (row: readonly unknown[]) => row.filter((c) => c !== null && c !== undefined && c !== '').length;

/**
 * The first sheet of an .xlsx. Government sheets often put a title and notes above the header, so the header is
 * the first of the top 20 rows that is nearly as full as the fullest of them.
 */
export async function readXlsx(bytes: ArrayBuffer): Promise<RawTable> {
  let data: RawCell[][];
  try {
    data = (await readSheet(bytes)) as RawCell[][];
  } catch (e) {
    throw new ImportFileError('xlsx_corrupt', { reason: e instanceof Error ? e.message : String(e) });
  }
  if (data.every((r) => filled(r) === 0)) throw new ImportFileError('xlsx_empty');
  const top = data.slice(0, 20);
  const widest = Math.max(...top.map(filled));
  const h = top.findIndex((r) => filled(r) >= Math.max(2, widest * 0.6));
  const headerIndex = h < 0 ? 0 : h;
  const headerRow = data[headerIndex]!;
  let width = headerRow.length;
  while (width > 0 && filled([headerRow[width - 1]]) === 0) width--;
  if (width > IMPORT_LIMITS.columns)
    throw new ImportFileError('too_many_columns', { n: width, max: IMPORT_LIMITS.columns });
  const headers = uniqueHeaders(headerRow.slice(0, width).map((c) => (c == null ? '' : String(c).trim())));
  const body = data
    .slice(headerIndex + 1)
    .map((r, i) => ({ r, n: headerIndex + 2 + i }))
    .filter(({ r }) => filled(r) > 0);
  if (body.length === 0) throw new ImportFileError('header_only', { columns: width });
  if (body.length > IMPORT_LIMITS.rows) throw new ImportFileError('too_many_rows', { max: IMPORT_LIMITS.rows });
  const columns = headers.map((_, c) => body.map(({ r }) => (r[c] === undefined || r[c] === '' ? null : r[c]!)));
  return { headers, columns, rowCount: body.length, rowNumbers: Int32Array.from(body.map((b) => b.n)) };
}
