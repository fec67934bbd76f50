import { SHAPES } from '../../domain/import/shapes.ts';
import {
  casesWithImportedName,
  createCasesWithImported,
  dropCasesView,
  PUBLIC_CASES,
} from '../../query/cases-source.ts';
import { ident } from '../../query/sql.ts';
import type { DatasetRegistry } from '../dataset-registry.ts';
import { getEngine } from '../db.ts';
import type { ManifestDataset } from '../manifest.ts';
import { parquetToIpcChunks } from '../parquet.ts';
import { SCHEMAS } from '../../domain/schema/tables.ts';
import { insertIpcTable } from './insert-table.ts';
import { importedStore, type ImportedMeta } from './store.ts';

export const tableNameOf = (id: string) => `imported_${id.replace(/[^a-z0-9]/gi, '_')}`;

export function datasetOf(meta: ImportedMeta): ManifestDataset {
  return {
    id: meta.id,
    synthetic: false,
    provenance: `imported from ${meta.file.name} (sha256 ${meta.file.sha256.slice(0, 12)}…, ${meta.importedAt})`,
    tables: [{ name: tableNameOf(meta.id), schema: SHAPES[meta.shape].schema, file: meta.file.name, rows: meta.rows }],
    imported: { name: meta.name, fileName: meta.file.name },
  };
}

/**
 * The user's imported datasets: kept in IndexedDB, registered with the dataset registry at start-up so the
 * report views can switch to them, and loaded into DuckDB (from their stored Parquet) on first use.
 */
export class ImportedDatasets {
  private listeners = new Set<() => void>();
  private version = 0;

  constructor(
    private readonly registry: DatasetRegistry,
    public metas: ImportedMeta[],
  ) {
    for (const m of metas) this.registry.register(datasetOf(m), () => this.loadStored(m));
  }

  private async loadStored(meta: ImportedMeta): Promise<void> {
    const engine = await getEngine();
    const chunks = await parquetToIpcChunks(await importedStore.rows(meta.id));
    const rows = await insertIpcTable(engine, chunks, tableNameOf(meta.id), SCHEMAS[SHAPES[meta.shape].schema]!);
    if (rows !== meta.rows) throw new Error(`${meta.name}: expected ${meta.rows} rows, found ${rows}`);
  }

  /** Stores first (so a quota problem stops the import before anything changes), then loads and registers. */
  async add(meta: ImportedMeta, ipc: Uint8Array, parquet: Uint8Array): Promise<void> {
    await importedStore.put(meta, parquet);
    try {
      const engine = await getEngine();
      await insertIpcTable(engine, ipc, tableNameOf(meta.id), SCHEMAS[SHAPES[meta.shape].schema]!);
    } catch (e) {
      await importedStore.remove(meta.id);
      throw e;
    }
    this.metas = [...this.metas, meta];
    this.registry.register(datasetOf(meta), () => this.loadStored(meta), true);
    this.changed();
  }

  async rename(id: string, name: string): Promise<void> {
    await importedStore.rename(id, name);
    this.metas = this.metas.map((m) => (m.id === id ? { ...m, name } : m));
    const meta = this.metas.find((m) => m.id === id);
    if (meta) {
      const ready = this.registry.statusOf(id).state === 'ready';
      this.registry.register(datasetOf(meta), () => this.loadStored(meta), ready);
    }
    this.changed();
  }

  async remove(id: string): Promise<void> {
    const engine = await getEngine();
    if (this.casesView) {
      // The view reads every imported cases table: drop it first; the cases view asks for a new one.
      await engine.conn.query(dropCasesView(this.casesView).sql);
      this.casesView = null;
    }
    await engine.conn.query(`DROP TABLE IF EXISTS ${ident(tableNameOf(id))}`);
    await importedStore.remove(id);
    this.metas = this.metas.filter((m) => m.id !== id);
    this.registry.unregister(id);
    this.changed();
  }

  private casesView: string | null = null;
  private casesJobs = new Map<string, Promise<string>>();

  /**
   * The table the cases view reads: `cases` while nothing of the `cases` shape was imported, otherwise a view of the
   * public cases and every imported cases table, made once every one of them is loaded.
   */
  casesSource(): Promise<string> {
    const tables = this.metas.filter((m) => m.shape === 'cases').map((m) => tableNameOf(m.id));
    if (tables.length === 0) return Promise.resolve(PUBLIC_CASES);
    const name = casesWithImportedName(tables);
    if (this.casesView === name) return Promise.resolve(name);
    let job = this.casesJobs.get(name);
    if (!job) {
      job = (async () => {
        await Promise.all(this.metas.filter((m) => m.shape === 'cases').map((m) => this.registry.ensure(m.id)));
        const { conn } = await getEngine();
        await conn.query(createCasesWithImported(name, tables).sql);
        if (this.casesView && this.casesView !== name) await conn.query(dropCasesView(this.casesView).sql);
        this.casesView = name;
        return name;
      })().finally(() => this.casesJobs.delete(name));
      this.casesJobs.set(name, job);
    }
    return job;
  }

  parquetOf(id: string): Promise<Uint8Array> {
    return importedStore.rows(id);
  }

  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getVersion = () => this.version;

  private changed() {
    this.version++;
    this.listeners.forEach((l) => l());
  }
}

let current: ImportedDatasets | null = null;

/** Called once at start-up: registers what earlier sessions imported. Storage trouble never blocks the app. */
export async function restoreImported(registry: DatasetRegistry): Promise<ImportedDatasets> {
  const metas = await importedStore.list().catch(() => [] as ImportedMeta[]);
  current = new ImportedDatasets(registry, metas);
  return current;
}

export function importedDatasets(): ImportedDatasets | null {
  return current;
}

export function newImportId(): string {
  const r = crypto.getRandomValues(new Uint8Array(4));
  return `u${Array.from(r, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
