/** How a published affected-users figure is qualified. null affected_users means "not published". */
export const USER_QUALIFIERS = ['exact', 'approx', 'up_to', 'at_least', 'range'] as const;
export type UserQualifier = (typeof USER_QUALIFIERS)[number];

export function isUserQualifier(v: string): v is UserQualifier {
  return (USER_QUALIFIERS as readonly string[]).includes(v);
}

/** Qualifiers where the true figure may be larger than the number shown (drawn as a hollow mark). */
export function isLowerBound(q: UserQualifier | null): boolean {
  return q === 'at_least' || q === 'range';
}

/** How many figures of a sum are bounds or approximations, and how many had no figure at all. */
export interface QualifiedCounts {
  upper: number;
  lower: number;
  approx: number;
  missing: number;
}

/**
 * What a total of qualified figures is: `at_least` when some addends are lower bounds (以上) and none an upper
 * bound; `includes_upper` when some are upper bounds (最大); `approx` when only approximations; null when exact.
 */
export type TotalQualifier = 'at_least' | 'includes_upper' | 'includes_bounds' | 'approx' | null;

export function totalQualifier(c: QualifiedCounts): TotalQualifier {
  if (c.upper > 0 && c.lower > 0) return 'includes_bounds';
  if (c.upper > 0) return 'includes_upper';
  if (c.lower > 0) return 'at_least';
  if (c.approx > 0) return 'approx';
  return null;
}
