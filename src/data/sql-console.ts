import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { guardSql } from '../query/sql-guard.ts';
import { getEngine } from './db.ts';

export interface SqlResult {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
  /** True when more rows came back than the console keeps. */
  truncated: boolean;
  ms: number;
}

export class SqlRefused extends Error {
  constructor(
    readonly reason: 'empty' | 'many' | 'refused',
    readonly keyword?: string,
  ) {
    super(keyword ? `${keyword} is refused: the SQL console is read-only` : reason);
  }
}

export const MAX_RESULT_ROWS = 10_000;

let conn: Promise<AsyncDuckDBConnection> | null = null;

/**
 * The console's own connection to the one DuckDB instance. Two locks keep jiko's tables safe: a statement whose
 * keywords could write is refused before it runs (query/sql-guard.ts), and every query runs inside a transaction
 * that is always rolled back, so even a write the guard missed is undone.
 */
function connection(): Promise<AsyncDuckDBConnection> {
  conn ??= getEngine().then((e) => e.db.connect());
  return conn;
}

function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v && typeof v === 'object' && 'toArray' in v && typeof v.toArray === 'function') {
    return JSON.stringify(Array.from(v.toArray() as ArrayLike<unknown>, plain));
  }
  return v;
}

export async function runConsoleSql(sql: string): Promise<SqlResult> {
  const guard = guardSql(sql);
  if (!guard.ok) throw new SqlRefused(guard.reason, guard.keyword);
  const c = await connection();
  const t0 = performance.now();
  await c.query('BEGIN TRANSACTION');
  try {
    const reader = await c.send(guard.statement, true);
    const rows: Record<string, unknown>[] = [];
    let columns: SqlResult['columns'] = [];
    let truncated = false;
    for await (const batch of reader) {
      if (columns.length === 0) columns = batch.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
      for (const r of batch.toArray()) {
        if (rows.length >= MAX_RESULT_ROWS) {
          truncated = true;
          break;
        }
        const o: Record<string, unknown> = {};
        for (const { name } of columns) o[name] = plain((r as Record<string, unknown>)[name]);
        rows.push(o);
      }
      if (truncated) break;
    }
    if (columns.length === 0)
      columns = reader.schema?.fields.map((f) => ({ name: f.name, type: String(f.type) })) ?? [];
    return { columns, rows, truncated, ms: performance.now() - t0 };
  } finally {
    await c.query('ROLLBACK').catch(() => undefined);
  }
}

/** Stops the query the console is running; it then fails with DuckDB's "interrupted" error. */
export async function cancelConsoleSql(): Promise<void> {
  if (conn) await (await conn).cancelSent();
}

/** Tables and columns for the schema panel and the editor's completion. */
export async function consoleSchema(): Promise<{ table: string; columns: { name: string; type: string }[] }[]> {
  const c = await connection();
  const res = await c.query(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY table_name, ordinal_position`,
  );
  const out = new Map<string, { name: string; type: string }[]>();
  for (const r of res.toArray()) {
    const { table_name = '', column_name = '', data_type = '' } = r.toJSON() as Record<string, string | undefined>;
    out.set(table_name, [...(out.get(table_name) ?? []), { name: column_name, type: data_type }]);
  }
  return [...out].map(([table, columns]) => ({ table, columns }));
}
