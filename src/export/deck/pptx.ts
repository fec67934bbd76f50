import { translate } from '../../i18n/t.ts';
import { formatDateTimeJst } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { DeckSpec } from './deck-store.ts';
import { INK, MUTED, SYNTHETIC_RED } from '../export-style.ts';
import { bareNote, bareSource } from '../provenance-text.ts';
import { DECK_CHART_BOX_IN } from './slide-geometry.ts';
import { MIN_SLIDE_PT, nativeChartArgs } from './pptx-chart.ts';

export interface DeckSlideInput {
  spec: DeckSpec;
  /** data:image/png;base64,… rendered in the browser (png.ts, preset 'deck'). */
  pngDataUrl: string;
  addedAt?: string;
  /** Typed in the tray; goes first in the speaker notes. */
  note?: string;
}

export interface BuildDeckOptions {
  lang: Lang;
  title: string;
  /** Under the title on the first slide. */
  subtitle?: string;
  /** The deck's date as the user wrote it; default: the export date. */
  date?: string;
  exportedAt: Date;
  /** Native PowerPoint charts where a chart maps onto one (default), or every chart as a picture. */
  charts?: 'native' | 'picture';
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

function speakerNotes(spec: DeckSpec, lang: Lang, addedAt: string | undefined, note?: string): string {
  const provenance = translate(
    lang,
    spec.synthetic ? 'export.pptx.notes.syntheticProvenance' : 'export.pptx.notes.publicProvenance',
  );
  const lines = [
    ...(note?.trim() ? [translate(lang, 'export.pptx.notes.note', { note: note.trim() })] : []),
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
 * A 16:9 .pptx: a title slide (title, subtitle, date, datasets, sources, a warning when any chart is synthetic),
 * then one slide per chart: title, subtitle (filters, period), the chart — a native, editable PowerPoint chart
 * with its data where it maps onto one, else the picture — caption, source and date, all as PowerPoint text; the
 * slide's note, filter state and provenance in the speaker notes. pptxgenjs (about 120 KB gzip) is loaded only here.
 */
export async function buildDeck(items: readonly DeckSlideInput[], opts: BuildDeckOptions): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const { lang } = opts;
  const mode = opts.charts ?? 'native';
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

  const date =
    opts.date?.trim() || translate(lang, 'export.pptx.date', { date: formatDateTimeJst(opts.exportedAt, lang) });
  const cover = pptx.addSlide();
  cover.addText(opts.title, { ...text, x: 0.6, y: 0.9, w: 8.8, h: 1, fontSize: 30, bold: true, fit: 'shrink' });
  if (opts.subtitle?.trim())
    cover.addText(opts.subtitle.trim(), { ...text, x: 0.6, y: 1.9, w: 8.8, h: 0.45, fontSize: 18, fit: 'shrink' });
  cover.addText(date, { ...muted, x: 0.6, y: 2.4, w: 8.8, h: 0.35, fontSize: 14 });
  if (datasets) {
    cover.addText(translate(lang, 'export.pptx.datasets', { datasets }), {
      ...text,
      x: 0.6,
      y: 2.85,
      w: 8.8,
      h: 0.35,
      fontSize: 14,
    });
  }
  if (allSources.length) {
    cover.addText(translate(lang, 'export.pptx.sources', { sources: allSources.join('; ') }), {
      ...muted,
      x: 0.6,
      y: 3.25,
      w: 8.8,
      h: 0.9,
      fontSize: 12,
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
      fontSize: 14,
      bold: true,
      color: hex(SYNTHETIC_RED),
      fill: { color: 'FDECEA' },
      margin: 6,
    });
  }
  cover.addText(translate(lang, 'export.pptx.generatedBy'), {
    ...muted,
    x: 0.6,
    y: 5.05,
    w: 8.8,
    h: 0.3,
    fontSize: 12,
  });
  cover.addNotes(
    [
      translate(lang, 'export.pptx.generatedBy'),
      translate(lang, 'export.pptx.sources', { sources: allSources.join('; ') }),
    ].join('\n'),
  );

  for (const item of items) {
    const { spec } = item;
    const slide = pptx.addSlide();
    const badgeW = 2.6;
    slide.addText(spec.title, {
      ...text,
      x: 0.4,
      y: 0.2,
      w: spec.synthetic ? 9.2 - badgeW - 0.2 : 9.2,
      h: 0.55,
      fontSize: 22,
      bold: true,
      valign: 'middle',
      fit: 'shrink',
    });
    // The one synthetic badge of the slide: the picture is rendered without its own (export-actions.ts).
    if (spec.synthetic) {
      slide.addText(translate(lang, 'export.pptx.syntheticSlide'), {
        ...text,
        x: 9.6 - badgeW,
        y: 0.28,
        w: badgeW,
        h: 0.4,
        fontSize: MIN_SLIDE_PT,
        bold: true,
        color: 'FFFFFF',
        fill: { color: hex(SYNTHETIC_RED) },
        align: 'center',
        valign: 'middle',
      });
    }
    slide.addText(spec.subtitle, {
      ...muted,
      x: 0.4,
      y: 0.75,
      w: 9.2,
      h: 0.4,
      fontSize: 14,
      valign: 'top',
      fit: 'shrink',
    });
    const box = DECK_CHART_BOX_IN;
    if (mode === 'native' && spec.native) {
      const { type, data, opts: chartOpts } = nativeChartArgs(spec.native, box, FONT, langTag);
      slide.addChart(type, data, chartOpts);
    } else {
      const { width, height } = pngSize(item.pngDataUrl);
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
    }
    if (spec.notes.length) {
      slide.addText(translate(lang, 'export.svg.note', { note: spec.notes.map(bareNote).join(' / ') }), {
        ...muted,
        x: 0.4,
        y: 4.75,
        w: 9.2,
        h: 0.45,
        fontSize: MIN_SLIDE_PT,
        valign: 'top',
        fit: 'shrink',
      });
    }
    const footer = [
      translate(lang, 'export.pptx.sources', { sources: spec.sources.map(bareSource).join('; ') }),
      date,
    ].join('  ·  ');
    slide.addText(footer, {
      ...muted,
      x: 0.4,
      y: 5.2,
      w: 9.2,
      h: 0.35,
      fontSize: MIN_SLIDE_PT,
      valign: 'top',
      fit: 'shrink',
    });
    slide.addNotes(speakerNotes(spec, lang, item.addedAt, item.note));
  }

  const bytes = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
