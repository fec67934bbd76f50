/// <reference lib="webworker" />
import initParquetWasm, { readParquet } from 'parquet-wasm/esm';
import type { DecodeReply } from './parquet.ts';

/**
 * Decodes Parquet to an Arrow IPC stream off the main thread: a million-row file takes hundreds of milliseconds
 * to decode, which would freeze the page. Both buffers are transferred, not copied. The wasm URL comes from the
 * page, absolute, because this worker runs from a blob: URL (spawn-worker.ts). A message without bytes only
 * initialises parquet-wasm (a warm-up while DuckDB starts).
 */
let ready: Promise<unknown> | null = null;

const reply = (msg: DecodeReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(msg, transfer);

self.addEventListener('message', async (e: MessageEvent<{ id: number; bytes?: Uint8Array; wasmUrl: string }>) => {
  const { id, bytes, wasmUrl } = e.data;
  try {
    ready ??= initParquetWasm({ module_or_path: wasmUrl });
    await ready;
  } catch (err) {
    ready = null;
    reply({ id, error: `parquet-wasm could not start (${String(err)})`, decoder: true });
    return;
  }
  try {
    const ipc = bytes ? readParquet(bytes).intoIPCStream() : new Uint8Array(0);
    reply({ id, ipc }, [ipc.buffer]);
  } catch (err) {
    reply({ id, error: String(err) });
  }
});
