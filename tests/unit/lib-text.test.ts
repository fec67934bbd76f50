import { describe, expect, it } from 'vitest';
import { decodeOrNull } from '../../src/lib/safe-decode.ts';
import { displaySafe, xmlSafe } from '../../src/lib/text-safety.ts';
import { estimateTextWidth, isWide } from '../../src/lib/text-width.ts';

/** Text helpers every view and export relies on, checked by hand at their edges. */
describe('decodeOrNull', () => {
  it('decodes an escape and answers null for a stray % or broken UTF-8, never throwing', () => {
    expect(decodeOrNull('%E4%BA%8B%E6%95%85')).toBe('事故');
    expect(decodeOrNull('a%20b')).toBe('a b');
    expect(decodeOrNull('100%')).toBeNull();
    expect(decodeOrNull('%E4%BA')).toBeNull();
  });
});

describe('xmlSafe and displaySafe', () => {
  it('drop C0 controls but keep tab and line breaks', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u000Ce\u000Ef\u001Fg')).toBe('abcdefg');
    expect(xmlSafe('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('drop U+FFFE, U+FFFF and lone surrogates, keep a surrogate pair', () => {
    expect(xmlSafe('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(xmlSafe('a\uD800b')).toBe('ab');
    expect(xmlSafe('a\uDC00b')).toBe('ab');
    expect(xmlSafe('絵😀文字')).toBe('絵😀文字');
  });

  it('displaySafe also drops bidi embeddings, overrides and isolates, and nothing else', () => {
    const rlo = '\u202E';
    expect(displaySafe(`KDDI${rlo}gnp.exe\u202A\u2066\u2069`)).toBe('KDDIgnp.exe');
    expect(xmlSafe(`a${rlo}b`)).toBe(`a${rlo}b`);
    expect(displaySafe('ドコモ (NTT) — 約1.5時間')).toBe('ドコモ (NTT) — 約1.5時間');
    expect(displaySafe('a\u0001b')).toBe('ab');
  });
});

describe('text widths', () => {
  it('counts CJK, kana, full-width forms, Hangul and emoji as wide, Latin and half-width kana as not', () => {
    const wide = (s: string) => isWide(s.codePointAt(0)!);
    expect(['事', 'あ', 'ア', '，', 'Ａ', '가', '→', '￥', '😀', 'ᄀ', '︰', '豈'].map(wide)).toEqual(
      Array(12).fill(true),
    );
    expect(['a', 'Z', '1', 'ｱ', '—', '·'].map(wide)).toEqual(Array(6).fill(false));
    // the ends of each range
    expect([0x10ff, 0x1100, 0x115f, 0x1160].map(isWide)).toEqual([false, true, true, false]);
    expect([0x218f, 0x2190, 0x21ff, 0x2200].map(isWide)).toEqual([false, true, true, false]);
    expect([0x2e7f, 0x2e80, 0xa4cf, 0xa4d0].map(isWide)).toEqual([false, true, true, false]);
    expect([0xabff, 0xac00, 0xd7a3, 0xd7a4].map(isWide)).toEqual([false, true, true, false]);
    expect([0xf8ff, 0xf900, 0xfaff, 0xfb00].map(isWide)).toEqual([false, true, true, false]);
    expect([0xfe2f, 0xfe30, 0xfe4f, 0xfe50].map(isWide)).toEqual([false, true, true, false]);
    expect([0xfeff, 0xff00, 0xff60, 0xff61].map(isWide)).toEqual([false, true, true, false]);
    expect([0xffdf, 0xffe0, 0xffe6, 0xffe7].map(isWide)).toEqual([false, true, true, false]);
    expect([0x1efff, 0x1f000].map(isWide)).toEqual([false, true]);
  });

  it('estimates a width per character class, bold 6 % wider', () => {
    // 1 em a wide character, 0.26 a space, 0.32 narrow punctuation, 0.68 capitals and digits, 0.58 the rest
    expect(estimateTextWidth('事故', 10)).toBeCloseTo(20, 9);
    expect(estimateTextWidth(' ', 10)).toBeCloseTo(2.6, 9);
    expect(estimateTextWidth('i.', 10)).toBeCloseTo(6.4, 9);
    expect(estimateTextWidth('M9', 10)).toBeCloseTo(13.6, 9);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(11.6, 9);
    expect(estimateTextWidth('1時間', 12, true)).toBeCloseTo((0.68 + 2) * 12 * 1.06, 9);
    expect(estimateTextWidth('', 12)).toBe(0);
  });
});
