/** Timing one interaction in the page: arm the watch, trigger, collect (see PAGE_JS). */
import type { Page } from 'playwright-core';
import type { Timed } from './types.ts';

/** Quiet time after the last change that ends a watch: longer than any gap between a query and its redraw. */
const QUIET_MS = 400;

export async function arm(
  page: Page,
  specs: { name: string; kind: 'new' | 'text'; sel: string }[],
  eventType: 'click' | 'change' | null,
  timeout: number,
): Promise<void> {
  await page.evaluate(
    `window.__bench.arm(${JSON.stringify(specs)}, ${JSON.stringify(eventType)}, ${QUIET_MS}, ${timeout})`,
  );
}

export async function timed(page: Page, trigger: () => Promise<void>): Promise<Timed[]> {
  await trigger();
  const r = (await page.evaluate('window.__bench.collect()')) as {
    t0: number | null;
    results: {
      name: string;
      first: number | null;
      last: number | null;
      lastFrame: number | null;
      count: number;
      sql: { busy: number; queries: number } | null;
      answeredBeforeFirst: number | null;
      blocked: number | null;
    }[];
  };
  const since = (t: number | null) => (r.t0 === null || t === null ? null : t - r.t0);
  return r.results.map((x) => ({
    first: since(x.first),
    dom: since(x.last),
    frame: since(x.lastFrame),
    count: x.count,
    sqlBusy: x.sql?.busy ?? null,
    queries: x.sql?.queries ?? null,
    answeredBeforeFirst: x.answeredBeforeFirst,
    mainBlocked: x.blocked,
  }));
}

export async function settle(page: Page): Promise<void> {
  await page.evaluate('window.__bench.settle(300, 10000)');
}
