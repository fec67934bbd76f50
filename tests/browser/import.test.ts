import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { fixtureRows, reportsCsv, reportsShiftJis, reportsXlsx, talliesCsv } from '../fixtures/import-files.ts';
import { openSession, SHOTS, type Session } from './chromium.ts';
import { chooseFile, drawnQuarterTotals, importThrough } from './import-helpers.ts';

const baseUrl = inject('baseUrl');
// Eight engineers share two cores: a page load alone has taken 45 s under that load.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });
let s: Session;
let con: DuckDBConnection;
let dir: string;
const rows = fixtureRows(600);
let expected: Map<string, number>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jiko-import-'));
  writeFileSync(join(dir, 'reports.csv'), reportsCsv(rows));
  writeFileSync(join(dir, 'reports_sjis.csv'), reportsShiftJis(rows));
  writeFileSync(join(dir, 'reports.xlsx'), await reportsXlsx(rows.slice(0, 200)));
  writeFileSync(join(dir, 'tallies.csv'), talliesCsv().csv);
  con = await (await DuckDBInstance.create(':memory:')).connect();
  // The independent computation: native DuckDB reads the UTF-8 file itself and counts per fiscal quarter.
  await con.run(
    `CREATE TABLE f AS SELECT * FROM read_csv('${join(dir, 'reports.csv')}', timestampformat='%Y-%m-%d %H:%M')`,
  );
  await con.run(`COPY f TO '${join(dir, 'reports.parquet')}' (FORMAT parquet)`);
  expected = await quarterCounts('SELECT * FROM f');
  s = await openSession(baseUrl);
});
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function quarterCounts(from: string): Promise<Map<string, number>> {
  const res = await con.runAndReadAll(`
    SELECT CASE WHEN month(occurred_at) >= 4 THEN year(occurred_at) ELSE year(occurred_at) - 1 END AS fy,
           ((month(occurred_at) + 8) % 12) // 3 + 1 AS q, count(*) AS n
    FROM (${from}) GROUP BY ALL`);
  return new Map(res.getRowObjectsJson().map((r) => [`${r.fy}-${r.q}`, Number(r.n)]));
}

async function openInQuarterly() {
  await s.page.click('[data-testid="import-open-quarterly"]');
  return drawnQuarterTotals(s.page);
}

describe('importing report-level files through the file input', () => {
  it('imports a UTF-8 CSV and charts it: every quarter equals native DuckDB over the file', async () => {
    await chooseFile(s.page, baseUrl, join(dir, 'reports.csv'));
    const r = await importThrough(s.page, 'UTF-8 テスト');
    expect(r.valid).toContain('600');
    const drawn = await openInQuarterly();
    expect(drawn).toEqual(expected);
    const card = s.page.locator('[data-testid="chart-quarterly-counts"]');
    expect(await card.locator('.chart-card__subtitle').textContent()).toContain('取込: UTF-8 テスト');
    expect(await card.locator('[data-testid="chart-source"]').textContent()).toContain('reports.csv');
    await s.page.screenshot({ path: `${SHOTS}/import-utf8-quarterly.png` });
  });

  it('imports the same records as Shift_JIS with Japanese headers, 和暦 and 1時間30分: same totals', async () => {
    await chooseFile(s.page, baseUrl, join(dir, 'reports_sjis.csv'));
    await s.page.waitForSelector('[data-testid="import-mapping"]');
    expect(await s.page.inputValue('[data-testid="import-encoding"]')).toBe('shift_jis');
    expect(await s.page.inputValue('[data-testid="map-occurred_at"]')).toBe('1');
    expect(await s.page.inputValue('[data-testid="map-affected_users"]')).toBe('6');
    await s.page.screenshot({ path: `${SHOTS}/import-sjis-mapping.png` });
    const r = await importThrough(s.page, 'Shift_JIS テスト');
    expect(r.valid).toContain('600');
    expect(await openInQuarterly()).toEqual(expected);
  });

  it('imports a Parquet file written by native DuckDB: same totals', async () => {
    await chooseFile(s.page, baseUrl, join(dir, 'reports.parquet'));
    await importThrough(s.page, 'Parquet テスト');
    expect(await openInQuarterly()).toEqual(expected);
  });

  it('imports an .xlsx with a title row above the header: totals of its 200 rows', async () => {
    await chooseFile(s.page, baseUrl, join(dir, 'reports.xlsx'));
    const r = await importThrough(s.page, 'Excel テスト');
    expect(r.valid).toContain('200');
    const want = await quarterCounts(`SELECT * FROM f WHERE report_id <= 'T-00200'`);
    expect(await openInQuarterly()).toEqual(want);
  });

  it('keeps imported datasets across a reload, and removing one asks first', async () => {
    await s.page.goto(`${baseUrl}#/data`);
    await s.page.reload();
    await s.page.waitForSelector('[data-testid="imported-table"]', { timeout: 90_000 });
    const names = await s.page
      .locator('[data-testid="imported-table"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name')));
    expect(names).toEqual(['UTF-8 テスト', 'Shift_JIS テスト', 'Parquet テスト', 'Excel テスト']);
    // the reloaded dataset loads from browser storage and charts the same totals
    await s.page.locator('[data-testid="imported-open"]').first().click();
    expect(await drawnQuarterTotals(s.page)).toEqual(expected);
    await s.page.goto(`${baseUrl}#/data`);
    const row = s.page.locator('[data-testid="imported-table"] tbody tr').nth(2);
    await row.locator('[data-testid="imported-remove"]').click();
    expect(await row.locator('[data-testid="imported-confirm"]').textContent()).toContain('Parquet テスト');
    await row.locator('[data-testid="imported-remove-no"]').click();
    expect(await s.page.locator('[data-testid="imported-table"] tbody tr').count()).toBe(4);
    await row.locator('[data-testid="imported-remove"]').click();
    await row.locator('[data-testid="imported-remove-yes"]').click();
    await s.page.waitForFunction(
      () => document.querySelectorAll('[data-testid="imported-table"] tbody tr').length === 3,
    );
    await s.page.reload();
    await s.page.waitForSelector('[data-testid="imported-table"]', { timeout: 90_000 });
    expect(await s.page.locator('[data-testid="imported-table"] tbody tr').count()).toBe(3);
    const stored = await s.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('jiko-imports');
          req.addEventListener('success', () => {
            const r = req.result.transaction('rows').objectStore('rows').count();
            r.addEventListener('success', () => resolve(r.result));
          });
        }),
    );
    expect(stored).toBe(3);
  });
});

describe('exporting imported data', () => {
  it('exports an imported dataset as CSV that re-imports to the same rows', async () => {
    await s.page.goto(`${baseUrl}#/data`);
    await s.page.waitForSelector('[data-testid="imported-table"]', { timeout: 90_000 });
    const first = s.page.locator('[data-testid="imported-table"] tbody tr').first();
    const [a] = await Promise.all([
      s.page.waitForEvent('download'),
      first.locator('[data-testid="imported-export-csv"]').click(),
    ]);
    const csvA = readFileSync((await a.path())!);
    expect(a.suggestedFilename()).toMatch(/^jiko_imported_UTF-8_/);
    expect(csvA.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // the export holds the file's rows: native DuckDB reads both and finds the same records
    writeFileSync(join(dir, 'export-a.csv'), csvA);
    const diff = await con.runAndReadAll(`
      SELECT count(*)::INTEGER AS n FROM (
        SELECT report_id, occurred_at::TIMESTAMP, operator, cause, duration_min::DOUBLE, affected_users::BIGINT FROM f
        EXCEPT
        SELECT report_id, occurred_at::TIMESTAMP, operator, cause, duration_min::DOUBLE, affected_users::BIGINT
        FROM read_csv('${join(dir, 'export-a.csv')}'))`);
    expect(diff.getRowObjectsJson()[0]!.n).toBe(0);
    await chooseFile(s.page, baseUrl, join(dir, 'export-a.csv'));
    const r = await importThrough(s.page, '再取込');
    expect(r.valid).toContain('600');
    await s.page.goto(`${baseUrl}#/data`);
    await s.page.waitForSelector('[data-testid="imported-table"]', { timeout: 90_000 });
    const last = s.page.locator('[data-testid="imported-table"] tbody tr').last();
    const [b] = await Promise.all([
      s.page.waitForEvent('download'),
      last.locator('[data-testid="imported-export-csv"]').click(),
    ]);
    expect(readFileSync((await b.path())!).equals(csvA)).toBe(true);
  });
});

describe('importing quarterly tallies', () => {
  it('reports the quarter whose bands do not add up to its total', async () => {
    await chooseFile(s.page, baseUrl, join(dir, 'tallies.csv'));
    await s.page.waitForSelector('[data-testid="import-mapping"]');
    expect(await s.page.isChecked('[data-testid="import-shape-report_tallies"]')).toBe(true);
    await s.page.click('[data-testid="import-validate"]');
    await s.page.waitForSelector('[data-testid="import-report"]');
    const sums = await s.page.locator('[data-testid="problem-table"] tr[data-code="band_sum"]').allTextContents();
    expect(sums).toHaveLength(1);
    expect(sums[0]).toContain('FY2022 Q3');
    expect(await s.page.textContent('[data-testid="import-valid"]')).toContain('32');
  });

  it('charts the tallies in the quarterly view, says why there are no records, and sums each year', async () => {
    await s.page.fill('[data-testid="import-name"]', '四半期集計');
    await s.page.click('[data-testid="import-commit"]');
    await s.page.waitForSelector('[data-testid="import-done"]');
    await s.page.click('[data-testid="import-open-quarterly"]');
    await s.page.waitForSelector('[data-testid="tallies-no-rows"]', { timeout: 60_000 });
    // the breakdown by users band, as drawn, against the file's own band rows
    const drawn = await drawnQuarterTotals(s.page, 'tallies-quarterly', 'rect');
    const { csv } = talliesCsv();
    const want = new Map<string, number>();
    for (const line of csv.toString('utf8').trim().split('\n').slice(1)) {
      const [fy, q, dim, , n] = line.split(',');
      if (dim !== '影響利用者数') continue;
      want.set(`${fy}-${q}`, (want.get(`${fy}-${q}`) ?? 0) + Number(n));
    }
    expect(drawn).toEqual(want);
    await s.page.selectOption('[data-testid="tallies-dimension"]', 'total');
    await s.page.waitForFunction(() => !!document.querySelector('[data-testid="tallies-sum-2022"]'));
    const { totals } = talliesCsv();
    const fy2022 = [1, 2, 3, 4].reduce((n, q) => n + totals.get(`2022-${q}`)!, 0);
    await s.page.waitForFunction(
      (n) => document.querySelector('[data-testid="tallies-sum-2022"]')?.textContent?.replace(/\D/g, '') === String(n),
      fy2022,
    );
    expect((await s.page.textContent('[data-testid="tallies-kpi-accidents"]'))!.replace(/\D/g, '')).toBe(
      String(fy2022),
    );
    await s.page.screenshot({ path: `${SHOTS}/import-tallies.png` });
  });
});
