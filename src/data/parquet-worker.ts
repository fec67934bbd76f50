/// <reference lib="webworker" />
import initParquetWasm, {
  readParquet,
  Table as ParquetTable,
  WriterPropertiesBuilder,
  writeParquet,
} from 'parquet-wasm/esm';
import { ipcToCsv } from './arrow-csv.ts';
import type { DecodeReply, ParquetJob } from './parquet.ts';

/**
 * Parquet ⇄ Arrow IPC off the main thread: a million-row file takes hundreds of milliseconds to decode or encode,
 * which would freeze the page. Decoding loads a dataset; encoding exports records (as Parquet through parquet-wasm,
 * or as CSV through lib/csv-cell.ts, the writer every jiko CSV uses). Buffers are transferred, not copied. The wasm
 * URL comes from the page, absolute, because this worker runs from a blob: URL (spawn-worker.ts). A message without
 * bytes only initialises parquet-wasm (a warm-up while DuckDB starts).
 */
let ready: Promise<unknown> | null = null;

const reply = (msg: DecodeReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(msg, transfer);

/**
 * Rows per Arrow IPC chunk of a decoded file: DuckDB takes a table chunk by chunk (insert-ipc.ts), so its wasm memory
 * grows by one chunk, not by the whole file, on top of the table.
 */
const CHUNK_ROWS = 65_536;

/** Parquet → Arrow IPC streams of at most CHUNK_ROWS rows each (one schema-only stream for an empty file). */
function parquetToChunks(bytes: Uint8Array): Uint8Array[] {
  const table = readParquet(bytes, { batchSize: CHUNK_ROWS });
  if (table.numBatches === 0) return [table.intoIPCStream()];
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < table.numBatches; i++) chunks.push(table.recordBatch(i)!.intoIPCStream());
  table.free();
  return chunks;
}

function ipcToParquet(ipc: Uint8Array, metadata: Record<string, string>): Uint8Array {
  const props = new WriterPropertiesBuilder().setKeyValueMetadata(new Map(Object.entries(metadata))).build();
  return writeParquet(ParquetTable.fromIPCStream(ipc), props);
}

self.addEventListener('message', async (e: MessageEvent<ParquetJob & { id: number; wasmUrl: string }>) => {
  const job = e.data;
  const { id } = job;
  if ('encode' in job && job.encode === 'csv') {
    try {
      const bytes = ipcToCsv(job.ipc, (done) => reply({ id, progress: done }));
      reply({ id, ipc: bytes }, [bytes.buffer]);
    } catch (err) {
      reply({ id, error: String(err) });
    }
    return;
  }
  try {
    ready ??= initParquetWasm({ module_or_path: job.wasmUrl });
    await ready;
  } catch (err) {
    ready = null;
    reply({ id, error: `parquet-wasm could not start (${String(err)})`, decoder: true });
    return;
  }
  try {
    if ('encode' in job) {
      const out = ipcToParquet(job.ipc, job.metadata);
      reply({ id, ipc: out }, [out.buffer]);
    } else {
      const chunks = job.bytes ? parquetToChunks(job.bytes) : [];
      reply(
        { id, chunks },
        chunks.map((c) => c.buffer),
      );
    }
  } catch (err) {
    reply({ id, error: String(err) });
  }
});
