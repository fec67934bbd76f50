import { useEffect, useSyncExternalStore } from 'react';
import { reportsTableOf, type DatasetStatus } from '../data/dataset-registry.ts';
import type { ManifestDataset } from '../data/manifest.ts';
import { useData } from './data-context.ts';

export interface DatasetView {
  id: string;
  dataset: ManifestDataset | undefined;
  status: DatasetStatus;
  /** The report-level table to query, once ready. */
  reportsTable: string | null;
}

const noop = () => () => undefined;

/** A dataset by id, loaded on first use; re-renders as its load progresses. */
export function useDataset(id: string): DatasetView {
  const data = useData();
  const registry = data.status === 'ready' ? data.registry : null;
  useSyncExternalStore(registry?.subscribe ?? noop, registry?.getVersion ?? (() => 0));
  useEffect(() => {
    registry?.ensure(id).catch(() => undefined);
  }, [registry, id]);
  const dataset = registry?.dataset(id);
  const status = registry ? registry.statusOf(id) : ({ state: 'idle' } as const);
  return { id, dataset, status, reportsTable: dataset && status.state === 'ready' ? reportsTableOf(dataset) : null };
}
