import type { ChartSpec, SpecColumn } from '../charts/spec.ts';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// Spreadsheets run a cell that starts like a formula; imported files are user data, so neutralise them.
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string')
    return value.length > 1 && FORMULA_START.test(value) && !NUMERIC.test(value) ? `'${value}` : value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function csvCell(value: unknown): string {
  const text = cellText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break; header from labels. */
export function toCsv(columns: readonly SpecColumn[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.key])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** UTF-8 with a byte-order mark: without it Excel (ja) reads the file as Shift_JIS and garbles the Japanese. */
export function csvBlob(columns: readonly SpecColumn[], rows: readonly Record<string, unknown>[]): Blob {
  return new Blob(['\uFEFF', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
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
