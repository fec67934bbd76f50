import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { fixtureRows, reportsCsv } from '../fixtures/import-files.ts';
import { openSession, SHOTS, type Session } from './chromium.ts';
import { chooseFile, importThrough } from './import-helpers.ts';

const baseUrl = inject('baseUrl');
// Eight engineers share two cores: a page load alone has taken 45 s under that load.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });
let s: Session;
let dir: string;
let con: DuckDBConnection;
let table: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jiko-sql-'));
  writeFileSync(join(dir, 'r.csv'), reportsCsv(fixtureRows(400, 5)));
  con = await (await DuckDBInstance.create(':memory:')).connect();
  s = await openSession(baseUrl);
  await chooseFile(s.page, baseUrl, join(dir, 'r.csv'));
  await importThrough(s.page, 'SQL テスト');
  const href = (await s.page.getAttribute('[data-testid="import-open-quarterly"]', 'href'))!;
  table = `imported_${/ds=(\w+)/.exec(href)![1]}`;
  await s.page.goto(`${baseUrl}#/sql`);
  await s.page.waitForSelector(`[data-testid="sql-schema"] details[data-table="${table}"]`, { timeout: 90_000 });
});
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function runSql(sql: string) {
  await s.page.click('.sql-editor .cm-content');
  await s.page.keyboard.press('Control+A');
  await s.page.keyboard.press('Delete');
  await s.page.keyboard.insertText(sql);
  await s.page.click('[data-testid="sql-run"]');
  await s.page.waitForSelector('[data-testid="sql-result"], [data-testid="sql-error"]', { timeout: 60_000 });
}

describe('the SQL console', () => {
  it('runs a GROUP BY over an imported table: rows equal native DuckDB over the file', async () => {
    await runSql(`SELECT cause, count(*) AS n FROM ${table} GROUP BY cause ORDER BY cause`);
    const cells = await s.page
      .locator('[data-testid="sql-result"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.children[0]!.textContent, Number(tr.children[1]!.textContent)]));
    const want = (
      await con.runAndReadAll(
        `SELECT cause, count(*)::INTEGER AS n FROM read_csv('${join(dir, 'r.csv')}') GROUP BY cause ORDER BY cause`,
      )
    ).getRowObjectsJson();
    expect(cells).toEqual(want.map((r) => [r.cause, r.n]));
  });

  it('sorts the result by a column header', async () => {
    await s.page.click('[data-testid="sql-sort-n"]');
    await s.page.click('[data-testid="sql-sort-n"]');
    const ns = await s.page
      .locator('[data-testid="sql-result"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Number(tr.children[1]!.textContent)));
    expect(ns).toEqual([...ns].sort((a, b) => b - a));
  });

  it('charts the result: one bar per row', async () => {
    await s.page.click('[data-testid="sql-chart"]');
    await s.page.waitForSelector('[data-testid="plot-sql-result"] .sql-bar rect');
    const rows = await s.page.locator('[data-testid="sql-result"] tbody tr').count();
    expect(await s.page.locator('[data-testid="plot-sql-result"] .sql-bar rect').count()).toBe(rows);
    await s.page.screenshot({ path: `${SHOTS}/sql-console.png` });
  });

  it('exports the result as CSV', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="sql-csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFcause,n\r\n')).toBe(true);
    const total = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .reduce((n, line) => n + Number(line.split(',')[1]), 0);
    expect(total).toBe(400);
  });

  it('refuses DROP TABLE cases, and the public record is still there', async () => {
    await runSql('DROP TABLE cases');
    expect(await s.page.textContent('[data-testid="sql-error"]')).toContain('DROP');
    await runSql('SELECT count(*) AS n FROM cases');
    expect(await s.page.textContent('[data-testid="sql-result"] tbody td')).toBe('50');
  });

  it('shows DuckDB errors with their position', async () => {
    await runSql('SELECT nosuchcolumn FROM cases');
    const text = (await s.page.textContent('[data-testid="sql-error"]')) ?? '';
    expect(text).toContain('nosuchcolumn');
    expect(text).toMatch(/LINE 1:/);
  });

  it('cancels a long query, says it was cancelled, and the next query runs', async () => {
    await s.page.click('.sql-editor .cm-content');
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.press('Delete');
    // 4·10^10 pairs: minutes of work, so only a cancel ends it within the test's time
    await s.page.keyboard.insertText('SELECT sum(a.range * b.range) AS x FROM range(200000) a, range(200000) b');
    await s.page.click('[data-testid="sql-run"]');
    await s.page.waitForSelector('[data-testid="sql-cancel"]');
    await s.page.waitForTimeout(300);
    const asked = Date.now();
    await s.page.click('[data-testid="sql-cancel"]');
    await s.page.waitForSelector('[data-testid="sql-cancelled"]', { timeout: 20_000 });
    expect(Date.now() - asked).toBeLessThan(20_000);
    expect(await s.page.textContent('[data-testid="sql-cancelled"]')).toContain('中止しました');
    expect(await s.page.locator('[data-testid="sql-error"], [data-testid="sql-result"]').count()).toBe(0);
    await runSql('SELECT count(*) AS n FROM cases');
    expect(await s.page.textContent('[data-testid="sql-result"] tbody td')).toBe('50');
  });
});
