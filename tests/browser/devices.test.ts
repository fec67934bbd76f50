import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, openSession, SHOTS, type Session } from './chromium.ts';

const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession(baseUrl, { width: 390, height: 844 });
});
afterAll(async () => s?.close());

const VIEWS: [string, string, string][] = [
  ['overview', '#/overview', '[data-testid="plot-duration-users"] svg'],
  ['quarterly', '#/quarterly?ds=sample', '[data-testid="plot-quarterly-counts"] svg'],
  ['case', '#/case/JP-2022-07', '[data-testid="plot-notice-timeline"] svg'],
];
const WIDTHS = [390, 768, 1024, 1440];
const SHOT_WIDTHS = [390, 768, 1440];

/** Waits until every chart has been redrawn at the new width (the figure follows its container). */
async function settle() {
  await s.page.waitForTimeout(400);
  await s.page.waitForFunction(() =>
    [...document.querySelectorAll('.plot-figure')].every((f) => {
      const svg = [...f.querySelectorAll('svg')].pop();
      return !svg || svg.getBoundingClientRect().width <= f.getBoundingClientRect().width + 1;
    }),
  );
}

describe('phones and narrow windows', () => {
  for (const [name, hash, ready] of VIEWS) {
    it(`${name}: no sideways page scroll at ${WIDTHS.join(' / ')} px, charts fit, light and dark shots`, async () => {
      await s.page.setViewportSize({ width: 390, height: 844 });
      await openApp(s, baseUrl, hash);
      await s.page.waitForSelector(ready, { timeout: 30_000 });
      for (const width of WIDTHS) {
        await s.page.setViewportSize({ width, height: width < 800 ? 900 : 1000 });
        await settle();
        const { scroll, inner, overflowing } = await s.page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
          overflowing: [...document.querySelectorAll('main *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .filter((el) => !el.closest('.table-scroll, .pivot-scroll, .visually-hidden'))
            .slice(0, 3)
            .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`),
        }));
        expect({ width, scroll, overflowing }).toEqual({ width, scroll: inner, overflowing: [] });
        for (const scheme of ['light', 'dark'] as const) {
          if (!SHOT_WIDTHS.includes(width)) continue;
          await s.page.emulateMedia({ colorScheme: scheme });
          await s.page.screenshot({ path: `${SHOTS}/device-${name}-${width}-${scheme}.png`, fullPage: true });
        }
        await s.page.emulateMedia({ colorScheme: 'light' });
      }
    });
  }

  it('puts the filters in a drawer on a phone, opened by a button and closed with Escape', async () => {
    await s.page.setViewportSize({ width: 390, height: 844 });
    await openApp(s, baseUrl, '#/quarterly?ds=sample&q=1');
    await s.page.waitForSelector('[data-testid="plot-quarterly-counts"] svg');
    const toggle = s.page.locator('[data-testid="filter-drawer-toggle"]');
    expect(await toggle.textContent()).toMatch(/1/);
    expect(await s.page.locator('[data-testid="filter-panel"]').isVisible()).toBe(false);
    await toggle.click();
    expect(await s.page.locator('[data-testid="filter-panel"]').isVisible()).toBe(true);
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'filter-drawer-close',
    );
    await s.page.screenshot({ path: `${SHOTS}/device-filters-390.png` });
    await s.page.keyboard.press('Escape');
    expect(await s.page.locator('[data-testid="filter-panel"]').isVisible()).toBe(false);
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'filter-drawer-toggle',
    );
    // on a wide screen the panel sits beside the charts and there is no drawer button
    await s.page.setViewportSize({ width: 1440, height: 1000 });
    expect(await s.page.locator('[data-testid="filter-panel"]').isVisible()).toBe(true);
    expect(await toggle.isVisible()).toBe(false);
  });
});
