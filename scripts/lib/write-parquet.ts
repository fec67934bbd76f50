import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableDef } from '../../src/domain/schema/tables.ts';

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Writes rows to Parquet with exactly the column types of `table` (not DuckDB's guesses): rows go through a
 * newline-delimited JSON file that read_json reads with an explicit column list. Paths and names here are ours,
 * not user input.
 */
export async function writeParquet(
  con: DuckDBConnection,
  table: TableDef,
  rows: readonly object[],
  outFile: string,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jiko-build-'));
  try {
    const json = join(dir, `${table.name}.ndjson`);
    writeFileSync(json, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const columns = table.columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ');
    const names = table.columns.map((c) => `"${c.name}"`).join(', ');
    await con.run(
      `COPY (SELECT ${names} FROM read_json(${sqlString(json)}, format = 'newline_delimited', columns = {${columns}}))` +
        ` TO ${sqlString(outFile)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
