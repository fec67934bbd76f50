/// <reference lib="webworker" />
import initParquetWasm, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

/**
 * Decodes Parquet to an Arrow IPC stream off the main thread: a million-row file takes hundreds of milliseconds
 * to decode, which would freeze the page. Both buffers are transferred, not copied. A message without bytes only
 * initialises parquet-wasm (a warm-up while DuckDB starts).
 */
let ready: Promise<unknown> | null = null;

self.addEventListener('message', async (e: MessageEvent<{ id: number; bytes?: Uint8Array }>) => {
  const { id, bytes } = e.data;
  try {
    ready ??= initParquetWasm({ module_or_path: parquetWasmUrl });
    await ready;
    const ipc = bytes ? readParquet(bytes).intoIPCStream() : new Uint8Array(0);
    (self as unknown as Worker).postMessage({ id, ipc }, [ipc.buffer]);
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, error: String(err) });
  }
});
