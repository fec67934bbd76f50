/**
 * Histogram bins of duration (minutes) and affected users, roughly even on a log axis, whose edges include every
 * threshold of the reporting rules (1 h, 2 h, 12 h, 24 h; 30,000, 100,000 and 1,000,000 users) and MIC's
 * 500-user band, so no bin straddles a threshold. Bin i holds [edges[i], edges[i+1]); the last is open.
 */
export const HIST_EDGES = {
  duration_min: [0, 5, 15, 30, 60, 120, 360, 720, 1440, 4320, 10080],
  affected_users: [0, 100, 500, 5_000, 30_000, 100_000, 300_000, 1_000_000, 10_000_000],
} as const;
export type HistColumn = keyof typeof HIST_EDGES;

/** [lower, upper) of the bin whose lower edge is `lo`; upper undefined for the open last bin, null if no bin. */
export function histBinBounds(column: HistColumn, lo: number): [number, number | undefined] | null {
  const edges: readonly number[] = HIST_EDGES[column];
  const i = edges.indexOf(lo);
  return i < 0 ? null : [lo, edges[i + 1]];
}

/** The same binning as SQL over a column name (edges are constants, not input). */
export function histBinSql(column: HistColumn): string {
  const edges: readonly number[] = HIST_EDGES[column];
  const whens = edges
    .slice(1)
    .map((e, i) => `WHEN "${column}" < ${Number(e)} THEN ${Number(edges[i])}`)
    .join(' ');
  return `CASE ${whens} ELSE ${Number(edges.at(-1))} END`;
}
