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

  /** Datasets that do not come from the manifest (imported ones), each with its own loader. */
  private extra = new Map<string, { dataset: ManifestDataset; load: () => Promise<void> }>();

  dataset(id: string): ManifestDataset | undefined {
    return this.manifest.datasets.find((d) => d.id === id) ?? this.extra.get(id)?.dataset;
  }

  /** The manifest's datasets, then the registered ones in the order they were added. */
  datasets(): ManifestDataset[] {
    return [...this.manifest.datasets, ...[...this.extra.values()].map((e) => e.dataset)];
  }

  register(dataset: ManifestDataset, load: () => Promise<void>, loaded = false): void {
    this.extra.set(dataset.id, { dataset, load });
    if (loaded) {
      this.pending.set(dataset.id, Promise.resolve());
      this.set(dataset.id, { state: 'ready' });
    } else this.set(dataset.id, this.statusOf(dataset.id));
  }

  unregister(id: string): void {
    this.extra.delete(id);
    this.pending.delete(id);
    this.status.delete(id);
    this.set(id, { state: 'idle' });
    this.status.delete(id);
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
        const own = this.extra.get(id);
        if (own) await own.load();
        else
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

/** The quarterly-tallies table of a dataset (imported tallies only). */
export function talliesTableOf(dataset: ManifestDataset): string | null {
  return dataset.tables.find((t) => t.schema === 'report_tallies')?.name ?? null;
}
