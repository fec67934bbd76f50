import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, openSession, type Session } from './chromium.ts';

/**
 * The quarterly brush while the pointer is still down: the other charts and the KPIs follow it live, the brushed
 * chart is not redrawn under the pointer, and a native drag of a bar's link (which used to cancel the pointer and
 * lose the brush) is prevented.
 */
const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession(baseUrl);
  await openApp(s, baseUrl, '#/quarterly?ds=sample');
  await s.page.waitForSelector('[data-testid="kpi-period"]', { timeout: 45_000 });
});
afterAll(async () => s?.close());

const hash = () => s.page.evaluate(() => decodeURIComponent(location.hash));

describe('the quarterly brush', () => {
  it('prevents the native drag of a bar link', async () => {
    const prevented = await s.page.evaluate(() => {
      const link = document.querySelector('[data-testid="plot-quarterly-counts"] g.quarter-bar a')!;
      const e = new DragEvent('dragstart', { bubbles: true, cancelable: true });
      link.dispatchEvent(e);
      return e.defaultPrevented;
    });
    expect(prevented).toBe(true);
  });

  it('follows the pointer before it is released, without redrawing the brushed chart', async () => {
    const svg = s.page.locator('[data-testid="plot-quarterly-counts"] svg').last();
    await svg.evaluate((el) => el.setAttribute('data-before-drag', '1'));
    const box = (await svg.boundingBox())!;
    const periodBefore = await s.page.locator('[data-testid="kpi-period"]').textContent();
    await s.page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5, { steps: 6 });
    // still pressed: the URL, the KPIs' period and the histograms already follow
    await s.page.waitForFunction(() => decodeURIComponent(location.hash).includes('period='), null, {
      timeout: 30_000,
    });
    await s.page.waitForFunction(
      (before) => document.querySelector('[data-testid="kpi-period"]')?.textContent !== before,
      periodBefore,
      { timeout: 30_000 },
    );
    const liveHash = await hash();
    const live = /period=(\d+)-(\d+)/.exec(liveHash)!;
    await s.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 6 });
    await s.page.waitForFunction((h) => decodeURIComponent(location.hash) !== h, liveHash, { timeout: 30_000 });
    expect(await s.page.locator('[data-testid="plot-quarterly-counts"] svg[data-before-drag]').count()).toBe(1);
    expect(await s.page.locator('[data-testid="brush-rect"]').count()).toBe(1);
    await s.page.mouse.up();
    const final = /period=(\d+)-(\d+)/.exec(await hash())!;
    expect(Number(final[2]) - Number(final[1])).toBeGreaterThan(Number(live[2]) - Number(live[1]));
    // the filter panel's period is the released brush's, as in the link
    expect(await s.page.inputValue('[data-testid="filter-period-from"]')).toBe(final[1]);
    expect(await s.page.inputValue('[data-testid="filter-period-to"]')).toBe(final[2]);
    expect(s.consoleErrors).toEqual([]);
  });
});
