import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, SHOTS, type Session } from './chromium.ts';

const baseUrl = inject('baseUrl');
let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('offline, private and honest about failures', () => {
  it('ships a Content-Security-Policy that blocks any other origin, even from page scripts', async () => {
    s = await openSession(baseUrl);
    await s.page.goto(`${baseUrl}#/overview`);
    const csp = await s.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'self'");
    const outcome = await s.page.evaluate(() =>
      fetch('https://extensions.duckdb.org/v1.4.3/wasm_eh/parquet.duckdb_extension.wasm').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    // blocked by the policy inside the page: the request never reached the network
    expect(s.foreignRequests).toEqual([]);
  });

  it('shows a readable error naming the file when a table cannot be loaded', async () => {
    s = await openSession(baseUrl);
    await s.ctx.route('**/data/case_notices.parquet', (r) => r.fulfill({ status: 200, body: 'not parquet at all' }));
    await s.page.goto(`${baseUrl}#/overview`);
    const error = s.page.locator('[data-testid="load-error"]');
    await error.waitFor({ timeout: 45_000 });
    const text = await error.textContent();
    expect(text).toContain('データを読み込めませんでした');
    expect(text).toContain('case_notices.parquet (case_notices): not a readable Parquet file');
    await s.page.screenshot({ path: `${SHOTS}/load-error.png` });
  });

  it('shows the loading state with progress before the data is ready', async () => {
    s = await openSession(baseUrl);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await s.ctx.route('**/data/manifest.json', async (r) => {
      await gate;
      await r.continue();
    });
    // a filtered list is not in the first-view snapshot, so it waits for DuckDB, and says so
    await s.page.goto(`${baseUrl}#/cases?cause=config_change`);
    const loading = s.page.locator('[data-testid="loading"]');
    await loading.waitFor();
    expect(await loading.locator('progress').count()).toBe(1);
    expect(await loading.textContent()).toContain('DuckDB を起動しています');
    release();
    await loading.waitFor({ state: 'detached', timeout: 45_000 });
    await s.page.waitForSelector('[data-testid="case-row"]');
  });
});
