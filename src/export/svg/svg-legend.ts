import type { LegendItem } from './chart-parts.ts';
import { INK } from '../export-style.ts';
import { r2, svgEl, viewBoxOf } from './svg-build.ts';
import { estimateTextWidth } from '../../lib/text-width.ts';

const FONT_SIZE = 12;
const ROW = 20;
const SWATCH = 12;
const LABEL_GAP = 6;
const ITEM_GAP = 18;
const RAMP_GAP = 8;

/** A Plot swatch redrawn at the legend's size; nested <svg> keeps Plot's width="100%" rects meaningful. */
function swatchNode(doc: Document, item: LegendItem, x: number, y: number): SVGElement {
  if (!item.swatch) return svgEl(doc, 'rect', { x, y, width: SWATCH, height: SWATCH, fill: item.color ?? INK });
  const [vx, vy, vw, vh] = viewBoxOf(item.swatch, 15, 15);
  const nested = item.swatch.cloneNode(true) as SVGSVGElement;
  for (const attr of ['class', 'style']) nested.removeAttribute(attr);
  nested.setAttribute('viewBox', `${vx} ${vy} ${vw} ${vh}`);
  nested.setAttribute('x', String(x));
  nested.setAttribute('y', String(y));
  nested.setAttribute('width', String(SWATCH));
  nested.setAttribute('height', String(SWATCH));
  nested.setAttribute('overflow', 'visible');
  return nested;
}

/**
 * Swatches with labels in rows that wrap at maxWidth, then Plot's ramp legends (already SVG) below them.
 * Returns the group, positioned at (x, y), and its height.
 */
export function drawLegend(
  doc: Document,
  items: readonly LegendItem[],
  ramps: readonly SVGSVGElement[],
  x: number,
  y: number,
  maxWidth: number,
): { node: SVGGElement; height: number } {
  const g = svgEl(doc, 'g', { 'aria-label': 'legend', transform: `translate(${r2(x)},${r2(y)})` });
  let cx = 0;
  let top = 0;
  for (const item of items) {
    const width = SWATCH + LABEL_GAP + estimateTextWidth(item.label, FONT_SIZE);
    if (cx > 0 && cx + width > maxWidth) {
      cx = 0;
      top += ROW;
    }
    g.append(
      swatchNode(doc, item, cx, top + (ROW - SWATCH) / 2),
      svgEl(
        doc,
        'text',
        {
          x: r2(cx + SWATCH + LABEL_GAP),
          y: r2(top + (ROW + FONT_SIZE * 0.76) / 2),
          'font-size': FONT_SIZE,
          fill: INK,
        },
        [item.label],
      ),
    );
    cx += width + ITEM_GAP;
  }
  let height = items.length ? top + ROW : 0;
  for (const ramp of ramps) {
    const [, , vw, vh] = viewBoxOf(ramp, 240, 50);
    const nested = ramp.cloneNode(true) as SVGSVGElement;
    for (const attr of ['class', 'style', 'font-family']) nested.removeAttribute(attr);
    nested.setAttribute('x', '0');
    nested.setAttribute('y', String(height ? height + RAMP_GAP : 0));
    nested.setAttribute('overflow', 'visible');
    height += (height ? RAMP_GAP : 0) + (Number(nested.getAttribute('height')) || vh);
    if (!nested.getAttribute('width')) nested.setAttribute('width', String(vw));
    g.append(nested);
  }
  return { node: g, height };
}
