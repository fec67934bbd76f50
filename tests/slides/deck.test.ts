import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from '../browser/chromium.ts';

// `npm run test:slides` (not part of `npm test`: LibreOffice takes a while). A secretariat's six-chart deck from
// four views, exported natively and as pictures, converted by LibreOffice; the PDF text is checked and every page
// rendered to PNG under test-results/slides/ to be looked at.
const OUT = 'test-results/slides';
const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  s = await openSession(baseUrl, { width: 1400, height: 1000 });
});
afterAll(async () => {
  await s?.close();
});

/** The first view loads the app; the others change the hash, as a user clicking through would. */
async function go(hash: string) {
  if (!s.page.url().startsWith(baseUrl)) {
    await s.page.goto(`${baseUrl}${hash}`);
    await s.page.waitForSelector('main [data-testid="loading"]', { state: 'detached', timeout: 180_000 });
  } else await s.page.evaluate((h) => (location.hash = h), hash);
}

async function addToDeck(chartId: string) {
  const card = s.page.locator(`[data-testid="chart-${chartId}"]`);
  await card.waitFor({ timeout: 60_000 });
  await card.locator(`[data-testid="plot-${chartId}"] svg`).first().waitFor({ timeout: 60_000 });
  await card.locator('[data-testid="export-menu-button"]').click();
  await card.locator('[data-testid="export-item-deck"]').click();
  await card
    .locator('[data-testid="export-status"]')
    .filter({ hasText: /追加|added/ })
    .waitFor({ timeout: 60_000 });
}

async function download(mode: 'native' | 'picture'): Promise<string> {
  const tray = s.page.locator('[data-testid="deck-tray"]');
  await tray.locator(`[data-testid="deck-charts-${mode}"]`).check();
  const [file] = await Promise.all([
    s.page.waitForEvent('download', { timeout: 120_000 }),
    tray.locator('[data-testid="deck-download"]').click(),
  ]);
  const path = join(OUT, `deck-${mode}.pptx`);
  await file.saveAs(path);
  return path;
}

function toPdf(pptx: string): string {
  // A profile of its own: a LibreOffice already running for someone else would swallow the conversion.
  const profile = `file://${join(process.cwd(), OUT, `.lo-profile-${process.pid}`)}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, pptx],
    {
      stdio: 'pipe',
      timeout: 300_000,
    },
  );
  return pptx.replace(/\.pptx$/, '.pdf');
}

/** The text of each page, without whitespace: pdftotext puts spaces between Japanese and Latin or digits. */
function pages(pdf: string): string[] {
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => p.replace(/\s+/g, ''));
}
const squash = (text: string) => text.replace(/\s+/g, '');

describe('a six-chart deck from four views opens in LibreOffice', { timeout: 600_000 }, () => {
  it('collects charts from overview, quarterly (brushed), explore and a case page', async () => {
    await go('#/overview');
    await addToDeck('cases-by-cause');
    await addToDeck('duration-users');
    // FY2022 Q3 brushed on the synthetic sample, software bugs only
    await go('#/quarterly?ds=sample&cause=software_bug&period=8090-8090');
    await addToDeck('quarterly-counts');
    await addToDeck('hist-users');
    await go('#/explore?ds=public&rows=cause_group&cols=fy&measure=accidents');
    await addToDeck('explore-pivot');
    await go('#/case/JP-2022-07');
    await addToDeck('notice-timeline');

    await s.page.click('[data-testid="deck-button"]');
    const tray = s.page.locator('[data-testid="deck-tray"]');
    expect(await tray.locator('[data-testid="deck-item"]').count()).toBe(6);
    await tray.locator('[data-testid="deck-title"]').fill('第12回 電気通信事故検証会議 資料');
    await tray.locator('[data-testid="deck-subtitle"]').fill('事務局作成');
    await tray.locator('[data-testid="deck-date"]').fill('2026年12月2日');
    await tray.locator('[data-testid="deck-note"]').nth(2).fill('第3四半期のソフトウェア不具合に注目');
  });

  for (const mode of ['native', 'picture'] as const) {
    it(`exports it with ${mode} charts, and LibreOffice renders every slide with its text`, async () => {
      const pdf = toPdf(await download(mode));
      const text = pages(pdf);
      expect(text).toHaveLength(7);
      expect(text[0]).toContain(squash('第12回 電気通信事故検証会議 資料'));
      expect(text[0]).toContain('事務局作成');
      expect(text[0]).toContain('2026年12月2日');
      const all = text.join('');
      for (const title of [
        '年度別・原因別の事故事例数',
        '継続時間',
        '四半期別の事故件数',
        '影響利用者数の分布',
        'JP-2022-07',
      ])
        expect(all).toContain(title);
      // filters and the brushed period in the subtitles, sources and the date on every chart slide
      expect(all).toContain(squash('期間: 2022年度 第3四半期'));
      expect(all).toContain('ソフトウェア不具合');
      for (const page of text.slice(1)) {
        expect(page).toMatch(/出典/);
        expect(page).toContain('2026年12月2日');
      }
      // the synthetic slides carry one badge each
      for (const page of text.slice(1)) expect(page.split('合成データ / Synthetic data').length).toBeLessThanOrEqual(2);
      if (mode === 'native') {
        // native charts are text in the PDF: their axis and legend labels are there
        expect(all).toContain('設備要因');
        expect(all).toContain('年度・四半期');
      }
      execFileSync('pdftoppm', ['-png', '-r', '96', pdf, join(OUT, `${mode}-page`)]);
      expect(readdirSync(OUT).filter((f) => f.startsWith(`${mode}-page`))).toHaveLength(7);
    });
  }
});
