import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Row } from '../../src/query/sql.ts';
import { openApp, openSession, SHOTS, type Session } from './chromium.ts';
import { chooseFile, importThrough } from './import-helpers.ts';

const baseUrl = inject('baseUrl');
// Two cores shared by several runs: a page load alone has taken 45 s under that load.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });
let s: Session;
let con: DuckDBConnection;
let dir: string;
/** Native DuckDB, with SQL written here (never the app's builders), on the Parquet the page loads and on the exports. */
const duck = async (sql: string, params: (string | number)[] = []) =>
  (await con.runAndReadAll(sql, params)).getRowObjectsJson() as Row[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jiko-export-records-'));
  con = await (await DuckDBInstance.create(':memory:')).connect();
  await con.run(`CREATE VIEW sample_reports AS SELECT * FROM read_parquet('public/data/sample_reports.parquet')`);
  s = await openSession(baseUrl);
});
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

const FILTER = `cause IN ('config_change', 'human_error')`;
let range: [number, number];
let wantIds: string[];

async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([s.page.waitForEvent('download'), s.page.click(`[data-testid="${testId}"]`)]);
  await s.page.waitForSelector('[data-testid="export-records-status"][data-state="done"]', { timeout: 60_000 });
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

describe('exporting the records under the filters of the quarterly view', () => {
  it('brushes a period on the filtered synthetic sample', async () => {
    await openApp(s, baseUrl, `#/quarterly?ds=sample&cause=config_change,human_error`);
    const svg = s.page.locator('[data-testid="plot-quarterly-counts"] svg').last();
    await svg.waitFor({ timeout: 90_000 });
    const box = (await svg.boundingBox())!;
    await s.page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
    await s.page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5, { steps: 5 });
    await s.page.mouse.up();
    await s.page.waitForFunction(() => location.hash.includes('period='));
    const m = /period=(\d+)-(\d+)/.exec(decodeURIComponent(await s.page.evaluate(() => location.hash)))!;
    range = [Number(m[1]), Number(m[2])];
    expect(range[1]).toBeGreaterThan(range[0]);
    wantIds = (
      await duck(
        `SELECT report_id FROM sample_reports WHERE ${FILTER} AND fiscal_year * 4 + quarter - 1 BETWEEN ? AND ?
         ORDER BY report_id`,
        range,
      )
    ).map((r) => r.report_id as string);
    expect(wantIds.length).toBeGreaterThan(100);
    console.log(`brushed ${range.join('-')}: ${wantIds.length} records`);
  });

  it('downloads a Parquet file holding exactly those records, labelled synthetic', async () => {
    const { name, bytes } = await download('export-records-parquet');
    expect(name).toMatch(/^jiko_records_sample_\d{8}_SYNTHETIC\.parquet$/);
    expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
    const file = join(dir, 'records.parquet');
    writeFileSync(file, bytes);
    const got = (await duck(`SELECT report_id FROM read_parquet('${file}') ORDER BY report_id`)).map(
      (r) => r.report_id,
    );
    expect(got.length).toBe(wantIds.length);
    expect(got).toEqual(wantIds);
    // every value as in the source, and the timestamp still a TIMESTAMP
    const diff = await duck(`SELECT count(*)::INTEGER AS n FROM (
      SELECT report_id, occurred_at, operator, cause, service_category, duration_min, affected_users::DOUBLE,
        region, is_major, is_synthetic FROM read_parquet('${file}')
      EXCEPT SELECT report_id, occurred_at, operator, cause, service_category, duration_min, affected_users::DOUBLE,
        region, is_major, is_synthetic FROM sample_reports)`);
    expect(diff[0]!.n).toBe(0);
    const types = await duck(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${file}'))`);
    expect(types.find((t) => t.column_name === 'occurred_at')!.column_type).toBe('TIMESTAMP');
    const meta = new Map(
      (await duck(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${file}')`)).map((r) => [
        r.k as string,
        r.v as string,
      ]),
    );
    expect(meta.get('jiko.dataset')).toBe('sample');
    expect(meta.get('jiko.synthetic')).toBe('true');
    expect(meta.get('jiko.dataset_label')).toContain('SYNTHETIC');
    expect(meta.get('jiko.rows')).toBe(String(wantIds.length));
    expect(meta.get('jiko.filters')).toContain(`period=${range[0]}-${range[1]}`);
    expect(await s.page.textContent('[data-testid="export-records-status"]')).toContain(name);
  });

  it('downloads a CSV with a BOM and the same rows, which re-imports through the Data view', async () => {
    const { name, bytes } = await download('export-records-csv');
    expect(name).toMatch(/^jiko_records_sample_\d{8}_SYNTHETIC\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await s.page.screenshot({ path: `${SHOTS}/export-records.png` });
    const file = join(dir, 'records.csv');
    writeFileSync(file, bytes);
    const got = (await duck(`SELECT report_id FROM read_csv('${file}') ORDER BY report_id`)).map((r) => r.report_id);
    expect(got).toEqual(wantIds);
    const diff = await duck(`SELECT count(*)::INTEGER AS n FROM (
      SELECT report_id, occurred_at::TIMESTAMP, operator, cause, duration_min::DOUBLE, affected_users::BIGINT,
        is_major FROM read_csv('${file}')
      EXCEPT SELECT report_id, occurred_at, operator, cause, duration_min, affected_users, is_major
        FROM sample_reports)`);
    expect(diff[0]!.n).toBe(0);

    await chooseFile(s.page, baseUrl, file);
    const r = await importThrough(s.page, '書き出し再取込');
    expect(Number(r.total.replace(/\D/g, ''))).toBe(wantIds.length);
    expect(Number(r.valid.replace(/\D/g, ''))).toBe(wantIds.length);
    await s.page.goto(`${baseUrl}#/data`);
    const row = s.page.locator('[data-testid="imported-table"] tbody tr[data-name="書き出し再取込"]');
    await row.waitFor({ timeout: 90_000 });
    expect(await row.textContent()).toContain(wantIds.length.toLocaleString('en-US'));
  });

  it('asked nothing of another origin (no DuckDB extension download) and logged no error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
