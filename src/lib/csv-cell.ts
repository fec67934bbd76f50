/**
 * One CSV cell, as every CSV jiko writes it (chart rows, SQL results, imported datasets, exported records): quoted
 * when it holds a comma, quote or line break or starts/ends with space; a text that a spreadsheet would run as a
 * formula (`= + - @ \t \r` first) is neutralised with a leading apostrophe, numbers excepted. Here in lib/ so the
 * page and the encoding worker (data/parquet-worker.ts) share it.
 */
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

/** The UTF-8 byte-order mark: without it Excel (ja) reads a CSV as Shift_JIS and garbles the Japanese. */
export const UTF8_BOM = '\uFEFF';
