import type { Page } from 'playwright-core';

/** Opens #/data and puts a file into the real file input. */
export async function chooseFile(page: Page, baseUrl: string, path: string): Promise<void> {
  if (!(await page.evaluate(() => location.hash.startsWith('#/data')))) {
    await page.goto(`${baseUrl}#/data`);
  }
  await page.waitForSelector('[data-testid="import-file"]', { timeout: 90_000 });
  await page.setInputFiles('[data-testid="import-file"]', path);
}

/** Mapping → validate → import under a name; returns the report's counts. */
export async function importThrough(page: Page, name: string): Promise<{ valid: string; total: string }> {
  await page.waitForSelector('[data-testid="import-mapping"]', { timeout: 30_000 });
  await page.click('[data-testid="import-validate"]');
  await page.waitForSelector('[data-testid="import-report"]', { timeout: 30_000 });
  const valid = (await page.textContent('[data-testid="import-valid"]')) ?? '';
  const total = (await page.textContent('[data-testid="import-total"]')) ?? '';
  await page.fill('[data-testid="import-name"]', name);
  await page.click('[data-testid="import-commit"]');
  await page.waitForSelector('[data-testid="import-done"]', { timeout: 30_000 });
  return { valid, total };
}

/**
 * Accidents per fiscal quarter as the quarterly chart draws them (sum of each bar's tooltip figure). Report-level
 * bars are links (drill-down); tallies' bars are plain rects.
 */
export async function drawnQuarterTotals(
  page: Page,
  chart = 'quarterly-counts',
  mark = 'a',
): Promise<Map<string, number>> {
  const bars = `[data-testid="plot-${chart}"] g.quarter-bar ${mark}`;
  await page.waitForSelector(bars, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
  const titles = await page.locator(`${bars} title`).allTextContents();
  const out = new Map<string, number>();
  for (const t of titles) {
    const m = /(\d{4})年度 第(\d)四半期/.exec(t);
    if (!m) continue;
    const n = Number(t.split(': ').pop()!.replaceAll(',', ''));
    const k = `${m[1]}-${m[2]}`;
    out.set(k, (out.get(k) ?? 0) + n);
  }
  return out;
}
