import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { importedDatasets } from '../data/imported/imported-datasets.ts';
import { PUBLIC_CASES } from '../query/cases-source.ts';
import { useData } from './data-context.ts';

const noop = () => () => undefined;
const zero = () => 0;

export interface CasesSource {
  /** The table to read cases from; null while the imported cases load. */
  source: string | null;
  /** Imported dataset id → its name, for the "your data" marks. */
  importedNames: ReadonlyMap<string, string>;
  /** The imported cases could not be loaded: the public ones are shown alone. */
  error: Error | null;
}

/**
 * The cases the cases view and a case page show: the public record's, merged with every case the user imported.
 * Until the imports are known (DuckDB starting) it is the public record, which the snapshot answers at once.
 */
export function useCasesSource(): CasesSource {
  const data = useData();
  const store = data.status === 'ready' ? importedDatasets() : null;
  useSyncExternalStore(store?.subscribe ?? noop, store?.getVersion ?? zero);
  const metas = store?.metas.filter((m) => m.shape === 'cases') ?? [];
  const key = metas.map((m) => `${m.id}\u0000${m.name}`).join('\u0001');
  const [loaded, setLoaded] = useState<{ key: string; source: string; error: Error | null } | null>(null);
  useEffect(() => {
    if (!store || key === '') return;
    let live = true;
    store.casesSource().then(
      (source) => live && setLoaded({ key, source, error: null }),
      (e: unknown) =>
        live && setLoaded({ key, source: PUBLIC_CASES, error: e instanceof Error ? e : new Error(String(e)) }),
    );
    return () => {
      live = false;
    };
  }, [store, key]);
  const importedNames = useMemo(
    () => new Map(key === '' ? [] : key.split('\u0001').map((p) => p.split('\u0000') as [string, string])),
    [key],
  );
  if (key === '') return { source: PUBLIC_CASES, importedNames, error: null };
  const current = loaded?.key === key ? loaded : null;
  return { source: current?.source ?? null, importedNames, error: current?.error ?? null };
}
