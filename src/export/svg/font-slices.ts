import unicodeRanges from '@fontsource/noto-sans-jp/unicode.json';

/**
 * Which @fontsource Noto Sans JP slice holds a character. Slice names are the middle of the file names:
 * `noto-sans-jp-<slice>-400-normal.woff`, e.g. "latin", "119" (kana), "117".
 */

export type FontWeight = 400 | 700;

// Latin first: ASCII sits in both "latin" and the kana slice, and latin is the small file every chart needs.
const PREFERRED = ['latin', 'latin-ext'];

const rank = (slice: string) => (PREFERRED.includes(slice) ? PREFERRED.indexOf(slice) : PREFERRED.length);

let bySlice: Map<number, string> | undefined;

function parseRange(token: string): [number, number] | null {
  const m = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(token.trim());
  if (!m?.[1]) return null;
  const lo = Number.parseInt(m[1], 16);
  return [lo, m[2] ? Number.parseInt(m[2], 16) : lo];
}

function sliceMap(): Map<number, string> {
  if (bySlice) return bySlice;
  const entries = Object.entries(unicodeRanges as Record<string, string>)
    .map(([key, ranges]) => [key.replace(/^\[(\d+)\]$/, '$1'), ranges] as const)
    .filter(([, ranges]) => ranges.length > 0)
    .sort(([a], [b]) => rank(a) - rank(b));
  const map = new Map<number, string>();
  for (const [slice, ranges] of entries) {
    for (const token of ranges.split(',')) {
      const range = parseRange(token);
      if (!range) continue;
      for (let cp = range[0]; cp <= range[1]; cp++) if (!map.has(cp)) map.set(cp, slice);
    }
  }
  bySlice = map;
  return map;
}

export function sliceOf(codePoint: number): string | undefined {
  return sliceMap().get(codePoint);
}

/** The slices needed to draw some text. */
export function slicesFor(text: string): Set<string> {
  const slices = new Set<string>();
  for (const ch of text) {
    const slice = sliceOf(ch.codePointAt(0) ?? 0);
    if (slice) slices.add(slice);
  }
  return slices;
}

export function fontWeightOf(value: string | null | undefined): FontWeight {
  if (!value) return 400;
  if (value === 'bold' || value === 'bolder') return 700;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n >= 600 ? 700 : 400;
}
