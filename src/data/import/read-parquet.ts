import { tableFromIPC, Type } from 'apache-arrow';
import initParquetWasm, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { ImportFileError } from '../../domain/import/sniff.ts';
import type { RawCell, RawTable } from '../../domain/import/table.ts';
import { IMPORT_LIMITS } from './limits.ts';

let ready: Promise<unknown> | null = null;
export function parquetReady(): Promise<unknown> {
  ready ??= initParquetWasm({ module_or_path: parquetWasmUrl });
  return ready;
}

/** A Parquet file's columns as raw cells: timestamps and dates become Dates of their wall-clock fields. */
export async function readParquetTable(bytes: Uint8Array): Promise<RawTable> {
  await parquetReady();
  let ipc: Uint8Array;
  try {
    ipc = readParquet(bytes).intoIPCStream();
  } catch (e) {
    throw new ImportFileError('parquet_corrupt', { reason: String(e instanceof Error ? e.message : e) });
  }
  const table = tableFromIPC(ipc);
  if (table.numCols > IMPORT_LIMITS.columns) {
    throw new ImportFileError('too_many_columns', { n: table.numCols, max: IMPORT_LIMITS.columns });
  }
  if (table.numRows > IMPORT_LIMITS.rows) throw new ImportFileError('too_many_rows', { max: IMPORT_LIMITS.rows });
  const headers = table.schema.fields.map((f) => f.name);
  const columns = table.schema.fields.map((f, c) => {
    const v = table.getChildAt(c)!;
    const out: RawCell[] = Array.from({ length: table.numRows }, () => null);
    const isTime = f.typeId === Type.Timestamp || f.typeId === Type.Date;
    for (let r = 0; r < table.numRows; r++) {
      const x = v.get(r) as unknown;
      if (x == null) out[r] = null;
      else if (isTime) out[r] = new Date(Number(x));
      else if (typeof x === 'bigint') out[r] = Number(x);
      else if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') out[r] = x;
      else out[r] = JSON.stringify(x);
    }
    return out;
  });
  if (table.numRows === 0) throw new ImportFileError('header_only', { columns: headers.length });
  return { headers, columns, rowCount: table.numRows };
}
