/** A parsed file before mapping: header names and columns of raw cells (text, or typed by Excel/Parquet). */
export type RawCell = string | number | boolean | Date | null;

export interface RawTable {
  headers: string[];
  /** columns[c][r]: cell of record r in file column c. */
  columns: RawCell[][];
  rowCount: number;
  /** Spreadsheet row number of record r (header = 1); differs from r + 2 when quoted fields span lines. */
  rowNumbers?: Int32Array;
}

export const rowNumber = (t: RawTable, r: number) => t.rowNumbers?.[r] ?? r + 2;

export function cellText(cell: RawCell): string {
  if (cell == null) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
}
