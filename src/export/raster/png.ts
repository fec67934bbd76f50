import { serializeSvg } from '../svg/serialize-svg.ts';
import { DECK_CHART_BOX_PX, SLIDE_PX } from '../deck/slide-geometry.ts';

/**
 * 1x / 2x: the SVG's own size, doubled for 2x. slide: a 1920×1080 canvas, the export centred inside margins.
 * deck: the image for a .pptx slide, fitted to the slide's chart box at slide resolution.
 */
export type PngPreset = '1x' | '2x' | 'slide' | 'deck';

export interface RasterPlan {
  width: number;
  height: number;
  drawX: number;
  drawY: number;
  drawWidth: number;
  drawHeight: number;
}

function contain(w: number, h: number, boxW: number, boxH: number): number {
  return Math.min(boxW / w, boxH / h);
}

export function rasterPlan(svgWidth: number, svgHeight: number, preset: PngPreset): RasterPlan {
  if (preset === 'slide') {
    const s = contain(svgWidth, svgHeight, SLIDE_PX.width - 2 * SLIDE_PX.margin, SLIDE_PX.height - 2 * SLIDE_PX.margin);
    const drawWidth = Math.round(svgWidth * s);
    const drawHeight = Math.round(svgHeight * s);
    return {
      width: SLIDE_PX.width,
      height: SLIDE_PX.height,
      drawX: Math.round((SLIDE_PX.width - drawWidth) / 2),
      drawY: Math.round((SLIDE_PX.height - drawHeight) / 2),
      drawWidth,
      drawHeight,
    };
  }
  const s =
    preset === 'deck'
      ? contain(svgWidth, svgHeight, DECK_CHART_BOX_PX.width, DECK_CHART_BOX_PX.height)
      : preset === '2x'
        ? 2
        : 1;
  const width = Math.round(svgWidth * s);
  const height = Math.round(svgHeight * s);
  return { width, height, drawX: 0, drawY: 0, drawWidth: width, drawHeight: height };
}

/** Width and height of a root <svg>, from its attributes or else its viewBox. */
export function svgSize(svg: SVGSVGElement | string): { width: number; height: number } {
  const attr = (name: string): string | null =>
    typeof svg === 'string'
      ? (new RegExp(`<svg\\b[^>]*?\\s${name}="([^"]*)"`).exec(svg)?.[1] ?? null)
      : svg.getAttribute(name);
  const box = (attr('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number.parseFloat(attr('width') ?? '') || box[2] || 0;
  const height = Number.parseFloat(attr('height') ?? '') || box[3] || 0;
  if (!(width > 0 && height > 0)) throw new Error('The SVG has no size');
  return { width, height };
}

async function loadImage(url: string, doc: Document): Promise<HTMLImageElement> {
  const img = doc.createElement('img');
  await new Promise<void>((resolve, reject) => {
    img.addEventListener('load', () => resolve(), { once: true });
    img.addEventListener('error', () => reject(new Error('The SVG could not be drawn as an image')), { once: true });
    img.src = url;
  });
  return img;
}

/**
 * Rasterises a standalone SVG (element or markup) onto a white canvas and returns the PNG. Set text as paths
 * first: an SVG drawn as an image cannot use the page's web fonts, only the fonts installed on the machine.
 */
export async function svgToPng(
  svg: SVGSVGElement | string,
  preset: PngPreset = '1x',
  doc: Document = document,
): Promise<Blob> {
  const markup = typeof svg === 'string' ? svg : serializeSvg(svg);
  const { width, height } = svgSize(svg);
  const plan = rasterPlan(width, height, preset);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url, doc);
    const canvas = doc.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas in this browser');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, plan.width, plan.height);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(img, plan.drawX, plan.drawY, plan.drawWidth, plan.drawHeight);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(String(reader.result)));
    reader.addEventListener('error', () => reject(reader.error ?? new Error('The image could not be read')));
    reader.readAsDataURL(blob);
  });
}
