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
    // The Parquet decoder lives only while a dataset loads (it is ended after, to free its memory), so each
    // worker is asked the moment it appears.
    const outcomes: Promise<string>[] = [];
    s.page.on('worker', (w) => {
      outcomes.push(
        w
          .evaluate(() =>
            fetch('https://extensions.duckdb.org/v1.4.3/wasm_eh/parquet.duckdb_extension.wasm').then(
              () => 'fetched',
              () => 'blocked',
            ),
          )
          .catch(() => 'closed before it answered'),
      );
    });
    await openApp(s, host.url, '#/overview');
    await s.page.waitForSelector('[data-testid="plot-cases-by-cause"] svg', { timeout: 60_000 });
    expect(outcomes.length).toBe(2); // DuckDB and the Parquet decoder
    expect(await Promise.all(outcomes)).toEqual(['blocked', 'blocked']);
    // The policy stopped them inside the browser: no request reached the network (where chromium.ts records it).
    expect(s.foreignRequests).toEqual([]);
  });
});
