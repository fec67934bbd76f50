import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
// oxlint-disable-next-line import/default -- Vite's ?worker&url: the default export is the built worker's URL
import parquetWorkerUrl from './parquet-worker.ts?worker&url';
import { LoadFailure, shortName } from './load-failure.ts';
import { absoluteUrl, spawnWorker } from './spawn-worker.ts';

/**
 * Parquet bytes → Arrow IPC stream, decoded by parquet-wasm in a worker (parquet-worker.ts). DuckDB-WASM ≥ 1.29 has
 * no built-in Parquet reader and would download its extension from the internet (README.md, "Loading Parquet
 * offline"); Arrow ingestion is built in.
 *
 * The worker starts (and compiles parquet-wasm) while DuckDB is still starting, and is ended once no decode is
 * pending: wasm memory never shrinks, and after a 1M-row file it holds about 0.5 GB.
 */
export type DecodeReply =
  | { id: number; ipc: Uint8Array }
  | { id: number; chunks: Uint8Array[] }
  | { id: number; progress: number }
  | { id: number; error: string; decoder?: boolean };

/** A job for the worker: decode Parquet (no bytes: only warm up), or encode Arrow IPC as Parquet or CSV. */
export type ParquetJob =
  | { bytes?: Uint8Array }
  | { encode: 'parquet'; ipc: Uint8Array; metadata: Record<string, string> }
  | { encode: 'csv'; ipc: Uint8Array };

let worker: Promise<Worker> | null = null;
let nextId = 0;
interface Pending {
  resolve: (out: Uint8Array | Uint8Array[]) => void;
  reject: (e: Error) => void;
  progress?: (done: number) => void;
}
const pending = new Map<number, Pending>();

/** The decoder itself failed (script or wasm), not the file it was given. */
function decoderFailure(file: string, detail: string): LoadFailure {
  return new LoadFailure('decoder', file, detail);
}

function failAll(e: Error) {
  for (const job of pending.values()) job.reject(e);
  pending.clear();
  worker = null;
}

async function startWorker(): Promise<Worker> {
  const { worker: w, failed } = await spawnWorker(parquetWorkerUrl, 'decoder', { name: 'parquet', devType: 'module' });
  w.addEventListener('message', (e: MessageEvent<DecodeReply>) => {
    const job = pending.get(e.data.id);
    if (!job) return;
    if ('progress' in e.data) {
      job.progress?.(e.data.progress);
      return;
    }
    pending.delete(e.data.id);
    if ('ipc' in e.data) job.resolve(e.data.ipc);
    else if ('chunks' in e.data) job.resolve(e.data.chunks);
    else if (e.data.decoder) job.reject(decoderFailure(shortName(parquetWasmUrl), e.data.error));
    else job.reject(new Error(e.data.error));
  });
  failed.catch((e: Error) => {
    w.terminate();
    failAll(e);
  });
  return w;
}

function getWorker(): Promise<Worker> {
  worker ??= startWorker().catch((e: unknown) => {
    worker = null;
    throw e;
  });
  return worker;
}

async function post(
  job: ParquetJob,
  transfer: Transferable[],
  progress?: (done: number) => void,
): Promise<Uint8Array | Uint8Array[]> {
  const w = await getWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, ...(progress && { progress }) });
    w.postMessage({ ...job, id, wasmUrl: absoluteUrl(parquetWasmUrl) }, transfer);
  });
}

/** Starts the worker and parquet-wasm's compilation ahead of the first decode. */
export function warmUpParquet(): void {
  post({}, []).catch(() => undefined);
}

/** Parquet bytes (transferred) → Arrow IPC streams of at most 65,536 rows each, in order (insert-ipc.ts). */
export async function parquetToIpcChunks(bytes: Uint8Array): Promise<Uint8Array[]> {
  return (await post({ bytes }, [bytes.buffer])) as Uint8Array[];
}

/**
 * Arrow IPC stream → a file's bytes, encoded in the worker: Parquet (parquet-wasm, with key-value metadata) or CSV
 * (UTF-8 with BOM, lib/csv-cell.ts). The IPC buffer is transferred. `progress` gets the share of rows written (CSV).
 */
export function encodeArrowIpc(
  ipc: Uint8Array,
  format: 'parquet' | 'csv',
  metadata: Record<string, string>,
  progress?: (done: number) => void,
): Promise<Uint8Array> {
  const job: ParquetJob = format === 'parquet' ? { encode: 'parquet', ipc, metadata } : { encode: 'csv', ipc };
  return post(job, [ipc.buffer], progress) as Promise<Uint8Array>;
}

/** Ends the worker if nothing is being decoded; the next decode starts a new one. */
export function releaseParquetWorker(): void {
  if (!worker || pending.size > 0) return;
  const ending = worker;
  worker = null;
  void ending.then((w) => w.terminate()).catch(() => undefined);
}
