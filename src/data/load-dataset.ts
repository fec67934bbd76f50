import { mark } from '../lib/perf.ts';
import { ident } from '../query/sql.ts';
import type { Engine } from './db.ts';
import { LoadFailure, describeError, shortName } from './load-failure.ts';
import { parseManifest, type Manifest, type ManifestDataset } from './manifest.ts';
import { parquetToArrowIpc } from './parquet.ts';
import { runQuery } from './run-query.ts';
import type { TableDef } from '../domain/schema/tables.ts';
import { columnProblems, type DescribedColumn } from './validate-table.ts';

export type LoadStep =
  | { step: 'engine' }
  | { step: 'parquet' }
  | { step: 'table'; table: string; index: number; total: number }
  | { step: 'done' };

/** A table whose file was fetched but is not what the schema and manifest say. */
export class DatasetLoadError extends LoadFailure {
  constructor(
    readonly table: string,
    file: string,
    message: string,
  ) {
    super('table', file, message);
    this.message = `${file} (${table}): ${message}`;
  }
}

/** fetch() that names the file when the network, the server or a blocker refuses it. */
export async function fetchFile(url: string, part: 'fetch' | 'manifest'): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new LoadFailure(part, shortName(url), `could not be fetched (${describeError(e)})`);
  }
  if (!res.ok) throw new LoadFailure(part, shortName(url), `HTTP ${res.status}`);
  return res;
}

export async function fetchManifest(base: string): Promise<Manifest> {
  const url = `${base}manifest.json`;
  const text = await (await fetchFile(url, 'manifest')).text();
  try {
    return parseManifest(text);
  } catch (e) {
    throw new LoadFailure('manifest', shortName(url), describeError(e));
  }
}

/**
 * Loads one table from a Parquet URL. It lands in a staging table first and replaces the live table only once
 * its columns match the schema, so a failed load leaves what was loaded before untouched.
 */
export async function loadTable(engine: Engine, url: string, name: string, def: TableDef | undefined): Promise<number> {
  const res = await fetchFile(url, 'fetch');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    throw new LoadFailure('fetch', shortName(url), `could not be fetched (${describeError(e)})`);
  }
  let ipc: Uint8Array;
  try {
    ipc = await parquetToArrowIpc(bytes);
  } catch (e) {
    if (e instanceof LoadFailure) throw e; // the decoder failed, not this file
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
