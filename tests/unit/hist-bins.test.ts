import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binLabel } from '../../src/charts/dimension-labels.ts';
import { HIST_EDGES, histBinBounds } from '../../src/domain/hist-bins.ts';
import { NO_FILTERS } from '../../src/query/report-filters.ts';
import { drilldownCount, logHistogram } from '../../src/query/reports.ts';
import type { Query, Row } from '../../src/query/sql.ts';

// Issue 14 defect 10: the old log10 bins ran 1時間40分–2時間58分 across the 2-hour threshold.
const THRESHOLDS = { duration_min: [60, 120, 720, 1440], affected_users: [30_000, 100_000, 1_000_000] } as const;

let con: DuckDBConnection;
const run = async (query: Query): Promise<Row[]> =>
  (await con.runAndReadAll(query.sql, query.params as never)).getRowObjectsJson() as Row[];

beforeAll(async () => {
  con = await (await DuckDBInstance.create(':memory:')).connect();
  // values on both sides of every threshold, by hand
  await con.run(`CREATE TABLE r AS SELECT * FROM (VALUES
    (59.0, 29999), (60.0, 30000), (119.0, 99999), (120.0, 100000), (719.0, 999999), (720.0, 1000000),
    (1439.0, NULL), (1440.0, 5), (NULL, 0), (20000.0, 20000000)) v(duration_min, affected_users)`);
});
afterAll(() => con?.closeSync());

describe('histogram bins on the reporting thresholds (issue 14 defect 10)', () => {
  it('gives the bounds of a bin from its lower edge, open at the top, and none for a value that is no edge', () => {
    expect(histBinBounds('duration_min', 120)).toEqual([120, 360]);
    expect(histBinBounds('affected_users', 0)).toEqual([0, 100]);
    expect(histBinBounds('affected_users', 10_000_000)).toEqual([10_000_000, undefined]);
    expect(histBinBounds('duration_min', 7)).toBeNull();
  });

  it('has every threshold as a bin edge', () => {
    for (const [col, ts] of Object.entries(THRESHOLDS))
      for (const th of ts) expect(HIST_EDGES[col as keyof typeof HIST_EDGES]).toContain(th);
  });

  it('puts a value on a threshold in the bin above it, one below in the bin below', async () => {
    const dur = Object.fromEntries(
      (await run(logHistogram('r', NO_FILTERS, 'duration_min'))).map((b) => [b.lo, b.accidents]),
    );
    expect(dur).toEqual({ 30: 1, 60: 2, 120: 1, 360: 1, 720: 2, 1440: 1, 10080: 1 });
    const users = Object.fromEntries(
      (await run(logHistogram('r', NO_FILTERS, 'affected_users'))).map((b) => [b.lo, b.accidents]),
    );
    expect(users).toEqual({ 0: 2, 5000: 1, 30000: 2, 100000: 1, 300000: 1, 1000000: 1, 10000000: 1 });
  });

  it('drills into exactly the records of a bin', async () => {
    const n = await run(drilldownCount('r', NO_FILTERS, [{ dimension: 'log_bin', value: 60, column: 'duration_min' }]));
    expect(n[0]!.n).toBe(2);
    const none = await run(
      drilldownCount('r', NO_FILTERS, [{ dimension: 'log_bin', value: 61, column: 'duration_min' }]),
    );
    expect(none[0]!.n).toBe(0);
  });

  it('labels bins by their edges', () => {
    expect(binLabel(60, 'duration_min', 'ja')).toBe('1時間–2時間');
    expect(binLabel(0, 'duration_min', 'en')).toBe('< 5 min');
    expect(binLabel(10080, 'duration_min', 'ja')).toBe('7日以上');
    expect(binLabel(30000, 'affected_users', 'ja')).toBe('3万–10万');
    expect(binLabel(1_000_000, 'affected_users', 'en')).toBe('1M–10M');
  });
});
