import { createContext, useContext } from 'react';
import type { DatasetRegistry } from '../data/dataset-registry.ts';
import type { LoadStep } from '../data/load-dataset.ts';
import type { Manifest } from '../data/manifest.ts';
import type { RunQuery } from '../query/sql.ts';

export type DataState =
  | { status: 'loading'; step: LoadStep }
  | { status: 'error'; error: Error }
  | { status: 'ready'; run: RunQuery; manifest: Manifest; registry: DatasetRegistry; engineVersion: string };

export const DataContext = createContext<DataState>({ status: 'loading', step: { step: 'engine' } });

export function useData(): DataState {
  return useContext(DataContext);
}
