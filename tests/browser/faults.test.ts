import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, openSession, SHOTS, type Session } from './chromium.ts';

/**
 * Fault injection against the built app: whatever breaks, the page shows what failed and what to do within a few
 * seconds, the header (the shell) stays, and nothing spins forever.
 */
const baseUrl = inject('baseUrl');
let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** Opens the app with one fault in place and returns the error screen's text, which must come within `within` ms. */
async function failingLoad(setup: (s: Session) => Promise<unknown>, within = 45_000): Promise<string> {
  s = await openSession(baseUrl);
  await setup(s);
  const started = Date.now();
  await s.page.goto(`${baseUrl}#/overview`);
  const error = s.page.locator('[data-testid="load-error"]');
  await error.waitFor({ timeout: within });
  expect(Date.now() - started).toBeLessThan(within);
  expect(await s.page.locator('.app-header nav a').count()).toBeGreaterThan(0);
  expect(await error.locator('button', { hasText: '再読み込み' }).count()).toBe(1);
  expect(await s.page.locator('[data-testid="loading"]').count()).toBe(0);
  return (await error.textContent()) ?? '';
}

describe('the English catalogue (a chunk of its own)', () => {
  for (const [fault, route] of [
    ['cannot be fetched', (r: Parameters<Parameters<Session['ctx']['route']>[1]>[0]) => r.abort('blockedbyclient')],
    ['never answers', () => undefined],
  ] as const) {
    it(`starts an English link in Japanese when the catalogue ${fault}, never a blank page`, async () => {
      s = await openSession(baseUrl);
      await s.ctx.route('**/assets/en-*.js', route);
      const started = Date.now();
      await s.page.goto(`${baseUrl}#/overview?lang=en`);
      await s.page.waitForSelector('.app-header nav a', { timeout: 15_000 });
      // a hung chunk holds the start back at most 3 s
      expect(Date.now() - started).toBeLessThan(12_000);
      expect(await s.page.locator('.app-header nav a').first().textContent()).toBe('概要');
      await s.page.waitForSelector('[data-testid="plot-duration-users"] svg', { timeout: 30_000 });
    });
  }
});

describe('DuckDB that cannot start', () => {
  it('names the DuckDB wasm file when it is blocked', async () => {
    const text = await failingLoad((x) => x.ctx.route('**/assets/duckdb-eh-*.wasm', (r) => r.abort('blockedbyclient')));
    expect(text).toContain('DuckDB');
    expect(text).toMatch(/duckdb-eh-[\w-]+\.wasm/);
    await s!.page.screenshot({ path: `${SHOTS}/fault-wasm-blocked.png` });
  });

  it('keeps the overview and case pages drawn from the snapshot, under the error, when DuckDB cannot start', async () => {
    const text = await failingLoad((x) => x.ctx.route('**/assets/duckdb-eh-*.wasm', (r) => r.abort('blockedbyclient')));
    expect(text).toContain('ビルド時に集計したデータ');
    const page = s!.page;
    // the snapshot's overview: all four charts, 50 cases in the stacked bars
    expect(await page.locator('figure.chart-card').count()).toBe(4);
    const titles = await page
      .locator('[data-testid="plot-cases-by-cause"] g.cases-bar a rect')
      .evaluateAll((els) => els.map((e) => e.querySelector('title')?.textContent ?? ''));
    expect(titles.reduce((n, t) => n + Number(t.split(': ').pop()), 0)).toBe(50);
    await page.screenshot({ path: `${SHOTS}/fault-wasm-blocked-overview.png`, fullPage: true });
    await page.evaluate(() => (window.location.hash = '#/case/JP-2022-07'));
    await page.waitForSelector('[data-testid="case-page"][data-case-id="JP-2022-07"] [data-testid="case-summary"]');
    expect(await page.locator('[data-testid="load-error"]').count()).toBe(1);
    // a view that needs DuckDB says only that it cannot work: no spinner, no half-drawn view
    await page.evaluate(() => (window.location.hash = '#/quarterly'));
    await page.waitForSelector('[data-testid="load-error"]:not(:has([data-testid="load-error-snapshot"]))');
    expect(await page.locator('[data-testid="loading"]').count()).toBe(0);
  });

  it('names the DuckDB worker script when it is missing (404)', async () => {
    const text = await failingLoad((x) =>
      x.ctx.route('**/assets/duckdb-browser-eh.worker-*.js', (r) => r.fulfill({ status: 404, body: 'not found' })),
    );
    expect(text).toContain('DuckDB');
    expect(text).toMatch(/duckdb-browser-eh\.worker-[\w-]+\.js/);
    expect(text).toContain('404');
  });

  it('reports a worker script that throws instead of spinning', async () => {
    const text = await failingLoad((x) =>
      x.ctx.route('**/assets/duckdb-browser-eh.worker-*.js', (r) =>
        r.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("worker exploded")' }),
      ),
    );
    expect(text).toContain('DuckDB');
    expect(text).toContain('worker exploded');
  });
});

describe('data files that cannot be loaded', () => {
  it('names a Parquet file that cannot be fetched and says what to do', async () => {
    const text = await failingLoad((x) => x.ctx.route('**/data/cases.parquet', (r) => r.abort('blockedbyclient')));
    expect(text).toContain('cases.parquet');
    expect(text).toContain('取得できませんでした');
  });

  it('names a truncated Parquet file', async () => {
    const text = await failingLoad((x) =>
      x.ctx.route('**/data/cases.parquet', async (r) => {
        const res = await r.fetch();
        const body = await res.body();
        await r.fulfill({ response: res, body: body.subarray(0, Math.floor(body.length / 2)) });
      }),
    );
    expect(text).toContain('cases.parquet (cases): not a readable Parquet file');
  });

  it('names manifest.json when it is not valid JSON', async () => {
    const text = await failingLoad((x) =>
      x.ctx.route('**/data/manifest.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "datasets": [' }),
      ),
    );
    expect(text).toContain('manifest.json');
    expect(text).toContain('JSON');
  });

  it('names manifest.json when it does not describe any dataset', async () => {
    const text = await failingLoad((x) =>
      x.ctx.route('**/data/manifest.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1}' }),
      ),
    );
    expect(text).toContain('manifest.json');
    expect(text).toContain('datasets');
  });

  it('blames the Parquet decoder, not the data file, when parquet-wasm cannot start', async () => {
    const text = await failingLoad((x) =>
      x.ctx.route('**/assets/parquet_wasm_bg-*.wasm', (r) => r.abort('blockedbyclient')),
    );
    expect(text).toContain('parquet-wasm');
    expect(text).toMatch(/parquet_wasm_bg-[\w-]+\.wasm/);
    expect(text).not.toContain('not a readable Parquet file');
  });
});

describe('offline after load', () => {
  it('keeps the loaded views working and names the dataset file that could not be fetched', async () => {
    s = await openSession(baseUrl);
    await openApp(s, baseUrl, '#/overview');
    await s.page.waitForSelector('[data-testid="plot-cases-by-cause"] svg');
    // every view's code is fetched once DuckDB is up, so from then on the views open without the network
    await s.page.waitForFunction(() => performance.getEntriesByName('views-warm').length > 0, null, {
      timeout: 30_000,
    });
    await s.ctx.route('**/*', (r) => r.abort('internetdisconnected'));
    await s.page.evaluate(() => (window.location.hash = '#/quarterly?ds=sample'));
    const alert = s.page.locator('main [role="alert"]').first();
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/sample_[a-z]+\.parquet/);
    expect(await s.page.locator('.app-header nav a').count()).toBeGreaterThan(0);
    await s.page.evaluate(() => (window.location.hash = '#/overview'));
    await s.page.waitForSelector('[data-testid="plot-cases-by-cause"] svg');
    await s.page.evaluate(() => (window.location.hash = '#/case/JP-2022-07'));
    await s.page.waitForSelector('main h2');
    expect(await s.page.locator('[data-testid="load-error"]').count()).toBe(0);
  });
});

async function addToDeck(page: Page, chartId: string) {
  const card = page.locator(`[data-testid="chart-${chartId}"]`);
  await page.waitForSelector(`[data-testid="plot-${chartId}"] svg`, { timeout: 90_000 });
  await card.locator('[data-testid="export-menu-button"]').click();
  await card.locator('[data-testid="export-item-deck"]').click();
  await card
    .locator('[data-testid="export-status"]')
    .filter({ hasText: /./ })
    .filter({ hasNotText: '書き出しています' })
    .waitFor({ timeout: 60_000 });
}

async function deckTitles(page: Page): Promise<string[]> {
  const tray = page.locator('[data-testid="deck-tray"]');
  if (!(await tray.isVisible())) await page.click('[data-testid="deck-button"]');
  await tray.waitFor();
  return tray.locator('[data-testid="deck-item"] .jiko-deck__title').allTextContents();
}

describe('the deck under stress', () => {
  it('two tabs adding slides lose none of them, and each tab shows the other’s', async () => {
    s = await openSession(baseUrl);
    const a = s.page;
    const b = await s.ctx.newPage();
    // Both tabs load before either adds a slide. A background tab gets no animation frames, so each tab is
    // brought to the front while it is used.
    for (const page of [a, b]) {
      await page.bringToFront();
      await page.goto(`${baseUrl}#/overview`);
      await page.waitForSelector('[data-testid="plot-major-totals"] svg', { timeout: 90_000 });
    }
    await a.bringToFront();
    await addToDeck(a, 'cases-by-cause');
    await b.bringToFront();
    await addToDeck(b, 'major-totals');
    await a.bringToFront();
    const expected = ['年度別・原因別の事故事例数', '重大な事故の件数 (年度別)'];
    expect(await deckTitles(a)).toEqual(expected);
    await b.bringToFront();
    expect(await deckTitles(b)).toEqual(expected);
    const c = await s.ctx.newPage();
    await c.goto(`${baseUrl}#/overview`);
    expect(await deckTitles(c)).toEqual(expected);
  }, 180_000);

  it('with localStorage full, a slide is still added, the tray says why it will not last, and the .pptx downloads', async () => {
    s = await openSession(baseUrl);
    await s.ctx.addInitScript(() => {
      try {
        for (let i = 0; i < 100; i++) localStorage.setItem(`filler-${i}`, 'x'.repeat(1_000_000));
      } catch {
        // full now
      }
      try {
        for (let i = 0; i < 10_000; i++) localStorage.setItem(`crumb-${i}`, 'x'.repeat(100));
      } catch {
        // really full
      }
    });
    await s.page.goto(`${baseUrl}#/overview`);
    await addToDeck(s.page, 'cases-by-cause');
    expect(await deckTitles(s.page)).toEqual(['年度別・原因別の事故事例数']);
    expect(await s.page.locator('[data-testid="deck-tray"]').textContent()).toContain('ブラウザに保存できません');
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.locator('[data-testid="deck-download"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pptx$/);
  }, 180_000);
});
