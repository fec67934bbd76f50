/** Bucket edges used by the pivot and drill-down; MIC's own breakdowns use the 500 and 30,000 user marks. */
export const USER_BUCKET_EDGES = [500, 5_000, 30_000, 100_000, 1_000_000] as const;
export const DURATION_BUCKET_EDGES = [60, 120, 360, 720, 1440] as const;

/** Bucket keys "0".."n": bucket i holds values in [edges[i-1], edges[i]). */
export function bucketOf(value: number, edges: readonly number[]): string {
  const i = edges.findIndex((e) => value < e);
  return String(i < 0 ? edges.length : i);
}

/** The same bucketing as a SQL CASE over a column name (edges are our constants, not input). */
export function bucketSql(column: string, edges: readonly number[]): string {
  const whens = edges.map((e, i) => `WHEN ${column} < ${Number(e)} THEN '${i}'`).join(' ');
  return `CASE WHEN ${column} IS NULL THEN NULL ${whens} ELSE '${edges.length}' END`;
}

/** [lower, upper) of bucket `key`; undefined bound = open. */
export function bucketBounds(key: string, edges: readonly number[]): [number | undefined, number | undefined] {
  const i = Number(key);
  return [i === 0 ? undefined : edges[i - 1], i >= edges.length ? undefined : edges[i]];
}
