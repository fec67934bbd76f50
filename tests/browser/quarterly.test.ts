import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Row } from '../../src/query/sql.ts';
import { openApp, openSession, SHOTS, waitForIdle, type Session } from './chromium.ts';

const baseUrl = inject('baseUrl');
let s: Session;
/** Native DuckDB on the Parquet the page loads, queried with SQL written here, never with the app's builders. */
let duck: (sql: string, params?: (string | number)[]) => Promise<Row[]>;
const one = async (sql: string, params: (string | number)[] = []) =>
  Number(Object.values((await duck(sql, params))[0]!)[0]);
const HUMAN = `cause IN ('config_change', 'human_error')`;

beforeAll(async () => {
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  await con.run(`CREATE VIEW sample_reports AS SELECT * FROM read_parquet('public/data/sample_reports.parquet')`);
  await con.run(`CREATE VIEW cases AS SELECT * FROM read_parquet('public/data/cases.parquet')`);
  duck = async (sql, params = []) => (await con.runAndReadAll(sql, params)).getRowObjectsJson() as Row[];
  s = await openSession(baseUrl);
  await openApp(s, baseUrl, '#/quarterly');
});
afterAll(async () => s?.close());

const bars = '[data-testid="plot-quarterly-counts"] g.quarter-bar a';
/** Sum of the numbers at the end of each bar's tooltip, grouped by the tooltip's period. */
async function barTotals(): Promise<Map<string, number>> {
  const titles = await s.page.locator(`${bars} title`).allTextContents();
  const out = new Map<string, number>();
  for (const t of titles) {
    const [period] = t.split(' · ');
    const n = Number(t.split(': ').pop()!.replaceAll(',', ''));
    out.set(period!, (out.get(period!) ?? 0) + n);
  }
  return out;
}
const text = (testId: string) => s.page.locator(`[data-testid="${testId}"]`).textContent();
const num = (t: string | null) => Number((t ?? '').replace(/[^\d]/g, ''));
async function waitForUrl(part: string) {
  await s.page.waitForFunction((p) => decodeURIComponent(location.hash).includes(p), part);
  await waitIdle();
}
const waitIdle = () => waitForIdle(s);

describe('quarterly slicing', () => {
  it('switches to the synthetic sample and labels it synthetic everywhere', async () => {
    expect(await s.page.locator('[data-testid="synthetic-banner"]').count()).toBe(0);
    await s.page.click('[data-testid="dataset-sample"]');
    await waitForUrl('ds=sample');
    await s.page.waitForSelector(`${bars}`);
    expect(await text('synthetic-banner')).toContain('合成データ');
    expect(await text('synthetic-banner')).toContain(
      '2016–2018・2020–2021年度は補間、2023–2024年度は2022年度の値の据え置き',
    );
    const card = s.page.locator('[data-testid="chart-quarterly-counts"]');
    expect(await card.textContent()).toContain('補間');
    expect(await card.locator('.chart-card__subtitle').textContent()).toContain('合成データ');
    expect(await card.locator('[data-testid="chart-source"]').textContent()).toContain('合成サンプル');
    // …and in the name of every exported file
    await card.locator('[data-testid="export-menu-button"]').click();
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      card.locator('[data-testid="export-item-png-1x"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jiko_quarterly-counts_\d{8}_SYNTHETIC\.png$/);
  });

  it('shows the published totals the sample is calibrated to: FY2015 6,188, FY2019 6,301 and FY2022 7,500', async () => {
    const totals = await barTotals();
    const fy = (y: number) => [1, 2, 3, 4].reduce((n, q) => n + (totals.get(`${y}年度 第${q}四半期`) ?? 0), 0);
    expect(fy(2015)).toBe(6188);
    expect(fy(2019)).toBe(6301);
    expect(fy(2022)).toBe(7500);
    expect(totals.size).toBe(60);
  });

  it('shows KPIs for the latest fiscal year, FY2024, counted in SQL written here', async () => {
    const fy2024 = 'FROM sample_reports WHERE fiscal_year = 2024';
    expect(num(await text('kpi-accidents-value'))).toBe(await one(`SELECT count(*)::INTEGER ${fy2024}`));
    expect(num(await text('kpi-major-value'))).toBe(await one(`SELECT count(*)::INTEGER ${fy2024} AND is_major`));
    expect(await text('kpi-period')).toContain('2024年度 第1四半期 – 2024年度 第4四半期');
    // FY2024 against FY2023: both carried forward from FY2022, and the tiles say so
    expect(await text('kpi-synthetic-years')).toContain('据え置き 2023年度・2024年度');
  });

  it('filters every chart and the KPIs by cause group', async () => {
    await s.page.click('[data-testid="filter-group-human"]');
    await waitForUrl('cause=config_change,human_error');
    await s.page.waitForFunction(() =>
      document.querySelector('[data-testid="filter-count"]')?.textContent?.includes('1'),
    );
    await s.page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="kpi-accidents-value"]')?.textContent?.replace(/\D/g, '')) === n,
      await one(`SELECT count(*)::INTEGER FROM sample_reports WHERE ${HUMAN} AND fiscal_year = 2024`),
    );
    await waitIdle();
    const totals = await barTotals();
    const perQuarter = await duck(`SELECT fiscal_year AS fy, quarter AS q, count(*)::INTEGER AS n FROM sample_reports
      WHERE ${HUMAN} GROUP BY ALL`);
    expect(totals).toEqual(new Map(perQuarter.map((r) => [`${r.fy}年度 第${r.q}四半期`, r.n])));
    const histTitles = await s.page.locator('[data-testid="plot-hist-duration"] g.hist-bar a title').allTextContents();
    expect(histTitles.reduce((n, t) => n + num(t.split(': ').pop()!), 0)).toBe(
      await one(`SELECT count(*)::INTEGER FROM sample_reports WHERE ${HUMAN} AND duration_min > 0`),
    );
  });

  it('brushes a period on the quarterly chart: the histograms and KPIs follow it', async () => {
    const svg = s.page.locator('[data-testid="plot-quarterly-counts"] svg').last();
    const box = (await svg.boundingBox())!;
    // drag across the middle third of the plot area
    await s.page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
    await s.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 5 });
    await s.page.mouse.up();
    await waitForUrl('period=');
    const period = /period=(\d+)-(\d+)/.exec(decodeURIComponent(await s.page.evaluate(() => location.hash)))!;
    const range: [number, number] = [Number(period[1]), Number(period[2])];
    expect(range[1] - range[0]).toBeGreaterThan(5);
    const brushed = `${HUMAN} AND fiscal_year * 4 + quarter - 1 BETWEEN ? AND ?`;
    const want = await one(
      `SELECT count(*)::INTEGER FROM sample_reports WHERE ${brushed} AND affected_users > 0`,
      range,
    );
    await s.page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('[data-testid="plot-hist-users"] g.hist-bar a title')].reduce(
          (acc, t) => acc + Number(t.textContent!.split(': ').pop()!.replace(/\D/g, '')),
          0,
        ) === n,
      want,
    );
    expect(num(await text('kpi-accidents-value'))).toBe(
      await one(`SELECT count(*)::INTEGER FROM sample_reports WHERE ${brushed}`, range),
    );
    // the brushed chart itself still shows every quarter
    expect((await barTotals()).size).toBe(60);
    await s.page.screenshot({ path: `${SHOTS}/quarterly-brushed.png`, fullPage: true });
  });

  it('drills from a bar to exactly the records behind it', async () => {
    const bar = s.page.locator(bars).nth(20);
    const title = (await bar.locator('title').textContent())!;
    const n = num(title.split(': ').pop()!);
    await bar.click();
    await waitForUrl('drill=');
    await s.page.waitForSelector('[data-testid="drill-count"]');
    expect(num(await text('drill-count'))).toBe(n);
    const rows = await s.page.locator('[data-testid="drill-row"]').count();
    expect(rows).toBe(Math.min(50, n));
    const drill = decodeURIComponent(await s.page.evaluate(() => location.hash));
    expect(drill).toMatch(/drill=qi:\d+,cause:(config_change|human_error)/);
  });

  it('made no request outside its origin and logged no console error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('quarterly view on the public record', () => {
  it('drills to public cases and links them to their case pages', async () => {
    const p = await openSession(baseUrl);
    try {
      await openApp(p, baseUrl, '#/quarterly?ds=public&drill=qi:8089,cause:config_change');
      await p.page.waitForSelector('[data-testid="drill-row"]');
      // qi 8089 = FY2022 Q2
      const expected = await one(
        `SELECT count(*)::INTEGER FROM cases WHERE fiscal_year = 2022 AND quarter = 2 AND cause = 'config_change'`,
      );
      expect(await p.page.locator('[data-testid="drill-row"]').count()).toBe(expected);
      const links = await p.page
        .locator('[data-testid="drill-row"] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // FY2022 Q2 (July–Sept 2022): KDDI, Okinawa Cellular, NTT West — all configuration changes
      expect(links.sort()).toEqual(['#/case/JP-2022-01', '#/case/JP-2022-02', '#/case/JP-2022-03']);
      expect(await p.page.locator('[data-testid="public-note"]').textContent()).toContain('一部');
      expect(p.consoleErrors).toEqual([]);
    } finally {
      await p.close();
    }
  });
});
