import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { NativeChart } from '../../src/charts/native-chart.ts';
import { createDeckStore, type DeckSpec } from '../../src/export/deck/deck-store.ts';
import { MIN_SLIDE_PT } from '../../src/export/deck/pptx-chart.ts';
import { buildDeck } from '../../src/export/deck/pptx.ts';

// Issue 14, slides: native editable charts, one badge, text ≥ 12 pt, deck title/subtitle/date, slide notes.
// A 1×1 PNG (the picture fallback only needs a size)
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const native: NativeChart = {
  kind: 'bar',
  stacked: true,
  categories: ['22Q1', '22Q2', '22Q3'],
  series: [
    { name: 'ソフトウェア不具合', color: '#1f77b4', values: [3, 0, 5] },
    { name: '設備故障', color: '#ff7f0e', values: [1, 2, null] },
  ],
  xTitle: '年度・四半期',
  yTitle: '事故件数',
  format: '#,##0',
};

const spec = (id: string, synthetic: boolean, withNative: boolean): DeckSpec => ({
  id,
  title: `グラフ ${id}`,
  subtitle: `合成サンプル · 期間: 2022年度 第3四半期 · ${id}`,
  sources: ['出典: 合成サンプル (seed 1)'],
  notes: ['合成データです'],
  synthetic,
  columns: [],
  ...(withNative ? { native } : {}),
});

async function deck(charts: 'native' | 'picture') {
  const blob = await buildDeck(
    [
      { spec: spec('quarterly', true, true), pngDataUrl: PNG, note: '第3四半期の急増に注目' },
      { spec: spec('scatter', false, false), pngDataUrl: PNG },
    ],
    {
      lang: 'ja',
      title: '第12回 検証会議',
      subtitle: '事務局資料',
      date: '2026年12月2日',
      exportedAt: new Date('2026-12-02T01:00:00Z'),
      charts,
    },
  );
  return JSZip.loadAsync(await blob.arrayBuffer());
}
const text = (zip: JSZip, name: string) => zip.file(name)!.async('string');
const sizes = (xml: string) => [...xml.matchAll(/\bsz="(\d+)"/g)].map((m) => Number(m[1]) / 100);

// The first test pays for importing pptxgenjs (about 1 s idle, 6 s on this loaded 2-core machine).
describe('native PowerPoint charts', { timeout: 30_000 }, () => {
  it('embeds a stacked bar chart with its data where the chart has one, a picture elsewhere', async () => {
    const zip = await deck('native');
    const names = Object.keys(zip.files);
    const charts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const xml = await text(zip, charts[0]!);
    expect(xml).toContain('<c:barChart>');
    expect(xml).toContain('<c:grouping val="stacked"/>');
    for (const s of ['ソフトウェア不具合', '設備故障', '22Q3']) expect(xml).toContain(s);
    // the data travels with the chart (an embedded workbook), so it can be edited in PowerPoint
    expect(names.some((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))).toBe(true);
    expect(names.filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(1);
    // axis, legend and title text no smaller than 12 pt
    expect(Math.min(...sizes(xml))).toBeGreaterThanOrEqual(MIN_SLIDE_PT);
  });

  it('puts every chart in as a picture when the deck asks for pictures', async () => {
    const zip = await deck('picture');
    expect(Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(0);
    expect(Object.keys(zip.files).filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(2);
  });

  it('writes title, subtitle, source and date as slide text at 12 pt or more, with one synthetic badge', async () => {
    const zip = await deck('native');
    const cover = await text(zip, 'ppt/slides/slide1.xml');
    for (const s of ['第12回 検証会議', '事務局資料', '2026年12月2日']) expect(cover).toContain(s);
    const slide = await text(zip, 'ppt/slides/slide2.xml');
    for (const s of ['グラフ quarterly', '期間: 2022年度 第3四半期', '出典: 合成サンプル (seed 1)', '2026年12月2日'])
      expect(slide).toContain(s);
    expect(slide.split('合成データ / Synthetic data').length - 1).toBe(1);
    expect(Math.min(...sizes(slide))).toBeGreaterThanOrEqual(MIN_SLIDE_PT);
  });

  it('puts the note typed in the tray into the speaker notes', async () => {
    const zip = await deck('native');
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
        .map((n) => text(zip, n)),
    );
    expect(notes.some((xml) => xml.includes('メモ: 第3四半期の急増に注目'))).toBe(true);
  });
});

describe('deck store: notes and deck settings', () => {
  it('keeps a slide note, the deck title, subtitle, date and chart mode across reloads', () => {
    const storage = new Map<string, string>();
    const fake = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
      clear: () => storage.clear(),
      key: () => null,
      length: 0,
    } as Storage;
    const store = createDeckStore({ storage: fake, makeId: () => 'a' });
    store.add({ spec: { ...spec('x', false, true), plot: {}, rows: [] }, svgMarkup: '<svg/>' });
    store.setNote('a', 'メモ');
    store.setMeta({ title: 'T', subtitle: 'S', date: 'D', charts: 'picture' });
    const again = createDeckStore({ storage: fake });
    expect(again.getSnapshot().items[0]!.note).toBe('メモ');
    expect(again.getSnapshot().items[0]!.spec.native?.categories).toEqual(['22Q1', '22Q2', '22Q3']);
    expect(again.getSnapshot().meta).toEqual({ title: 'T', subtitle: 'S', date: 'D', charts: 'picture' });
  });
});
