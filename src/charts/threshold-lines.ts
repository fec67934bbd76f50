import { MAJOR_RULES_FY2015, SERVICE_CATEGORIES, type MajorRule, type ServiceCategory } from '../domain/thresholds.ts';

export interface StairPoint {
  category: ServiceCategory | 'pre2015';
  duration: number;
  users: number;
}

/**
 * The lower-left edge of the region where a rule is met, as a staircase ending at the chart's edges:
 * from (shortest duration, top) down and right to (right edge, smallest users bound).
 */
export function ruleStaircase(
  category: StairPoint['category'],
  rule: MajorRule,
  maxDuration: number,
  maxUsers: number,
): StairPoint[] {
  const alts = [...rule].sort((a, b) => a.minDurationMin - b.minDurationMin);
  const pts: StairPoint[] = [];
  alts.forEach((a, i) => {
    pts.push({ category, duration: a.minDurationMin, users: i === 0 ? maxUsers : alts[i - 1]!.minUsers });
    pts.push({ category, duration: a.minDurationMin, users: a.minUsers });
  });
  pts.push({ category, duration: maxDuration, users: alts[alts.length - 1]!.minUsers });
  return pts;
}

export function fy2015Staircases(maxDuration: number, maxUsers: number): StairPoint[] {
  return SERVICE_CATEGORIES.flatMap((c) => ruleStaircase(c, MAJOR_RULES_FY2015[c], maxDuration, maxUsers));
}

/** Where each category's label sits: the corner of its lowest-duration alternative. */
export function staircaseLabelPoints(): StairPoint[] {
  return SERVICE_CATEGORIES.map((c) => {
    const alts = [...MAJOR_RULES_FY2015[c]].sort((a, b) => b.minDurationMin - a.minDurationMin);
    const a = alts[alts.length - 1]!;
    return { category: c, duration: a.minDurationMin, users: a.minUsers };
  });
}

export const CATEGORY_NUMERAL: Record<ServiceCategory, string> = {
  emergency_voice: '一',
  other_voice: '二',
  free_internet: '三',
  other: '四',
};

export const CATEGORY_STROKE: Record<ServiceCategory, string> = {
  emergency_voice: '#5f3dc4',
  other_voice: '#ae3ec9',
  free_internet: '#e8590c',
  other: '#343a40',
};
