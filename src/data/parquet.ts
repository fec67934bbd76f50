/**
 * Parquet bytes → Arrow IPC stream, decoded by parquet-wasm in a worker (parquet-worker.ts). DuckDB-WASM ≥ 1.29 has
 * no built-in Parquet reader and would download its extension from the internet (README.md, "Loading Parquet
 * offline"); Arrow ingestion is built in.
 */
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (ipc: Uint8Array) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./parquet-worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (e: MessageEvent<{ id: number; ipc?: Uint8Array; error?: string }>) => {
    const job = pending.get(e.data.id);
    if (!job) return;
    pending.delete(e.data.id);
    if (e.data.ipc) job.resolve(e.data.ipc);
    else job.reject(new Error(e.data.error ?? 'Parquet decoding failed'));
  });
  worker.addEventListener('error', (e) => {
    for (const job of pending.values()) job.reject(new Error(`Parquet decoder failed: ${e.message}`));
    pending.clear();
    worker = null;
  });
  return worker;
}

export function parquetToArrowIpc(bytes: Uint8Array): Promise<Uint8Array> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, bytes }, [bytes.buffer]);
  });
}
