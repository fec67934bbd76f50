import { useEffect, useState, type ReactNode } from 'react';
import { fetchSnapshot } from '../data/snapshot-fetch.ts';
import type { SnapshotFile } from '../query/snapshot.ts';
import { SnapshotContext } from './snapshot-context.ts';
import { DataContext, type DataState } from './data-context.ts';
import { mark, whenMarked } from '../lib/perf.ts';
import { whenSomethingWaits } from './engine-wait.ts';

const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/** DuckDB's client, Arrow and the loader come in a chunk of their own, imported on demand. */
const loadStarter = () => import('../data/start-data.ts');

/** Starts fetching the snapshot as soon as the app's module runs, before React renders. */
export function prefetchData(): void {
  void fetchSnapshot(DATA_BASE);
}

/**
 * When to start DuckDB: at once if there is no snapshot or a view waits for DuckDB; otherwise once the first chart
 * is drawn (at most 1.5 s later). Compiling 34 MB of wasm takes both cores of a small machine for seconds, and the
 * first view does not need it.
 */
async function engineStartSignal(): Promise<void> {
  const snapshot = await fetchSnapshot(DATA_BASE);
  if (!snapshot) return;
  await Promise.race([
    whenMarked('chart-in-dom'),
    whenSomethingWaits(),
    new Promise((resolve) => setTimeout(resolve, 1500)),
  ]);
}

export function DataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataState>({ status: 'loading', step: { step: 'engine' } });
  const [snapshot, setSnapshot] = useState<SnapshotFile | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void fetchSnapshot(DATA_BASE).then((s) => {
      mark('snapshot-loaded');
      if (live) setSnapshot(s);
    });
    engineStartSignal()
      .then(loadStarter)
      .then(({ startData }) => startData(DATA_BASE, (step) => live && setState({ status: 'loading', step })))
      .then((d) => live && setState({ status: 'ready', ...d }))
      .catch(
        (e: unknown) => live && setState({ status: 'error', error: e instanceof Error ? e : new Error(String(e)) }),
      );
    return () => {
      live = false;
    };
  }, []);
  return (
    <DataContext.Provider value={state}>
      <SnapshotContext.Provider value={snapshot}>{children}</SnapshotContext.Provider>
    </DataContext.Provider>
  );
}
