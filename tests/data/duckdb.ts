import { DuckDBInstance } from '@duckdb/node-api';
import type { Query, Row } from '../../src/query/sql.ts';

/**
 * Native DuckDB over the built Parquet (public/data, written by `npm run data`), with one view per table so the
 * app's SQL builders run unchanged. Parameters are bound, as in the browser.
 */
export async function openBuiltData(dir = 'public/data') {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  for (const t of ['cases', 'case_notices', 'case_countermeasures', 'case_annotations', 'case_remarks', 'fy_figures']) {
    await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${dir}/${t}.parquet')`);
  }
  const run = async (q: Query): Promise<Row[]> => {
    const reader = await con.runAndReadAll(q.sql, q.params as never);
    return reader.getRowObjectsJson() as Row[];
  };
  return { con, run, close: () => con.closeSync() };
}
