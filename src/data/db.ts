import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { mark } from '../lib/perf.ts';
import { LoadFailure, describeError, shortName } from './load-failure.ts';
import { absoluteUrl, probe, spawnWorker } from './spawn-worker.ts';

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

/** Instantiating takes ~1.5 s on an idle machine and 15 s under heavy load; a worker that neither answers nor fails for this long is reported as stuck. */
export const ENGINE_TIMEOUT_MS = 60_000;

let engine: Promise<Engine> | null = null;

export function getEngine(): Promise<Engine> {
  // Memoised at module level: React StrictMode runs effects twice in dev, and there is one instance per page.
  engine ??= startEngine().catch((e: unknown) => {
    engine = null;
    throw e;
  });
  return engine;
}

/**
 * A worker that fails to load or throws reports only through its `error` event, and a wasm file that cannot be
 * fetched can leave instantiate() pending for ever, so each failure is turned into a LoadFailure naming the file.
 */
async function startEngine(): Promise<Engine> {
  // The client code loads while the worker fetches and compiles the 33 MB wasm.
  const client = import('@duckdb/duckdb-wasm');
  client.catch(() => undefined); // reported through open(), or superseded by an earlier failure
  const [{ worker, failed }] = await Promise.all([
    spawnWorker(ehWorker, 'engine', { name: 'duckdb', devType: 'classic' }),
    probe(ehWasm, 'engine'),
  ]);
  mark('duckdb-worker-created');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new LoadFailure('engine', shortName(ehWasm), `no answer after ${ENGINE_TIMEOUT_MS / 1000} s`)),
      ENGINE_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([open(worker, client), failed, stuck]);
  } catch (e) {
    worker.terminate();
    if (e instanceof LoadFailure) throw e;
    throw new LoadFailure('engine', shortName(ehWasm), describeError(e));
  } finally {
    clearTimeout(timer);
  }
}

async function open(worker: Worker, client: Promise<typeof import('@duckdb/duckdb-wasm')>): Promise<Engine> {
  const duckdb = await client;
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(absoluteUrl(ehWasm));
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
