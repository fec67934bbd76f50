import type { ShapeId } from '../../domain/import/shapes.ts';

/** What jiko keeps about an imported dataset, beside its rows (stored as Parquet). */
export interface ImportedMeta {
  id: string;
  name: string;
  shape: ShapeId;
  rows: number;
  /** First and last quarter index of the rows. */
  period: [number, number] | null;
  file: { name: string; size: number; sha256: string; lastModified: number };
  importedAt: string;
  encoding: string | null;
  /** Problems found at import (rows left out, rows flagged). */
  skipped: number;
  flagged: number;
}

export class QuotaError extends Error {
  constructor(
    readonly need: number,
    readonly free: number | null,
  ) {
    super(`not enough browser storage: need ${need} bytes, ${free ?? 'unknown'} free`);
  }
}

const DB = 'jiko-imports';
const META = 'meta';
const ROWS = 'rows';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.addEventListener('upgradeneeded', () => {
      req.result.createObjectStore(META, { keyPath: 'id' });
      req.result.createObjectStore(ROWS);
    });
    req.addEventListener('success', () => resolve(req.result));
    req.addEventListener('error', () => reject(req.error ?? new Error('IndexedDB unavailable')));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('abort', () => reject(tx.error ?? new Error('storage transaction aborted')));
    tx.addEventListener('error', () => reject(tx.error ?? new Error('storage transaction failed')));
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.addEventListener('success', () => resolve(req.result));
    req.addEventListener('error', () => reject(req.error ?? new Error('storage request failed')));
  });
}

/** Imported datasets in IndexedDB: survives reloads in the same browser profile, never leaves the machine. */
export const importedStore = {
  async list(): Promise<ImportedMeta[]> {
    const db = await openDb();
    try {
      const all = await request(db.transaction(META).objectStore(META).getAll() as IDBRequest<ImportedMeta[]>);
      return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    } finally {
      db.close();
    }
  },

  /** Checks the quota first, so a dataset that would not fit is reported before anything is written. */
  async put(meta: ImportedMeta, parquet: Uint8Array): Promise<void> {
    const est = await navigator.storage?.estimate?.().catch(() => null);
    if (est?.quota !== undefined && est.usage !== undefined && est.usage + parquet.byteLength * 1.1 > est.quota) {
      throw new QuotaError(parquet.byteLength, est.quota - est.usage);
    }
    await navigator.storage?.persist?.().catch(() => false);
    const db = await openDb();
    try {
      const tx = db.transaction([META, ROWS], 'readwrite');
      tx.objectStore(ROWS).put(parquet, meta.id);
      tx.objectStore(META).put(meta);
      await done(tx).catch((e: unknown) => {
        if (e instanceof DOMException && e.name === 'QuotaExceededError')
          throw new QuotaError(parquet.byteLength, null);
        throw e;
      });
    } finally {
      db.close();
    }
  },

  async rows(id: string): Promise<Uint8Array> {
    const db = await openDb();
    try {
      const v = await request(db.transaction(ROWS).objectStore(ROWS).get(id) as IDBRequest<Uint8Array | undefined>);
      if (!v) throw new Error(`imported dataset ${id}: its rows are missing from browser storage`);
      return v;
    } finally {
      db.close();
    }
  },

  async rename(id: string, name: string): Promise<void> {
    const db = await openDb();
    try {
      const tx = db.transaction(META, 'readwrite');
      const store = tx.objectStore(META);
      const meta = await request(store.get(id) as IDBRequest<ImportedMeta | undefined>);
      if (meta) store.put({ ...meta, name });
      await done(tx);
    } finally {
      db.close();
    }
  },

  async remove(id: string): Promise<void> {
    const db = await openDb();
    try {
      const tx = db.transaction([META, ROWS], 'readwrite');
      tx.objectStore(META).delete(id);
      tx.objectStore(ROWS).delete(id);
      await done(tx);
    } finally {
      db.close();
    }
  },
};

export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
