import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalQuarterOf, fiscalYearOf, type Quarter } from '../../src/domain/fiscal.ts';
import {
  DEFAULT_SAMPLE_SEED,
  DERIVED_FY_MAJOR,
  PUBLISHED_FY_TOTALS,
  sampleTargets,
} from '../../scripts/lib/sample-model.ts';
import { isMajor, meetsQuarterlyReportCriterion, type ServiceCategory } from '../../src/domain/thresholds.ts';
import { SAMPLE_QUARTERLY_FILE, SAMPLE_REPORTS_FILE, writeSample } from '../../scripts/gen-sample.ts';

const root = mkdtempSync(join(tmpdir(), 'jiko-sample-'));
const dirA = join(root, 'a');
const reports = `'${join(dirA, SAMPLE_REPORTS_FILE)}'`;
const quarterly = `'${join(dirA, SAMPLE_QUARTERLY_FILE)}'`;
let instance: DuckDBInstance;
let con: DuckDBConnection;
const q = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS();
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  await writeSample(dirA, { seed: DEFAULT_SAMPLE_SEED });
  instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
}, 60_000);

afterAll(() => {
  con?.closeSync();
  instance?.closeSync();
  rmSync(root, { recursive: true, force: true });
});

describe('sample_reports.parquet', () => {
  it('has the documented reports schema', async () => {
    const cols = await q(`DESCRIBE SELECT * FROM read_parquet(${reports})`);
    expect(cols.map((c) => [c.column_name, c.column_type])).toEqual([
      ['report_id', 'VARCHAR'],
      ['occurred_at', 'TIMESTAMP'],
      ['fiscal_year', 'INTEGER'],
      ['quarter', 'INTEGER'],
      ['operator', 'VARCHAR'],
      ['operator_type', 'VARCHAR'],
      ['service_category', 'VARCHAR'],
      ['cause', 'VARCHAR'],
      ['cause_group', 'VARCHAR'],
      ['duration_min', 'DOUBLE'],
      ['affected_users', 'BIGINT'],
      ['region', 'VARCHAR'],
      ['is_major', 'BOOLEAN'],
      ['is_synthetic', 'BOOLEAN'],
    ]);
  });

  it('says it is synthetic, in every row and in the file metadata', async () => {
    const [row] = await q(
      `SELECT bool_and(is_synthetic) AS all_synthetic, count(*) AS n FROM read_parquet(${reports})`,
    );
    expect(row).toEqual({ all_synthetic: true, n: 106_138n });
    const kv = await q(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${reports})`);
    expect(Object.fromEntries(kv.map((r) => [r.k, r.v]))).toMatchObject({
      synthetic: 'true',
      seed: String(DEFAULT_SAMPLE_SEED),
      mode: 'calibrated',
    });
  });

  it('matches the published quarterly-reported totals and major counts', async () => {
    const rows = await q(`
      SELECT fiscal_year, count(*)::INTEGER AS accidents, count(*) FILTER (WHERE is_major)::INTEGER AS major
      FROM read_parquet(${reports}) GROUP BY fiscal_year ORDER BY fiscal_year`);
    const got = new Map(rows.map((r) => [r.fiscal_year as number, { accidents: r.accidents, major: r.major }]));
    for (const [fy, p] of Object.entries(PUBLISHED_FY_TOTALS)) expect(got.get(Number(fy))).toEqual(p);
    expect(rows).toEqual(
      sampleTargets().map((t) => ({ fiscal_year: t.fiscalYear, accidents: t.accidents, major: t.major })),
    );
  });

  it('keeps its published figures in step with data/sources/fy_totals.csv', async () => {
    const rows = await q(`
      SELECT DISTINCT fiscal_year, quarterly_reported::INTEGER AS accidents, major::INTEGER AS major
      FROM read_csv('data/sources/fy_totals.csv', header = true, all_varchar = true)
      WHERE quarterly_reported IS NOT NULL AND quarterly_reported <> '' ORDER BY fiscal_year`);
    expect(Object.fromEntries(rows.map((r) => [r.fiscal_year, { accidents: r.accidents, major: r.major }]))).toEqual(
      PUBLISHED_FY_TOTALS,
    );
  });

  it('takes FY2018 majors from the row fy_totals.csv marks DERIVED, and only from it', async () => {
    const rows = await q(`
      SELECT fiscal_year, major::INTEGER AS major FROM read_csv('data/sources/fy_totals.csv', header = true, all_varchar = true)
      WHERE source_note LIKE '%DERIVED%' ORDER BY fiscal_year`);
    expect(Object.fromEntries(rows.map((r) => [r.fiscal_year, r.major]))).toEqual(DERIVED_FY_MAJOR);
  });

  it('holds only reportable accidents; is_major, fiscal year and quarter agree with the domain rules', async () => {
    const rows = await q(`
      SELECT report_id, occurred_at, fiscal_year, quarter, service_category, duration_min, affected_users, is_major
      FROM read_parquet(${reports})`);
    const bad: string[] = [];
    for (const r of rows) {
      const users = Number(r.affected_users as bigint);
      const dur = r.duration_min as number;
      const fy = r.fiscal_year as number;
      // TIMESTAMP without zone holds the JST wall clock; JS reads it on the UTC axis, so shift by 9 h.
      const instant = new Date((r.occurred_at as Date).getTime() - 9 * 3600_000);
      const ok =
        meetsQuarterlyReportCriterion(dur, users) &&
        r.is_major === isMajor(fy, r.service_category as ServiceCategory, dur, users) &&
        fiscalYearOf(instant) === fy &&
        fiscalQuarterOf(instant) === (r.quarter as Quarter);
      if (!ok) bad.push(r.report_id as string);
    }
    expect(rows.length).toBe(106_138);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('is sorted by report_id, which is unique', async () => {
    const [r] = await q(`
      SELECT count(DISTINCT report_id) = count(*) AS uniq,
             bool_and(prev IS NULL OR report_id > prev) AS sorted
      FROM (SELECT report_id, lag(report_id) OVER () AS prev FROM read_parquet(${reports}))`);
    expect(r).toEqual({ uniq: true, sorted: true });
  });
});

describe('sample_quarterly.parquet', () => {
  it('has the documented columns', async () => {
    const cols = await q(`DESCRIBE SELECT * FROM read_parquet(${quarterly})`);
    expect(cols.map((c) => [c.column_name, c.column_type])).toEqual([
      ['fiscal_year', 'INTEGER'],
      ['quarter', 'INTEGER'],
      ['cause', 'VARCHAR'],
      ['cause_group', 'VARCHAR'],
      ['service_category', 'VARCHAR'],
      ['accidents', 'BIGINT'],
      ['major', 'BIGINT'],
      ['users_sum', 'BIGINT'],
      ['duration_median', 'DOUBLE'],
      ['duration_p90', 'DOUBLE'],
      ['duration_max', 'DOUBLE'],
    ]);
  });

  it('sums to the report-level counts, overall and group by group', async () => {
    const [a] = await q(
      `SELECT sum(accidents) AS n, sum(major) AS m, sum(users_sum) AS u FROM read_parquet(${quarterly})`,
    );
    const [b] = await q(`
      SELECT count(*)::HUGEINT AS n, count(*) FILTER (WHERE is_major)::HUGEINT AS m, sum(affected_users)::HUGEINT AS u
      FROM read_parquet(${reports})`);
    expect(a).toEqual(b);
    const diff = await q(`
      WITH r AS (
        SELECT fiscal_year, quarter, cause, cause_group, service_category, count(*) AS accidents,
               count(*) FILTER (WHERE is_major) AS major, sum(affected_users) AS users_sum,
               median(duration_min) AS duration_median, quantile_cont(duration_min, 0.9) AS duration_p90,
               max(duration_min) AS duration_max
        FROM read_parquet(${reports}) GROUP BY ALL)
      (SELECT * FROM r EXCEPT SELECT * FROM read_parquet(${quarterly}))
      UNION ALL
      (SELECT * FROM read_parquet(${quarterly}) EXCEPT SELECT * FROM r)`);
    expect(diff).toEqual([]);
  });
});

describe('writeSample determinism and scaling', () => {
  it('writes byte-identical files for the same seed, different files for another seed', async () => {
    const dirB = join(root, 'b');
    const dirC = join(root, 'c');
    await writeSample(dirB, { seed: DEFAULT_SAMPLE_SEED });
    await writeSample(dirC, { seed: DEFAULT_SAMPLE_SEED + 1 });
    for (const f of [SAMPLE_REPORTS_FILE, SAMPLE_QUARTERLY_FILE]) {
      expect(sha256(join(dirB, f))).toBe(sha256(join(dirA, f)));
      expect(sha256(join(dirC, f))).not.toBe(sha256(join(dirA, f)));
    }
  });

  it('scales to the requested row count and marks the file as scaled', async () => {
    const dirD = join(root, 'd');
    const res = await writeSample(dirD, { seed: 7, rows: 25_000 });
    expect(res.rows).toBe(25_000);
    const path = `'${join(dirD, SAMPLE_REPORTS_FILE)}'`;
    const [r] = await q(`SELECT count(*)::INTEGER AS n FROM read_parquet(${path})`);
    expect(r).toEqual({ n: 25_000 });
    const kv = await q(`SELECT decode(value) AS v FROM parquet_kv_metadata(${path}) WHERE decode(key) = 'mode'`);
    expect(kv).toEqual([{ v: 'scaled' }]);
  });
});
