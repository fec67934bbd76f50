import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_CASE_FILTERS as NO_FILTERS, type CaseFilters } from '../../src/query/case-filters.ts';
import { caseIds, caseList, caseYears, firstNotices } from '../../src/query/cases.ts';
import { caseCoverage, casesByYearAndCause, casesForScatter, publishedTotals } from '../../src/query/overview.ts';
import type { Row } from '../../src/query/sql.ts';
import { openBuiltData } from './duckdb.ts';

// The case and overview builders on the built Parquet, against the same answers computed in JS over `SELECT *`.
let data: Awaited<ReturnType<typeof openBuiltData>>;
let cases: Row[];
let notices: Row[];
let annotations: Row[];
let figures: Row[];
const all = (table: string) => data.run({ sql: `SELECT * FROM ${table}`, params: [] });

beforeAll(async () => {
  data = await openBuiltData();
  cases = await all('cases');
  notices = await all('case_notices');
  annotations = await all('case_annotations');
  figures = await all('fy_figures');
});
afterAll(() => data?.close());

const inDateOrder = (rows: Row[]) =>
  [...rows].sort((a, b) =>
    a.occurred_date === b.occurred_date
      ? String(a.id).localeCompare(String(b.id))
      : String(a.occurred_date) < String(b.occurred_date)
        ? -1
        : 1,
  );

const MAJOR: Record<string, (v: unknown) => boolean> = {
  major: (v) => v === true,
  not_major: (v) => v === false,
  not_stated: (v) => v === null,
};

function matches(c: Row, f: CaseFilters): boolean {
  const inList = (v: unknown, list: readonly string[]) => list.length === 0 || list.includes(v as string);
  return (
    inList(c.cause, f.causes) &&
    inList(c.cause_group, f.groups) &&
    inList(c.evidence, f.evidence) &&
    (f.fyFrom === null || Number(c.fiscal_year) >= f.fyFrom) &&
    (f.fyTo === null || Number(c.fiscal_year) <= f.fyTo) &&
    (f.major.length === 0 || f.major.some((m) => MAJOR[m]!(c.is_major)))
  );
}

const FILTERS: [string, Partial<CaseFilters>][] = [
  ['a cause', { causes: ['config_change'] }],
  ['two causes', { causes: ['software_bug', 'hardware_failure'] }],
  ['a cause group', { groups: ['unknown'] }],
  ['fyFrom on a year with cases', { fyFrom: 2022 }],
  ['fyTo on a year with cases', { fyTo: 2015 }],
  ['one fiscal year', { fyFrom: 2019, fyTo: 2019 }],
  ['major', { major: ['major'] }],
  ['not major or not stated', { major: ['not_major', 'not_stated'] }],
  ['weak evidence', { evidence: ['weak'] }],
  ['everything at once', { groups: ['equipment', 'human'], fyFrom: 2010, fyTo: 2023, major: ['major'] }],
];

describe('case filters against a JS oracle', () => {
  it.each(FILTERS)('%s lists exactly the matching cases in date order', async (_, o) => {
    const f = { ...NO_FILTERS, ...o };
    const want = inDateOrder(cases.filter((c) => matches(c, f))).map((c) => c.id);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(cases.length);
    expect((await data.run(caseIds(f))).map((r) => r.id)).toEqual(want);
    expect((await data.run(caseList(f))).map((r) => r.id)).toEqual(want);
  });

  it('marks exactly the cases with a users_withheld annotation', async () => {
    const withheld = new Set(annotations.filter((a) => a.field === 'users_withheld').map((a) => a.case_id));
    const rows = await data.run(caseList(NO_FILTERS));
    expect(rows.filter((r) => r.users_withheld).map((r) => r.id)).toEqual(
      inDateOrder(cases.filter((c) => withheld.has(c.id))).map((c) => c.id),
    );
  });

  it('lists the fiscal years that hold cases', async () => {
    const years = [...new Set(cases.map((c) => Number(c.fiscal_year)))].sort((a, b) => a - b);
    expect((await data.run(caseYears())).map((r) => r.fiscal_year)).toEqual(years);
  });

  it('gives each case with notices its earliest notice, its channel and the notice count', async () => {
    const byCase = new Map<string, Row[]>();
    for (const n of notices) byCase.set(n.case_id as string, [...(byCase.get(n.case_id as string) ?? []), n]);
    const want = inDateOrder(cases.filter((c) => byCase.has(c.id as string))).map((c) => {
      const list = byCase.get(c.id as string)!;
      const first = list.reduce((a, b) => (Number(b.minutes_from_start) < Number(a.minutes_from_start) ? b : a));
      const translated = (first.ja_translated as string[] | null)?.includes('channel_ja') ?? false;
      return [c.id, first.minutes_from_start, first.channel, first.channel_ja, translated, list.length];
    });
    const got = await data.run(firstNotices());
    expect(
      got.map((r) => [
        r.id,
        r.first_minutes,
        r.first_channel,
        r.first_channel_ja,
        r.first_channel_ja_translated,
        r.notices,
      ]),
    ).toEqual(want);
  });
});

describe('overview builders against a JS oracle', () => {
  it('counts cases per fiscal year and cause', async () => {
    const counts = new Map<string, number>();
    for (const c of cases) {
      const k = `${c.fiscal_year}|${c.cause}|${c.cause_group}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const got = await data.run(casesByYearAndCause());
    expect(new Map(got.map((r) => [`${r.fiscal_year}|${r.cause}|${r.cause_group}`, r.cases]))).toEqual(counts);
    expect(got.map((r) => `${r.fiscal_year}|${r.cause}`)).toEqual(
      [...counts.keys()].map((k) => k.split('|').slice(0, 2).join('|')).sort(),
    );
  });

  it('keeps only cases with both a duration and a users figure for the scatter', async () => {
    const want = cases
      .filter((c) => c.duration_min !== null && c.affected_users !== null)
      .map((c) => [c.id, Number(c.duration_min), Number(c.affected_users), c.users_qualifier])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const got = await data.run(casesForScatter());
    expect(got.map((r) => [r.id, r.duration_min, r.affected_users, r.users_qualifier])).toEqual(want);
  });

  it('gives the case count and the first and last fiscal year', async () => {
    const years = cases.map((c) => Number(c.fiscal_year));
    expect((await data.run(caseCoverage()))[0]).toEqual({
      cases: cases.length,
      first_fy: Math.min(...years),
      last_fy: Math.max(...years),
    });
  });

  it('gives each year of a published total its lowest and highest figure and every source', async () => {
    const measures = ['quarterly_reported', 'major'];
    const groups = new Map<string, Row[]>();
    for (const r of figures) {
      if (r.dimension !== 'total' || r.count === null || !measures.includes(r.measure as string)) continue;
      const k = `${r.measure}|${r.fiscal_year}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    const want = [...groups.entries()]
      .sort(([a], [b]) => {
        const [ma, ya] = a.split('|');
        const [mb, yb] = b.split('|');
        return ma === mb ? Number(ya) - Number(yb) : ma! < mb! ? -1 : 1;
      })
      .map(([k, g]) => {
        const counts = g.map((r) => Number(r.count));
        return {
          key: k,
          value: Math.min(...counts),
          value_max: Math.max(...counts),
          source_rows: g.length,
          sources: [...new Set(g.map((r) => r.source_url as string))].sort().join(' '),
          uncertain: g.some((r) => r.uncertain === true),
        };
      });
    expect(want.some((w) => w.value !== w.value_max || w.source_rows > 1)).toBe(true);
    const got = await data.run(publishedTotals(measures));
    expect(
      got.map((r) => ({
        key: `${r.measure}|${r.fiscal_year}`,
        value: r.value,
        value_max: r.value_max,
        source_rows: r.source_rows,
        sources: r.sources,
        uncertain: r.uncertain,
      })),
    ).toEqual(want);
  });
});
