import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
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

export async function runQuery(conn: AsyncDuckDBConnection, query: Query): Promise<Row[]> {
  let table;
  if (query.params.length === 0) {
    table = await conn.query(query.sql);
  } else {
    const stmt = await conn.prepare(query.sql);
    try {
      table = await stmt.query(...query.params);
    } finally {
      await stmt.close();
    }
  }
  const names = table.schema.fields.map((f) => f.name);
  const out: Row[] = [];
  for (const r of table.toArray()) {
    const o: Row = {};
    for (const n of names) o[n] = plain((r as Record<string, unknown>)[n]);
    out.push(o);
  }
  return out;
}
