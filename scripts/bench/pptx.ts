/**
 * PPTX of six charts: the four overview charts and two of the quarterly view are added to the deck (each waiting
 * until its export status says the slide was added), then the tray's download is timed from the click to
 * Playwright's download event (Node clock), and in the page from the click event's timeStamp to the moment the app
 * clicks the download link (a hook on HTMLAnchorElement.prototype.click). The deck is cleared afterwards, so that
 * the profile a warm run reuses holds no slides.
 */
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ADDED_TO_DECK, DECK_CHARTS, SEL } from './app.ts';
import { settle } from './interactions.ts';
import type { PptxResult } from './types.ts';

const HOOK = `(() => {
  const B = window.__bench;
  B.deck = { click: null, link: null, file: null, bytes: null };
  document.addEventListener('click', (e) => {
    if (B.deck.click === null && e.target.closest?.(${JSON.stringify(SEL.deckDownload)})) B.deck.click = e.timeStamp;
  }, { capture: true });
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = function (obj) {
    const url = create.call(URL, obj);
    if (obj instanceof Blob) blobs.set(url, obj.size);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (B.deck.link === null && /\\.pptx$/.test(this.download)) {
      B.deck.link = performance.now();
      B.deck.file = this.download;
      B.deck.bytes = blobs.get(this.href) ?? null;
    }
    return click.call(this);
  };
})()`;

async function addToDeck(page: Page, chartId: string, timeout: number): Promise<void> {
  const card = page.locator(`[data-testid="chart-${chartId}"]`);
  await card.locator(SEL.exportButton).click({ timeout });
  await card.locator(SEL.exportDeck).click({ timeout });
  await card.locator(SEL.exportStatus).filter({ hasText: ADDED_TO_DECK }).waitFor({ timeout });
}

async function showView(page: Page, hash: string, charts: string[], timeout: number): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  for (const id of charts) await page.waitForSelector(`[data-testid="plot-${id}"] svg`, { timeout });
  await settle(page);
}

export async function deckDownload(page: Page, timeout: number): Promise<PptxResult> {
  const back = (await page.evaluate('location.hash')) as string;
  const t0 = performance.now();
  await showView(page, '#/overview', DECK_CHARTS.overview, timeout);
  for (const id of DECK_CHARTS.overview) await addToDeck(page, id, timeout);
  await showView(page, back, DECK_CHARTS.quarterly, timeout);
  for (const id of DECK_CHARTS.quarterly) await addToDeck(page, id, timeout);
  const addMs = performance.now() - t0;

  await page.click(SEL.deckButton, { timeout });
  const tray = page.locator(SEL.deckTray);
  await tray.waitFor({ timeout });
  const slides = await tray.locator(SEL.deckItem).count();
  await page.evaluate(HOOK);
  const t1 = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    tray.locator(SEL.deckDownload).click({ timeout }),
  ]);
  const clickToDownload = performance.now() - t1;
  const inPage = (await page.evaluate('window.__bench.deck')) as {
    click: number | null;
    link: number | null;
    file: string | null;
    bytes: number | null;
  };
  let bytes = inPage.bytes;
  try {
    bytes ??= statSync(await download.path()).size;
  } catch {
    // the size is only informative
  }
  // Clear the deck (the footer's button without a test id) and close the drawer (it covers the deck button).
  await tray.locator(`.jiko-deck__footer button:not(${SEL.deckDownload})`).click({ timeout });
  await page.click('#deck-drawer .deck-drawer__close', { timeout });
  await settle(page);
  return {
    slides,
    file: download.suggestedFilename(),
    bytes,
    addMs,
    clickToDownload,
    clickToLink: inPage.click === null || inPage.link === null ? null : inPage.link - inPage.click,
  };
}
