import { useEffect, useState, type ReactNode } from 'react';
import { getEngine } from '../data/db.ts';
import { fetchManifest, loadDataset } from '../data/load-dataset.ts';
import { runQuery } from '../data/run-query.ts';
import { SCHEMAS } from '../data/schema.ts';
import { DataContext, type DataState } from './data-context.ts';

const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

let started: Promise<DataState> | null = null;

/** Starts DuckDB and loads the public record once per page, reporting each step. */
function start(onStep: (s: DataState) => void): Promise<DataState> {
  started ??= (async (): Promise<DataState> => {
    onStep({ status: 'loading', step: { step: 'engine' } });
    const [engine, manifest] = await Promise.all([getEngine(), fetchManifest(DATA_BASE)]);
    const dataset = manifest.datasets.find((d) => d.id === 'public');
    if (!dataset) throw new Error('manifest.json has no "public" dataset');
    await loadDataset(engine, DATA_BASE, dataset, SCHEMAS, (step) => onStep({ status: 'loading', step }));
    return { status: 'ready', run: (q) => runQuery(engine.conn, q), manifest, engineVersion: engine.version };
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
