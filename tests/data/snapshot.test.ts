import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { firstViewQueries, OVERVIEW_QUERIES } from '../../src/query/first-views.ts';
import { lookupSnapshot, snapshotRows, type SnapshotFile } from '../../src/query/snapshot.ts';
import { openBuiltData } from './duckdb.ts';

/**
 * public/data/snapshot.json (written by `npm run data`) read back and checked against the SQL run here on the
 * built Parquet (not through the snapshot writer), and against the source CSV.
 */
const snapshot = JSON.parse(readFileSync('public/data/snapshot.json', 'utf8')) as SnapshotFile;
const sourceIds = parseCsv(readFileSync('data/sources/cases.csv', 'utf8'), 'cases.csv').records.map(
  (r) => r.values.id!,
);

let data: Awaited<ReturnType<typeof openBuiltData>>;
beforeAll(async () => (data = await openBuiltData()));
afterAll(() => data?.close());

describe('the first-view snapshot', () => {
  it('holds every first-view query, for every case of the sources', () => {
    expect(sourceIds).toHaveLength(50);
    const missing = firstViewQueries(sourceIds).filter((q) => lookupSnapshot(snapshot, q) === undefined);
    expect(missing).toEqual([]);
  });

  it('gives exactly the rows the SQL gives on the built Parquet, for every entry', async () => {
    let entries = 0;
    for (const [sql, byParams] of Object.entries(snapshot.queries)) {
      for (const [params, result] of Object.entries(byParams)) {
        const rows = await data.run({ sql, params: JSON.parse(params) as never });
        expect(snapshotRows(result), `${sql}\n${params}`).toEqual(rows);
        entries++;
      }
    }
    // several views share a query (the scatter, the case count): one entry each
    const distinct = new Set(firstViewQueries(sourceIds).map((q) => JSON.stringify(q)));
    expect(entries).toBe(distinct.size);
  });

  it('counts the cases of the sources per fiscal year (checked by hand in cases.csv: 5 cases in FY2022 are config changes, JP-2022-01, -02, -03, -06, -07)', () => {
    const rows = lookupSnapshot(snapshot, OVERVIEW_QUERIES.byCause)!;
    expect(rows.reduce((n, r) => n + Number(r.cases), 0)).toBe(50);
    expect(rows).toContainEqual({ fiscal_year: 2022, cause: 'config_change', cause_group: 'human', cases: 5 });
  });

  it('stays small enough to fetch before DuckDB (≤ 40 KB gzip)', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(readFileSync('public/data/snapshot.json')).length).toBeLessThan(40_000);
  });
});
