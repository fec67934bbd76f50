/** PRNG: sfc32 seeded through splitmix32; one independent stream per fiscal year. Plus the draws built on it. */

export type Rng = () => number;

function splitmix32(state: number): () => number {
  let s = state | 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Uniform [0, 1) numbers; `stream` selects an independent sequence for the same seed. */
export function createRng(seed: number, stream = 0): Rng {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  const hi = Math.floor(seed / 2 ** 32);
  const init = splitmix32(seed ^ Math.imul(hi, 0x27d4eb2f) ^ Math.imul(stream, 0x165667b1));
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Log-normal with the given median and log-sd, redrawn until inside [lo, hi]. */
export function logNormalBetween(rng: Rng, median: number, sigma: number, lo: number, hi: number): number {
  for (;;) {
    const x = median * Math.exp(sigma * normal(rng));
    if (x >= lo && x <= hi) return x;
  }
}

/** Pareto with minimum xMin and tail index alpha, redrawn until ≤ hi. */
export function paretoBelow(rng: Rng, xMin: number, alpha: number, hi: number): number {
  for (;;) {
    const x = xMin * (1 - rng()) ** (-1 / alpha);
    if (x <= hi) return x;
  }
}

export class Weighted<T> {
  private readonly cum: number[] = [];
  private readonly total: number;
  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    let s = 0;
    for (const w of weights) this.cum.push((s += w));
    this.total = s;
  }
  /** The first item whose cumulative weight exceeds a uniform draw. */
  pick(rng: Rng): T {
    const x = rng() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cum[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}
