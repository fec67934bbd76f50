import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/export/svg/text-wrap.ts';
import { estimateTextWidth } from '../../src/lib/text-width.ts';

// Widths worked out by hand from the estimate's classes: wide (CJK, Hangul, fullwidth, emoji) 1 em, space 0.26 em,
// narrow Latin (i l . , …) 0.32 em, capitals, digits and m/w 0.68 em, other Latin 0.58 em; bold ×1.06.

describe('estimateTextWidth: the width classes', () => {
  it('gives each class its width at 10 px: 日 10, space 2.6, i 3.2, M 6.8, a 5.8; bold ×1.06', () => {
    expect(estimateTextWidth('日', 10)).toBe(10);
    expect(estimateTextWidth(' ', 10)).toBeCloseTo(2.6, 10);
    expect(estimateTextWidth('i', 10)).toBeCloseTo(3.2, 10);
    expect(estimateTextWidth('M', 10)).toBeCloseTo(6.8, 10);
    expect(estimateTextWidth('7', 10)).toBeCloseTo(6.8, 10);
    expect(estimateTextWidth('a', 10)).toBeCloseTo(5.8, 10);
    expect(estimateTextWidth('日', 10, true)).toBeCloseTo(10.6, 10);
    expect(estimateTextWidth('', 10)).toBe(0);
  });

  it('adds the characters up: "日本 ai" at 20 px is 2 + 0.26 + 0.58 + 0.32 em = 63.2 px', () => {
    expect(estimateTextWidth('日本 ai', 20)).toBeCloseTo(63.2, 10);
  });

  // Each wide range at both ends (1 em) and one code point outside each end (0.58 em: none of those is narrow,
  // a capital or a digit).
  const wideRanges: [number, number][] = [
    [0x1100, 0x115f],
    [0x2190, 0x21ff],
    [0x2e80, 0xa4cf],
    [0xac00, 0xd7a3],
    [0xf900, 0xfaff],
    [0xfe30, 0xfe4f],
    [0xff00, 0xff60],
    [0xffe0, 0xffe6],
  ];
  for (const [lo, hi] of wideRanges) {
    const hex = (n: number) => `U+${n.toString(16).toUpperCase()}`;
    it(`counts ${hex(lo)}–${hex(hi)} as wide at both ends and narrow just outside`, () => {
      const w = (cp: number) => estimateTextWidth(String.fromCodePoint(cp), 10);
      expect([w(lo - 1), w(lo), w(hi), w(hi + 1)].map((x) => Math.round(x * 10) / 10)).toEqual([5.8, 10, 10, 5.8]);
    });
  }

  it('counts U+1F000 and above (emoji) as wide, U+1EFFF not', () => {
    expect(estimateTextWidth(String.fromCodePoint(0x1f000), 10)).toBe(10);
    expect(estimateTextWidth('😀', 10)).toBe(10);
    expect(estimateTextWidth(String.fromCodePoint(0x1efff), 10)).toBeCloseTo(5.8, 10);
  });
});

describe('wrapText: where lines break', () => {
  it('keeps a line that fits exactly, breaks one that does not', () => {
    expect(wrapText('日本語', 30, 10)).toEqual(['日本語']);
    expect(wrapText('日本語', 29.9, 10)).toEqual(['日本', '語']);
  });

  it('is not bold unless asked: 日本 bold is 21.2 px, too wide for 20', () => {
    expect(wrapText('日本', 20, 10)).toEqual(['日本']);
    expect(wrapText('日本', 20, 10, true)).toEqual(['日', '本']);
  });

  it('breaks Latin between words and drops the space at the break', () => {
    // "ab" 11.6, "ab cd" 11.6 + 2.6 + 11.6 = 25.8
    expect(wrapText('ab cd', 20, 10)).toEqual(['ab', 'cd']);
    expect(wrapText('ab cd', 26, 10)).toEqual(['ab cd']);
    expect(wrapText('ab  cd ', 20, 10)).toEqual(['ab', 'cd']);
  });

  it('measures a candidate line without its trailing space', () => {
    // "日本 " is 22.6 px with the space, 20 without: it fits in 20
    expect(wrapText('日本 ', 20, 10)).toEqual(['日本']);
    expect(wrapText('日 本', 20, 10)).toEqual(['日', '本']);
  });

  it('never starts a line with 。、」 or a small kana: they go with the character before', () => {
    expect(wrapText('日本。', 20, 10)).toEqual(['日', '本。']);
    expect(wrapText('あい、', 20, 10)).toEqual(['あ', 'い、']);
    expect(wrapText('日本っ', 20, 10)).toEqual(['日', '本っ']);
    expect(wrapText('日本)', 20, 10)).toEqual(['日', '本)']);
  });

  it('never ends a line with 「 or (: they go with the character after', () => {
    expect(wrapText('日「本」', 30, 10)).toEqual(['日', '「本」']);
    expect(wrapText('日本(a)', 20, 10)).toEqual(['日本', '(a)']);
  });

  it('keeps an opening bracket at the very end of the text', () => {
    expect(wrapText('日本「', 30, 10)).toEqual(['日本「']);
    expect(wrapText('「', 30, 10)).toEqual(['「']);
  });

  it('does not glue a wide character to the Latin word before it, nor Latin to a wide character', () => {
    // units: "ab", "日", "本", "cd"
    expect(wrapText('ab日本cd', 22, 10)).toEqual(['ab日', '本cd']);
    expect(wrapText('日ab', 12, 10)).toEqual(['日', 'ab']);
  });

  it('starts a new word after a space, even in Latin', () => {
    expect(wrapText('a b', 6, 10)).toEqual(['a', 'b']);
  });

  it('keeps a paragraph break for \\n and for \\r\\n', () => {
    expect(wrapText('日\n本', 100, 10)).toEqual(['日', '本']);
    expect(wrapText('日\r\n本', 100, 10)).toEqual(['日', '本']);
    expect(wrapText('日\n\n本', 100, 10)).toEqual(['日', '', '本']);
  });

  it('cuts a word wider than the line between characters, as many as fit', () => {
    // M is 6.8 px: two fit in 14 (13.6), three do not (20.4)
    expect(wrapText('MMMMM', 14, 10)).toEqual(['MM', 'MM', 'M']);
    expect(wrapText('MMMMMM', 21, 10)).toEqual(['MMM', 'MMM']);
  });

  it('cuts at least one character per line even when one does not fit', () => {
    expect(wrapText('MMM', 3, 10)).toEqual(['M', 'M', 'M']);
  });

  it('cuts a long word that follows a short line on its own line', () => {
    expect(wrapText('ab MMMMM', 14, 10)).toEqual(['ab', 'MM', 'MM', 'M']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', 100, 10)).toEqual(['']);
  });
});
