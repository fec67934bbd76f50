import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, openSession, type Session } from './chromium.ts';
import { addToDeck as addToDeckOn, exportFrom as exportFromOn } from './export-helpers.ts';
import { colourPixelsTopRight, hexRgb } from './png-pixels.ts';

/**
 * Issue 9, item 5: exports from a filtered, brushed view of the synthetic sample. Whatever leaves the app (SVG, PNG,
 * CSV, a deck slide and its notes) says which restrictions made it and that the data is synthetic. Expected words
 * are the filter labels as a person reads them on the filter panel (checked by hand), not the subtitle builder.
 */
const baseUrl = inject('baseUrl');
let s: Session;

// FY2020–FY2022, Q1 and Q2, software defects only, FY2022 Q1–Q2 brushed (8088 = 2022 × 4 + 0).
const VIEW = '#/quarterly?ds=sample&fy=2020-2022&q=1,2&cause=software_bug&period=8088-8089';
const RESTRICTIONS = ['2020年度–2022年度', '第1四半期・第2四半期', 'ソフトウェア不具合'];
const PERIOD = '2022年度 第1四半期';
const SYNTHETIC = '合成';
const RED = hexRgb('#b42318'); // the synthetic badge (src/export/export-style.ts SYNTHETIC_RED)

beforeAll(async () => {
  s = await openSession(baseUrl);
  await openApp(s, baseUrl, VIEW);
  await s.page.waitForSelector('[data-testid="plot-hist-users"] svg', { timeout: 45_000 });
  await s.page.waitForSelector('[data-testid="plot-quarterly-counts"] svg', { timeout: 45_000 });
}, 120_000);
afterAll(async () => s?.close());

const exportFrom = (chartId: string, item: string) => exportFromOn(s.page, chartId, item);

describe('exports from a filtered view of the synthetic sample', () => {
  it('the SVG names every restriction, the period and the synthetic data, and so does its file name', async () => {
    const { name, bytes } = await exportFrom('hist-users', 'svg');
    expect(name).toContain('SYNTHETIC');
    const svg = bytes.toString('utf8');
    for (const w of [...RESTRICTIONS, PERIOD, SYNTHETIC]) expect(svg, w).toContain(w);
  });

  it('the PNG carries the red synthetic badge in its top-right corner', async () => {
    const { name, bytes } = await exportFrom('hist-users', 'png-1x');
    expect(name).toMatch(/SYNTHETIC.*\.png$/);
    // the badge is 22 px tall and about 80 px wide at 1×: hundreds of pixels of its red
    expect(await colourPixelsTopRight(s.page, bytes, RED, { width: 240, height: 80 })).toBeGreaterThan(400);
  });

  it('the CSV says synthetic on every row', async () => {
    const { name, bytes } = await exportFrom('hist-users', 'csv');
    expect(name).toContain('SYNTHETIC');
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1)) expect(line.split(',')[0]).toContain(SYNTHETIC);
  });

  it('a deck slide shows the restrictions in its visible caption and notes, and a synthetic badge', async () => {
    for (const id of ['quarterly-counts', 'hist-users']) await addToDeckOn(s.page, id);
    await s.page.click('[data-testid="deck-button"]');
    const tray = s.page.locator('[data-testid="deck-tray"]');
    await tray.waitFor();
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      tray.locator('[data-testid="deck-download"]').click(),
    ]);
    expect(download.suggestedFilename()).toContain('SYNTHETIC');
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const text = (f: string) => zip.file(f)!.async('string');
    // slide1 is the cover; slide2 the brushed quarterly chart, slide3 the users histogram of the period
    for (const n of [2, 3]) {
      const slide = await text(`ppt/slides/slide${n}.xml`);
      const visible = [...slide.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
      for (const w of [...RESTRICTIONS, SYNTHETIC]) expect(visible, `slide ${n}: ${w}`).toContain(w);
      const rel = await text(`ppt/slides/_rels/slide${n}.xml.rels`);
      const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rel)![1];
      const notes = await text(`ppt/notesSlides/${notesFile}`);
      for (const w of [...RESTRICTIONS, SYNTHETIC]) expect(notes, `notes ${n}: ${w}`).toContain(w);
    }
    expect(await text('ppt/slides/slide2.xml')).toContain('を強調表示');
    expect(await text('ppt/slides/slide3.xml')).toContain(PERIOD);
  });

  it('sent nothing over the network and logged no console error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
