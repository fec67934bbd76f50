/**
 * MIC's rules for a 重大な事故 (major accident) and for a 四半期報告事故 (quarterly-reported accident).
 * Durations in minutes, users as counts.
 */

/** FY2015+ service categories (役務区分). Before FY2015 one rule applied to every service. */
export const SERVICE_CATEGORIES = ['emergency_voice', 'other_voice', 'free_internet', 'other'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** A rule is met when any one of its alternatives is met; an alternative needs both bounds. */
export interface Alternative {
  minDurationMin: number;
  minUsers: number;
}
export type MajorRule = readonly Alternative[];

export type RuleEra = 'pre2008' | 'fy2008' | 'fy2015';

/**
 * FY2008: quality degradation starts to count. FY2010: the quarterly-reported series (detailed-form reports)
 * begins, a different population from the earlier all-reported series. FY2015: per-service thresholds.
 */
export const SERIES_BREAKS = [2008, 2010, 2015] as const;
/** The major-accident count has no FY2010 break: MIC compares FY2010's 15 directly with FY2008–09's 18. */
export const MAJOR_RULE_BREAKS = [2008, 2015] as const;

/** The break where the counted population itself changes (totals jump from ~190 to ~7,400): never joined. */
export const POPULATION_BREAK = 2010;

const H = 60;
const SINGLE_RULE: MajorRule = [{ minDurationMin: 2 * H, minUsers: 30_000 }];

export const MAJOR_RULES_FY2015: Record<ServiceCategory, MajorRule> = {
  emergency_voice: [{ minDurationMin: 1 * H, minUsers: 30_000 }],
  other_voice: [
    { minDurationMin: 2 * H, minUsers: 30_000 },
    { minDurationMin: 1 * H, minUsers: 100_000 },
  ],
  free_internet: [
    { minDurationMin: 24 * H, minUsers: 100_000 },
    { minDurationMin: 12 * H, minUsers: 1_000_000 },
  ],
  other: [
    { minDurationMin: 2 * H, minUsers: 30_000 },
    { minDurationMin: 1 * H, minUsers: 1_000_000 },
  ],
};

export function ruleEra(fiscalYear: number): RuleEra {
  if (fiscalYear >= 2015) return 'fy2015';
  if (fiscalYear >= 2008) return 'fy2008';
  return 'pre2008';
}

/** The major-accident rule in force in a fiscal year; the category matters only from FY2015. */
export function majorRule(fiscalYear: number, category: ServiceCategory | null): MajorRule {
  if (ruleEra(fiscalYear) !== 'fy2015') return SINGLE_RULE;
  return MAJOR_RULES_FY2015[category ?? 'other'];
}

export function meetsRule(rule: MajorRule, durationMin: number, users: number): boolean {
  return rule.some((a) => durationMin >= a.minDurationMin && users >= a.minUsers);
}

export function isMajor(fiscalYear: number, category: ServiceCategory | null, durationMin: number, users: number) {
  return meetsRule(majorRule(fiscalYear, category), durationMin, users);
}

/** Quarterly reporting: service stopped or degraded for ≥ 30,000 users or for ≥ 2 hours. */
export const QUARTERLY_REPORT_MIN_USERS = 30_000;
export const QUARTERLY_REPORT_MIN_DURATION_MIN = 2 * H;

export function meetsQuarterlyReportCriterion(durationMin: number, users: number): boolean {
  return users >= QUARTERLY_REPORT_MIN_USERS || durationMin >= QUARTERLY_REPORT_MIN_DURATION_MIN;
}

/**
 * Matched by meaning, since the ordinance's numbering changed: the 2023 minutes list five items, 五 being
 * "一の項から四の項までに掲げる電気通信役務以外の電気通信役務" (everything else), which jiko files under `other`.
 */
const CATEGORY_BY_LABEL: [RegExp, ServiceCategory][] = [
  [/緊急通報を取り扱う音声/, 'emergency_voice'],
  [/緊急通報を取り扱わない音声/, 'other_voice'],
  [/無料|料金の支払を受けない/, 'free_internet'],
  [/その他|以外の電気通信役務/, 'other'],
];

/**
 * Service categories named in a published 役務区分 text such as
 * "二 緊急通報を取り扱わない音声伝送役務 (映像通話); 五 その他 (電子メール)". Matched by meaning, not by numeral,
 * because the ordinance's numbering changed over time.
 */
export function parseServiceCategories(published: string): ServiceCategory[] {
  if (!published.trim()) return [];
  const out: ServiceCategory[] = [];
  for (const part of published.split(';')) {
    const hit = CATEGORY_BY_LABEL.find(([re]) => re.test(part));
    if (!hit) throw new Error(`unknown service category: "${part.trim()}"`);
    if (!out.includes(hit[1])) out.push(hit[1]);
  }
  return out;
}
