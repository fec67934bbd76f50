import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, openSession, SHOTS, type Session } from './chromium.ts';
import { addToDeck as addToDeckOn, exportFrom as exportFromOn } from './export-helpers.ts';
import { colourPixelsTopRight, hexRgb } from './png-pixels.ts';

const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession(baseUrl);
  await openApp(s, baseUrl, '#/overview');
  await s.page.waitForSelector('[data-testid="plot-duration-users"] svg');
});
afterAll(async () => s?.close());

const exportFrom = (chartId: string, item: string) => exportFromOn(s.page, chartId, item);
const addToDeck = (chartId: string) => addToDeckOn(s.page, chartId);

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('export for meeting slides, from the built app', () => {
  it('exports a slide-size PNG of 1920×1080 and a 2× PNG twice the 1× size', async () => {
    const slide = await exportFrom('cases-by-cause', 'png-slide');
    expect(slide.name).toMatch(/^jiko_cases-by-cause_\d{8}_slide\.png$/);
    expect(slide.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
    const oneX = (await exportFrom('cases-by-cause', 'png-1x')).bytes;
    // the public record carries no synthetic badge (the control of export-filtered.test.ts's red-pixel count)
    expect(await colourPixelsTopRight(s.page, oneX, hexRgb('#b42318'), { width: 240, height: 80 })).toBe(0);
    const one = pngSize(oneX);
    const two = pngSize((await exportFrom('cases-by-cause', 'png-2x')).bytes);
    expect(two).toEqual({ width: one.width * 2, height: one.height * 2 });
  });

  it('exports a self-contained SVG with title, legend, source and no live text dependencies', async () => {
    const svg = (await exportFrom('cases-by-cause', 'svg')).bytes.toString('utf8');
    writeFileSync(`${SHOTS}/cases-by-cause.svg`, svg); // kept to open in another renderer / an SVG editor
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toContain('currentColor');
    // text is drawn as outlines so it looks the same without Noto installed; the words stay in <title>/<desc>
    expect(svg).not.toMatch(/<text[\s>]/);
    expect(svg).toContain('年度別・原因別の事故事例数');
    expect(svg).toContain('出典');
  });

  it('exports the rows behind a chart as CSV', async () => {
    const csv = (await exportFrom('reported-totals', 'csv')).bytes.toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('7367');
  });

  it('builds a 3-chart deck and downloads a valid .pptx with titles, a source line, images and the dataset in the notes', async () => {
    await addToDeck('cases-by-cause');
    await addToDeck('major-totals');
    await addToDeck('duration-users');
    await s.page.click('[data-testid="deck-button"]');
    const tray = s.page.locator('[data-testid="deck-tray"]');
    await tray.waitFor();
    expect(await tray.locator('[data-testid="deck-item"]').count()).toBe(3);
    await s.page.screenshot({ path: `${SHOTS}/deck-tray.png` });
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      tray.locator('[data-testid="deck-download"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jiko_deck_\d{8}\.pptx$/);
    await download.saveAs(`${SHOTS}/deck.pptx`); // kept for a look in LibreOffice
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(4); // title slide + 3 charts
    const xml = async (f: string) => zip.file(f)!.async('string');
    const all = (await Promise.all(slides.map(xml))).join('\n');
    for (const title of ['年度別・原因別の事故事例数', '重大な事故の件数 (年度別)', '継続時間 × 影響利用者数 (事例)']) {
      expect(all).toContain(title);
    }
    expect(all).toContain('出典');
    // native by default (issue 14): the two bar charts are editable PowerPoint charts, the log scatter a picture
    const charts = (z: JSZip) => Object.keys(z.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    const media = (z: JSZip) => Object.keys(z.files).filter((f) => f.startsWith('ppt/media/'));
    expect(charts(zip)).toHaveLength(2);
    expect(media(zip).length).toBeGreaterThanOrEqual(1);
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/notesSlides\/.*\.xml$/.test(f))
        .map(xml),
    );
    expect(notes.join('\n')).toContain('公開記録');
    // as pictures: every chart an image, no native chart
    await tray.locator('[data-testid="deck-charts-picture"]').check();
    const [again] = await Promise.all([
      s.page.waitForEvent('download'),
      tray.locator('[data-testid="deck-download"]').click(),
    ]);
    const pictures = await JSZip.loadAsync(readFileSync(await again.path()));
    expect(charts(pictures)).toHaveLength(0);
    expect(media(pictures).length).toBeGreaterThanOrEqual(3);
  });

  it('sent nothing over the network and logged no console error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
