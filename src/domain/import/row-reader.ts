import type { Mapping } from './mapping.ts';
import type { Problem, ProblemCode } from './problems.ts';
import { cellText, rowNumber, type RawCell, type RawTable } from './table.ts';
import type { Parsed } from './values.ts';

/** A parser's error as a problem code: an unknown code, a date that does not exist, or text of the wrong type. */
export function problemCodeOf(error: string): ProblemCode {
  if (error.startsWith('unknown')) return 'allowed';
  if (/no such|after the end/.test(error)) return 'no_such_date';
  return 'type';
}

/** A text cell, trimmed; empty is missing. */
export const textCell = (c: RawCell): { value: string } | null =>
  c == null || cellText(c).trim() === '' ? null : { value: cellText(c).trim() };

export const stringCell = (c: RawCell): string | null => (c == null ? null : cellText(c));

/**
 * Reads the cells of one record under a mapping, and files each problem under the file's own column header and
 * the spreadsheet row, counting errors (the record is left out) and warnings (it is kept, flagged).
 */
export class RowReader {
  errors = 0;
  warnings = 0;
  readonly row: number;

  constructor(
    private readonly table: RawTable,
    private readonly mapping: Mapping,
    private readonly problems: Problem[],
    private readonly r: number,
  ) {
    this.row = rowNumber(table, r);
  }

  header(name: string): string {
    const i = this.mapping[name];
    return i == null ? name : (this.table.headers[i] ?? name);
  }

  cell(name: string): RawCell {
    const i = this.mapping[name];
    return i == null ? null : (this.table.columns[i]?.[this.r] ?? null);
  }

  report(name: string, code: ProblemCode, detail: string, severity: 'error' | 'warning' = 'error'): void {
    const value = cellText(this.cell(name));
    this.problems.push({ row: this.row, column: this.header(name), value, code, detail, severity });
    if (severity === 'error') this.errors++;
    else this.warnings++;
  }

  /** The parsed cell, or null (missing, or wrong: then reported). */
  read<T>(name: string, parse: (c: RawCell) => Parsed<T>, required: boolean): T | null {
    const res = parse(this.cell(name));
    if (res === null) {
      if (required) this.report(name, 'required', 'empty');
      return null;
    }
    if ('error' in res) {
      this.report(name, problemCodeOf(res.error), res.error);
      return null;
    }
    return res.value;
  }
}
