import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, openSession, SHOTS, type Session } from './chromium.ts';

const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession(baseUrl);
});
afterAll(async () => s?.close());

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

async function printed(name: string) {
  // the stylesheet asks for A4 landscape; preferCSSPageSize makes Chromium honour it
  const pdf = await s.page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(`${SHOTS}/print-${name}.pdf`, pdf);
  return pdf;
}

describe('print', () => {
  it('prints the overview on A4 landscape, charts and tables without controls, framed on every page', async () => {
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await openApp(s, baseUrl, '#/overview');
    await s.page.waitForSelector('[data-testid="plot-duration-users"] svg');
    await s.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const look = await s.page.evaluate(() => ({
      controls: [...document.querySelectorAll('.chart-card__actions, .app-header, .copy-link')].filter(
        (el) => getComputedStyle(el).display !== 'none',
      ).length,
      frame: document.querySelector('[data-testid="print-frame"]')!.textContent!,
      background: getComputedStyle(document.querySelector('.chart-card')!).backgroundColor,
    }));
    expect(look.controls).toBe(0);
    // @page margin boxes: printed at the top and bottom of every page
    expect(look.frame).toMatch(/@top-left \{ content: "jiko[^"]*概要 — 公開記録/);
    expect(look.frame).toMatch(/@top-right \{ content: "印刷日時: \d{4}\/\d{2}\/\d{2}/);
    expect(look.frame).toMatch(/@bottom-left \{ content: "出典: [^"]*総務省/);
    expect(look.frame).toMatch(/@bottom-right \{ content: "[^"]*#\/overview" " · " counter\(page\)/);
    // printed light even when the screen is dark
    expect(look.background).toBe('rgb(255, 255, 255)');
    const pdf = await printed('overview');
    const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    expect(box && Math.round(Number(box[1]))).toBe(842);
    expect(box && Math.round(Number(box[2]))).toBe(595);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    await s.page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  // The three seed cases: JP-2015-01 has 17 council remarks and the longest notes, JP-2022-07 ten notices.
  it.each(['JP-2022-07', 'JP-2015-01', 'JP-2022-08'])('prints case %s as a brief of one or two pages', async (id) => {
    await openApp(s, baseUrl, `#/case/${id}`);
    await s.page.waitForSelector('[data-testid="plot-notice-timeline"] svg');
    await s.page.emulateMedia({ media: 'print' });
    const pdf = await printed(`case-${id}`);
    const n = pageCount(pdf);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(2);
    await s.page.emulateMedia({ media: 'screen' });
  });

  it('prints the longest case in English on two pages, the Japanese quotes left out and said so', async () => {
    await openApp(s, baseUrl, '#/case/JP-2015-01?lang=en');
    await s.page.waitForSelector('[data-testid="plot-notice-timeline"] svg');
    await s.page.emulateMedia({ media: 'print' });
    expect(await s.page.isVisible('[data-testid="remarks-print-note"]')).toBe(true);
    expect(await s.page.isVisible('[data-testid="remark-text"]')).toBe(false);
    expect(await s.page.locator('[data-testid="remark-summary"]:visible').count()).toBe(17);
    const n = pageCount(await printed('case-JP-2015-01-en'));
    expect(n).toBeLessThanOrEqual(2);
    await s.page.emulateMedia({ media: 'screen' });
    // on screen the quotes are there and the note is not
    expect(await s.page.isVisible('[data-testid="remarks-print-note"]')).toBe(false);
    expect(await s.page.locator('[data-testid="remark-text"]:visible').count()).toBe(17);
  });
});
