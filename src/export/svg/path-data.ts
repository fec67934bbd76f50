/** An opentype.js path command (glyph outlines are M, L, Q, C and Z, all absolute). */
export interface PathCommand {
  type: string;
  x?: number;
  y?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
}

const round = (v: number | undefined) => Math.round((v ?? 0) * 100) / 100;

function fmt(v: number): string {
  const s = String(Math.round(v * 100) / 100 || 0);
  return s.replace(/^(-?)0\./, '$1.');
}

function join(values: number[]): string {
  let out = '';
  for (const v of values) {
    const s = fmt(v);
    out += out && !s.startsWith('-') ? ` ${s}` : s;
  }
  return out;
}

/**
 * Compact SVG path data: relative commands, two decimals, deltas taken between rounded points so nothing drifts.
 * (opentype.js's own toPathData also prints "NaN" for values like 22.240000000000002: its rounding goes through
 * strings.) Relative data is about 40% smaller, which matters for decks kept in localStorage.
 */
export function pathData(commands: readonly PathCommand[]): string {
  let d = '';
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  const rel = (...xy: (number | undefined)[]) => join(xy.map((v, i) => (i % 2 === 0 ? round(v) - cx : round(v) - cy)));
  for (const c of commands) {
    switch (c.type) {
      case 'M':
        d += `m${rel(c.x, c.y)}`;
        [sx, sy] = [round(c.x), round(c.y)];
        break;
      case 'L':
        if (round(c.x) === cx && round(c.y) === cy) continue; // zero-length: TrueType contours often end so
        d += `l${rel(c.x, c.y)}`;
        break;
      case 'Q':
        d += `q${rel(c.x1, c.y1, c.x, c.y)}`;
        break;
      case 'C':
        d += `c${rel(c.x1, c.y1, c.x2, c.y2, c.x, c.y)}`;
        break;
      case 'Z':
        d += 'z';
        [cx, cy] = [sx, sy];
        continue;
      default:
        continue;
    }
    [cx, cy] = [round(c.x), round(c.y)];
  }
  return d;
}
