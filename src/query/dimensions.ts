import { CAUSE_GROUPS, CAUSES } from '../domain/causes.ts';
import { SERVICE_CATEGORIES } from '../domain/thresholds.ts';
import { DURATION_BUCKET_EDGES, USER_BUCKET_EDGES, bucketSql } from '../domain/buckets.ts';

/**
 * The dimensions a report-level view can group by, each as a fixed SQL expression. Users pick a dimension by key;
 * only keys of this table ever reach SQL text.
 */
export const DIMENSIONS = {
  cause: 'cause',
  cause_group: 'cause_group',
  service_category: 'service_category',
  operator: 'operator',
  operator_type: 'operator_type',
  region: 'region',
  major: `CASE WHEN is_major IS NULL THEN NULL WHEN is_major THEN 'major' ELSE 'not_major' END`,
  users_bucket: bucketSql('affected_users', USER_BUCKET_EDGES),
  duration_bucket: bucketSql('duration_min', DURATION_BUCKET_EDGES),
} as const;
export type Dimension = keyof typeof DIMENSIONS;

export function isDimension(v: unknown): v is Dimension {
  return typeof v === 'string' && Object.hasOwn(DIMENSIONS, v);
}

export function dimensionSql(d: Dimension): string {
  if (!isDimension(d)) throw new Error(`unknown dimension ${String(d)}`);
  return DIMENSIONS[d];
}

/** Column axes of the pivot: fiscal year, or fiscal quarter as an index (fiscal_year * 4 + quarter - 1). */
export const PERIODS = { fy: 'fiscal_year', fyq: 'fiscal_year * 4 + quarter - 1' } as const;
export type Period = keyof typeof PERIODS;

export const MEASURES = {
  accidents: 'count(*)::DOUBLE',
  major: 'count(*) FILTER (WHERE is_major IS TRUE)::DOUBLE',
  users: 'sum(affected_users)::DOUBLE',
  duration_median: 'median(duration_min)::DOUBLE',
  duration_p90: 'quantile_cont(duration_min, 0.9)::DOUBLE',
} as const;
export type Measure = keyof typeof MEASURES;

/** Measures whose totals can be added up across cells; medians and percentiles cannot. */
export const ADDITIVE: Record<Measure, boolean> = {
  accidents: true,
  major: true,
  users: true,
  duration_median: false,
  duration_p90: false,
};

const FIXED_ORDER: Partial<Record<Dimension, readonly string[]>> = {
  cause: CAUSES,
  cause_group: CAUSE_GROUPS,
  service_category: SERVICE_CATEGORIES,
  major: ['major', 'not_major'],
  users_bucket: ['0', '1', '2', '3', '4', '5'],
  duration_bucket: ['0', '1', '2', '3', '4', '5'],
};

/** The values of a dimension in display order: a fixed order where the dimension has one, else sorted; null last. */
export function dimensionOrder(dim: Dimension, present: (string | null)[]): (string | null)[] {
  const order = FIXED_ORDER[dim];
  const values = [...new Set(present)];
  return order
    ? [...order.filter((v) => values.includes(v)), ...(values.includes(null) ? [null] : [])]
    : [...values.filter((v) => v !== null).sort(), ...(values.includes(null) ? [null] : [])];
}
