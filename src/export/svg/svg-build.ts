import { SVG_NS } from '../export-style.ts';

/** Tiny helpers for building SVG by hand with a given Document (jsdom in tests, the page in the browser). */

export type Attrs = Record<string, string | number | undefined>;

export function svgEl<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Attrs = {},
  children: (Node | string)[] = [],
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(key, String(value));
  el.append(...children);
  return el;
}

/** Rounds for attribute output; the export does not need sub-hundredth precision. */
export function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function numericAttr(el: Element, name: string): number | null {
  const n = Number.parseFloat(el.getAttribute(name) ?? '');
  return Number.isFinite(n) ? n : null;
}

/** [minX, minY, width, height] from viewBox, else from width/height. */
export function viewBoxOf(
  svg: Element,
  fallbackWidth: number,
  fallbackHeight: number,
): [number, number, number, number] {
  const parts = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (parts.length === 4 && parts.every(Number.isFinite) && (parts[2] ?? 0) > 0 && (parts[3] ?? 0) > 0) {
    return parts as [number, number, number, number];
  }
  return [0, 0, numericAttr(svg, 'width') ?? fallbackWidth, numericAttr(svg, 'height') ?? fallbackHeight];
}
