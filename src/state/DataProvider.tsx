import { useEffect, useState, type ReactNode } from 'react';
import { DatasetRegistry } from '../data/dataset-registry.ts';
import { getEngine } from '../data/db.ts';
import { restoreImported } from '../data/imported/imported-datasets.ts';
import { fetchManifest } from '../data/load-dataset.ts';
import { runQuery } from '../data/run-query.ts';
import { SCHEMAS } from '../domain/schema/tables.ts';
import { createPublicReportsView } from '../query/reports.ts';
import { DataContext, type DataState } from './data-context.ts';

const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

let started: Promise<DataState> | null = null;

/** Starts DuckDB and loads the public record once per page, reporting each step; other datasets load on demand. */
function start(onStep: (s: DataState) => void): Promise<DataState> {
  started ??= (async (): Promise<DataState> => {
    onStep({ status: 'loading', step: { step: 'engine' } });
    const [engine, manifest] = await Promise.all([getEngine(), fetchManifest(DATA_BASE)]);
    const run = (q: Parameters<typeof runQuery>[1]) => runQuery(engine.conn, q);
    const registry = new DatasetRegistry(engine, DATA_BASE, manifest, SCHEMAS, async (d) => {
      if (d.id === 'public') await run(createPublicReportsView());
    });
    const unsubscribe = registry.subscribe(() => {
      const s = registry.statusOf('public');
      if (s.state === 'loading') onStep({ status: 'loading', step: s.step });
    });
    await registry.ensure('public').finally(unsubscribe);
    await restoreImported(registry);
    return { status: 'ready', run, manifest, registry, engineVersion: engine.version };
  })();
  return started;
}

export function DataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataState>({ status: 'loading', step: { step: 'engine' } });
  useEffect(() => {
    let live = true;
    start((s) => live && setState(s))
      .then((s) => live && setState(s))
      .catch(
        (e: unknown) => live && setState({ status: 'error', error: e instanceof Error ? e : new Error(String(e)) }),
      );
    return () => {
      live = false;
    };
  }, []);
  return <DataContext.Provider value={state}>{children}</DataContext.Provider>;
}
