import { SVG_NS } from '../export-style.ts';

/** Makes cloned Plot markup standalone: no inherited colours, no page CSS, no ids that clash with the page. */

const PAINT_ATTRIBUTES = ['fill', 'stroke', 'color', 'stop-color', 'flood-color', 'lighting-color'];
const CSS_VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g;

function explicitValue(value: string, ink: string, background: string): string {
  return value
    .replace(/currentColor/gi, ink)
    .replace(CSS_VAR, (_, name: string, fallback?: string) =>
      name === '--plot-background' ? background : (fallback?.trim() ?? ink),
    );
}

/** currentColor and CSS variables only mean something inside the page; outside it they fall back to black. */
export function makePaintExplicit(root: Element, ink: string, background: string): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of PAINT_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, explicitValue(value, ink, background));
    }
    const style = el.getAttribute('style');
    if (style && /currentColor|var\(/i.test(style)) el.setAttribute('style', explicitValue(style, ink, background));
  }
}

/** Plot's <style> uses :where() selectors on generated class names; the export sets what it needs inline. */
export function removeStyleElements(root: Element): void {
  for (const style of root.querySelectorAll('style')) style.remove();
}

const URL_REF = /url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/g;

/** Renames every id to `<prefix>-<n>` in document order and rewrites url(#…) and href="#…" references. */
export function normaliseIds(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const el of root.querySelectorAll('[id]')) {
    const id = el.getAttribute('id');
    if (!id) continue;
    const next = `${prefix}-${renamed.size + 1}`;
    renamed.set(id, next);
    el.setAttribute('id', next);
  }
  if (renamed.size === 0) return;
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of el.attributes) {
      if (attr.name === 'href' || attr.name === 'xlink:href') {
        const target = attr.value.startsWith('#') ? renamed.get(attr.value.slice(1)) : undefined;
        if (target) attr.value = `#${target}`;
      } else if (attr.value.includes('url(')) {
        attr.value = attr.value.replace(URL_REF, (whole, id: string) => {
          const target = renamed.get(id);
          return target ? `url(#${target})` : whole;
        });
      }
    }
  }
}

/** In-app links (drill-downs) mean nothing in a file; keep what they wrap as a plain group. */
export function unwrapLinks(root: Element): void {
  for (const link of root.querySelectorAll('a')) {
    const g = link.ownerDocument.createElementNS(SVG_NS, 'g');
    for (const attr of link.attributes)
      if (!/(^|:)href$|^target$|^rel$/.test(attr.name)) g.setAttribute(attr.name, attr.value);
    g.append(...link.childNodes);
    link.replaceWith(g);
  }
}

/** A Plot tip shown at the moment of export is pointer state, not part of the chart (the page may have moved it to data-mark). */
export function removeTips(root: Element): void {
  for (const tip of root.querySelectorAll('g[aria-label="tip"], g[data-mark="tip"]')) tip.remove();
}
