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
  // Plain decimal only: Number() would also read "0x14C", "1e3", "0b11" or "Infinity".
  const n = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
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

/** An absolute http(s) URL; anything else (javascript:, data:, file:, a typo) is refused, not dropped. */
export function httpUrl(at: Cell, column: string, text: string): string {
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || /\s/.test(text)) {
    fail(at, column, `"${text}" is not an http(s) URL`);
  }
  return text;
}
