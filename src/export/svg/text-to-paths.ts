import type { FontLoader, FontSet } from './font-set.ts';
import { fontSetFor } from './font-set.ts';
import { fontWeightOf, type FontWeight } from './font-slices.ts';
import { SVG_NS } from '../export-style.ts';
import { pathData, type PathCommand } from './path-data.ts';
import { inheritedValue, layoutText, type TextRun } from './svg-text-layout.ts';

export type { FontLoader } from './font-set.ts';

export interface TextToPathsOptions {
  /** Where the WOFF slices come from. Default: the app's bundled same-origin assets (browser only). */
  loadFont?: FontLoader;
}

/** Attributes that only mean something to text layout; paint, opacity, transform, class and aria stay. */
const TEXT_ONLY = new Set([
  'x',
  'y',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'letter-spacing',
  'word-spacing',
  'text-decoration',
  'writing-mode',
  'xml:space',
]);

function copyAttributes(from: Element, to: Element): void {
  for (const attr of from.attributes) if (!TEXT_ONLY.has(attr.name)) to.setAttribute(attr.name, attr.value);
}

function textNodesOf(text: Element): Text[] {
  const out: Text[] = [];
  const walk = (el: Element) => {
    for (const node of el.childNodes) {
      if (node.nodeType === 3) out.push(node as Text);
      else if (node.nodeType === 1 && ['tspan', 'a'].includes((node as Element).localName)) walk(node as Element);
    }
  };
  walk(text);
  return out;
}

function runPathData(fonts: FontSet, run: TextRun): string {
  let x = run.x;
  const commands: PathCommand[] = [];
  for (const { font, glyph, advance } of fonts.layout(run.text, run.weight)) {
    commands.push(...glyph.getPath(x, run.y, run.fontSize).commands);
    x += (advance * run.fontSize) / font.unitsPerEm;
  }
  // One pass over the whole run: relative commands only chain correctly within a single path.
  return pathData(commands);
}

function isAriaHidden(el: Element): boolean {
  return inheritedValue(el, 'aria-hidden') === 'true';
}

function replaceText(text: Element, fonts: FontSet): void {
  const doc = text.ownerDocument;
  const runs = layoutText(text, (s, size, weight) => fonts.measure(s, size, weight));
  const paths = runs.flatMap((run) => {
    const d = runPathData(fonts, run);
    if (!d) return [];
    const path = doc.createElementNS(SVG_NS, 'path');
    for (const tspan of run.tspans) copyAttributes(tspan, path);
    path.setAttribute('d', d);
    return [path];
  });
  const single = paths.length === 1 && runs[0]?.tspans.length === 0 ? paths[0] : undefined;
  const out = single ?? doc.createElementNS(SVG_NS, 'g');
  copyAttributes(text, out);
  if (!single) out.append(...paths);
  // The words stay findable by assistive technology, since the glyphs are now only outlines.
  const label = textNodesOf(text)
    .map((n) => n.data)
    .join('')
    .trim();
  if (label && !isAriaHidden(text) && !out.hasAttribute('aria-label')) out.setAttribute('aria-label', label);
  for (const title of text.querySelectorAll(':scope > title')) out.prepend(title);
  text.replaceWith(out);
}

/**
 * Replaces every <text> under root with <path> outlines set in Noto Sans JP (400 or 700), so the file looks the
 * same where that font is not installed. Only the slices whose unicode-range covers the characters are loaded.
 */
export async function textToPaths(root: Element, opts: TextToPathsOptions = {}): Promise<void> {
  const texts = [...root.querySelectorAll('text')];
  if (texts.length === 0) return;
  const loader = opts.loadFont ?? (await import('./font-assets.ts')).loadBundledFont;
  const fonts = fontSetFor(loader);
  const needed = new Map<FontWeight, string>();
  for (const text of texts) {
    for (const node of textNodesOf(text)) {
      const weight = fontWeightOf(inheritedValue(node.parentElement, 'font-weight'));
      needed.set(weight, (needed.get(weight) ?? '') + node.data);
    }
  }
  await Promise.all([...needed].map(([weight, chars]) => fonts.ensure(chars, weight)));
  for (const text of texts) replaceText(text, fonts);
}
