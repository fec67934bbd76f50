import { fontWeightOf, type FontWeight } from './font-slices.ts';

/**
 * Where the browser would put each piece of an SVG <text>: absolute x/y start new anchored chunks, dx/dy move
 * the pen, em lengths follow the inherited font size (Plot writes y="0.71em", dy="1em"). Enough of SVG text
 * layout for Plot's output and the export frame; no vertical writing, textLength or per-glyph positions.
 */

export type Measure = (text: string, fontSize: number, weight: FontWeight) => number;

export interface TextRun {
  text: string;
  /** Baseline start, after text-anchor. */
  x: number;
  y: number;
  fontSize: number;
  weight: FontWeight;
  /** The <tspan>s between the <text> and this run, outermost first: their paint applies to the run. */
  tspans: Element[];
}

const DEFAULT_FONT_SIZE = 16;

function styleProperty(el: Element, name: string): string | null {
  const style = el.getAttribute('style');
  if (!style) return null;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0 && declaration.slice(0, colon).trim() === name) return declaration.slice(colon + 1).trim();
  }
  return null;
}

/** A property from inline style or presentation attribute, looked up the ancestor chain as CSS inherits it. */
export function inheritedValue(el: Element | null, name: string): string | null {
  for (let node = el; node; node = node.parentElement) {
    const value = styleProperty(node, name) ?? node.getAttribute(name);
    if (value && value !== 'inherit') return value;
  }
  return null;
}

function ownValue(el: Element, name: string): string | null {
  return styleProperty(el, name) ?? el.getAttribute(name);
}

/** Length in px; em and % of the font size in effect, pt and ex converted. */
export function parseLength(value: string, fontSize: number): number {
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|em|ex|pt|rem|%)?\s*$/i.exec(value);
  if (!m?.[1]) return 0;
  const n = Number.parseFloat(m[1]);
  switch (m[2]?.toLowerCase()) {
    case 'em':
      return n * fontSize;
    case 'ex':
      return n * fontSize * 0.5;
    case 'pt':
      return (n * 4) / 3;
    case 'rem':
      return n * DEFAULT_FONT_SIZE;
    case '%':
      return (n / 100) * fontSize;
    default:
      return n;
  }
}

export function fontSizeOf(el: Element | null): number {
  if (!el) return DEFAULT_FONT_SIZE;
  const own = ownValue(el, 'font-size');
  if (!own || own === 'inherit') return fontSizeOf(el.parentElement);
  const parent = /em|%/.test(own) ? fontSizeOf(el.parentElement) : DEFAULT_FONT_SIZE;
  return parseLength(own, parent) || parent;
}

/** Offsets from the alphabetic baseline, in em, for Noto Sans JP's metrics. */
const BASELINE_SHIFT: Record<string, number> = {
  middle: 0.27,
  central: 0.38,
  mathematical: 0.35,
  hanging: 0.8,
  'text-before-edge': 0.88,
  'text-top': 0.88,
  'text-after-edge': -0.12,
  'text-bottom': -0.12,
  ideographic: -0.12,
};

function baselineShift(el: Element, fontSize: number): number {
  const value = inheritedValue(el, 'dominant-baseline') ?? ownValue(el, 'alignment-baseline');
  return (value ? (BASELINE_SHIFT[value] ?? 0) : 0) * fontSize;
}

function firstLength(el: Element, name: string, fontSize: number): number | null {
  const value = el.getAttribute(name);
  if (value == null || value.trim() === '') return null;
  return parseLength(value.trim().split(/[\s,]+/)[0] ?? '', fontSize);
}

function isPre(el: Element): boolean {
  return (
    inheritedValue(el, 'white-space')?.startsWith('pre') === true || inheritedValue(el, 'xml:space') === 'preserve'
  );
}

function normaliseSpace(text: string, pre: boolean): string {
  return pre ? text.replace(/[\n\r\t]/g, ' ') : text.replace(/[\n\r]/g, '').replace(/\s+/g, ' ');
}

interface Chunk {
  anchor: string;
  start: number;
  end: number;
  runs: TextRun[];
}

export function layoutText(text: Element, measure: Measure): TextRun[] {
  const chunks: Chunk[] = [];
  let x = 0;
  let y = 0;
  let chunk: Chunk | undefined;
  let seenText = false;
  const pre = isPre(text);

  const visit = (el: Element, tspans: Element[]): void => {
    const fontSize = fontSizeOf(el);
    const ax = firstLength(el, 'x', fontSize);
    const ay = firstLength(el, 'y', fontSize);
    if (ax != null) x = ax;
    if (ay != null) y = ay;
    x += firstLength(el, 'dx', fontSize) ?? 0;
    y += firstLength(el, 'dy', fontSize) ?? 0;
    if (!chunk || ax != null || ay != null) {
      chunk = { anchor: inheritedValue(el, 'text-anchor') ?? 'start', start: x, end: x, runs: [] };
      chunks.push(chunk);
    }
    for (const node of el.childNodes) {
      if (node.nodeType === 3) {
        let content = normaliseSpace(node.textContent ?? '', pre);
        if (!pre && !seenText) content = content.trimStart();
        if (!content) continue;
        seenText = true;
        const weight = fontWeightOf(inheritedValue(el, 'font-weight'));
        const current: Chunk = chunk;
        current.runs.push({ text: content, x, y: y + baselineShift(el, fontSize), fontSize, weight, tspans });
        x += measure(content, fontSize, weight);
        current.end = x;
      } else if (node.nodeType === 1 && ['tspan', 'a'].includes((node as Element).localName)) {
        visit(node as Element, [...tspans, node as Element]);
      }
    }
  };
  visit(text, []);

  const last = chunks.at(-1);
  const lastRun = last?.runs.at(-1);
  if (last && lastRun && !pre) {
    // Outside white-space: pre, SVG drops the element's trailing spaces; they must not count for text-anchor.
    const trimmed = lastRun.text.trimEnd();
    last.end -=
      measure(lastRun.text, lastRun.fontSize, lastRun.weight) - measure(trimmed, lastRun.fontSize, lastRun.weight);
    lastRun.text = trimmed;
  }

  const runs: TextRun[] = [];
  for (const c of chunks) {
    const width = c.end - c.start;
    const shift = c.anchor === 'middle' ? -width / 2 : c.anchor === 'end' ? -width : 0;
    for (const run of c.runs) if (run.text) runs.push({ ...run, x: run.x + shift });
  }
  return runs;
}
