import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, SHOTS, type Session } from './chromium.ts';

/** A 10,000-character unbroken operator name, served in place of the built cases.parquet. */
const baseUrl = inject('baseUrl');
const LONG = `株式会社${'ア'.repeat(5000)}${'X'.repeat(5000)}`;
let s: Session;
let dir: string;
let parquet: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jiko-long-'));
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const out = join(dir, 'cases.parquet');
  await con.run(
    `COPY (SELECT * REPLACE (CASE WHEN id = 'JP-2022-07' THEN '${LONG}' ELSE operator_ja END AS operator_ja,
                             CASE WHEN id = 'JP-2022-07' THEN '${LONG}' ELSE operator_en END AS operator_en)
           FROM read_parquet('dist/data/cases.parquet')) TO '${out}' (FORMAT parquet)`,
  );
  con.closeSync();
  parquet = readFileSync(out);
  s = await openSession(baseUrl, { width: 1200, height: 900 });
  await s.ctx.route('**/data/cases.parquet', (r) => r.fulfill({ status: 200, body: parquet }));
});
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

const pageWidth = () => s.page.evaluate(() => document.documentElement.scrollWidth);

describe('a 10,000-character unbroken name', () => {
  it('wraps on the case page, which stays as wide as the window, with the whole name on the page', async () => {
    await s.page.goto(`${baseUrl}#/case/JP-2022-07`);
    await s.page.waitForSelector('main h2', { timeout: 90_000 });
    await s.page.waitForFunction((n) => (document.querySelector('main')?.textContent ?? '').includes(n), LONG, {
      timeout: 60_000,
    });
    expect(await pageWidth()).toBeLessThanOrEqual(1200);
    await s.page.screenshot({ path: `${SHOTS}/long-name-case.png` });
  }, 180_000);

  it('keeps the cases table within the window', async () => {
    await s.page.evaluate(() => (window.location.hash = '#/cases'));
    await s.page.locator('[data-testid="cases-view"] table').first().waitFor({ timeout: 60_000 });
    expect(await pageWidth()).toBeLessThanOrEqual(1200);
    const table = await s.page.locator('[data-testid="cases-view"] table').first().boundingBox();
    expect(table!.x + table!.width).toBeLessThanOrEqual(1200);
  });
});
