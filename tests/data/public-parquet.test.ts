import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { PUBLIC_TABLES } from '../../src/domain/schema/tables.ts';
import { caseCoverage, casesByYearAndCause, casesForScatter, publishedTotals } from '../../src/query/overview.ts';
import { openBuiltData } from './duckdb.ts';

let data: Awaited<ReturnType<typeof openBuiltData>>;
beforeAll(async () => (data = await openBuiltData()));
afterAll(() => data?.close());

const sourceRows = (f: string) => parseCsv(readFileSync(`data/sources/${f}`, 'utf8'), f).records;
const one = async (sql: string) => (await data.run({ sql, params: [] }))[0]!;

describe('the built Parquet equals the sources', () => {
  it('has one row per source row in every table', async () => {
    expect((await one('SELECT count(*)::INTEGER AS n FROM cases')).n).toBe(sourceRows('cases.csv').length);
    expect((await one('SELECT count(*)::INTEGER AS n FROM case_notices')).n).toBe(
      sourceRows('case_notices.csv').length,
    );
    const totals = sourceRows('fy_totals.csv').reduce(
      (n, r) => n + Number(r.values.quarterly_reported !== '') + Number(r.values.major !== ''),
      0,
    );
    const others = ['fy_report_counts.csv', 'by_cause.csv', 'by_service.csv', 'by_users.csv', 'by_duration.csv'];
    const expected = totals + others.reduce((n, f) => n + sourceRows(f).length, 0);
    expect((await one('SELECT count(*)::INTEGER AS n FROM fy_figures')).n).toBe(expected);
  });

  it('has exactly the documented columns and types', async () => {
    for (const table of PUBLIC_TABLES) {
      const described = await data.run({ sql: `DESCRIBE ${table.name}`, params: [] });
      expect(described.map((d) => [d.column_name, d.column_type])).toEqual(
        table.columns.map((c) => [c.name, c.type === 'DATE' ? 'DATE' : c.type]),
      );
    }
  });

  it('keeps the seed cases exactly: users, qualifier, duration, inquiries', async () => {
    const rows = await data.run({
      sql: `SELECT id, affected_users, users_qualifier, duration_min, inquiries, service_categories, started_at::VARCHAR AS started
            FROM cases WHERE id IN (?, ?, ?) ORDER BY id`,
      params: ['JP-2015-01', 'JP-2022-07', 'JP-2022-08'],
    });
    expect(rows).toEqual([
      {
        id: 'JP-2015-01',
        affected_users: '324000',
        users_qualifier: 'approx',
        duration_min: 90,
        inquiries: null,
        service_categories: [],
        started: '2016-03-11 17:45:00',
      },
      {
        id: 'JP-2022-07',
        affected_users: '30000',
        users_qualifier: 'at_least',
        duration_min: 335,
        inquiries: 162,
        service_categories: ['other_voice', 'other'],
        started: '2023-01-25 16:08:00',
      },
      {
        id: 'JP-2022-08',
        affected_users: '463000',
        users_qualifier: 'approx',
        duration_min: 105,
        inquiries: 348,
        service_categories: ['other_voice'],
        started: '2023-02-08 08:34:00',
      },
    ]);
  });

  it('keeps every countermeasure status and date of the LINE 2023 case', async () => {
    const rows = await data.run({
      sql: `SELECT status, status_date FROM case_countermeasures WHERE case_id = ? ORDER BY seq`,
      params: ['JP-2022-08'],
    });
    expect(rows).toEqual([
      { status: 'done', status_date: '2023-02-10' },
      { status: 'done', status_date: '2023-04-04' },
      { status: 'done', status_date: '2023-04-12' },
      { status: 'done', status_date: '2023-04-04' },
      { status: 'planned', status_date: '2023-05-19' },
    ]);
  });

  it('gives the published yearly totals, every source agreeing', async () => {
    const rows = await data.run(publishedTotals(['quarterly_reported', 'major']));
    const by = (m: string) =>
      Object.fromEntries(rows.filter((r) => r.measure === m).map((r) => [r.fiscal_year, r.value]));
    expect(by('quarterly_reported')).toEqual({
      2010: 7367,
      2011: 8773,
      2012: 8201,
      2013: 7243,
      2014: 7030,
      2015: 6188,
      2019: 6301,
      2022: 7500,
    });
    expect(by('major')).toMatchObject({
      2008: 18,
      2009: 18,
      2010: 15,
      2011: 17,
      2012: 17,
      2013: 14,
      2014: 6,
      2015: 8,
      2018: 4,
      2019: 3,
      2022: 10,
    });
    expect(rows.every((r) => r.value === r.value_max)).toBe(true);
    // FY2018's 4 was never printed: it is the only derived total, and says so
    expect(rows.filter((r) => r.derived).map((r) => [r.fiscal_year, r.measure, r.value])).toEqual([[2018, 'major', 4]]);
  });

  it('keeps the pre-FY2010 series apart from the quarterly-reported one', async () => {
    const rows = await data.run(publishedTotals(['all_reported_pre2010']));
    expect(rows.map((r) => [r.fiscal_year, r.value])).toEqual([
      [2006, 69],
      [2007, 151],
      [2008, 189],
      [2009, 195],
    ]);
  });

  it('answers the overview queries', async () => {
    const byCause = await data.run(casesByYearAndCause());
    expect(byCause.reduce((n, r) => n + Number(r.cases), 0)).toBe(50);
    expect((await data.run(casesForScatter())).length).toBe(35);
    expect(await data.run(caseCoverage())).toEqual([{ cases: 50, first_fy: 2008, last_fy: 2025 }]);
  });
});
