import { ident } from '../../query/sql.ts';
import type { Engine } from '../db.ts';
import { insertIpcChunks } from '../insert-ipc.ts';
import { runQuery } from '../run-query.ts';
import type { TableDef } from '../../domain/schema/tables.ts';
import { columnProblems, type DescribedColumn } from '../validate-table.ts';

/**
 * Arrow IPC → a DuckDB table, through a staging table that replaces the live one only once its columns match the
 * schema (as load-dataset.ts does for the shipped files), so a failure leaves every loaded table as it was.
 */
export async function insertIpcTable(
  engine: Engine,
  ipc: Uint8Array | readonly Uint8Array[],
  name: string,
  def: TableDef,
): Promise<number> {
  const staging = `__staging_${name}`;
  const { conn } = engine;
  await insertIpcChunks(engine, ipc instanceof Uint8Array ? [ipc] : ipc, staging);
  const described = (await runQuery(conn, { sql: `DESCRIBE ${ident(staging)}`, params: [] })) as unknown;
  const problems = columnProblems(def, described as DescribedColumn[]);
  if (problems.length > 0) {
    await conn.query(`DROP TABLE IF EXISTS ${ident(staging)}`);
    throw new Error(`${name}: ${problems.join('; ')}`);
  }
  await conn.query(`BEGIN TRANSACTION`);
  try {
    await conn.query(`DROP TABLE IF EXISTS ${ident(name)}`);
    await conn.query(`ALTER TABLE ${ident(staging)} RENAME TO ${ident(name)}`);
    await conn.query(`COMMIT`);
  } catch (e) {
    await conn.query(`ROLLBACK`);
    throw e;
  }
  const count = await runQuery(conn, { sql: `SELECT count(*) AS n FROM ${ident(name)}`, params: [] });
  return Number(count[0]?.n ?? 0);
}
