import { SNAPSHOT_FILE, type SnapshotFile } from '../query/snapshot.ts';

let pending: Promise<SnapshotFile | null> | null = null;

/**
 * The first views' answers (public/data/snapshot.json), fetched once per page. Without it (a 404, a bad file) the
 * views simply wait for DuckDB, so a failure here is not an error.
 */
export function fetchSnapshot(base: string): Promise<SnapshotFile | null> {
  pending ??= fetch(`${base}${SNAPSHOT_FILE}`)
    .then((res) => (res.ok ? (res.json() as Promise<SnapshotFile>) : null))
    .then((file) => (file?.format === 1 && file.queries ? file : null))
    .catch(() => null);
  return pending;
}
