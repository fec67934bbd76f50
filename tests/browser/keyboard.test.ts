import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, openSession, waitForIdle, type Session } from './chromium.ts';

const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession(baseUrl);
});
afterAll(async () => s?.close());

/** What has the keyboard focus: its test id (or that of its closest ancestor with one), tag and text. */
const focused = () =>
  s.page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      testId: el?.closest('[data-testid]')?.getAttribute('data-testid') ?? '',
      label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
    };
  });

/** Presses Tab until the focus is inside `selector`; fails after `max` presses. Returns the number of presses. */
async function tabInto(selector: string, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await s.page.keyboard.press('Tab');
    if (await s.page.evaluate((sel) => !!document.activeElement?.closest(sel), selector)) return i;
  }
  throw new Error(`no focus inside ${selector} after ${max} Tab presses (at ${JSON.stringify(await focused())})`);
}

const idle = () => waitForIdle(s);

describe('keyboard only', () => {
  it('skips to the content, crosses each chart in one Tab, drills to a record and exports it', async () => {
    await openApp(s, baseUrl, '#/quarterly');
    await s.page.waitForSelector('[data-testid="plot-quarterly-counts"] g.quarter-bar a');
    await s.page.keyboard.press('Tab');
    expect((await focused()).testId).toBe('skip-link');
    await s.page.keyboard.press('Enter');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('main');

    const chart = '[data-testid="plot-quarterly-counts"]';
    const presses = await tabInto(chart);
    expect(presses).toBeLessThan(60);
    const first = await focused();
    expect(first.tag).toBe('a');
    // visible focus on a mark: its shape gets a focus stroke
    const stroke = await s.page.evaluate(
      () => getComputedStyle(document.activeElement!.firstElementChild!).strokeWidth,
    );
    expect(stroke).toBe('3px');
    // one tab stop: the next Tab leaves the chart
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate((sel) => !!document.activeElement?.closest(sel), chart)).toBe(false);
    await s.page.keyboard.press('Shift+Tab');
    expect((await focused()).label).toBe(first.label);

    // arrows move between marks; End goes to the last quarter's top bar
    await s.page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second.label).not.toBe(first.label);
    await s.page.keyboard.press('ArrowLeft');
    expect((await focused()).label).toBe(first.label);
    await s.page.keyboard.press('End');
    const last = await focused();
    const titles = await s.page.locator(`${chart} g.quarter-bar a title`).allTextContents();
    expect(last.label).toBe(titles[titles.length - 1]);
    expect(await s.page.locator(`${chart} a[tabindex="0"]`).count()).toBe(1);
    // back to FY2022 Q4, the quarter of Microsoft's 2023 outage (JP-2022-07)
    const target = titles.findLastIndex((t) => t.startsWith('2022年度 第4四半期'));
    expect(target).toBeGreaterThan(0);
    for (let i = titles.length - 1; i > target; i--) await s.page.keyboard.press('ArrowLeft');
    expect((await focused()).label).toBe(titles[target]);

    // Enter drills down to the records behind the bar
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('[data-testid="drill-row"]');
    await idle();
    await tabInto('[data-testid="drill-row"]', 80);
    for (let i = 0; i < 60 && (await focused()).label !== 'JP-2022-07'; i++) await s.page.keyboard.press('Tab');
    const record = await focused();
    expect(record).toMatchObject({ tag: 'a', testId: 'drill-row', label: 'JP-2022-07' });
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('[data-testid="case-page"]');
    expect(await s.page.getAttribute('[data-testid="case-page"]', 'data-case-id')).toBe(record.label);

    // … and exports a chart of the case as CSV from its menu: Enter opens, arrows move, Escape closes
    await tabInto('[data-testid="case-page"] [data-testid="export-menu-button"]', 80);
    const chartId = await s.page.evaluate(() =>
      document.activeElement
        ?.closest('figure.chart-card')
        ?.getAttribute('data-testid')
        ?.replace(/^chart-/, ''),
    );
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('[role="menu"]');
    await s.page.keyboard.press('Escape');
    expect(await s.page.locator('[role="menu"]').count()).toBe(0);
    expect((await focused()).testId).toBe('export-menu-button');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('End');
    await s.page.keyboard.press('ArrowUp');
    expect((await focused()).testId).toBe('export-item-csv');
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toContain(`${chartId}`);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('chooses operators in a searchable list with chips', async () => {
    await openApp(s, baseUrl, '#/quarterly?ds=sample');
    await s.page.waitForSelector('[data-testid="filter-operator-input"]');
    await s.page.focus('[data-testid="filter-operator-input"]');
    const options = await s.page.locator('[data-testid="filter-operator-list"] [role="option"]').allTextContents();
    expect(options.length).toBeGreaterThan(8);
    const name = (await s.page
      .locator('[data-testid="filter-operator-list"] [role="option"]')
      .nth(3)
      .getAttribute('data-value'))!;
    await s.page.keyboard.type(name.slice(0, Math.max(3, name.length - 2)));
    const shown = await s.page
      .locator('[data-testid="filter-operator-list"] [role="option"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
    expect(shown).toContain(name);
    expect(shown.length).toBeLessThan(options.length);
    while (
      (await s.page.getAttribute('[data-testid="filter-operator-input"]', 'aria-activedescendant')) &&
      (await s.page.evaluate(() => {
        const input = document.querySelector('[data-testid="filter-operator-input"]')!;
        return document.getElementById(input.getAttribute('aria-activedescendant')!)?.getAttribute('data-value');
      })) !== name
    ) {
      await s.page.keyboard.press('ArrowDown');
    }
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('[data-testid="filter-operator-chip"]');
    expect(await s.page.evaluate(() => location.hash)).toContain(`op=${encodeURIComponent(encodeURIComponent(name))}`);
    expect(await s.page.locator('[data-testid="filter-operator-chip"]').getAttribute('data-value')).toBe(name);
    await s.page.keyboard.press('Escape');
    expect(await s.page.getAttribute('[data-testid="filter-operator-input"]', 'aria-expanded')).toBe('false');
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Backspace');
    await s.page.waitForFunction(() => !location.hash.includes('op='));
    expect(await s.page.locator('[data-testid="filter-operator-chip"]').count()).toBe(0);
  });

  it('reaches every sortable column and every case row of the cases table', async () => {
    await openApp(s, baseUrl, '#/cases');
    await s.page.waitForSelector('[data-testid="case-row"]');
    const rows = await s.page.locator('[data-testid="case-row"]').count();
    const withLink = await s.page
      .locator('[data-testid="case-row"]')
      .evaluateAll((trs) => trs.filter((tr) => tr.querySelector('a[href], button')).length);
    expect(withLink).toBe(rows);
    const sortable = await s.page.locator('th button').count();
    expect(sortable).toBeGreaterThan(3);
  });
});
