import * as Plot from '@observablehq/plot';
import type { ChartSpec } from '../charts/spec.ts';
import type { Lang } from '../i18n/lang.ts';
import { composeExportSvg, serializeSvg, type ComposeOptions } from './svg/compose-svg.ts';
import type { FontLoader } from './svg/font-set.ts';
import { blobToDataUrl, svgToPng, type PngPreset } from './raster/png.ts';
import { thinTicksToFit } from './slide-ticks.ts';

/** Everything one export needs; the pipeline below is what the menu runs, callable without React. */
export interface ExportSource {
  chart: SVGSVGElement | HTMLElement;
  spec: ChartSpec;
  lang: Lang;
  exportedAt: Date;
  /** Default: the bundled font assets. Tests pass a filesystem loader. */
  loadFont?: FontLoader;
  /** 'paths' (default) looks the same everywhere; 'text' stays editable but needs the fonts installed. */
  text?: 'paths' | 'text';
}

export async function exportSvg(src: ExportSource, compose: Partial<ComposeOptions> = {}): Promise<SVGSVGElement> {
  const svg = composeExportSvg(src.chart, src.spec, { lang: src.lang, exportedAt: src.exportedAt, ...compose });
  if (src.text !== 'text') {
    // Lazy: the slice table and opentype.js are only needed once someone exports.
    const { textToPaths } = await import('./svg/text-to-paths.ts');
    await textToPaths(svg, src.loadFont ? { loadFont: src.loadFont } : {});
  }
  return svg;
}

export async function exportSvgMarkup(src: ExportSource): Promise<string> {
  return serializeSvg(await exportSvg(src));
}

/** A deck slide carries title, caption and the synthetic badge as slide text, so its image is the chart alone. */
function composeFor(preset: PngPreset): Partial<ComposeOptions> {
  return preset === 'deck' ? { frame: 'chart', badge: false } : {};
}

/**
 * The chart drawn afresh for a slide: narrower than on screen and with larger text, so that once scaled into the
 * slide's chart box (scaled about 1.8×) its axis text comes near 12 pt on a 1920×1080 slide (18 px × 1.8 ≈ 32 px).
 */
export const SLIDE_CHART = { width: 760, height: 320, fontSize: 18 };

function slideChart(src: ExportSource): SVGSVGElement | HTMLElement {
  const doc = src.chart.ownerDocument;
  const { plot } = src.spec;
  const room = SLIDE_CHART.width - (plot.marginLeft ?? 40) - (plot.marginRight ?? 20);
  const chart = Plot.plot({
    ...plot,
    ...(plot.x ? { x: thinTicksToFit(plot.x, room, SLIDE_CHART.fontSize) } : {}),
    width: SLIDE_CHART.width,
    height: SLIDE_CHART.height,
    // read by marks that fit their labels to the text size (charts/log-axis.ts); the export drops the root's style
    style: { ...(typeof plot.style === 'object' ? plot.style : {}), fontSize: `${SLIDE_CHART.fontSize}px` },
    document: doc,
  }) as SVGSVGElement | HTMLElement;
  // Plot sets its font size in a <style> the export drops, and the export keeps the chart's children, not its
  // root: so the size goes on each top-level group, where text marks without their own size inherit it.
  const svgs = chart.localName === 'svg' ? [chart] : [...chart.querySelectorAll('svg')];
  for (const svg of svgs)
    for (const child of svg.children)
      if (!child.hasAttribute('font-size')) child.setAttribute('font-size', String(SLIDE_CHART.fontSize));
  return chart;
}

export async function exportPng(src: ExportSource, preset: PngPreset): Promise<Blob> {
  const chart = preset === 'deck' ? slideChart(src) : src.chart;
  const svg = await exportSvg({ ...src, chart, text: 'paths' }, composeFor(preset));
  return svgToPng(svg, preset, src.chart.ownerDocument);
}

/** What the deck keeps: the full export SVG, and the chart-only image at slide resolution. */
export async function exportDeckEntry(
  src: ExportSource,
): Promise<{ spec: ChartSpec; svgMarkup: string; pngDataUrl: string }> {
  const [svgMarkup, png] = await Promise.all([exportSvgMarkup(src), exportPng(src, 'deck')]);
  return { spec: src.spec, svgMarkup, pngDataUrl: await blobToDataUrl(png) };
}
