import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, openSession, type Session } from './chromium.ts';
import { serveStatic } from './static-host.ts';

let host: Awaited<ReturnType<typeof serveStatic>>;
let s: Session;
beforeAll(async () => {
  host = await serveStatic('dist');
  s = await openSession(host.url);
});
afterAll(async () => {
  await s?.close();
  await host?.close();
});

describe('the CSP on a static host that sends no header', () => {
  it('holds inside the DuckDB and Parquet workers too: a fetch to another origin never leaves them', async () => {
    await openApp(s, host.url, '#/overview');
    await s.page.waitForSelector('[data-testid="plot-cases-by-cause"] svg', { timeout: 60_000 });
    const workers = s.page.workers();
    expect(workers.length).toBe(2); // DuckDB and the Parquet decoder
    for (const w of workers) {
      const outcome = await w.evaluate(() =>
        fetch('https://extensions.duckdb.org/v1.4.3/wasm_eh/parquet.duckdb_extension.wasm').then(
          () => 'fetched',
          () => 'blocked',
        ),
      );
      expect(outcome).toBe('blocked');
    }
    // The policy stopped them inside the browser: no request reached the network (where chromium.ts records it).
    expect(s.foreignRequests).toEqual([]);
  });
});
