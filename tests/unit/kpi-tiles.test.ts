import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiTiles, type KpiRow } from '../../src/charts/kpi-tiles.ts';
import { formatCompact } from '../../src/i18n/format.ts';
import { translator } from '../../src/i18n/t.ts';
import { NO_FILTERS } from '../../src/query/report-filters.ts';
import { periodKpis } from '../../src/query/reports.ts';
import type { Query } from '../../src/query/sql.ts';

// Issue 14 defects 2 and 9.
let con: DuckDBConnection;
const run = async (query: Query): Promise<KpiRow[]> =>
  (await con.runAndReadAll(query.sql, query.params as never)).getRowObjectsJson() as unknown as KpiRow[];
const Q3_2022 = 2022 * 4 + 2;

beforeAll(async () => {
  con = await (await DuckDBInstance.create(':memory:')).connect();
  // FY2021 Q3: 3 reports (one major); FY2022 Q3: 2 reports; FY2023 Q3: 0 reports; FY2024 Q3: 4 reports
  await con.run(`CREATE TABLE r AS SELECT * FROM (VALUES
    (2021, 3, false, 100, 'exact'), (2021, 3, true, 200, 'up_to'), (2021, 3, false, NULL, NULL),
    (2022, 3, false, 30000, 'at_least'), (2022, 3, false, 5, 'exact'),
    (2024, 3, false, 1, 'exact'), (2024, 3, false, 1, 'exact'), (2024, 3, false, 1, 'exact'), (2024, 3, false, 1, 'exact'),
    (2025, 1, false, 7, 'exact')
  ) v(fiscal_year, quarter, is_major, affected_users, users_qualifier),
  LATERAL (SELECT 60.0 AS duration_min)`);
});
afterAll(() => con?.closeSync());

const ja = translator('ja');
const en = translator('en');

describe('year-ago KPIs (issue 14 defect 2)', () => {
  it('compares with the year before even when the fiscal-year filter excludes it', async () => {
    const f = { ...NO_FILTERS, fyFrom: 2022, fyTo: 2022 };
    const rows = await run(periodKpis('r', f, [Q3_2022, Q3_2022], true));
    const m = kpiTiles(rows, [Q3_2022, Q3_2022], undefined, ja, 'ja');
    expect(m.previousLabel).toBe('2021年度 第3四半期');
    const acc = m.tiles.find((t) => t.id === 'accidents')!;
    expect(acc.value).toBe('2');
    // 2 against 3: −33.3 %
    expect(acc.delta).toBe('前年同期比 −33.3%');
  });

  it('treats a year-ago 0 as data, not as "no data"', async () => {
    const q = 2024 * 4 + 2;
    const m = kpiTiles(await run(periodKpis('r', NO_FILTERS, [q, q], true)), [q, q], undefined, en, 'en');
    const acc = m.tiles.find((t) => t.id === 'accidents')!;
    expect(acc.delta).toBe('0 a year earlier (no ratio)');
    expect(acc.delta).not.toMatch(/no figure/);
  });

  it('says the year is incomplete and compares the same quarters', async () => {
    const fy = [2025 * 4, 2025 * 4 + 3] as [number, number];
    const end = 2025 * 4; // data end in FY2025 Q1
    const m = kpiTiles(await run(periodKpis('r', NO_FILTERS, [fy[0], end], true)), fy, end, en, 'en');
    expect(m.period).toEqual([end, end]);
    expect(m.previousLabel).toBe('FY2024 Q1');
    expect(m.incomplete).toContain('FY2025 Q1');
  });
});

describe('qualified user totals (issue 14 defect 9)', () => {
  it('marks a sum of lower bounds as "at least" and names the bounds', async () => {
    const rows = await run(periodKpis('r', NO_FILTERS, [Q3_2022, Q3_2022], true));
    const users = kpiTiles(rows, [Q3_2022, Q3_2022], undefined, en, 'en').tiles.find((t) => t.id === 'users')!;
    expect(users.value).toBe('at least 30K');
    expect(users.note).toContain('1 lower bounds');
  });

  it('marks a sum with an upper bound and leaves out unpublished figures', async () => {
    const q = 2021 * 4 + 2;
    const rows = await run(periodKpis('r', NO_FILTERS, [q, q], true));
    const users = kpiTiles(rows, [q, q], undefined, ja, 'ja').tiles.find((t) => t.id === 'users')!;
    expect(users.value).toBe('300人 (最大値を含む)');
    expect(users.note).toContain('非公表の1件');
  });

  it('keeps three significant figures', () => {
    expect(formatCompact(146_000_000, 'ja')).toBe('1.46億');
    expect(formatCompact(146_000_000, 'en')).toBe('146M');
    expect(formatCompact(1_234_567, 'ja')).toBe('123万');
  });
});
