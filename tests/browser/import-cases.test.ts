import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { openSession, SHOTS, type Session } from './chromium.ts';
import { chooseFile } from './import-helpers.ts';

const baseUrl = inject('baseUrl');
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });
let s: Session;
let dir: string;

/** Two new cases, one id of the public record, one id twice: Japanese headers, 和暦, a month-only start. */
const CSV = [
  '事例番号,発生日時,事業者,継続時間,影響利用者数,影響地域,電気通信役務の区分,発生原因,重大な事故,概要,出典',
  'U-2024-01,令和6年5月20日 9:05,例示通信,約1.5時間,約32.4万,東京都,二,ソフトウェア不具合,はい,交換機の不具合で通話がつながりにくくなった。,https://example.jp/u-2024-01.pdf',
  'U-2024-02,2024年8月,Example Net,,,,,unknown,,Mail was delayed for some users.,第5回 検証会議資料',
  'JP-2022-07,2022-07-02 01:35,既存通信,,,,,config_change,,公開記録にある番号,https://example.jp/dup',
  'U-2024-01,2024-09-01,重複通信,,,,,unknown,,同じ番号,https://example.jp/again',
].join('\r\n');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jiko-import-cases-'));
  writeFileSync(join(dir, 'my_cases.csv'), CSV + '\r\n');
  s = await openSession(baseUrl);
});
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('importing cases the public record lacks', () => {
  it('validates, imports the valid rows, lists them marked as imported and opens their page, also after a reload', async () => {
    const { page } = s;
    await chooseFile(page, baseUrl, join(dir, 'my_cases.csv'));
    await page.waitForSelector('[data-testid="import-mapping"]', { timeout: 30_000 });
    expect(await page.isChecked('[data-testid="import-shape-cases"]')).toBe(true);
    expect(await page.inputValue('[data-testid="map-id"]')).toBe('0');
    expect(await page.inputValue('[data-testid="map-summary_en"]')).toBe('9');
    expect(await page.inputValue('[data-testid="map-source_urls"]')).toBe('10');

    await page.click('[data-testid="import-validate"]');
    await page.waitForSelector('[data-testid="import-report"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="import-total"]')).toContain('4');
    expect(await page.textContent('[data-testid="import-valid"]')).toContain('2');
    const problems = page.locator('[data-testid="problem-table"] tbody tr');
    expect(await problems.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))).toEqual([
      'id_exists',
      'duplicate',
    ]);
    const exists = await problems.first().textContent();
    expect(exists).toContain('4事例番号JP-2022-07');
    expect(exists).toContain('JP-2022-07 already exists in the public record');
    expect(await problems.nth(1).textContent()).toContain('same id as row 2');
    await page.screenshot({ path: `${SHOTS}/import-cases-report.png` });

    await page.fill('[data-testid="import-name"]', '自社の事例');
    await page.click('[data-testid="import-commit"]');
    await page.waitForSelector('[data-testid="import-done"]', { timeout: 30_000 });
    await page.click('[data-testid="import-open-cases"]');

    const row = page.locator('[data-testid="case-row"][data-case-id="U-2024-01"]');
    await row.waitFor({ timeout: 60_000 });
    expect(await row.locator('[data-testid="case-imported"]').textContent()).toBe('あなたのデータ');
    expect(await row.locator('[data-testid="case-imported"]').getAttribute('title')).toContain('自社の事例');
    expect(await page.locator('[data-testid="case-row"][data-imported]').count()).toBe(2);
    const publicRow = page.locator('[data-testid="case-row"][data-case-id="JP-2022-07"]');
    expect(await publicRow.locator('[data-testid="case-imported"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="result-count"]')).toContain('52件');
    await page.screenshot({ path: `${SHOTS}/import-cases-list.png`, fullPage: true });

    await row.locator('[data-testid="case-link"]').click();
    await checkCasePage();
    await page.reload();
    await checkCasePage();
    await page.screenshot({ path: `${SHOTS}/import-cases-page.png`, fullPage: true });
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });

  it('removing the import (after a confirmation) takes its cases out of the cases view', async () => {
    const { page } = s;
    await page.goto(`${baseUrl}#/data`);
    const row = page.locator('[data-testid="imported-table"] tbody tr[data-name="自社の事例"]');
    await row.waitFor({ timeout: 90_000 });
    await row.locator('[data-testid="imported-remove"]').click();
    await row.locator('[data-testid="imported-remove-yes"]').click();
    await page.waitForSelector('[data-testid="imported-empty"]', { timeout: 30_000 });
    await page.goto(`${baseUrl}#/cases`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="result-count"]')?.textContent?.startsWith('50件'),
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.locator('[data-testid="case-imported"]').count()).toBe(0);
    expect(s.consoleErrors).toEqual([]);
  });
});

/** The imported case's page: said to be the user's, its figures with their qualifiers, the rest not published. */
async function checkCasePage() {
  const { page } = s;
  await page.waitForSelector('[data-testid="case-page"][data-case-id="U-2024-01"]', { timeout: 90_000 });
  expect(await page.textContent('[data-testid="case-imported"]')).toContain('自社の事例');
  const fact = (k: string) => page.textContent(`[data-testid="fact-${k}"]`);
  expect(await fact('operator')).toContain('例示通信');
  expect(await fact('duration')).toContain('約1時間30分');
  expect(await fact('users')).toContain('約324,000人');
  expect(await fact('region')).toContain('東京都');
  expect(await fact('cause')).toContain('ソフトウェア');
  expect(await fact('major')).toContain('重大');
  expect(await fact('inquiries')).toContain('非公表');
  expect(await fact('causeJa')).toContain('非公表');
  expect(await fact('evidence')).toContain('記載なし');
  expect(await page.textContent('[data-testid="case-summary"]')).toBe('交換機の不具合で通話がつながりにくくなった。');
  expect(await page.getAttribute('[data-testid="case-summary"]', 'lang')).toBe('ja');
  expect(await page.getAttribute('[data-testid="source-link"]', 'href')).toBe('https://example.jp/u-2024-01.pdf');
  // what an import cannot carry is said to be absent from the import, not from "the public record"
  for (const id of ['countermeasures-none', 'first-notice', 'remarks-none']) {
    const text = await page.textContent(`[data-testid="${id}"]`);
    expect(text, id).toContain('取り込んだ事例には');
    expect(text, id).not.toContain('公開記録');
  }
}
