/**
 * Parquet bytes → Arrow IPC stream, decoded by parquet-wasm in a worker (parquet-worker.ts). DuckDB-WASM ≥ 1.29 has
 * no built-in Parquet reader and would download its extension from the internet (README.md, "Loading Parquet
 * offline"); Arrow ingestion is built in.
 *
 * The worker starts (and compiles parquet-wasm) while DuckDB is still starting, and is ended once no decode is
 * pending: wasm memory never shrinks, and after a 1M-row file it holds about 0.5 GB.
 */
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (ipc: Uint8Array) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./parquet-worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (e: MessageEvent<{ id: number; ipc?: Uint8Array; error?: string }>) => {
    const job = pending.get(e.data.id);
    if (!job) return;
    pending.delete(e.data.id);
    if (e.data.ipc) job.resolve(e.data.ipc);
    else job.reject(new Error(e.data.error ?? 'Parquet decoding failed'));
  });
  w.addEventListener('error', (e) => {
    for (const job of pending.values()) job.reject(new Error(`Parquet decoder failed: ${e.message}`));
    pending.clear();
    if (worker === w) worker = null;
  });
  worker = w;
  return w;
}

function post(message: { id: number; bytes?: Uint8Array }, transfer: Transferable[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    pending.set(message.id, { resolve, reject });
    getWorker().postMessage(message, transfer);
  });
}

/** Starts the worker and parquet-wasm's compilation ahead of the first decode. */
export function warmUpParquet(): void {
  void post({ id: nextId++ }, []).catch(() => undefined);
}

export function parquetToArrowIpc(bytes: Uint8Array): Promise<Uint8Array> {
  return post({ id: nextId++, bytes }, [bytes.buffer]);
}

/** Ends the worker if nothing is being decoded; the next decode starts a new one. */
export function releaseParquetWorker(): void {
  if (!worker || pending.size > 0) return;
  worker.terminate();
  worker = null;
}
