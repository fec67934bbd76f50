import { mark } from '../lib/perf.ts';
import { ident } from '../query/sql.ts';
import type { Engine } from './db.ts';
import { LoadFailure, describeError, shortName } from './load-failure.ts';
import { parseManifest, type Manifest, type ManifestDataset } from './manifest.ts';
import { insertIpcChunks } from './insert-ipc.ts';
import { parquetToIpcChunks, releaseParquetWorker } from './parquet.ts';
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

/** Fetched and decoded tables waiting for DuckDB, by URL: each is taken once. */
const prepared = new Map<string, Promise<Uint8Array[]>>();

async function fetchAndDecode(url: string, name: string): Promise<Uint8Array[]> {
  const res = await fetchFile(url, 'fetch');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    throw new LoadFailure('fetch', shortName(url), `could not be fetched (${describeError(e)})`);
  }
  try {
    return await parquetToIpcChunks(bytes);
  } catch (e) {
    if (e instanceof LoadFailure) throw e; // the decoder failed, not this file
    throw new DatasetLoadError(name, url, `not a readable Parquet file (${String(e)})`);
  }
}

/** Starts fetching and decoding a dataset's files now, e.g. while DuckDB is still starting. */
export function prepareDataset(base: string, dataset: ManifestDataset): void {
  for (const t of dataset.tables) {
    const url = `${base}${t.file}`;
    if (!prepared.has(url)) {
      const job = fetchAndDecode(url, t.name);
      job.catch(() => undefined); // reported when the load takes it
      prepared.set(url, job);
    }
  }
}

function takePrepared(url: string, name: string): Promise<Uint8Array[]> {
  const job = prepared.get(url);
  prepared.delete(url);
  return job ?? fetchAndDecode(url, name);
}

interface Staged {
  name: string;
  file: string;
  staging: string;
  def: TableDef | undefined;
  rows: number;
}

/**
 * Loads a dataset's tables. Files are fetched and decoded in parallel; each table lands in a staging table, and
 * only once every one of them has the schema's columns and the manifest's row count do they all replace the live
 * tables, in one transaction: a failed load leaves what was loaded before untouched. The checks take one query
 * for all tables, not a few per table.
 */
export async function loadDataset(
  engine: Engine,
  base: string,
  dataset: ManifestDataset,
  schema: Record<string, TableDef>,
  onStep: (s: LoadStep) => void,
): Promise<void> {
  const total = dataset.tables.length;
  const decoded = dataset.tables.map((t) => takePrepared(`${base}${t.file}`, t.name));
  const staged: Staged[] = dataset.tables.map((t) => ({
    name: t.name,
    file: `${base}${t.file}`,
    staging: `__staging_${t.name}`,
    def: schema[t.schema],
    rows: t.rows,
  }));
  const { conn } = engine;
  try {
    for (const [index, s] of staged.entries()) {
      onStep({ step: 'table', table: s.name, index, total });
      await insertIpcChunks(engine, await decoded[index]!, s.staging);
    }
    await checkStaged(engine, staged);
    await swapIn(engine, staged);
  } catch (e) {
    await Promise.allSettled(decoded);
    await conn.query(staged.map((s) => `DROP TABLE IF EXISTS ${ident(s.staging)};`).join('\n')).catch(() => undefined);
    throw e;
  } finally {
    releaseParquetWorker();
  }
  mark('data-loaded');
  onStep({ step: 'done' });
}

async function checkStaged(engine: Engine, staged: Staged[]): Promise<void> {
  // Staging names are ident()-checked ours, so they can be quoted as string literals too.
  const names = staged.map((s) => `'${ident(s.staging).slice(1, -1)}'`).join(', ');
  const columns = await runQuery(engine.conn, {
    sql: `SELECT table_name, column_name, data_type AS column_type FROM duckdb_columns()
WHERE table_name IN (${names}) ORDER BY table_name, column_index`,
    params: [],
  });
  const counts = await runQuery(engine.conn, {
    sql: staged
      .map((s) => `SELECT '${s.staging}' AS t, count(*)::DOUBLE AS n FROM ${ident(s.staging)}`)
      .join('\nUNION ALL\n'),
    params: [],
  });
  for (const s of staged) {
    const described = columns.filter((c) => c.table_name === s.staging) as unknown as DescribedColumn[];
    const problems = s.def ? columnProblems(s.def, described) : [];
    if (problems.length > 0) throw new DatasetLoadError(s.name, s.file, problems.join('; '));
    const n = Number(counts.find((r) => r.t === s.staging)?.n ?? 0);
    if (n !== s.rows) throw new DatasetLoadError(s.name, shortName(s.file), `expected ${s.rows} rows, found ${n}`);
  }
}

async function swapIn(engine: Engine, staged: Staged[]): Promise<void> {
  const statements = staged.flatMap((s) => [
    `DROP TABLE IF EXISTS ${ident(s.name)};`,
    `ALTER TABLE ${ident(s.staging)} RENAME TO ${ident(s.name)};`,
  ]);
  try {
    await engine.conn.query(['BEGIN TRANSACTION;', ...statements, 'COMMIT;'].join('\n'));
  } catch (e) {
    await engine.conn.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** Loads one table from a Parquet URL (staged, checked against `def`, then swapped in); returns its row count. */
export async function loadTable(engine: Engine, url: string, name: string, def: TableDef | undefined): Promise<number> {
  const chunks = await takePrepared(url, name);
  const s: Staged = { name, file: url, staging: `__staging_${name}`, def, rows: -1 };
  await insertIpcChunks(engine, chunks, s.staging);
  const n = await runQuery(engine.conn, { sql: `SELECT count(*)::DOUBLE AS n FROM ${ident(s.staging)}`, params: [] });
  s.rows = Number(n[0]?.n ?? 0);
  try {
    await checkStaged(engine, [s]);
  } catch (e) {
    await engine.conn.query(`DROP TABLE IF EXISTS ${ident(s.staging)}`);
    throw e;
  }
  await swapIn(engine, [s]);
  releaseParquetWorker();
  return s.rows;
}
