import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import { displaySafe } from '../lib/text-safety.ts';
import type { Query, Row } from '../query/sql.ts';

/**
 * Arrow values → plain JS: lists become arrays, text loses what must never be shown or exported (control
 * characters, bidi overrides: lib/text-safety.ts), everything else stays as Arrow gives it. Every row the views
 * draw and the exports write comes through here, whichever dataset or import it came from.
 */
export function plain(value: unknown): unknown {
  if (typeof value === 'string') return displaySafe(value);
  if (value && typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') {
    return Array.from(value.toArray() as ArrayLike<unknown>, plain);
  }
  return value;
}

/**
 * Prepared statements by SQL text, kept open: brushing and filtering re-run the same SQL with new parameters, so
 * each run is one round trip to the DuckDB worker instead of three (prepare, run, close).
 */
const MAX_STATEMENTS = 48;
const statements = new WeakMap<AsyncDuckDBConnection, Map<string, Promise<AsyncPreparedStatement>>>();

function prepared(conn: AsyncDuckDBConnection, sql: string): Promise<AsyncPreparedStatement> {
  let cache = statements.get(conn);
  if (!cache) statements.set(conn, (cache = new Map()));
  let stmt = cache.get(sql);
  if (stmt) {
    cache.delete(sql); // re-insert: the Map's order is the recency order
  } else {
    stmt = conn.prepare(sql);
    stmt.catch(() => cache.delete(sql));
  }
  cache.set(sql, stmt);
  if (cache.size > MAX_STATEMENTS) {
    const [oldest, old] = cache.entries().next().value!;
    cache.delete(oldest);
    void old.then((s) => s.close()).catch(() => undefined);
  }
  return stmt;
}

/** Runs a query; its rows have the type its builder declared (the one place that type is taken on trust). */
export async function runQuery<R = Row>(conn: AsyncDuckDBConnection, query: Query<R>): Promise<R[]> {
  const table =
    query.params.length === 0
      ? await conn.query(query.sql)
      : await (await prepared(conn, query.sql)).query(...query.params);
  const names = table.schema.fields.map((f) => f.name);
  const out: Row[] = [];
  for (const r of table.toArray()) {
    const o: Row = {};
    for (const n of names) o[n] = plain((r as Record<string, unknown>)[n]);
    out.push(o);
  }
  return out as R[];
}
