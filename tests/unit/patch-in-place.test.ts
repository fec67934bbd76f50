// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { logHistogramChart } from '../../src/charts/log-histogram.ts';
import { patchInPlace } from '../../src/charts/patch-in-place.ts';
import type { BinRow } from '../../src/query/reports.ts';
import { reportContext } from '../fixtures/report-context.ts';

const ctx = reportContext({ datasetLabel: '合成データ', synthetic: true, drillHref: () => '#/q', source: 'test' });
const draw = (rows: BinRow[]) =>
  Plot.plot({ ...logHistogramChart(rows, 'duration_min', ctx).plot, width: 600 }) as SVGSVGElement & Plot.Plot;
const bins = (counts: number[]): BinRow[] =>
  [0, 60, 120, 720].slice(0, counts.length).map((lo, i) => ({ lo, accidents: counts[i]! }));

describe('a redraw in place (patchInPlace)', () => {
  it('turns the drawn histogram into the new one, node for node, keeping the same element', () => {
    const drawn = draw(bins([3, 17, 8, 1]));
    const next = draw(bins([4, 11, 19, 2]));
    const before = drawn.outerHTML;
    expect(patchInPlace(drawn, next)).toBe(true);
    expect(drawn.outerHTML).not.toBe(before);
    // the patched drawing serialises exactly as the new one: bar heights, titles, y ticks and all
    expect(drawn.outerHTML).toBe(next.outerHTML);
    const titles = [...drawn.querySelectorAll('g.hist-bar title')].map((t) => t.textContent);
    expect(titles.map((t) => t!.split(': ').pop())).toEqual(['4', '11', '19', '2']);
    // and its scales are the new drawing's (a y domain of 0–20 instead of 0–18 or so)
    expect(drawn.scale('y')!.domain).toEqual(next.scale('y')!.domain);
  });

  it('follows a new y axis when it has as many ticks (0–40 → 0–400), labels included', () => {
    const drawn = draw(bins([10, 40, 20, 5]));
    const next = draw(bins([100, 400, 200, 50]));
    const ticks = (el: Element) =>
      [...el.querySelectorAll('[data-mark="y-axis tick label"] text, g[aria-label="y-axis tick label"] text')].map(
        (t) => t.textContent,
      );
    expect(ticks(drawn)).not.toEqual(ticks(next));
    expect(patchInPlace(drawn, next)).toBe(true);
    expect(drawn.outerHTML).toBe(next.outerHTML);
  });

  it('leaves the drawing untouched and says so when the structure differs (a bin more)', () => {
    const drawn = draw(bins([3, 17, 8]));
    const before = drawn.outerHTML;
    expect(patchInPlace(drawn, draw(bins([3, 17, 8, 1])))).toBe(false);
    expect(drawn.outerHTML).toBe(before);
  });

  it('removes attributes the new drawing lacks, sets namespaced ones, and updates text', () => {
    const parse = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild!;
    };
    const a = parse('<svg><a href="#/a" tabindex="0"><rect height="5"></rect><title>a: 5</title></a></svg>');
    const b = parse('<svg><a href="#/b"><rect height="9" class="x"></rect><title>b: 9</title></a></svg>');
    b.firstElementChild!.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:title', 'b');
    expect(patchInPlace(a, b)).toBe(true);
    expect(a.outerHTML).toBe(b.outerHTML);
    expect(a.querySelector('a')!.hasAttribute('tabindex')).toBe(false);
    expect(a.querySelector('a')!.getAttributeNS('http://www.w3.org/1999/xlink', 'title')).toBe('b');
  });

  it('refuses a different element or a text where an element was', () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg><g><rect></rect></g></svg><svg><g><circle></circle></g></svg><svg><g>text</g></svg>';
    const [a, b, c] = [...host.children];
    expect(patchInPlace(a!, b!)).toBe(false);
    expect(patchInPlace(a!, c!)).toBe(false);
    expect(a!.outerHTML).toBe('<svg><g><rect></rect></g></svg>');
  });
});
