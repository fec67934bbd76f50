import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filtersFromParams,
  filtersToParams,
  NO_FILTERS,
  whereClause,
  type Filters,
} from '../../src/query/report-filters.ts';
import { pivotQuery } from '../../src/query/pivot.ts';
import { drilldownCount, drilldownRows, logHistogram, periodKpis, quarterlyPanel } from '../../src/query/reports.ts';
import { splitPanel } from '../../src/query/quarter-sums.ts';
import type { PanelRow } from '../../src/query/reports.ts';
import { ident, q, type Query, type Row } from '../../src/query/sql.ts';
import type { FixtureRow } from '../fixtures/reports-fixture.ts';
import { passes } from '../fixtures/reports-oracle.ts';

const HOSTILE = [
  "O'Reilly Net",
  '100% Mobile',
  'x; DROP TABLE reports; --',
  '日本語テレコム',
  'a,b "quoted"',
  '_under\\score',
];

let con: DuckDBConnection;
const run = async (query: Query): Promise<Row[]> =>
  (await con.runAndReadAll(query.sql, query.params as never)).getRowObjectsJson() as Row[];

beforeAll(async () => {
  con = await (await DuckDBInstance.create(':memory:')).connect();
  // 8 quarters × 6 operators; operator i has i+1 reports per quarter, with known durations and users
  await con.run(
    `CREATE TABLE reports AS
    SELECT 'R' || row_number() OVER () AS report_id, TIMESTAMP '2015-04-01' AS occurred_at,
      2015 + qq // 4 AS fiscal_year, qq % 4 + 1 AS quarter, op AS operator, 'isp' AS operator_type,
      CASE WHEN k % 2 = 0 THEN 'other' ELSE 'other_voice' END AS service_category,
      CASE WHEN k % 3 = 0 THEN 'software_bug' ELSE 'natural_disaster' END AS cause,
      CASE WHEN k % 3 = 0 THEN 'equipment' ELSE 'external' END AS cause_group,
      (120 + 100 * k)::DOUBLE AS duration_min, (10 ^ (1 + k % 6))::BIGINT AS affected_users, '東京都' AS region,
      k = 5 AS is_major, true AS is_synthetic
    FROM (VALUES ${HOSTILE.map((_, i) => `(?, ${i + 1})`).join(', ')}) ops(op, i),
      range(8) t(qq), range(0, 6) r(k)
    WHERE k <= i - 1`,
    HOSTILE,
  );
  allRows = (await run(
    q(`SELECT * REPLACE (occurred_at::VARCHAR AS occurred_at, affected_users::DOUBLE AS affected_users,
        fiscal_year::INTEGER AS fiscal_year, quarter::INTEGER AS quarter) FROM reports`),
  )) as unknown as FixtureRow[];
});
afterAll(() => con?.closeSync());

/** The builder under test: how many records the filters keep. */
const count = async (f: Filters) => Number((await run(drilldownCount('reports', f, [])))[0]!.n);
/** The same count computed in JS over every row (tests/fixtures/reports-oracle.ts), not by the builder. */
let allRows: FixtureRow[];
const oracleCount = (f: Filters) => allRows.filter((r) => passes(r, f)).length;

describe('filters reach DuckDB only as parameters', () => {
  it('never puts a filter value into the SQL text', () => {
    const w = whereClause({ ...NO_FILTERS, operators: HOSTILE, fyFrom: 2015, usersMin: 100 });
    for (const h of HOSTILE) expect(w.sql).not.toContain(h);
    expect(w.params).toEqual([2015, ...HOSTILE, 100]);
  });

  it.each(HOSTILE.map((h, i) => [h, i] as const))('finds exactly the rows of operator %s', async (op, i) => {
    // operator i has i+1 reports in each of 8 quarters
    expect(await count({ ...NO_FILTERS, operators: [op] })).toBe(8 * (i + 1));
    expect(oracleCount({ ...NO_FILTERS, operators: [op] })).toBe(8 * (i + 1));
  });

  it('leaves the table intact after hostile values', async () => {
    expect(await count(NO_FILTERS)).toBe(8 * 21);
  });

  it('combines filters with AND', async () => {
    const all = await count(NO_FILTERS);
    const major = await count({ ...NO_FILTERS, majorOnly: true });
    expect(major).toBe(8); // only the 6th operator reaches k = 5
    expect(await count({ ...NO_FILTERS, majorOnly: true, quarters: [1, 2] })).toBe(4);
    expect(await count({ ...NO_FILTERS, fyFrom: 2016 })).toBe(all / 2);
    expect(await count({ ...NO_FILTERS, durationMin: 320, durationMax: 420 })).toBe(8 * (4 + 3));
    for (const f of [{ majorOnly: true, quarters: [1, 2] }, { fyFrom: 2016 }, { durationMin: 320, durationMax: 420 }]) {
      expect(await count({ ...NO_FILTERS, ...f })).toBe(oracleCount({ ...NO_FILTERS, ...f }));
    }
  });

  it('rejects unsafe identifiers instead of quoting them', () => {
    expect(() => ident('reports; DROP TABLE x')).toThrow(/not a safe SQL identifier/);
    expect(() => quarterlyPanel('reports"', NO_FILTERS, 'cause')).toThrow();
    expect(() => quarterlyPanel('reports', NO_FILTERS, 'cause; --' as never)).toThrow(/unknown dimension/);
  });
});

describe('filter state in the URL', () => {
  it('round-trips every filter, including hostile operator names', () => {
    const f: Filters = {
      ...NO_FILTERS,
      fyFrom: 2015,
      fyTo: 2022,
      quarters: [1, 4],
      causes: ['software_bug', 'config_change'],
      services: ['other_voice'],
      operators: HOSTILE,
      majorOnly: true,
      usersMin: 30_000,
      durationMax: 720,
      period: [8060, 8063],
    };
    const params = Object.fromEntries(
      new URLSearchParams(new URLSearchParams(filtersToParams(f)).toString()).entries(),
    );
    expect(filtersFromParams(params)).toEqual(f);
    expect(activeFilterCount(f)).toBe(9);
  });

  it('drops malformed values rather than trusting them', () => {
    const f = filtersFromParams({
      fy: '2015-abc',
      q: '1,9,x',
      cause: 'gremlins,software_bug',
      major: 'yes',
      users: '-',
    });
    expect(f).toEqual({ ...NO_FILTERS, fyFrom: 2015, quarters: [1], causes: ['software_bug'] });
  });
});

describe('report-level aggregates', () => {
  it('counts per quarter add up to the filtered total, and the brush does not filter its own chart', async () => {
    const f: Filters = { ...NO_FILTERS, causes: ['software_bug'], period: [8060, 8060] };
    const rows = splitPanel((await run(quarterlyPanel('reports', f, 'operator'))) as unknown as PanelRow[]).counts;
    const total = rows.reduce((n, r) => n + Number(r.accidents), 0);
    expect(total).toBe(oracleCount({ ...f, period: undefined }));
    expect(new Set(rows.map((r) => r.qi)).size).toBe(8);
  });

  it('drill-down lists exactly the records of a clicked bar', async () => {
    const f: Filters = { ...NO_FILTERS, fyFrom: 2015 };
    const bars = splitPanel((await run(quarterlyPanel('reports', f, 'operator'))) as unknown as PanelRow[]).counts;
    const bar = bars.find((b) => b.key === "O'Reilly Net" && b.qi === 8061)!;
    const cell = [
      { dimension: 'qi' as const, value: 8061 },
      { dimension: 'operator' as const, value: "O'Reilly Net" },
    ];
    const n = (await run(drilldownCount('reports', f, cell, ['period'])))[0]!.n;
    expect(n).toBe(bar.accidents);
    expect(n).toBe(
      allRows.filter((r) => r.operator === "O'Reilly Net" && r.fiscal_year === 2015 && r.quarter === 2).length,
    );
    const page = await run(
      drilldownRows('reports', f, cell, {
        sort: 'duration_min',
        desc: true,
        page: 0,
        pageSize: 50,
        ignore: ['period'],
      }),
    );
    expect(page).toHaveLength(Number(n));
    expect(
      page.every((r) => r.operator === "O'Reilly Net" && Number(r.fiscal_year) === 2015 && Number(r.quarter) === 2),
    ).toBe(true);
  });

  it('bins a log histogram whose bins add up and whose drill-down matches', async () => {
    const bins = await run(logHistogram('reports', NO_FILTERS, 'affected_users'));
    expect(bins.reduce((n, b) => n + Number(b.accidents), 0)).toBe(168);
    // users are 10^(1 + k % 6): 1,000 falls in the bin [500, 5,000)
    const bin = bins.find((b) => b.lo === 500)!;
    const n = await run(
      drilldownCount('reports', NO_FILTERS, [{ dimension: 'log_bin', value: 500, column: 'affected_users' }]),
    );
    expect(n[0]!.n).toBe(bin.accidents);
  });

  it('compares a period with the same period a year earlier', async () => {
    const rows = await run(periodKpis('reports', NO_FILTERS, [8064, 8067]));
    const by = Object.fromEntries(rows.map((r) => [r.period, r]));
    expect(by.current!.accidents).toBe(84);
    expect(by.previous!.accidents).toBe(84);
    expect(by.current!.major).toBe(4);
  });

  it('counts a report in both periods when the period is longer than a year', async () => {
    // 8 quarters against the 8 quarters a year earlier: only the last 4 of those exist, and they overlap
    const rows = await run(periodKpis('reports', NO_FILTERS, [8060, 8067]));
    const by = Object.fromEntries(rows.map((r) => [r.period, Number(r.accidents)]));
    expect(by).toEqual({ current: 168, previous: 84 });
  });

  it('pivots with totals computed in SQL, including medians of totals', async () => {
    const rows = await run(pivotQuery('reports', NO_FILTERS, 'cause', 'fy', 'duration_median'));
    const grand = rows.find((r) => r.row_total && r.col_total)!;
    const all = await run(q('SELECT median(duration_min) AS m FROM reports'));
    expect(grand.value).toBe(all[0]!.m);
    const cells = rows.filter((r) => !r.row_total && !r.col_total);
    expect(cells.reduce((n, r) => n + Number(r.records), 0)).toBe(168);
    expect(new Set(cells.map((r) => r.col_key))).toEqual(new Set([2015, 2016]));
  });
});
