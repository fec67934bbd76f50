import { ident } from '../query/sql.ts';
import type { Engine } from './db.ts';

/**
 * Arrow IPC → a new DuckDB table, one chunk at a time: the first chunk creates the table, the others append to it.
 * DuckDB-WASM copies a whole stream into its wasm memory before reading it, and wasm memory never shrinks, so a
 * million-row table sent as one stream left the page holding the stream's size on top of the table for good
 * (bench/RESULTS.md, memory).
 */
export async function insertIpcChunks(engine: Engine, chunks: readonly Uint8Array[], table: string): Promise<void> {
  const { conn } = engine;
  await conn.query(`DROP TABLE IF EXISTS ${ident(table)}`);
  for (const [i, chunk] of chunks.entries()) {
    await conn.insertArrowFromIPCStream(chunk, { name: table, create: i === 0 });
  }
}
