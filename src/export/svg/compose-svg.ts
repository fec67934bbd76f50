import type { ChartSpec } from '../../charts/spec.ts';
import { formatDateTimeJst } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { chartParts, colorScaleOf, legendFromSpec, type LegendItem, type LegendSpec } from './chart-parts.ts';
import { BACKGROUND, FONT_STACK, INK, MUTED, RULE, SVG_NS, SYNTHETIC_RED } from '../export-style.ts';
import { safeIdPart } from '../filename.ts';
import { bareNote, bareSource } from '../provenance-text.ts';
import { r2, svgEl, viewBoxOf, type Attrs } from './svg-build.ts';
import { makePaintExplicit, normaliseIds, removeStyleElements, removeTips, unwrapLinks } from './svg-clean.ts';
import { drawLegend } from './svg-legend.ts';
import { translate } from '../../i18n/t.ts';
import { estimateTextWidth } from '../../lib/text-width.ts';
import { wrapText } from './text-wrap.ts';

export { serializeSvg } from './serialize-svg.ts';

export interface ComposeOptions {
  lang: Lang;
  exportedAt: Date;
  /** Total width of the export; the chart is scaled to fit. Default: the chart's own width plus margins. */
  width?: number;
  /** Total height; the chart is scaled down to fit what the header and footer leave. */
  height?: number;
  document?: Document;
  /** 'chart' leaves out title, subtitle and footer: for slides, which carry those as native text. */
  frame?: 'full' | 'chart';
  /** A categorical legend as data; false for none. Default: Plot's swatch legend as drawn on the page. */
  legend?: LegendSpec | false;
  /** false leaves out the synthetic badge: a slide carries its own, as slide text. */
  badge?: boolean;
}

const PAD = 24;
const GAP = 12;
const TITLE = { size: 20, line: 26 };
const SUBTITLE = { size: 13, line: 19 };
const FOOTER = { size: 11, line: 16 };
const BADGE = { size: 12, height: 22, padX: 8 };

/** Baseline that centres a line of text in a line box of the given height. */
function baseline(top: number, line: number, size: number): number {
  return r2(top + (line + size * 0.76) / 2);
}

function legendItems(chart: Element, parts: ReturnType<typeof chartParts>, legend: ComposeOptions['legend']) {
  if (legend === false) return [];
  if (legend) return legendFromSpec(legend);
  const fromScale = parts.hasSwatchLegend ? colorScaleOf(chart) : null;
  if (parts.swatches.length === 0) return fromScale ? legendFromSpec(fromScale) : [];
  // What the page showed wins (labels may come from a legend tickFormat); the scale only fills missing colours.
  return parts.swatches.map((item, i): LegendItem => {
    const color = item.color ?? (fromScale?.range.length ? fromScale.range[i % fromScale.range.length] : null);
    return { ...item, color: color ?? null };
  });
}

/** Sources, notes and the export date: one entry each, before line breaking. */
function footerTexts(spec: ChartSpec, lang: Lang, exportedAt: Date): string[] {
  return [
    ...spec.sources.map((source) => translate(lang, 'export.svg.source', { source: bareSource(source) })),
    ...spec.notes.map((note) => translate(lang, 'export.svg.note', { note: bareNote(note) })),
    translate(lang, 'export.svg.exportedAt', { date: formatDateTimeJst(exportedAt, lang) }),
  ];
}

/** The Plot chart as a group, scaled from its viewBox into width × height at (x, y). */
function chartGroup(plot: SVGSVGElement, x: number, y: number, scale: number, idPrefix: string): SVGGElement {
  const doc = plot.ownerDocument;
  const [vx, vy] = viewBoxOf(plot, 640, 400);
  const g = doc.createElementNS(SVG_NS, 'g');
  for (const attr of plot.attributes) {
    if (
      !['width', 'height', 'viewBox', 'class', 'style', 'font-family'].includes(attr.name) &&
      !attr.name.startsWith('xmlns')
    ) {
      g.setAttribute(attr.name, attr.value);
    }
  }
  const offset = vx || vy ? ` translate(${r2(-vx)},${r2(-vy)})` : '';
  g.setAttribute('transform', `translate(${r2(x)},${r2(y)})${scale === 1 ? '' : ` scale(${scale})`}${offset}`);
  // Plot's stylesheet sets white-space: pre on text; its <style> is dropped, so inline what it meant.
  g.setAttribute('style', 'white-space: pre');
  for (const child of plot.childNodes) g.append(child.cloneNode(true));
  removeStyleElements(g);
  removeTips(g);
  unwrapLinks(g);
  normaliseIds(g, idPrefix);
  return g;
}

/**
 * A standalone SVG of a chart: title, subtitle, legend, chart, sources, notes and export date, plus a visible
 * synthetic-data label when the spec says so. Colours are explicit and ids namespaced, so it renders the same
 * outside the page. Text stays <text>; run textToPaths on the result to make it independent of installed fonts.
 */
export function composeExportSvg(
  chart: SVGSVGElement | HTMLElement,
  spec: ChartSpec,
  opts: ComposeOptions,
): SVGSVGElement {
  const doc = opts.document ?? chart.ownerDocument;
  const { lang } = opts;
  const full = opts.frame !== 'chart';
  const parts = chartParts(chart);
  const [, , plotW, plotH] = viewBoxOf(parts.plot, 640, 400);
  const naturalW = Number.parseFloat(parts.plot.getAttribute('width') ?? '') || plotW;
  const naturalH = Number.parseFloat(parts.plot.getAttribute('height') ?? '') || plotH;
  const width = opts.width ?? Math.max(naturalW + 2 * PAD, 360);
  const inner = width - 2 * PAD;
  const prefix = `jiko-${safeIdPart(spec.id)}`;
  const body: Element[] = [];
  let y = PAD;

  let badgeW = 0;
  const badge = spec.synthetic && opts.badge !== false;
  if (badge) {
    const label = translate(lang, 'export.synthetic');
    badgeW = r2(estimateTextWidth(label, BADGE.size, true) + 2 * BADGE.padX);
    const top = full ? PAD + (TITLE.line - BADGE.height) / 2 : PAD;
    body.push(
      svgEl(doc, 'g', { 'aria-label': label, transform: `translate(${r2(width - PAD - badgeW)},${r2(top)})` }, [
        svgEl(doc, 'rect', { width: badgeW, height: BADGE.height, rx: 3, fill: SYNTHETIC_RED }),
        svgEl(
          doc,
          'text',
          {
            x: r2(badgeW / 2),
            y: baseline(0, BADGE.height, BADGE.size),
            'text-anchor': 'middle',
            'font-size': BADGE.size,
            'font-weight': 700,
            fill: BACKGROUND,
          },
          [label],
        ),
      ]),
    );
  }

  /** A left-aligned line of frame text at the current y; advances y by the line height. */
  const textLine = (text: string, style: { size: number; line: number }, attrs: Attrs) => {
    body.push(
      svgEl(doc, 'text', { x: PAD, y: baseline(y, style.line, style.size), 'font-size': style.size, ...attrs }, [text]),
    );
    y += style.line;
  };

  if (full) {
    const titleWidth = badgeW ? inner - badgeW - GAP : inner;
    for (const line of wrapText(spec.title, titleWidth, TITLE.size, true))
      textLine(line, TITLE, { 'font-weight': 700, fill: INK });
    for (const line of spec.subtitle ? wrapText(spec.subtitle, inner, SUBTITLE.size) : [])
      textLine(line, SUBTITLE, { fill: MUTED });
    y += GAP;
  } else if (badge) {
    y += BADGE.height + GAP / 2;
  }

  const items = legendItems(chart, parts, opts.legend);
  if (items.length || parts.ramps.length) {
    const legend = drawLegend(doc, items, parts.ramps, PAD, y, inner);
    normaliseIds(legend.node, `${prefix}-legend`);
    body.push(legend.node);
    y += legend.height + GAP / 2;
  }

  const footerText = full ? footerTexts(spec, lang, opts.exportedAt) : [];
  const footer = footerText.flatMap((text) => wrapText(text, inner, FOOTER.size));
  const footerH = footer.length ? GAP + 1 + GAP / 2 + footer.length * FOOTER.line : 0;
  const availH = opts.height ? opts.height - y - footerH - PAD : Infinity;
  const scale = Math.max(0.05, Math.min(inner / naturalW, availH / naturalH, opts.width ? Infinity : 1));
  const chartW = naturalW * scale;
  const chartH = naturalH * scale;
  const chartY = Number.isFinite(availH) ? y + Math.max(0, (availH - chartH) / 2) : y;
  body.push(
    chartGroup(parts.plot, PAD + (inner - chartW) / 2, chartY, r2(scale * (naturalW / plotW)), `${prefix}-chart`),
  );
  y = Number.isFinite(availH) ? y + availH : y + chartH;

  if (footer.length) {
    y += GAP;
    body.push(svgEl(doc, 'line', { x1: PAD, x2: width - PAD, y1: r2(y), y2: r2(y), stroke: RULE }));
    y += 1 + GAP / 2;
    for (const line of footer) textLine(line, FOOTER, { fill: MUTED });
  }
  const height = opts.height ?? r2(y + PAD);

  const description = [
    spec.subtitle,
    items.map((item) => item.label).join(', '),
    ...footerText,
    spec.synthetic ? translate(lang, 'export.synthetic') : '',
  ].filter(Boolean);
  const root = svgEl(
    doc,
    'svg',
    {
      width: r2(width),
      height,
      viewBox: `0 0 ${r2(width)} ${height}`,
      role: 'img',
      'aria-labelledby': `${prefix}-title ${prefix}-desc`,
      'font-family': FONT_STACK,
      'font-size': 10,
      fill: INK,
    },
    [
      svgEl(doc, 'title', { id: `${prefix}-title` }, [spec.title]),
      svgEl(doc, 'desc', { id: `${prefix}-desc` }, [description.join('\n')]),
      svgEl(doc, 'rect', { width: r2(width), height, fill: BACKGROUND }),
      ...body,
    ],
  );
  makePaintExplicit(root, INK, BACKGROUND);
  return root;
}
