/**
 * Ticks for an axis of counts: whole numbers only, on a 1-2-5 step. Plot's default ticks on a domain of [0, 5]
 * fall on halves, and an integer tick format then prints "0 1 1 2 2 …".
 */
export function countTicks(max: number, most = 6): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / most;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag);
  const n = Math.ceil(max / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => i * step);
}

/** The y scale of a count chart: integer ticks up to the first tick at or above the maximum. */
export function countScale(max: number): { domain: [number, number]; ticks: number[] } {
  const ticks = countTicks(max);
  return { domain: [0, ticks.at(-1) ?? 1], ticks };
}
