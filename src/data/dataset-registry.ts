import type { Engine } from './db.ts';
import { loadDataset, type LoadStep } from './load-dataset.ts';
import type { Manifest, ManifestDataset } from './manifest.ts';
import type { TableDef } from '../domain/schema/tables.ts';

export type DatasetStatus =
  { state: 'idle' } | { state: 'loading'; step: LoadStep } | { state: 'ready' } | { state: 'error'; error: Error };

/**
 * Which datasets of the manifest are loaded into the one DuckDB instance. Each loads once, on first use; a failed
 * load is reported for that dataset only and leaves the others (and their tables) untouched.
 */
export class DatasetRegistry {
  private status = new Map<string, DatasetStatus>();
  private pending = new Map<string, Promise<void>>();
  private listeners = new Set<() => void>();
  private version = 0;

  constructor(
    private readonly engine: Engine,
    private readonly base: string,
    readonly manifest: Manifest,
    private readonly schemas: Record<string, TableDef>,
    private readonly afterLoad: (dataset: ManifestDataset) => Promise<void>,
  ) {}

  dataset(id: string): ManifestDataset | undefined {
    return this.manifest.datasets.find((d) => d.id === id);
  }

  statusOf(id: string): DatasetStatus {
    return this.status.get(id) ?? { state: 'idle' };
  }

  ensure(id: string): Promise<void> {
    const existing = this.pending.get(id);
    if (existing) return existing;
    const dataset = this.dataset(id);
    if (!dataset) return Promise.reject(new Error(`unknown dataset "${id}"`));
    const job = (async () => {
      this.set(id, { state: 'loading', step: { step: 'engine' } });
      try {
        await loadDataset(this.engine, this.base, dataset, this.schemas, (step) =>
          this.set(id, { state: 'loading', step }),
        );
        await this.afterLoad(dataset);
        this.set(id, { state: 'ready' });
      } catch (e) {
        this.pending.delete(id);
        this.set(id, { state: 'error', error: e instanceof Error ? e : new Error(String(e)) });
        throw e;
      }
    })();
    this.pending.set(id, job);
    return job;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private set(id: string, s: DatasetStatus) {
    this.status.set(id, s);
    this.version++;
    this.listeners.forEach((l) => l());
  }
}

/** The report-level table of a dataset: the public record exposes its cases through the public_reports view. */
export function reportsTableOf(dataset: ManifestDataset): string | null {
  if (dataset.id === 'public') return 'public_reports';
  return dataset.tables.find((t) => t.schema === 'reports')?.name ?? null;
}
