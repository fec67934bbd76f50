import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, SHOTS, type Session } from './chromium.ts';

/**
 * Progressive first paint: with DuckDB-WASM's client, worker and wasm held back by the network, the overview and a
 * case page are drawn from public/data/snapshot.json alone. Once DuckDB is let through it answers the same queries,
 * and nothing on screen changes: the same text, the very same chart elements (not redrawn), and no query whose rows
 * differ from the snapshot's (the hook warns on the console when they do).
 */
const baseUrl = inject('baseUrl');
let s: Session;
const held: Route[] = [];
const warnings: string[] = [];
let released = false;

beforeAll(async () => {
  s = await openSession(baseUrl);
  s.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // page routes win over the session's context route; hold every DuckDB file (client chunk, worker, wasm)
  await s.page.route(/\/assets\/duckdb[^/]*$/, (route) => (released ? route.fallback() : void held.push(route)));
});
afterAll(async () => s?.close());

const hasMark = (name: string) => s.page.evaluate((n) => performance.getEntriesByName(n).length > 0, name);
const go = (hash: string) => s.page.evaluate((h) => (window.location.hash = h), hash);

/** Every number and label the view shows, and a tag on each drawn chart to tell later whether it was redrawn. */
async function snapshotOfView(tag: string) {
  return s.page.evaluate((t) => {
    const svgs = [...document.querySelectorAll('main .plot-figure > svg, main .plot-figure > figure')];
    svgs.forEach((el) => el.setAttribute('data-drawn-before', t));
    return { text: document.querySelector('main')!.textContent ?? '', charts: svgs.length };
  }, tag);
}
const stillTagged = (tag: string) =>
  s.page.evaluate((t) => document.querySelectorAll(`main [data-drawn-before="${t}"]`).length, tag);

describe('first paint before DuckDB is up', () => {
  it('draws every overview chart and the table while DuckDB is held back', async () => {
    await s.page.goto(`${baseUrl}#/overview`);
    await s.page.waitForSelector('[data-testid="plot-duration-users"] svg', { timeout: 30_000 });
    expect(await hasMark('duckdb-ready')).toBe(false);
    // DuckDB starts once the first chart is up (DataProvider.tsx), and its files are held here
    await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const bars = s.page.locator('[data-testid="plot-cases-by-cause"] g.cases-bar a rect');
    const titles = await bars.evaluateAll((els) => els.map((e) => e.querySelector('title')?.textContent ?? ''));
    expect(titles.reduce((n, t) => n + Number(t.split(': ').pop()), 0)).toBe(50);
    // checked by hand in data/sources/cases.csv: JP-2022-01, -02, -03, -06 and -07 are configuration changes
    expect(titles).toContain('2022年度 · 設定変更・工事: 5');
    expect(await s.page.locator('figure.chart-card').count()).toBe(4);
    expect(await s.page.locator('main [data-testid="loading"]').count()).toBe(0);
    await s.page.screenshot({ path: `${SHOTS}/first-paint-overview.png`, fullPage: true });
  });

  it('opens a case page from the snapshot too', async () => {
    await go('#/case/JP-2022-07');
    await s.page.waitForSelector('[data-testid="case-page"][data-case-id="JP-2022-07"] [data-testid="case-summary"]');
    await s.page.waitForSelector('[data-testid="case-page"] .plot-figure svg');
    expect(await hasMark('duckdb-ready')).toBe(false);
    expect(await s.page.locator('[data-testid="case-page"]').innerText()).toContain('30,000人以上');
  });

  it('says it waits for DuckDB, with progress, where the snapshot has no answer', async () => {
    await go('#/cases?cause=config_change');
    await s.page.waitForSelector('main [data-testid="loading"] progress');
    await go('#/quarterly?ds=sample');
    await s.page.waitForSelector('main [data-testid="loading"] progress');
    expect(await hasMark('duckdb-ready')).toBe(false);
  });

  it('keeps every number and every drawn chart when DuckDB takes over', async () => {
    await go('#/case/JP-2022-07');
    await s.page.waitForSelector('[data-testid="case-page"][data-case-id="JP-2022-07"] .plot-figure svg');
    const before = await snapshotOfView('case');
    released = true;
    for (const r of held.splice(0)) await r.fallback();
    await s.page.waitForFunction(() => performance.getEntriesByName('snapshot-taken-over').length > 0, null, {
      timeout: 60_000,
    });
    await s.page.waitForTimeout(500);
    expect(await snapshotOfView('case-after')).toEqual(before);
    expect(await stillTagged('case-after')).toBe(before.charts);

    await go('#/overview');
    await s.page.waitForSelector('[data-testid="plot-duration-users"] svg');
    const overview = await snapshotOfView('overview');
    await s.page.waitForTimeout(1000); // DuckDB re-runs the overview's queries meanwhile
    expect(await snapshotOfView('overview')).toEqual(overview);
    expect(await stillTagged('overview')).toBe(4);
    expect(warnings.filter((w) => w.includes('snapshot differs'))).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('then answers what the snapshot could not', async () => {
    await go('#/cases?cause=config_change');
    await s.page.waitForSelector('[data-testid="result-count"][data-pending="false"]');
    expect(await s.page.locator('main [data-testid="loading"]').count()).toBe(0);
    expect(await s.page.locator('[data-testid="case-row"]').count()).toBeGreaterThan(0);
  });
});
