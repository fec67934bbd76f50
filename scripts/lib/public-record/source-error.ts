/** A bad value in a source file, located by file, line and column so the build can say exactly where. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string,
    readonly problem: string,
  ) {
    super(`${file}:${line}: column "${column}": ${problem}`);
  }
}

export interface Cell {
  file: string;
  line: number;
}

export type Row = Record<string, string>;

export function fail(at: Cell, column: string, problem: string): never {
  throw new SourceError(at.file, at.line, column, problem);
}

export function optionalNumber(at: Cell, row: Row, column: string, integer: boolean): number | null {
  const raw = (row[column] ?? '').trim();
  if (raw === '') return null;
  const n = Number(raw);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < 0) {
    fail(at, column, `"${raw}" is not a non-negative ${integer ? 'integer' : 'number'}`);
  }
  return n;
}

export function requiredText(at: Cell, row: Row, column: string): string {
  const raw = (row[column] ?? '').trim();
  if (raw === '') fail(at, column, 'is empty but required');
  return raw;
}

export function optionalText(row: Row, column: string): string | null {
  const raw = (row[column] ?? '').trim();
  return raw === '' ? null : raw;
}

export function oneOf<T extends string>(at: Cell, row: Row, column: string, allowed: readonly T[]): T {
  const raw = (row[column] ?? '').trim();
  if (!(allowed as readonly string[]).includes(raw)) {
    fail(at, column, `"${raw}" is not one of ${allowed.join(', ')}`);
  }
  return raw as T;
}
