import initParquetWasm, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let ready: Promise<unknown> | null = null;

/**
 * Parquet bytes → Arrow IPC stream, decoded in the page. DuckDB-WASM ≥ 1.29 has no built-in Parquet reader and
 * would download its extension from the internet (STACK.md §4); Arrow ingestion is built in.
 */
export async function parquetToArrowIpc(bytes: Uint8Array): Promise<Uint8Array> {
  ready ??= initParquetWasm({ module_or_path: parquetWasmUrl });
  await ready;
  return readParquet(bytes).intoIPCStream();
}
