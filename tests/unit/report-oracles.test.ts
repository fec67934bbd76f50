import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS, MEASURES, type Dimension, type Measure, type Period } from '../../src/query/dimensions.ts';
import { NO_FILTERS, type Filters } from '../../src/query/report-filters.ts';
import { pivotQuery } from '../../src/query/pivot.ts';
import {
  DRILL_COLUMNS,
  distinctValues,
  drilldownCount,
  drilldownRows,
  extent,
  kpiQuarters,
  logHistogram,
  periodKpis,
  quarterlyPanel,
  type CellKey,
} from '../../src/query/reports.ts';
import { splitPanel, sumHistogram, sumKpis } from '../../src/query/quarter-sums.ts';
import type { KpiQuarterRow, PanelRow } from '../../src/query/reports.ts';
import type { Query, Row } from '../../src/query/sql.ts';
import { FIXTURE, loadFixture, type FixtureRow } from '../fixtures/reports-fixture.ts';
import {
  dimensionOf,
  groupBy,
  measureOf,
  passes,
  qiOf,
  thresholdBin,
  type OracleFilters,
} from '../fixtures/reports-oracle.ts';

// Each builder runs on native DuckDB over the fixture; the expected rows come from tests/fixtures/reports-oracle.ts.
let con: DuckDBConnection;
const run = async (query: Query): Promise<Row[]> =>
  (await con.runAndReadAll(query.sql, query.params as never)).getRowObjectsJson() as Row[];

beforeAll(async () => {
  con = await (await DuckDBInstance.create(':memory:')).connect();
  await loadFixture(con);
});
afterAll(() => con?.closeSync());

const F = (o: OracleFilters): Filters => ({ ...NO_FILTERS, ...o }) as Filters;
const round = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 1e6) / 1e6);
const ids = (rows: readonly FixtureRow[]) => rows.map((r) => r.report_id).sort();
const expectedRows = (f: OracleFilters) => FIXTURE.filter((r) => passes(r, f));

/** One state per filter key, ranges at both ends exactly on a value present in the fixture. */
const CASES: [string, Partial<Filters>][] = [
  ['fyFrom', { fyFrom: 2020 }],
  ['fyTo', { fyTo: 2020 }],
  ['fyFrom = fyTo', { fyFrom: 2020, fyTo: 2020 }],
  ['quarters', { quarters: [1, 4] }],
  ['causes', { causes: ['software_bug', 'third_party'] }],
  ['services', { services: ['other_voice', 'other'] }],
  ['operators (hostile, Japanese)', { operators: ["O'Reilly Net", '日本語テレコム', '100% Mobile'] }],
  ['operators (LIKE-like name)', { operators: ['x_y'] }],
  ['majorOnly', { majorOnly: true }],
  ['usersMin on 30,000', { usersMin: 30_000 }],
  ['usersMax on 30,000', { usersMax: 30_000 }],
  ['users 500–5,000', { usersMin: 500, usersMax: 5000 }],
  ['durationMin on 120', { durationMin: 120 }],
  ['durationMax on 120', { durationMax: 120 }],
  ['duration 60–1440', { durationMin: 60, durationMax: 1440 }],
  ['durationMax 0 (zero kept, NULL not)', { durationMax: 0 }],
  ['period across the FY boundary', { period: [2019 * 4 + 3, 2020 * 4] }],
  ['period of one quarter', { period: [2020 * 4 + 1, 2020 * 4 + 1] }],
  [
    'everything at once',
    { fyFrom: 2019, fyTo: 2021, quarters: [1, 2, 4], usersMin: 1, durationMax: 1440, majorOnly: false },
  ],
];

describe('the fixture tells the filters apart', () => {
  it.each(CASES)('%s keeps some rows and drops others', (_, f) => {
    const n = expectedRows(f).length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(FIXTURE.length);
  });

  it('has values exactly on the range bounds, NULLs and a report on each side of 1 April', () => {
    expect(FIXTURE.filter((r) => r.affected_users === 30_000).length).toBeGreaterThan(1);
    expect(FIXTURE.filter((r) => r.duration_min === 120).length).toBeGreaterThan(1);
    for (const c of ['service_category', 'duration_min', 'affected_users', 'region', 'is_major'] as const) {
      expect(FIXTURE.some((r) => r[c] === null)).toBe(true);
    }
    expect(FIXTURE.find((r) => r.report_id === 'E1')).toMatchObject({ fiscal_year: 2019, quarter: 4 });
    expect(FIXTURE.find((r) => r.report_id === 'E2')).toMatchObject({ fiscal_year: 2020, quarter: 1 });
  });
});

describe('report filters against the JS oracle', () => {
  it.each(CASES)('%s selects exactly the expected records', async (_, o) => {
    const f = F(o);
    const rows = await run(
      drilldownRows('reports', f, [], { sort: 'report_id', desc: false, page: 0, pageSize: 1000 }),
    );
    expect(rows.map((r) => r.report_id as string).sort()).toEqual(ids(expectedRows(o)));
    expect((await run(drilldownCount('reports', f, [])))[0]!.n).toBe(expectedRows(o).length);
  });

  // Hand-checked literals for the bounds: both ends are inclusive, a NULL never passes.
  it('keeps 30,000 users in usersMin 30,000 and usersMax 30,000, and a NULL in neither', async () => {
    const n = async (f: Partial<Filters>) => Number((await run(drilldownCount('reports', F(f), [])))[0]!.n);
    const at = FIXTURE.filter((r) => r.affected_users === 30_000).length;
    const nulls = FIXTURE.filter((r) => r.affected_users === null).length;
    expect((await n({ usersMin: 30_000 })) + (await n({ usersMax: 30_000 }))).toBe(FIXTURE.length - nulls + at);
    expect(await n({ usersMin: 30_000, usersMax: 30_000 })).toBe(at);
  });
});

const DIMS = Object.keys(DIMENSIONS) as Dimension[];

describe('quarterly counts against the JS oracle', () => {
  it.each(DIMS)('stacks by %s, the brush not filtering its own chart', async (dim) => {
    const o: OracleFilters = { fyFrom: 2019, usersMin: 1, period: [8080, 8081] };
    const counts = splitPanel((await run(quarterlyPanel('reports', F(o), dim))) as unknown as PanelRow[]).counts;
    const got = counts.map((r) => [r.qi, r.key ?? null, r.accidents]);
    // the fiscal year and quarter of every bar are those of its quarter index
    for (const r of counts) expect(r.fiscal_year * 4 + r.quarter - 1).toBe(r.qi);
    expect(counts.every((r) => r.quarter >= 1 && r.quarter <= 4)).toBe(true);
    const groups = groupBy(
      FIXTURE.filter((r) => passes(r, o, true)),
      (r) => `${qiOf(r)}|${dimensionOf(r, dim)}`,
    );
    const want = [...groups.values()].map((g) => [qiOf(g[0]!), dimensionOf(g[0]!, dim), g.length]);
    const key = (x: unknown[]) => `${x[0]}|${x[1]}`;
    expect(got.map(key).sort()).toEqual(want.map(key).sort());
    expect(new Map(got.map((x) => [key(x), x[2]]))).toEqual(new Map(want.map((x) => [key(x), x[2]])));
  });
});

describe('threshold histograms against the JS oracle', () => {
  it.each([
    ['duration_min', {}],
    ['affected_users', {}],
    ['affected_users', { majorOnly: true }],
    ['duration_min', { period: [8080, 8083] as [number, number] }],
  ] as const)('bins %s on the reporting thresholds, NULLs left out (%j)', async (column, o) => {
    const got = await run(logHistogram('reports', F(o), column));
    const kept = expectedRows(o).filter((r) => r[column] !== null);
    const want = [...groupBy(kept, (r) => thresholdBin(column, r[column]!)).entries()]
      .map(([lo, g]) => ({ lo, accidents: g.length }))
      .sort((a, b) => a.lo - b.lo);
    expect(got).toEqual(want);
  });

  it('puts each threshold in the bin it opens (literal check)', async () => {
    await con.run(`CREATE OR REPLACE TEMP TABLE edge_probe AS SELECT * FROM (VALUES
      (NULL, 0), (NULL, 29999), (NULL, 30000), (NULL, 99999), (NULL, 1000000),
      (119.9, NULL), (120, NULL), (1440, NULL)) t(duration_min, affected_users)`);
    const bins = async (column: 'duration_min' | 'affected_users') =>
      (await run(logHistogram('edge_probe', NO_FILTERS, column))).map((r) => [r.lo, r.accidents]);
    expect(await bins('affected_users')).toEqual([
      [0, 1],
      [5000, 1],
      [30000, 2],
      [1000000, 1],
    ]);
    expect(await bins('duration_min')).toEqual([
      [60, 1],
      [120, 1],
      [1440, 1],
    ]);
  });

  it.each([
    ['duration_min', {}, undefined],
    ['affected_users', { majorOnly: true }, [8080, 8083]],
    ['duration_min', { fyFrom: 2019, usersMin: 1 }, [8078, 8078]],
    ['affected_users', {}, [0, 1]],
  ] as const)(
    'sums %s per quarter in the page to what the oracle counts (%j, period %j)',
    async (column, o, period) => {
      const panel = quarterlyPanel('reports', F(o), 'cause');
      // the query ignores the period: the same rows for every brushed range
      expect(quarterlyPanel('reports', F({ ...o, period: [1, 2] }), 'cause')).toEqual(panel);
      const split = splitPanel((await run(panel)) as unknown as PanelRow[]);
      const got = sumHistogram(
        column === 'duration_min' ? split.dur : split.users,
        period as [number, number] | undefined,
      );
      const withPeriod: OracleFilters = period ? { ...o, period: [period[0], period[1]] } : o;
      const kept = expectedRows(withPeriod).filter((r) => r[column] !== null);
      const want = [...groupBy(kept, (r) => thresholdBin(column, r[column]!)).entries()]
        .map(([lo, g]) => ({ lo, accidents: g.length }))
        .sort((a, b) => a.lo - b.lo);
      expect(got).toEqual(want);
    },
  );

  it('applies every filter but the period to the rows per quarter', () => {
    const panel = quarterlyPanel('reports', F({ majorOnly: true }), 'cause');
    expect(panel).not.toEqual(quarterlyPanel('reports', F({}), 'cause'));
    expect(panel).not.toEqual(quarterlyPanel('reports', F({ majorOnly: true }), 'operator'));
    expect(quarterlyPanel('reports', F({ fyFrom: 2020 }), 'cause')).not.toEqual(
      quarterlyPanel('reports', F({}), 'cause'),
    );
  });
});

describe('period KPIs against the JS oracle', () => {
  it.each(
    (['raw', 'cube'] as const).flatMap((how) => [
      [8084, 8087, how] as const,
      [8083, 8084, how] as const, // FY2020 Q4 … FY2021 Q1
      [8080, 8087, how] as const, // longer than a year: the two periods overlap
      [8076, 8076, how] as const, // the previous period has no data at all
    ]),
  )('period %i–%i against the same period a year earlier (%s)', async (a, b, how) => {
    const o: OracleFilters = { causes: ['software_bug', 'unknown', 'third_party', 'config_change'], period: [0, 1] };
    let got: Row[];
    if (how === 'raw') got = await run(periodKpis('reports', F(o), [a, b]));
    else {
      // the rows per quarter ignore the time window: the same query for every brushed period and fiscal-year range
      const perQuarter = kpiQuarters('reports', F(o));
      expect(kpiQuarters('reports', F({ ...o, period: [a, b], fyFrom: 2000, fyTo: 2000 }))).toEqual(perQuarter);
      got = sumKpis((await run(perQuarter)) as unknown as KpiQuarterRow[], [a, b]) as unknown as Row[];
    }
    const want = [
      ['current', a, b],
      ['previous', a - 4, b - 4],
    ]
      .map(([period, lo, hi]) => {
        const rows = FIXTURE.filter((r) => passes(r, o, true) && qiOf(r) >= +lo! && qiOf(r) <= +hi!);
        return rows.length === 0
          ? null
          : {
              period,
              accidents: rows.length,
              major: measureOf(rows, 'major'),
              users: measureOf(rows, 'users'),
              duration_median: round(measureOf(rows, 'duration_median')),
              // the fixture has no users_qualifier: no bounds or approximations, only unpublished figures
              users_upper: 0,
              users_lower: 0,
              users_approx: 0,
              users_missing: rows.filter((r) => r.affected_users === null).length,
            };
      })
      .filter(Boolean);
    const norm = got
      .map((r): Row => ({ ...r, duration_median: round(r.duration_median) }))
      .sort((x, y) => String(x.period).localeCompare(String(y.period)));
    expect(norm).toEqual(want);
  });
});

describe('pivot against the JS oracle, totals included', () => {
  const MEASURE_KEYS = Object.keys(MEASURES) as Measure[];
  const combos = DIMS.flatMap((d) => MEASURE_KEYS.map((m) => [d, m] as const));
  it.each(combos)('%s × fiscal year and quarter, measure %s', async (dim, measure) => {
    const o: OracleFilters = { durationMax: 1441 };
    for (const cols of ['fy', 'fyq'] as Period[]) {
      const got = await run(pivotQuery('reports', F(o), dim, cols, measure));
      const rows = expectedRows(o);
      const col = (r: FixtureRow) => (cols === 'fy' ? r.fiscal_year : qiOf(r));
      const want = new Map<string, [number | null, number]>();
      const put = (k: string, g: FixtureRow[]) => want.set(k, [round(measureOf(g, measure)), g.length]);
      for (const [k, g] of groupBy(rows, (r) => `${dimensionOf(r, dim)}|${col(r)}`)) put(`cell|${k}`, g);
      for (const [k, g] of groupBy(rows, (r) => `${dimensionOf(r, dim)}`)) put(`row|${k}`, g);
      for (const [k, g] of groupBy(rows, (r) => `${col(r)}`)) put(`col|${k}`, g);
      put('grand', rows);
      const have = new Map<string, [number | null, number]>();
      for (const r of got) {
        const k = r.row_total
          ? r.col_total
            ? 'grand'
            : `col|${r.col_key}`
          : r.col_total
            ? `row|${r.row_key}`
            : `cell|${r.row_key}|${r.col_key}`;
        have.set(k, [round(r.value), Number(r.records)]);
      }
      expect(have).toEqual(want);
    }
  });
});

describe('drill-down against the JS oracle', () => {
  const CELLS: [string, CellKey[], (r: FixtureRow) => boolean][] = [
    [
      'a quarter and a cause',
      [
        { dimension: 'qi', value: 8080 },
        { dimension: 'cause', value: 'config_change' },
      ],
      (r) => qiOf(r) === 8080 && r.cause === 'config_change',
    ],
    [
      'a missing service category',
      [{ dimension: 'service_category', value: null }],
      (r) => r.service_category === null,
    ],
    ['major status not stated', [{ dimension: 'major', value: null }], (r) => r.is_major === null],
    ['not major', [{ dimension: 'major', value: 'not_major' }], (r) => r.is_major === false],
    ['a users bucket', [{ dimension: 'users_bucket', value: '2' }], (r) => dimensionOf(r, 'users_bucket') === '2'],
    [
      'a duration bucket at its lower edge',
      [{ dimension: 'duration_bucket', value: '1' }],
      (r) => r.duration_min !== null && r.duration_min >= 60 && r.duration_min < 120,
    ],
    [
      'a fiscal year and a Japanese region',
      [
        { dimension: 'fiscal_year', value: 2020 },
        { dimension: 'region', value: '東京都' },
      ],
      (r) => r.fiscal_year === 2020 && r.region === '東京都',
    ],
    [
      'a histogram bin of users',
      [{ dimension: 'log_bin', value: 30_000, column: 'affected_users' }],
      (r) => r.affected_users !== null && r.affected_users >= 30_000 && r.affected_users < 100_000,
    ],
    [
      'a histogram bin of duration, from 2 h to 6 h',
      [{ dimension: 'log_bin', value: 120, column: 'duration_min' }],
      (r) => r.duration_min !== null && r.duration_min >= 120 && r.duration_min < 360,
    ],
  ];
  const o: OracleFilters = { fyTo: 2021, period: [8079, 8084] };

  it.each(CELLS)('%s: count and rows are exactly the records behind the cell', async (_, cell, match) => {
    const want = FIXTURE.filter((r) => passes(r, o, true) && match(r));
    expect(want.length).toBeGreaterThan(0);
    const n = await run(drilldownCount('reports', F(o), cell, ['period']));
    expect(n[0]!.n).toBe(want.length);
    const rows = await run(
      drilldownRows('reports', F(o), cell, {
        sort: 'report_id',
        desc: false,
        page: 0,
        pageSize: 500,
        ignore: ['period'],
      }),
    );
    expect(rows.map((r) => r.report_id).sort()).toEqual(ids(want));
    // with the brush applied, only the brushed quarters remain
    const brushed = await run(drilldownCount('reports', F(o), cell));
    expect(brushed[0]!.n).toBe(want.filter((r) => qiOf(r) >= 8079 && qiOf(r) <= 8084).length);
  });

  it('refuses to sort by a column outside the list (a hand-edited dsort= in a link)', () => {
    const opts = { desc: false, page: 0, pageSize: 10 };
    for (const sort of ['operator; DROP TABLE cases', 'summary_en', ''])
      expect(() => drilldownRows('reports', NO_FILTERS, [], { ...opts, sort: sort as 'report_id' })).toThrow(
        `cannot sort by ${sort}`,
      );
  });

  const cmp = (a: unknown, b: unknown) => (a === b ? 0 : (a as number) < (b as number) ? -1 : 1);
  it.each(DRILL_COLUMNS.flatMap((c) => [[c, false] as const, [c, true] as const]))(
    'sorts by %s (desc %s), NULLs last, ties by id, paged',
    async (sort, desc) => {
      const key = (r: FixtureRow) => (sort === 'occurred_at' ? r.occurred_at.slice(0, 16) : r[sort]);
      const sorted = [...FIXTURE].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        if (ka === null || kb === null) return ka === kb ? cmp(a.report_id, b.report_id) : ka === null ? 1 : -1;
        return (desc ? -cmp(ka, kb) : cmp(ka, kb)) || cmp(a.report_id, b.report_id);
      });
      const pageSize = 7;
      for (const page of [0, 3]) {
        const got = await run(drilldownRows('reports', NO_FILTERS, [], { sort, desc, page, pageSize }));
        expect(got.map((r) => r.report_id)).toEqual(
          sorted.slice(page * pageSize, (page + 1) * pageSize).map((r) => r.report_id),
        );
      }
    },
  );
});

describe('extent and distinct values against the JS oracle', () => {
  it('gives the first and last quarter, the fiscal years and the row count', async () => {
    const qis = FIXTURE.map(qiOf);
    expect((await run(extent('reports')))[0]).toEqual({
      qi_min: Math.min(...qis),
      qi_max: Math.max(...qis),
      fy_min: 2019,
      fy_max: 2021,
      rows: FIXTURE.length,
    });
  });

  it.each(['operator', 'region', 'service_category'] as const)('lists %s values by count, NULL left out', async (c) => {
    const counts = [
      ...groupBy(
        FIXTURE.filter((r) => r[c] !== null),
        (r) => r[c] as string,
      ),
    ].map(([value, g]) => ({
      value,
      n: g.length,
    }));
    counts.sort((a, b) => b.n - a.n || cmp2(a.value, b.value));
    expect(await run(distinctValues('reports', c))).toEqual(counts);
  });
});

const cmp2 = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
