/** One run in an open browser: #/overview to the first chart, then three timed interactions in the same page. */
import { loadavg } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { MARKS, SEL, STACK_TO } from './app.ts';
import { brushDrag } from './brush.ts';
import { arm, settle, timed } from './interactions.ts';
import { bodyBytes, recordRequests, trackedFiles } from './network.ts';
import { pageMemory } from './memory.ts';
import { PAGE_JS } from './page-js.ts';
import { deckDownload } from './pptx.ts';
import type { NetEntry, RunResult } from './types.ts';

/** Runs one extra measurement; a failure is recorded and the run goes on without that figure. */
async function optional<T>(what: string, errors: string[], f: () => Promise<T>): Promise<T | null> {
  try {
    return await f();
  } catch (e) {
    errors.push(`${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return null;
  }
}

export async function runOnce(
  ctx: BrowserContext,
  baseUrl: string,
  kind: RunResult['kind'],
  timeout: number,
  opts: { profile: string; pptx: boolean },
) {
  const load1Start = loadavg()[0] ?? 0;
  const measureErrors: string[] = [];
  const origin = new URL(baseUrl).origin;
  const consoleErrors: string[] = [];
  await ctx.addInitScript(PAGE_JS);
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  const { foreignRequests, finished } = recordRequests(ctx, origin);

  const gotoEpoch = Date.now();
  const t0 = performance.now();
  await page.goto(`${baseUrl}#/overview`, { waitUntil: 'commit', timeout });
  await page.waitForSelector(SEL.firstChart, { timeout });
  const firstChartWall = performance.now() - t0;
  const finishedBeforeChart = finished.length;
  const early = (await page.evaluate(`(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return {
      timeOrigin: performance.timeOrigin,
      firstChart: window.__bench.firstChart,
      blocked: window.__bench.firstChart === null ? null : window.__bench.blocked(0, window.__bench.firstChart),
      navigation: n ? { responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd } : null,
      userAgent: navigator.userAgent,
    };
  })()`)) as {
    timeOrigin: number;
    firstChart: number | null;
    blocked: number | null;
    navigation: RunResult['navigation'];
    userAgent: string;
  };
  await settle(page);

  // #/quarterly?ds=sample: loads the sample dataset, queries it and draws.
  await arm(page, [{ name: 'chart', kind: 'new', sel: SEL.quarterlyChart }], null, timeout);
  const [quarterlyToChart] = await timed(page, async () => {
    await page.evaluate(`window.__bench.go('#/quarterly?ds=sample')`);
  });
  await page.waitForSelector(SEL.kpi, { timeout });
  await settle(page);
  const memoryLoaded = await optional('memory', measureErrors, () => pageMemory(ctx, page, opts.profile));
  const kpiBefore = await page.locator(SEL.kpi).textContent();

  // One filter round trip: click → URL → SQL → KPI and chart.
  await arm(
    page,
    [
      { name: 'kpi', kind: 'text', sel: SEL.kpi },
      { name: 'chart', kind: 'new', sel: SEL.quarterlyChart },
    ],
    'click',
    timeout,
  );
  const [filterToKpi, filterToChart] = await timed(page, () => page.click(SEL.filterHuman, { timeout }));
  await settle(page);
  const kpiAfter = await page.locator(SEL.kpi).textContent();

  // Stack by another dimension: query + redraw.
  await arm(page, [{ name: 'chart', kind: 'new', sel: SEL.quarterlyChart }], 'change', timeout);
  const [stackToChart] = await timed(page, async () => {
    await page.selectOption(SEL.stackBy, STACK_TO, { timeout });
  });
  await settle(page);

  // A scripted drag over the quarterly chart: the histograms and the KPIs follow it live.
  const brush = await optional('brush', measureErrors, () => brushDrag(page, timeout));
  const memoryEnd = await optional('memory', measureErrors, () => pageMemory(ctx, page, opts.profile));
  const pptx = opts.pptx ? await optional('pptx', measureErrors, () => deckDownload(page, timeout)) : null;

  const marks = (await page.evaluate(
    `Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))`,
  )) as Record<string, number>;
  const entries = (await Promise.all(finished.map((f) => f.done))).filter((e): e is NetEntry => e !== null);
  const result: RunResult = {
    kind,
    marks: Object.fromEntries(MARKS.filter((m) => m in marks).map((m) => [m, marks[m]!])),
    navigation: early.navigation,
    firstChartWall,
    navStartDelay: early.timeOrigin - gotoEpoch,
    firstChartInPage: early.firstChart,
    mainBlockedToFirstChart: early.blocked,
    quarterlyToChart: quarterlyToChart!,
    filterToKpi: filterToKpi!,
    filterToChart: filterToChart!,
    stackToChart: stackToChart!,
    kpiBefore,
    kpiAfter,
    network: trackedFiles(entries, early.timeOrigin),
    bytesToFirstChart: bodyBytes(await Promise.all(finished.slice(0, finishedBeforeChart).map((f) => f.done))),
    bytesTotal: bodyBytes(entries),
    consoleErrors,
    foreignRequests,
    userAgent: early.userAgent,
    brush,
    memory: { loaded: memoryLoaded, end: memoryEnd },
    pptx,
    load1: { start: load1Start, end: loadavg()[0] ?? 0 },
    measureErrors,
  };
  return result;
}
