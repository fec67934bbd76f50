import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { mark } from '../lib/perf.ts';

/**
 * The one DuckDB-WASM instance of the page. Only the "eh" bundle ships: every browser jiko targets has wasm
 * exception handling, and the mvp/coi bundles would add ~70 MB to dist (README.md, "Loading Parquet offline"); coi
 * also needs cross-origin isolation and started about 2 s later than eh on a 2-core machine.
 * The client (and Arrow with it) is imported on demand, so the first view does not wait for its code.
 */
export interface Engine {
  db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
  version: string;
}

let engine: Promise<Engine> | null = null;

export function getEngine(): Promise<Engine> {
  // Memoised at module level: React StrictMode runs effects twice in dev, and there is one instance per page.
  engine ??= startEngine().catch((e: unknown) => {
    engine = null;
    throw e;
  });
  return engine;
}

async function startEngine(): Promise<Engine> {
  // The worker fetches and compiles the 33 MB wasm while the client code is still loading.
  const worker = new Worker(ehWorker);
  mark('duckdb-worker-created');
  const duckdb = await import('@duckdb/duckdb-wasm');
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(ehWasm);
  mark('duckdb-instantiated');
  await db.open({ query: { castBigIntToDouble: true } });
  const conn = await db.connect();
  // Never fetch an extension: the CSP forbids it, and jiko must work offline (README.md, "Loading Parquet offline").
  await conn.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false`);
  await conn.query(`SET TimeZone = 'Asia/Tokyo'`).catch(() => undefined);
  const version = String((await conn.query('SELECT version() AS v')).toArray()[0]?.toJSON().v ?? '');
  mark('duckdb-ready');
  return { db, conn, version };
}
