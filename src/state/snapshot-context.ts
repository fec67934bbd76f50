import { createContext, useContext } from 'react';
import type { SnapshotFile } from '../query/snapshot.ts';

/** The first-view snapshot: undefined while it is fetched, null when there is none. */
export const SnapshotContext = createContext<SnapshotFile | null | undefined>(undefined);

export function useSnapshot(): SnapshotFile | null | undefined {
  return useContext(SnapshotContext);
}
