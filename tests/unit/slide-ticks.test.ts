import { describe, expect, it } from 'vitest';
import { thinTicksToFit } from '../../src/export/slide-ticks.ts';

// Fiscal-year ticks of the quarterly chart (quarter indices, FY2010–FY2024), as the slide picture draws them at
// 18 px. Widths by hand from text-wrap's classes: digits and Latin capitals 0.68 em, CJK 1 em, plus 1 em of space.
const ticks = Array.from({ length: 15 }, (_, i) => (2010 + i) * 4);
const ja = { ticks, tickFormat: (v: number) => `${v / 4}年度` };
const en = { ticks, tickFormat: (v: number) => `FY${v / 4}` };

describe('slide ticks (issue 14: picture slides legible)', () => {
  it('keeps every third 年度 label in 700 px: 15 × (4.72 + 1) em × 18 px = 1,544 px', () => {
    expect(thinTicksToFit(ja, 700, 18).ticks.map((v) => v / 4)).toEqual([2010, 2013, 2016, 2019, 2022]);
  });

  it('keeps every second FY label in 700 px: 15 × (4.08 + 1) em × 18 px = 1,372 px', () => {
    expect(thinTicksToFit(en, 700, 18).ticks.map((v) => v / 4)).toEqual([
      2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024,
    ]);
  });

  it('leaves an axis alone when its labels fit, or when Plot chooses the ticks', () => {
    expect(thinTicksToFit(ja, 1600, 18)).toBe(ja);
    const auto = { tickFormat: (v: number) => String(v) };
    expect(thinTicksToFit(auto, 10, 18)).toBe(auto);
  });
});
