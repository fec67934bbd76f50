import { mark } from '../lib/perf.ts';
import { ident } from '../query/sql.ts';
import type { Engine } from './db.ts';
import type { Manifest, ManifestDataset } from './manifest.ts';
import { parquetToArrowIpc } from './parquet.ts';
import { runQuery } from './run-query.ts';
import type { TableDef } from '../domain/schema/tables.ts';
import { columnProblems, type DescribedColumn } from './validate-table.ts';

export type LoadStep =
  | { step: 'engine' }
  | { step: 'parquet' }
  | { step: 'table'; table: string; index: number; total: number }
  | { step: 'done' };

export class DatasetLoadError extends Error {
  constructor(
    readonly table: string,
    readonly file: string,
    message: string,
  ) {
    super(`${file} (${table}): ${message}`);
  }
}

export async function fetchManifest(base: string): Promise<Manifest> {
  const res = await fetch(`${base}manifest.json`);
  if (!res.ok) throw new Error(`${base}manifest.json: HTTP ${res.status}`);
  return (await res.json()) as Manifest;
}

/**
 * Loads one table from a Parquet URL. It lands in a staging table first and replaces the live table only once
 * its columns match the schema, so a failed load leaves what was loaded before untouched.
 */
export async function loadTable(engine: Engine, url: string, name: string, def: TableDef | undefined): Promise<number> {
  const res = await fetch(url);
  if (!res.ok) throw new DatasetLoadError(name, url, `HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  let ipc: Uint8Array;
  try {
    ipc = await parquetToArrowIpc(bytes);
  } catch (e) {
    throw new DatasetLoadError(name, url, `not a readable Parquet file (${String(e)})`);
  }
  const staging = `__staging_${name}`;
  const { conn } = engine;
  await conn.query(`DROP TABLE IF EXISTS ${ident(staging)}`);
  await conn.insertArrowFromIPCStream(ipc, { name: staging, create: true });
  if (def) {
    const described = (await runQuery(conn, { sql: `DESCRIBE ${ident(staging)}`, params: [] })) as unknown;
    const problems = columnProblems(def, described as DescribedColumn[]);
    if (problems.length > 0) {
      await conn.query(`DROP TABLE IF EXISTS ${ident(staging)}`);
      throw new DatasetLoadError(name, url, problems.join('; '));
    }
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

export async function loadDataset(
  engine: Engine,
  base: string,
  dataset: ManifestDataset,
  schema: Record<string, TableDef>,
  onStep: (s: LoadStep) => void,
): Promise<void> {
  const total = dataset.tables.length;
  for (const [index, t] of dataset.tables.entries()) {
    onStep({ step: 'table', table: t.name, index, total });
    const rows = await loadTable(engine, `${base}${t.file}`, t.name, schema[t.schema]);
    if (rows !== t.rows) throw new DatasetLoadError(t.name, t.file, `expected ${t.rows} rows, found ${rows}`);
  }
  mark('data-loaded');
  onStep({ step: 'done' });
}
