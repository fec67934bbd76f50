import type { Query, Row } from './sql.ts';

/**
 * public/data/snapshot.json: the answers to the first views' queries (query/first-views.ts), written by
 * `npm run data` from the same Parquet the page loads. Rows are stored column-wise per SQL text and parameter
 * list, so 50 case pages share one copy of each SQL text and of each column name.
 */
export interface SnapshotFile {
  format: 1;
  /** SQL text → JSON of the parameter list → result. */
  queries: Record<string, Record<string, SnapshotResult>>;
}

export interface SnapshotResult {
  columns: string[];
  rows: unknown[][];
}

export const SNAPSHOT_FILE = 'snapshot.json';

export function paramsKey(query: Query<unknown>): string {
  return JSON.stringify(query.params);
}

/** Rows as DuckDB-WASM hands them to the page: BIGINT as a number (castBigIntToDouble), lists as arrays. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object') {
    throw new Error(`snapshot: a query returns a ${value.constructor?.name ?? 'object'}; cast it to VARCHAR in SQL`);
  }
  return value;
}

export function toSnapshotResult(rows: readonly Row[], columns: string[]): SnapshotResult {
  return { columns, rows: rows.map((r) => columns.map((c) => plainValue(r[c]))) };
}

export function snapshotRows(result: SnapshotResult): Row[] {
  return result.rows.map((values) => {
    const row: Row = {};
    result.columns.forEach((c, i) => (row[c] = values[i]));
    return row;
  });
}

/** The snapshot's rows for a query, or undefined when the snapshot does not hold it. */
export function lookupSnapshot<R>(file: SnapshotFile | null, query: Query<R>): R[] | undefined {
  const result = file?.queries[query.sql]?.[paramsKey(query)];
  return result ? (snapshotRows(result) as R[]) : undefined;
}
