import { tableToIPC } from 'apache-arrow';
import type { Query } from '../query/sql.ts';
import { getEngine } from './db.ts';
import { encodeArrowIpc, releaseParquetWorker } from './parquet.ts';

export type RecordsFormat = 'csv' | 'parquet';

export type EncodeStep = { step: 'query' } | { step: 'encode'; rows: number; done: number };

/**
 * Records out of DuckDB as a file: the query runs on the page's connection and comes back as an Arrow table
 * (DuckDB-WASM's own result), which goes as an IPC stream to the Parquet worker (parquet.ts) to be encoded, so a
 * million rows do not freeze the page. Nothing here uses DuckDB's Parquet writer (`COPY … (FORMAT PARQUET)` would
 * download the parquet extension: README, "Loading Parquet offline").
 */
export async function encodeRecords(
  query: Query,
  format: RecordsFormat,
  metadata: Record<string, string>,
  onStep: (s: EncodeStep) => void = () => undefined,
): Promise<{ bytes: Uint8Array; rows: number }> {
  onStep({ step: 'query' });
  const { conn } = await getEngine();
  let table;
  if (query.params.length === 0) table = await conn.query(query.sql);
  else {
    const stmt = await conn.prepare(query.sql);
    try {
      table = await stmt.query(...query.params);
    } finally {
      void stmt.close().catch(() => undefined);
    }
  }
  const rows = table.numRows;
  onStep({ step: 'encode', rows, done: 0 });
  const ipc = tableToIPC(table, 'stream');
  try {
    const bytes = await encodeArrowIpc(ipc, format, { ...metadata, 'jiko.rows': String(rows) }, (done) =>
      onStep({ step: 'encode', rows, done }),
    );
    return { bytes, rows };
  } finally {
    // wasm memory never shrinks: end the worker once nothing else is pending (the next job starts a new one).
    releaseParquetWorker();
  }
}
