/** Takes a Plot output apart: the chart <svg>, its HTML swatch legends and its SVG ramp legends. */

export interface LegendItem {
  label: string;
  color: string | null;
  /** Plot's own swatch <svg> (a square, or a symbol for symbol legends); redrawn when present. */
  swatch: SVGSVGElement | null;
}

/** A categorical legend given as data, for charts whose legend is drawn outside Plot. */
export interface LegendSpec {
  domain: readonly unknown[];
  range: readonly string[];
  format?: (value: unknown) => string;
}

export interface ChartParts {
  plot: SVGSVGElement;
  swatches: LegendItem[];
  hasSwatchLegend: boolean;
  ramps: SVGSVGElement[];
}

function hasClassSuffix(el: Element, suffix: string): boolean {
  return [...el.classList].some((c) => c.endsWith(suffix));
}

function isSvg(el: Element | null): el is SVGSVGElement {
  return el?.localName === 'svg';
}

function swatchItem(el: Element): LegendItem {
  const svg = [...el.children].find(isSvg) ?? null;
  const label = [...el.childNodes]
    .filter((n) => n !== svg)
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
  const paint =
    (svg?.getAttribute('fill') ?? 'none') !== 'none' ? svg?.getAttribute('fill') : svg?.getAttribute('stroke');
  return { label, color: paint ?? null, swatch: svg };
}

export function chartParts(chart: SVGSVGElement | HTMLElement): ChartParts {
  if (isSvg(chart)) return { plot: chart, swatches: [], hasSwatchLegend: false, ramps: [] };
  const svgs = [...chart.children].filter(isSvg);
  const ramps = svgs.filter((s) => hasClassSuffix(s, '-ramp'));
  const plot = svgs.filter((s) => !ramps.includes(s)).at(-1) ?? chart.querySelector('svg');
  if (!plot) throw new Error('No chart <svg> in the element to export');
  const swatchEls = [...chart.querySelectorAll('*')].filter((el) => hasClassSuffix(el, '-swatch'));
  const hasSwatchLegend = [...chart.querySelectorAll('*')].some((el) => hasClassSuffix(el, '-swatches'));
  return { plot, swatches: swatchEls.map(swatchItem), hasSwatchLegend, ramps };
}

type ScaleDescriptor = { type?: string; domain?: unknown[]; range?: unknown[] } | undefined;

/** Plot attaches `scale(name)` to the element it returns; categorical colours are domain[i] → range[i mod n]. */
export function colorScaleOf(chart: Element): LegendSpec | null {
  const scale = (chart as unknown as { scale?: (name: string) => ScaleDescriptor }).scale?.('color');
  if (!scale?.domain || !scale.range) return null;
  if (!['ordinal', 'categorical'].includes(scale.type ?? '')) return null;
  return { domain: scale.domain, range: scale.range.map(String) };
}

export function legendFromSpec(spec: LegendSpec): LegendItem[] {
  const format = spec.format ?? ((v: unknown) => String(v));
  return spec.domain.map((value, i) => ({
    label: format(value),
    color: spec.range.length ? (spec.range[i % spec.range.length] ?? null) : null,
    swatch: null,
  }));
}
