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
