import { createPublicReportsView } from '../query/reports.ts';
import type { RunQuery } from '../query/sql.ts';
import { DatasetRegistry } from './dataset-registry.ts';
import { getEngine } from './db.ts';
import { restoreImported } from './imported/imported-datasets.ts';
import { fetchManifest, prepareDataset, type LoadStep } from './load-dataset.ts';
import type { Manifest } from './manifest.ts';
import { warmUpParquet } from './parquet.ts';
import { runQuery } from './run-query.ts';
import { createScheduler } from './scheduler.ts';
import { SCHEMAS } from '../domain/schema/tables.ts';

export interface StartedData {
  run: RunQuery;
  manifest: Manifest;
  registry: DatasetRegistry;
  engineVersion: string;
}

let started: Promise<StartedData> | null = null;

/**
 * Starts DuckDB and loads the public record once per page; other datasets load on demand. Everything that does not
 * need DuckDB runs while it starts: the manifest, parquet-wasm's compilation, fetching and decoding the public
 * record's files. This module (with DuckDB's client and Arrow) is imported on demand, off the first view's path.
 */
export function startData(base: string, onStep: (s: LoadStep) => void): Promise<StartedData> {
  started ??= (async (): Promise<StartedData> => {
    onStep({ step: 'engine' });
    warmUpParquet();
    const enginePromise = getEngine();
    const manifest = await fetchManifest(base);
    const pub = manifest.datasets.find((d) => d.id === 'public');
    if (pub) prepareDataset(base, pub);
    const engine = await enginePromise;
    const run: RunQuery = createScheduler((q) => runQuery(engine.conn, q));
    const registry = new DatasetRegistry(engine, base, manifest, SCHEMAS, async (d) => {
      if (d.id === 'public') await run(createPublicReportsView());
    });
    const unsubscribe = registry.subscribe(() => {
      const s = registry.statusOf('public');
      if (s.state === 'loading') onStep(s.step);
    });
    await registry.ensure('public').finally(unsubscribe);
    await restoreImported(registry);
    return { run, manifest, registry, engineVersion: engine.version };
  })();
  started.catch(() => (started = null));
  return started;
}
