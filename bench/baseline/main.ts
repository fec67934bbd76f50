/**
 * The bench's baseline: the plainest page that does what jiko's first view does the usual way. It waits for
 * DuckDB-WASM (the same eh bundle), loads the public cases from the same Parquet (parquet-wasm → Arrow IPC, as
 * jiko must), runs the same query as the overview's first chart and draws it with Plot. No React, no snapshot.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import * as Plot from '@observablehq/plot';
import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { casesByYearAndCause } from '../../src/query/overview.ts';

async function main() {
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(ehWorker));
  await db.instantiate(ehWasm);
  await db.open({ query: { castBigIntToDouble: true } });
  const conn = await db.connect();
  await conn.query('SET autoload_known_extensions = false');
  await initParquet({ module_or_path: parquetWasm });
  const bytes = new Uint8Array(await (await fetch('data/cases.parquet')).arrayBuffer());
  await conn.insertArrowFromIPCStream(readParquet(bytes).intoIPCStream(), { name: 'cases', create: true });
  const rows = (await conn.query(casesByYearAndCause().sql)).toArray().map((r) => r.toJSON());
  const chart = Plot.plot({
    marks: [Plot.barY(rows, { x: 'fiscal_year', y: 'cases', fill: 'cause' })],
    x: { type: 'band' },
  });
  document.getElementById('chart')!.append(chart);
}

void main();
