import { tableFromIPC } from 'apache-arrow';
import { csvCell, UTF8_BOM } from '../lib/csv-cell.ts';
import { displaySafe } from '../lib/text-safety.ts';

const CHUNK_ROWS = 20_000;

/**
 * Arrow IPC → CSV bytes, run in the Parquet worker (parquet-worker.ts): UTF-8 with BOM, a header of column names
 * (what the Data view's import maps), CRLF line ends, cells through lib/csv-cell.ts (quoted, formula-like text
 * neutralised) after the same display-safety pass as every row the page shows. Encoded in chunks, with progress.
 */
export function ipcToCsv(ipc: Uint8Array, progress: (done: number) => void = () => undefined): Uint8Array {
  const table = tableFromIPC(ipc);
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((_, i) => table.getChildAt(i)!);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [encoder.encode(UTF8_BOM + names.map(csvCell).join(',') + '\r\n')];
  const cell = (v: unknown) => csvCell(typeof v === 'string' ? displaySafe(v) : v);
  for (let start = 0; start < table.numRows; start += CHUNK_ROWS) {
    const end = Math.min(table.numRows, start + CHUNK_ROWS);
    const lines: string[] = [];
    for (let r = start; r < end; r++) lines.push(columns.map((c) => cell(c.get(r))).join(','));
    parts.push(encoder.encode(lines.join('\r\n') + '\r\n'));
    progress(end / table.numRows);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
