import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { firstViewQueries } from '../../src/query/first-views.ts';
import { paramsKey, SNAPSHOT_FILE, toSnapshotResult, type SnapshotFile } from '../../src/query/snapshot.ts';
import type { Row } from '../../src/query/sql.ts';

/**
 * Answers the first views' queries over the Parquet just written to `outDir` (native DuckDB reads it directly)
 * and writes snapshot.json beside it. The page draws those views from it while DuckDB-WASM starts.
 */
export async function writeSnapshot(con: DuckDBConnection, outDir: string, tables: readonly string[]): Promise<number> {
  for (const t of tables) {
    const file = join(outDir, `${t}.parquet`).replaceAll("'", "''");
    await con.run(`CREATE OR REPLACE TABLE "${t}" AS SELECT * FROM read_parquet('${file}')`);
  }
  const ids = (await con.runAndReadAll(`SELECT id FROM cases ORDER BY id`)).getRowObjectsJS().map((r) => String(r.id));
  const out: SnapshotFile = { format: 1, queries: {} };
  for (const query of firstViewQueries(ids)) {
    const reader = await con.runAndReadAll(query.sql, query.params as never);
    const result = toSnapshotResult(reader.getRowObjectsJS() as Row[], reader.columnNames());
    (out.queries[query.sql] ??= {})[paramsKey(query)] = result;
  }
  const text = JSON.stringify(out);
  writeFileSync(join(outDir, SNAPSHOT_FILE), text);
  return text.length;
}
