// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fontSizeOf, inheritedValue, layoutText, parseLength } from '../../src/export/svg/svg-text-layout.ts';

// Every character 0.5 em wide (bold 0.6 em), as in export-text-layout.test.ts: positions worked out by hand.
const measure = (text: string, size: number, weight: number) => [...text].length * size * (weight === 700 ? 0.6 : 0.5);

function svgWith(markup: string): Element {
  const div = document.createElement('div');
  div.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`;
  return div.querySelector('svg')!;
}
const textIn = (markup: string) => svgWith(markup).querySelector('text')!;
const layout = (markup: string) =>
  layoutText(textIn(markup), measure).map((r) => [r.text, Math.round(r.x * 100) / 100, Math.round(r.y * 100) / 100]);

describe('parseLength: every unit', () => {
  it('converts em, ex, pt, rem, % and px against the font size', () => {
    expect(parseLength('2em', 10)).toBe(20);
    expect(parseLength('2ex', 10)).toBe(10);
    expect(parseLength('3pt', 10)).toBe(4);
    expect(parseLength('2rem', 10)).toBe(32);
    expect(parseLength('50%', 12)).toBe(6);
    expect(parseLength('7px', 10)).toBe(7);
    expect(parseLength('2EM', 10)).toBe(20);
  });

  it('reads signs, leading dots, exponents and spaces, and gives 0 for anything else', () => {
    expect(parseLength('-1.5em', 10)).toBe(-15);
    expect(parseLength('+2', 10)).toBe(2);
    expect(parseLength('.5em', 10)).toBe(5);
    expect(parseLength('1e1', 10)).toBe(10);
    expect(parseLength('1.5e-1em', 10)).toBeCloseTo(1.5);
    expect(parseLength('  12  px ', 10)).toBe(12);
    expect(parseLength('12.', 10)).toBe(12);
    expect(parseLength('10 20', 10)).toBe(0);
    expect(parseLength('x12', 10)).toBe(0);
    expect(parseLength('12vw', 10)).toBe(0);
    expect(parseLength('', 10)).toBe(0);
  });
});

describe('font size and inherited properties', () => {
  it('inherits a font size, resolves em and % against the parent, and defaults to 16', () => {
    expect(fontSizeOf(textIn('<text>x</text>'))).toBe(16);
    expect(fontSizeOf(textIn('<g font-size="12"><text font-size="inherit">x</text></g>'))).toBe(12);
    expect(fontSizeOf(textIn('<g font-size="12"><text font-size="150%">x</text></g>'))).toBe(18);
    expect(fontSizeOf(textIn('<g font-size="12"><text style="font-size: 0.5em">x</text></g>'))).toBe(6);
    expect(fontSizeOf(textIn('<g font-size="12"><text font-size="9pt">x</text></g>'))).toBe(12);
    // an unreadable size falls back to the parent's
    expect(fontSizeOf(textIn('<g font-size="12"><text font-size="large">x</text></g>'))).toBe(16);
    expect(fontSizeOf(null)).toBe(16);
  });

  it('takes inline style before the attribute, skips "inherit", and matches whole property names', () => {
    const text = textIn(
      '<g text-anchor="end" style="fill: red; text-anchor : middle"><text style="x-text-anchor: start; :bad" text-anchor="inherit">x</text></g>',
    );
    expect(inheritedValue(text, 'text-anchor')).toBe('middle');
    expect(inheritedValue(text, 'fill')).toBe('red');
    expect(inheritedValue(text, 'stroke')).toBeNull();
    expect(inheritedValue(null, 'fill')).toBeNull();
  });
});

describe('layoutText: where each run goes', () => {
  it('moves the pen by dx and dy, taking the first of a list of lengths', () => {
    expect(layout('<text x="10, 50" y="20 60" dx="2" dy="1em" font-size="10">ab</text>')).toEqual([['ab', 12, 30]]);
    expect(layout('<text x="10" y="20" dx="" font-size="10">ab</text>')).toEqual([['ab', 10, 20]]);
  });

  it('keeps one chunk across tspans without x or y, and anchors the whole of it', () => {
    // "ab" (10 px), dx 4, "cd" (10 px): 24 px centred on x = 40, so the chunk starts at 28
    expect(layout('<text x="40" y="5" font-size="10" text-anchor="middle">ab<tspan dx="4">cd</tspan></text>')).toEqual([
      ['ab', 28, 5],
      ['cd', 42, 5],
    ]);
  });

  it('starts a new chunk at a tspan with only y, keeping the pen where it was', () => {
    expect(layout('<text x="0" y="5" font-size="10" text-anchor="end">ab<tspan y="20">c</tspan></text>')).toEqual([
      ['ab', -10, 5],
      ['c', 5, 20],
    ]);
  });

  it('drops trailing spaces before anchoring, and leading spaces of the first text', () => {
    // "ab" ends at x = 40 once its trailing spaces are dropped
    expect(layout('<text x="40" font-size="10" text-anchor="end">  ab   </text>')).toEqual([['ab', 30, 0]]);
  });

  it('keeps spaces under white-space: pre and xml:space="preserve", tabs and newlines as spaces', () => {
    expect(layout('<g style="white-space: pre"><text font-size="10" text-anchor="end"> a\tb </text></g>')).toEqual([
      [' a b ', -25, 0],
    ]);
    expect(layout('<text xml:space="preserve" font-size="10"> a  b</text>')).toEqual([[' a  b', 0, 0]]);
  });

  it('collapses runs of spaces and drops newlines outside pre', () => {
    expect(layout('<text font-size="10">a \n  b</text>')).toEqual([['a b', 0, 0]]);
  });

  it('reads text inside a link and a tspan, and lists the tspans a run sits in', () => {
    const runs = layoutText(
      textIn('<text font-size="10"><a href="#x"><tspan fill="red">ab</tspan></a><rect/>c</text>'),
      measure,
    );
    expect(runs.map((r) => [r.text, r.x, r.tspans.map((t) => t.localName)])).toEqual([
      ['ab', 0, ['a', 'tspan']],
      ['c', 10, []],
    ]);
  });

  it('skips empty text and drops a run left empty by trimming', () => {
    expect(layout('<text font-size="10"><tspan>  </tspan>ab</text>')).toEqual([['ab', 0, 0]]);
    expect(layout('<text font-size="10"></text>')).toEqual([]);
  });

  it('shifts each baseline keyword by its own amount', () => {
    const y = (baseline: string) =>
      layout(`<text y="10" font-size="10" dominant-baseline="${baseline}">x</text>`)[0]![2];
    expect(['middle', 'hanging', 'text-before-edge', 'text-after-edge', 'ideographic', 'alphabetic'].map(y)).toEqual([
      12.7, 18, 18.8, 8.8, 8.8, 10,
    ]);
    expect(layout('<text y="10" font-size="10" alignment-baseline="mathematical">x</text>')[0]![2]).toBe(13.5);
  });

  it('measures bold runs as bold', () => {
    const runs = layoutText(textIn('<text font-size="10" font-weight="700">ab<tspan>c</tspan></text>'), measure);
    expect(runs.map((r) => [r.text, r.x, r.weight])).toEqual([
      ['ab', 0, 700],
      ['c', 12, 700],
    ]);
  });
});
