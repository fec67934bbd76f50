// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fontSizeOf, layoutText, parseLength } from '../../src/export/svg/svg-text-layout.ts';

// Every character 0.5 em wide (bold 0.6 em): enough to check positions without fonts.
const measure = (text: string, size: number, weight: number) => [...text].length * size * (weight === 700 ? 0.6 : 0.5);

function textIn(markup: string): Element {
  const div = document.createElement('div');
  div.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`;
  const text = div.querySelector('text');
  if (!text) throw new Error('no text');
  return text;
}

describe('SVG text layout', () => {
  it('resolves em lengths against the inherited font size', () => {
    expect(parseLength('0.71em', 10)).toBeCloseTo(7.1);
    expect(parseLength('12pt', 10)).toBe(16);
    expect(parseLength('3', 10)).toBe(3);
    const text = textIn('<g font-size="10"><g style="font-size: 2em"><text>x</text></g></g>');
    expect(fontSizeOf(text)).toBe(20);
  });

  it('applies text-anchor to the chunk and Plot-style y="0.32em"', () => {
    const [run] = layoutText(
      textIn('<g font-size="10" text-anchor="end"><text y="0.32em" x="40">1234</text></g>'),
      measure,
    );
    expect(run).toMatchObject({ text: '1234', x: 20, fontSize: 10, weight: 400 });
    expect(run?.y).toBeCloseTo(3.2);
  });

  it('starts a new anchored chunk at each tspan with x, as Plot writes multi-line labels', () => {
    const runs = layoutText(
      textIn(
        '<g font-size="10" text-anchor="middle"><text><tspan x="0" y="0.71em">2021</tspan><tspan x="0" dy="1em">年度</tspan></text></g>',
      ),
      measure,
    );
    expect(runs.map((r) => [r.text, r.x, Math.round(r.y * 10) / 10])).toEqual([
      ['2021', -10, 7.1],
      ['年度', -5, 17.1],
    ]);
  });

  it('keeps the pen moving across runs of different weights and collapses spaces outside white-space: pre', () => {
    const runs = layoutText(
      textIn('<text x="10" y="20" font-size="10">  件数 <tspan font-weight="bold">合計</tspan>  </text>'),
      measure,
    );
    expect(runs.map((r) => [r.text, r.x, r.weight])).toEqual([
      ['件数 ', 10, 400],
      ['合計', 25, 700],
    ]);
  });

  it('shifts the baseline for dominant-baseline', () => {
    const [run] = layoutText(textIn('<text y="10" font-size="10" dominant-baseline="central">x</text>'), measure);
    expect(run?.y).toBeCloseTo(13.8);
  });
});
