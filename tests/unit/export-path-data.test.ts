import { describe, expect, it } from 'vitest';
import { pathData } from '../../src/export/svg/path-data.ts';

/** Back to absolute points, as an SVG renderer reads relative data. */
function absolutePoints(d: string): number[][] {
  const points: number[][] = [];
  let [cx, cy, sx, sy] = [0, 0, 0, 0];
  for (const [, cmd, args] of d.matchAll(/([mlqcz])([^mlqcz]*)/g)) {
    if (cmd === 'z') {
      [cx, cy] = [sx, sy];
      continue;
    }
    const n = (args?.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const abs = n.map((v, i) => Math.round((v + (i % 2 === 0 ? cx : cy)) * 100) / 100);
    points.push(abs);
    [cx, cy] = abs.slice(-2) as [number, number];
    if (cmd === 'm') [sx, sy] = [cx, cy];
  }
  return points;
}

describe('pathData', () => {
  it('writes compact relative commands that add up to the rounded absolute points', () => {
    const d = pathData([
      { type: 'M', x: 22.240000000000002, y: 7.1 },
      { type: 'L', x: 22.631, y: 0.19 },
      { type: 'Q', x1: 23.5, y1: -0.5, x: 24.004, y: 1.2 },
      { type: 'C', x1: 25, y1: 2, x2: 26, y2: 3, x: 27.5, y: 4 },
      { type: 'Z' },
      { type: 'M', x: 30, y: 7.1 },
      { type: 'L', x: 31, y: 7.1 },
      { type: 'L', x: 31.001, y: 7.1 }, // zero-length once rounded: dropped
      { type: 'Z' },
    ]);
    expect(d).not.toContain('NaN');
    expect(d.startsWith('m22.24 7.1l.39-6.91')).toBe(true);
    expect(absolutePoints(d)).toEqual([
      [22.24, 7.1],
      [22.63, 0.19],
      [23.5, -0.5, 24, 1.2],
      [25, 2, 26, 3, 27.5, 4],
      [30, 7.1],
      [31, 7.1],
    ]);
  });
});
