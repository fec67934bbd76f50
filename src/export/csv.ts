import type { ChartSpec, SpecColumn } from '../charts/spec.ts';
import { csvCell, UTF8_BOM } from '../lib/csv-cell.ts';

export { csvCell };

/** RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break; header from labels. */
export function toCsv(columns: readonly SpecColumn[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.key])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** UTF-8 with a byte-order mark: without it Excel (ja) reads the file as Shift_JIS and garbles the Japanese. */
export function csvBlob(columns: readonly SpecColumn[], rows: readonly Record<string, unknown>[]): Blob {
  return new Blob([UTF8_BOM, toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
}

/**
 * The CSV of a chart's rows. A synthetic chart gets a first `dataset` column saying so on every row, so the label
 * travels inside the file (not only in its name) and the CSV stays a plain table for spreadsheets and SQL.
 */
export function chartCsvBlob(spec: Pick<ChartSpec, 'columns' | 'rows' | 'synthetic'>, syntheticLabel: string): Blob {
  if (!spec.synthetic) return csvBlob(spec.columns, spec.rows);
  const key = '__dataset';
  return csvBlob(
    [{ key, label: 'dataset' }, ...spec.columns],
    spec.rows.map((r) => ({ [key]: syntheticLabel, ...r })),
  );
}
