import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dimension, Measure, Period } from '../../src/query/dimensions.ts';
import type { Row } from '../../src/query/sql.ts';
import { openApp, openSession, SHOTS, type Session } from './chromium.ts';

const baseUrl = inject('baseUrl');
let s: Session;
let con: DuckDBConnection;

/** Native DuckDB on the same Parquet the page loads, queried with SQL written here, never with the app's builders. */
const native = async (sql: string): Promise<Row[]> => (await con.runAndReadAll(sql)).getRowObjectsJson() as Row[];

beforeAll(async () => {
  con = await (await DuckDBInstance.create(':memory:')).connect();
  await con.run(`CREATE VIEW sample_reports AS SELECT * FROM read_parquet('public/data/sample_reports.parquet')`);
  s = await openSession(baseUrl);
  await openApp(s, baseUrl, '#/explore?ds=sample&rows=cause&cols=fy&measure=accidents');
});
afterAll(async () => {
  await s?.close();
  con?.closeSync();
});

const ALL = 'TRUE';
const HUMAN = `cause IN ('config_change', 'human_error')`;

/** Waits until the table shows this pivot and no query is pending. */
async function settled(rows: Dimension, cols: Period, measure: Measure) {
  await s.page.waitForSelector(
    `[data-testid="pivot-section"][data-pending="false"] [data-testid="pivot-table"][data-rows="${rows}"][data-cols="${cols}"][data-measure="${measure}"]`,
    { timeout: 30_000 },
  );
}

async function go(hash: string, rows: Dimension, cols: Period, measure: Measure) {
  await s.page.evaluate((h) => (window.location.hash = h), hash);
  await settled(rows, cols, measure);
}

const text = async (sel: string) => (await s.page.locator(sel).first().innerText()).trim();

/** Every body cell as row → col → value (the raw number behind the formatted text). */
async function cells(): Promise<Map<string, number | null>> {
  const list = await s.page
    .locator('[data-testid="pivot-cell"]')
    .evaluateAll((els) =>
      els.map((e) => [`${e.getAttribute('data-row')}|${e.getAttribute('data-col')}`, e.getAttribute('data-value')]),
    );
  return new Map(list.map(([k, v]) => [k!, v === '~' ? null : Number(v)]));
}

/** The accident count of every cell, a plain GROUP BY over a column of the table. */
async function nativeCells(where: string, rows: 'cause' | 'service_category', cols: Period) {
  const col = cols === 'fy' ? 'fiscal_year' : 'fiscal_year * 4 + quarter - 1';
  const out = new Map<string, number | null>();
  const sql = `SELECT ${rows} AS r, ${col} AS c, count(*)::INTEGER AS n FROM sample_reports WHERE ${where} GROUP BY ALL`;
  for (const r of await native(sql)) out.set(`${r.r ?? '~'}|${r.c}`, r.n as number);
  return out;
}

const dotTitles = () =>
  s.page
    .locator('[data-testid="plot-explore-pivot"] g.pivot-dot title')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));

describe('the explore (pivot) view on the synthetic sample', () => {
  it('shows the published totals the sample is calibrated to', async () => {
    await settled('cause', 'fy', 'accidents');
    expect(await text('[data-testid="pivot-grand-total"]')).toBe('106,138');
    expect(await text('[data-testid="pivot-col-total"][data-col="2015"]')).toBe('6,188');
    expect(await text('[data-testid="pivot-col-total"][data-col="2022"]')).toBe('7,500');
    expect(await s.page.locator('[data-testid="pivot-col-total"]').count()).toBe(15);
    // causes in their fixed order, the synthetic label on the chart
    const rows = await s.page
      .locator('[data-testid="pivot-row-total"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
    expect(rows.slice(0, 3)).toEqual(['hardware_failure', 'software_bug', 'capacity_overload']);
    await expect(text('[data-testid="chart-explore-pivot"]')).resolves.toContain('合成データ');
    expect(await s.page.locator('[data-testid="plot-explore-pivot"] g.pivot-line path').count()).toBe(rows.length);
    // every point of the chart opens the same drill-down as its table cell
    const dotHrefs = await s.page
      .locator('[data-testid="plot-explore-pivot"] g.pivot-dot a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(dotHrefs).toHaveLength(rows.length * 15);
    const cellHref = await s.page.getAttribute(
      '[data-testid="pivot-cell"][data-row="software_bug"][data-col="2016"] a',
      'href',
    );
    expect(dotHrefs).toContain(cellHref);
  });

  it('matches a GROUP BY written here cell by cell, and FY2015 cells add up to 6,188', async () => {
    const page = await cells();
    const want = await nativeCells(ALL, 'cause', 'fy');
    expect(page.size).toBe(want.size);
    for (const [k, v] of want) expect([k, page.get(k)]).toEqual([k, v]);
    let fy2015 = 0;
    for (const [k, v] of page) if (k.endsWith('|2015')) fy2015 += v ?? 0;
    expect(fy2015).toBe(6188);
  });

  it('counts 8 major accidents in FY2015', async () => {
    await go('#/explore?ds=sample&rows=cause&cols=fy&measure=major', 'cause', 'fy', 'major');
    expect(await text('[data-testid="pivot-col-total"][data-col="2015"]')).toBe('8');
  });

  it('takes median totals from SQL, not from the cells', async () => {
    await go('#/explore?ds=sample&rows=cause&cols=fy&measure=duration_median', 'cause', 'fy', 'duration_median');
    const [m] = await native(`SELECT median(duration_min) AS grand,
      median(duration_min) FILTER (WHERE fiscal_year = 2020) AS fy2020 FROM sample_reports`);
    expect(Number(await s.page.getAttribute('[data-testid="pivot-grand-total"]', 'data-value'))).toBe(Number(m!.grand));
    expect(Number(await s.page.getAttribute('[data-testid="pivot-col-total"][data-col="2020"]', 'data-value'))).toBe(
      Number(m!.fy2020),
    );
    expect(await text('[data-testid="pivot-section"]')).toContain('足し合わせられません');
  });

  it('pivots the public record too, every case counted once', async () => {
    await go('#/explore?ds=public&rows=operator_type&cols=fy&measure=accidents', 'operator_type', 'fy', 'accidents');
    expect(await text('[data-testid="pivot-grand-total"]')).toBe('50');
    // the public cases carry no operator type: one row, "unknown"
    expect(await text('[data-testid="pivot-table"] tbody th')).toBe('不明');
    await expect(text('[data-testid="chart-explore-pivot"]')).resolves.not.toContain('合成データ');
  });

  it('opens the records behind a cell, a row total, a column total and the grand total', async () => {
    await go('#/explore?ds=sample&rows=cause&cols=fy&measure=accidents', 'cause', 'fy', 'accidents');
    const targets = [
      '[data-testid="pivot-cell"][data-row="software_bug"][data-col="2016"]',
      '[data-testid="pivot-row-total"][data-row="natural_disaster"]',
      '[data-testid="pivot-col-total"][data-col="2022"]',
      '[data-testid="pivot-grand-total"]',
    ];
    for (const target of targets) {
      const n = await text(target);
      await s.page.click(`${target} a`);
      await s.page.waitForSelector('[data-testid="drill-count"]');
      await s.page.waitForFunction(
        ([want]) => document.querySelector('[data-testid="drill-count"]')?.textContent === want,
        [`${n}件`],
        { timeout: 15_000 },
      );
      await s.page.waitForFunction(
        (want) => document.querySelectorAll('[data-testid="drill-row"]').length === want,
        Math.min(50, Number(n.replace(/,/g, ''))),
      );
      expect(await s.page.getAttribute(`${target} a`, 'aria-current')).toBe('true');
    }
    await s.page.click('[data-testid="drill-close"]');
    await s.page.waitForSelector('[data-testid="drilldown"]', { state: 'detached' });
  });

  it('reaches a cell from the keyboard and opens it with Enter', async () => {
    const link = s.page.locator('[data-testid="pivot-cell"][data-row="config_change"][data-col="2018"] a');
    await link.focus();
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    await s.page.keyboard.press('Tab');
    const next = await s.page.evaluate(() => document.activeElement?.closest('td')?.getAttribute('data-col'));
    expect(next).toBe('2019');
    await link.focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('[data-testid="drill-count"]');
    await s.page.waitForFunction(() =>
      window.location.hash.includes('drill=cause%3Aconfig_change%2Cfiscal_year%3A2018'),
    );
    await s.page.click('[data-testid="drill-close"]');
  });

  it('shows the change against the previous year', async () => {
    await s.page.check('[data-testid="pivot-yoy"]');
    await s.page.waitForFunction(() => window.location.hash.includes('yoy=1'));
    await s.page.waitForSelector('[data-testid="pivot-yoy-value"]');
    const yoy = (sel: string) => text(`${sel} [data-testid="pivot-yoy-value"]`);
    expect(await yoy('[data-testid="pivot-col-total"][data-col="2010"]')).toBe('—');
    // FY2016 6,216 (interpolated) vs FY2015 6,188: +28 / 6,188 = +0.45 %
    expect(await yoy('[data-testid="pivot-col-total"][data-col="2016"]')).toBe('+0.5%');
    expect(await yoy('[data-testid="pivot-col-total"][data-col="2023"]')).toBe('0.0%');
    expect(await s.page.locator('[data-testid="pivot-row-total"] [data-testid="pivot-yoy-value"]').count()).toBe(0);
    await s.page.uncheck('[data-testid="pivot-yoy"]');
    await s.page.waitForSelector('[data-testid="pivot-yoy-value"]', { state: 'detached' });
  });

  it('pivots another dimension when the rows change', async () => {
    const before = await cells();
    await s.page.selectOption('[data-testid="pivot-rows"]', 'service_category');
    await settled('service_category', 'fy', 'accidents');
    expect(await s.page.evaluate(() => window.location.hash)).toContain('rows=service_category');
    const after = await cells();
    expect([...after.keys()].some((k) => before.has(k))).toBe(false);
    expect(new Set([...after.keys()].map((k) => k.split('|')[0]))).toEqual(
      new Set(['emergency_voice', 'other_voice', 'free_internet', 'other']),
    );
    expect(await text('[data-testid="pivot-grand-total"]')).toBe('106,138');
    expect(await nativeCells(ALL, 'service_category', 'fy')).toEqual(after);
  });

  it('applies the shared filters to every cell and to the chart', async () => {
    const before = await cells();
    const titles = await dotTitles();
    await s.page.check('[data-testid="filter-group-human"]');
    await s.page.waitForFunction(() => window.location.hash.includes('cause=config_change%2Chuman_error'));
    await settled('service_category', 'fy', 'accidents');
    await s.page.waitForFunction(
      (old) => document.querySelector('[data-testid="pivot-grand-total"]')?.textContent !== old,
      '106,138',
    );
    const after = await cells();
    expect(after.size).toBe(before.size);
    for (const [k, v] of after) expect([k, v! < before.get(k)!]).toEqual([k, true]);
    expect(after).toEqual(await nativeCells(HUMAN, 'service_category', 'fy'));
    const changed = await dotTitles();
    expect(changed.length).toBe(titles.length);
    expect(changed.filter((t, i) => t !== titles[i]).length).toBe(titles.length);
    await expect(text('[data-testid="chart-explore-pivot"] .chart-card__subtitle')).resolves.toContain(
      '設定変更・工事',
    );
  });

  it('scrolls 60 fiscal-quarter columns inside the table, not the page', async () => {
    await s.page.selectOption('[data-testid="pivot-cols"]', 'fyq');
    await settled('service_category', 'fyq', 'accidents');
    expect(await s.page.locator('[data-testid="pivot-col-total"]').count()).toBe(60);
    const layout = await s.page.evaluate(() => {
      const box = document.querySelector('.pivot-table__scroll')!;
      return {
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        inner: box.scrollWidth,
        outer: box.clientWidth,
      };
    });
    expect(layout.page).toBeLessThanOrEqual(layout.viewport);
    expect(layout.inner).toBeGreaterThan(layout.outer);
    // the first column stays in place when the table scrolls sideways
    const rowHead = s.page.locator('[data-testid="pivot-table"] tbody th').first();
    const x0 = (await rowHead.boundingBox())!.x;
    await s.page.evaluate(() => document.querySelector('.pivot-table__scroll')!.scrollBy(2000, 0));
    expect((await rowHead.boundingBox())!.x).toBe(x0);
    expect(await nativeCells(HUMAN, 'service_category', 'fyq')).toEqual(await cells());
  });

  it('says so when the chart leaves rows out, and works in English', async () => {
    await go('#/explore?ds=sample&rows=region&cols=fy&measure=accidents&lang=en', 'region', 'fy', 'accidents');
    expect(await text('[data-testid="pivot-col-total"][data-col="2015"]')).toBe('6,188');
    expect(await text('[data-testid="pivot-table"] thead th[data-col="2015"]')).toBe('FY2015');
    const rows = await s.page.locator('[data-testid="pivot-row-total"]').count();
    expect(rows).toBeGreaterThan(10);
    expect(await s.page.locator('[data-testid="plot-explore-pivot"] g.pivot-line path').count()).toBe(10);
    await expect(text('[data-testid="chart-explore-pivot"]')).resolves.toContain(`${rows - 10} others are left out`);
    await expect(text('[data-testid="chart-explore-pivot"]')).resolves.toContain('SYNTHETIC');
  });

  it('looks right, with no console errors and no foreign requests', async () => {
    await go('#/explore?ds=sample&rows=cause&cols=fy&measure=accidents&yoy=1', 'cause', 'fy', 'accidents');
    await s.page.waitForSelector('[data-testid="plot-explore-pivot"] svg');
    await s.page.screenshot({ path: `${SHOTS}/explore.png`, fullPage: true });
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
