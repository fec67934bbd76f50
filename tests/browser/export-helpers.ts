import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Chooses an item of a chart's export menu and returns the downloaded file. */
export async function exportFrom(page: Page, chartId: string, item: string): Promise<{ name: string; bytes: Buffer }> {
  const card = page.locator(`[data-testid="chart-${chartId}"]`);
  await card.locator('[data-testid="export-menu-button"]').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.locator(`[data-testid="export-item-${item}"]`).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Adds a chart to the deck and waits until the status says it is in (the slide is drawn asynchronously). */
export async function addToDeck(page: Page, chartId: string): Promise<void> {
  const card = page.locator(`[data-testid="chart-${chartId}"]`);
  await card.locator('[data-testid="export-menu-button"]').click();
  await card.locator('[data-testid="export-item-deck"]').click();
  await card
    .locator('[data-testid="export-status"]')
    .filter({ hasText: /スライド集に追加しました|Added to the deck/ })
    .waitFor();
}
