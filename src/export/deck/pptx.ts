import { translate } from '../../i18n/t.ts';
import { formatDateTimeJst } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { DeckSpec } from './deck-store.ts';
import { INK, MUTED, SYNTHETIC_RED } from '../export-style.ts';
import { bareNote, bareSource } from '../provenance-text.ts';
import { DECK_CHART_BOX_IN } from './slide-geometry.ts';

export interface DeckSlideInput {
  spec: DeckSpec;
  /** data:image/png;base64,… rendered in the browser (png.ts, preset 'deck'). */
  pngDataUrl: string;
  addedAt?: string;
}

export interface BuildDeckOptions {
  lang: Lang;
  title: string;
  exportedAt: Date;
}

const FONT = 'Yu Gothic';
const hex = (css: string) => css.replace('#', '').toUpperCase();

/** Pixel size from the PNG's IHDR chunk, so the image keeps its aspect ratio on the slide. */
export function pngSize(dataUrl: string): { width: number; height: number } {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1, dataUrl.indexOf(',') + 1 + 44);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  if (bytes.length < 24 || view.getUint32(12) !== 0x49484452) throw new Error('Not a PNG data URL');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

function speakerNotes(spec: DeckSpec, lang: Lang, addedAt: string | undefined): string {
  const provenance = translate(
    lang,
    spec.synthetic ? 'export.pptx.notes.syntheticProvenance' : 'export.pptx.notes.publicProvenance',
  );
  const lines = [
    translate(lang, 'export.pptx.notes.filters', { subtitle: spec.subtitle }),
    translate(lang, 'export.pptx.notes.provenance', { provenance }),
    translate(lang, 'export.pptx.notes.sources', { sources: spec.sources.map(bareSource).join('; ') }),
  ];
  if (spec.notes.length)
    lines.push(translate(lang, 'export.pptx.notes.notes', { notes: spec.notes.map(bareNote).join(' / ') }));
  const added = addedAt ? formatDateTimeJst(new Date(addedAt), lang) : '';
  lines.push(translate(lang, 'export.pptx.notes.added', { id: spec.id, date: added }));
  return lines.join('\n');
}

/**
 * A 16:9 .pptx: a title slide (title, date, datasets, sources, a warning when any chart is synthetic), then one
 * slide per chart with native title, image, caption and source line, and the filter state and provenance in the
 * speaker notes. pptxgenjs (about 120 KB gzip) is loaded only here.
 */
export async function buildDeck(items: readonly DeckSlideInput[], opts: BuildDeckOptions): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const { lang } = opts;
  const langTag = lang === 'ja' ? 'ja-JP' : 'en-US';
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = opts.title;
  pptx.author = 'jiko';
  const text = { fontFace: FONT, lang: langTag, color: hex(INK), margin: 0 } as const;
  const muted = { ...text, color: hex(MUTED) };
  const anySynthetic = items.some((item) => item.spec.synthetic);
  const allSources = unique(items.flatMap((item) => item.spec.sources.map(bareSource)));
  const datasets = unique(
    items.map((item) => translate(lang, item.spec.synthetic ? 'dataset.sample' : 'dataset.public')),
  ).join(' / ');

  const cover = pptx.addSlide();
  cover.addText(opts.title, { ...text, x: 0.6, y: 1.2, w: 8.8, h: 1, fontSize: 30, bold: true, fit: 'shrink' });
  cover.addText(translate(lang, 'export.pptx.date', { date: formatDateTimeJst(opts.exportedAt, lang) }), {
    ...muted,
    x: 0.6,
    y: 2.3,
    w: 8.8,
    h: 0.4,
    fontSize: 14,
  });
  if (datasets) {
    cover.addText(translate(lang, 'export.pptx.datasets', { datasets }), {
      ...text,
      x: 0.6,
      y: 2.8,
      w: 8.8,
      h: 0.35,
      fontSize: 12,
    });
  }
  if (allSources.length) {
    cover.addText(translate(lang, 'export.pptx.sources', { sources: allSources.join('; ') }), {
      ...muted,
      x: 0.6,
      y: 3.2,
      w: 8.8,
      h: 0.9,
      fontSize: 10,
      valign: 'top',
      fit: 'shrink',
    });
  }
  if (anySynthetic) {
    cover.addText(translate(lang, 'export.pptx.syntheticWarning'), {
      ...text,
      x: 0.6,
      y: 4.25,
      w: 8.8,
      h: 0.6,
      fontSize: 12,
      bold: true,
      color: hex(SYNTHETIC_RED),
      fill: { color: 'FDECEA' },
      margin: 6,
    });
  }
  cover.addText(translate(lang, 'export.pptx.generatedBy'), { ...muted, x: 0.6, y: 5.05, w: 8.8, h: 0.3, fontSize: 9 });
  cover.addNotes(
    [
      translate(lang, 'export.pptx.generatedBy'),
      translate(lang, 'export.pptx.sources', { sources: allSources.join('; ') }),
    ].join('\n'),
  );

  for (const item of items) {
    const { spec } = item;
    const slide = pptx.addSlide();
    const badgeW = 2.3;
    slide.addText(spec.title, {
      ...text,
      x: 0.4,
      y: 0.25,
      w: spec.synthetic ? 9.2 - badgeW - 0.2 : 9.2,
      h: 0.65,
      fontSize: 22,
      bold: true,
      valign: 'middle',
      fit: 'shrink',
    });
    if (spec.synthetic) {
      slide.addText(translate(lang, 'export.pptx.syntheticSlide'), {
        ...text,
        x: 9.6 - badgeW,
        y: 0.37,
        w: badgeW,
        h: 0.4,
        fontSize: 11,
        bold: true,
        color: 'FFFFFF',
        fill: { color: hex(SYNTHETIC_RED) },
        align: 'center',
        valign: 'middle',
      });
    }
    const { width, height } = pngSize(item.pngDataUrl);
    const box = DECK_CHART_BOX_IN;
    const scale = Math.min(box.w / width, box.h / height);
    const w = width * scale;
    const h = height * scale;
    slide.addImage({
      data: item.pngDataUrl,
      x: box.x + (box.w - w) / 2,
      y: box.y + (box.h - h) / 2,
      w,
      h,
      altText: [spec.title, spec.subtitle].join(' — '),
    });
    const notes = spec.notes.length
      ? translate(lang, 'export.svg.note', { note: spec.notes.map(bareNote).join(' / ') })
      : '';
    const caption = [spec.subtitle, notes].filter(Boolean).join('\n');
    slide.addText(caption, { ...muted, x: 0.4, y: 4.45, w: 9.2, h: 0.6, fontSize: 10, valign: 'top', fit: 'shrink' });
    slide.addText(translate(lang, 'export.pptx.sources', { sources: spec.sources.map(bareSource).join('; ') }), {
      ...muted,
      x: 0.4,
      y: 5.1,
      w: 9.2,
      h: 0.35,
      fontSize: 9,
      valign: 'top',
      fit: 'shrink',
    });
    slide.addNotes(speakerNotes(spec, lang, item.addedAt));
  }

  const bytes = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
