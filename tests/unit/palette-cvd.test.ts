import { describe, expect, it } from 'vitest';
import { CAUSE_COLOR, CAUSE_GROUP_COLOR } from '../../src/domain/causes.ts';

type RGB = [number, number, number];
const hex = (h: string): RGB => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as RGB;
const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const mul = (m: number[][], v: RGB): RGB => m.map((r) => r[0]! * v[0] + r[1]! * v[1] + r[2]! * v[2]) as RGB;
const clamp = (v: RGB): RGB => v.map((c) => Math.min(1, Math.max(0, c))) as RGB;

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const CVD: Record<string, number[][]> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  grayscale: [
    [0.2126, 0.7152, 0.0722],
    [0.2126, 0.7152, 0.0722],
    [0.2126, 0.7152, 0.0722],
  ],
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

/** CIE L*a*b* (D65) of a linear RGB colour. */
function lab([r, g, b]: RGB): RGB {
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t) / 116 + 16 / 116));
  return [116 * xyz[1]! - 16, 500 * (xyz[0]! - xyz[1]!), 200 * (xyz[1]! - xyz[2]!)];
}
const deltaE = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const luminance = (h: string) => mul(CVD.grayscale!, hex(h).map(lin) as RGB)[0];
const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

function minPairwise(colors: Record<string, string>, sim: string) {
  const labs = Object.entries(colors).map(([k, h]) => [k, lab(clamp(mul(CVD[sim]!, hex(h).map(lin) as RGB)))] as const);
  let min = { d: Infinity, pair: '' };
  for (let i = 0; i < labs.length; i++)
    for (let j = i + 1; j < labs.length; j++) {
      const d = deltaE(labs[i]![1], labs[j]![1]);
      if (d < min.d) min = { d, pair: `${labs[i]![0]}/${labs[j]![0]}` };
    }
  return min;
}

describe('cause palette under colour-vision deficiencies', () => {
  it('the simulation itself: pure red and green collapse for protanopes, white stays white', () => {
    const red = lab(clamp(mul(CVD.protan!, [1, 0, 0])));
    const green = lab(clamp(mul(CVD.protan!, [0, 1, 0])));
    expect(deltaE(red, green)).toBeLessThan(deltaE(lab([1, 0, 0]), lab([0, 1, 0])) / 2);
    expect(lab(mul(CVD.protan!, [1, 1, 1]))[0]).toBeCloseTo(100, 0);
  });

  // ΔE*ab ≥ 8 between every two causes: clearly different side by side in a stacked bar; ≥ 15 between groups.
  for (const sim of ['none', 'protan', 'deutan', 'tritan', 'grayscale']) {
    it(`keeps every two causes apart (${sim})`, () => {
      const { d, pair } = minPairwise(CAUSE_COLOR, sim);
      expect({ pair, ok: d >= 8 }).toEqual({ pair, ok: true });
    });
    it(`keeps the three MIC cause groups well apart (${sim})`, () => {
      expect(minPairwise(CAUSE_GROUP_COLOR, sim).d).toBeGreaterThanOrEqual(15);
    });
  }

  it('every cause colour has 3:1 against the light or the dark card, every group colour 3:1 on white', () => {
    for (const c of Object.values(CAUSE_COLOR)) {
      expect(Math.max(contrast(c, '#ffffff'), contrast(c, '#1b2128'))).toBeGreaterThanOrEqual(3);
    }
    for (const c of Object.values(CAUSE_GROUP_COLOR).filter((g) => g !== CAUSE_GROUP_COLOR.unknown)) {
      expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });
});
