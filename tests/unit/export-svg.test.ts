// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/spec.ts';
import { composeExportSvg, serializeSvg } from '../../src/export/svg/compose-svg.ts';
import { exportSvgMarkup } from '../../src/export/export-actions.ts';
import type { FontWeight } from '../../src/export/svg/font-slices.ts';
import { textToPaths } from '../../src/export/svg/text-to-paths.ts';

const FONT_DIR = 'node_modules/@fontsource/noto-sans-jp/files';
const loaded: string[] = [];
async function loadFont(slice: string, weight: FontWeight): Promise<ArrayBuffer> {
  loaded.push(`${slice}-${weight}`);
  const bytes = await readFile(`${FONT_DIR}/noto-sans-jp-${slice}-${weight}-normal.woff`);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const rows = [
  { fiscal_year: 2021, cause: '設備要因', n: 12 },
  { fiscal_year: 2021, cause: '人為要因', n: 5 },
  { fiscal_year: 2021, cause: '外的要因', n: 3 },
  { fiscal_year: 2022, cause: '設備要因', n: 9 },
  { fiscal_year: 2022, cause: '人為要因', n: 7 },
  { fiscal_year: 2022, cause: '外的要因', n: 2 },
];

const spec: ChartSpec = {
  id: 'cases-by-cause',
  title: '原因別の事故件数',
  subtitle: '合成サンプル · 2021–2022年度 · 全事業者',
  sources: ['総務省「電気通信サービスの事故発生状況」(令和4年度)'],
  notes: ['2015年度に報告基準が変わりました。'],
  synthetic: true,
  columns: [
    { key: 'fiscal_year', label: '年度' },
    { key: 'cause', label: '原因' },
    { key: 'n', label: '件数' },
  ],
  rows,
  plot: {
    width: 560,
    height: 280,
    x: { label: '年度', tickFormat: (d: number) => `${d}年度` },
    y: { grid: true, label: '件数' },
    color: { legend: true, domain: ['設備要因', '人為要因', '外的要因'] },
    marks: [Plot.barY(rows, { x: 'fiscal_year', y: 'n', fill: 'cause', clip: true }), Plot.ruleY([0])],
  },
};

const exportedAt = new Date('2026-11-23T07:08:00Z'); // 16:08 JST

function chart(): HTMLElement | SVGSVGElement {
  return Plot.plot({ ...spec.plot, document });
}

/** Like Plot's own snapshot harness: two decimals, one element per line. */
function normalise(markup: string): string {
  return markup.replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100)).replace(/></g, '>\n<');
}

describe('composeExportSvg', () => {
  it('frames a Plot figure with title, subtitle, legend, sources, notes, export date and synthetic label', async () => {
    const figure = chart();
    expect(figure.localName).toBe('figure'); // Plot puts the swatch legend in HTML next to the <svg>
    const markup = serializeSvg(composeExportSvg(figure, spec, { lang: 'ja', exportedAt, document }));
    await expect(normalise(markup)).toMatchFileSnapshot('./__snapshots__/export-compose.svg');

    expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(markup).toContain('>原因別の事故件数</text>');
    expect(markup).toContain('>合成サンプル · 2021–2022年度 · 全事業者</text>');
    for (const [label, color] of [
      ['設備要因', '#4269d0'],
      ['人為要因', '#efb118'],
      ['外的要因', '#ff725c'],
    ]) {
      expect(markup).toMatch(
        new RegExp(`fill="${color}"[^<]*>\\s*<rect[^>]*/>\\s*</svg>\\s*<text[^>]*>${label}</text>`),
      );
    }
    expect(markup).toContain('>出典: 総務省「電気通信サービスの事故発生状況」(令和4年度)</text>');
    expect(markup).toContain('>注: 2015年度に報告基準が変わりました。</text>');
    expect(markup).toContain('>jiko から書き出し: 2026/11/23 16:08 JST</text>');
    expect(markup).toContain('>合成データ / SYNTHETIC DATA</text>');
    expect(markup).not.toMatch(/currentColor/i);
    expect(markup).not.toContain('var(--');
    expect(markup).not.toContain('<style');
    expect(markup).not.toContain('plot-clip');
    expect(markup).toMatch(/<clipPath id="jiko-cases-by-cause-chart-1"/);
    expect(markup).toContain('clip-path="url(#jiko-cases-by-cause-chart-1)"');
    expect(markup).toContain("font-family=\"'Noto Sans JP'");
  });

  it('leaves the synthetic label out of public data and localises the footer', () => {
    const markup = serializeSvg(
      composeExportSvg(
        chart(),
        { ...spec, synthetic: false, sources: ['Source: MIC white paper'], notes: ['注: 部分的'] },
        { lang: 'en', exportedAt, document },
      ),
    );
    expect(markup).not.toContain('SYNTHETIC');
    expect(markup).toContain('>Exported from jiko: Nov 23, 2026, 16:08 JST</text>');
    expect(markup).toContain('>Source: MIC white paper</text>'); // the spec's own label is not doubled
    expect(markup).toContain('>Note: 部分的</text>');
  });

  it('takes a bare <svg> and a legend given as data, and fits a requested size', () => {
    const bare = Plot.plot({ ...spec.plot, color: { legend: false }, document });
    expect(bare.localName).toBe('svg');
    const svg = composeExportSvg(bare, spec, {
      lang: 'ja',
      exportedAt,
      width: 1000,
      height: 500,
      legend: { domain: ['a', 'b'], range: ['#111111', '#222222'], format: (v) => `項目${String(v)}` },
    });
    expect(svg.getAttribute('width')).toBe('1000');
    expect(svg.getAttribute('height')).toBe('500');
    expect(serializeSvg(svg)).toContain('>項目b</text>');
  });

  it('leaves out title and footer for the slide image, but keeps the synthetic label', () => {
    const markup = serializeSvg(composeExportSvg(chart(), spec, { lang: 'ja', exportedAt, frame: 'chart' }));
    expect(markup).not.toContain('>原因別の事故件数</text>');
    expect(markup).not.toContain('>出典:');
    expect(markup).toContain('>合成データ / SYNTHETIC DATA</text>');
    expect(markup).toContain('>設備要因</text>');
  });

  it('leaves out a Plot tip that was showing when the chart was exported', () => {
    // Plot draws a tip as <g aria-label="tip"> (jsdom cannot lay one out: no getBBox); chart-a11y.ts may have
    // moved that label to data-mark by the time of export
    const live = chart();
    const svg = live.localName === 'svg' ? live : [...live.querySelectorAll('svg')].at(-1)!;
    for (const attr of ['aria-label', 'data-mark']) {
      const tip = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      tip.setAttribute(attr, 'tip');
      tip.innerHTML = `<text>ツールチップ ${attr}</text>`;
      svg.append(tip);
    }
    const markup = serializeSvg(composeExportSvg(live, spec, { lang: 'ja', exportedAt, document }));
    expect(markup).not.toContain('ツールチップ');
    expect(markup).toContain('>設備要因</text>');
  });
});

/** Horizontal extent of relative path data (m/l/q/c/z, as text-to-paths writes it). */
function xRange(d: string): [number, number] {
  const xs: number[] = [];
  let [cx, cy, sx, sy] = [0, 0, 0, 0];
  for (const [, cmd, args] of d.matchAll(/([mlqcz])([^mlqcz]*)/g)) {
    if (cmd === 'z') {
      [cx, cy] = [sx, sy];
      continue;
    }
    const n = (args?.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < n.length; i += 2) xs.push(cx + (n[i] ?? 0));
    [cx, cy] = [cx + (n.at(-2) ?? 0), cy + (n.at(-1) ?? 0)];
    if (cmd === 'm') [sx, sy] = [cx, cy];
  }
  return [Math.min(...xs), Math.max(...xs)];
}

describe('textToPaths', () => {
  it('turns every <text> into Noto Sans JP outlines, loading only the slices it needs', async () => {
    loaded.length = 0;
    const svg = composeExportSvg(chart(), spec, { lang: 'ja', exportedAt, document });
    await textToPaths(svg, { loadFont });
    const markup = serializeSvg(svg);

    expect(svg.querySelectorAll('text, tspan')).toHaveLength(0);
    expect(svg.querySelectorAll('path[d]').length).toBeGreaterThan(30);
    expect(markup).not.toContain('NaN');
    // The title is still there for search and assistive technology.
    expect(svg.querySelector('title')?.textContent).toBe('原因別の事故件数');
    expect(svg.querySelector('desc')?.textContent).toContain('出典: 総務省');

    const title = svg.querySelector('path[aria-label="原因別の事故件数"]');
    expect(title?.getAttribute('font-weight')).toBeNull();
    const [left, right] = xRange(title?.getAttribute('d') ?? '');
    expect(left).toBeGreaterThanOrEqual(24);
    expect(right - left).toBeGreaterThan(150); // 8 full-width glyphs at 20 px
    expect(right - left).toBeLessThan(165);

    // text-anchor="middle": the x-axis label 年度 sits centred on its anchor (translate(290,250) + 0.5).
    const axisLabel = svg.querySelector('[aria-label="x-axis label"] path[aria-label="年度"]');
    const [l2, r2] = xRange(axisLabel?.getAttribute('d') ?? '');
    expect(Math.abs((l2 + r2) / 2)).toBeLessThan(1.5);

    expect(loaded).toContain('latin-400');
    expect(loaded.some((s) => s.endsWith('-700'))).toBe(true); // the bold title and badge
    expect(loaded.length).toBeLessThan(30);
    expect(new Set(loaded).size).toBe(loaded.length); // each slice fetched once
  });

  it('keeps text editable when asked', async () => {
    const markup = await exportSvgMarkup({ chart: chart(), spec, lang: 'ja', exportedAt, text: 'text' });
    expect(markup).toContain('>原因別の事故件数</text>');
  });
});
