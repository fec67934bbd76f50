import type { Cause, CauseGroup } from '../causes.ts';
import type { Evidence } from '../evidence.ts';
import type { UserQualifier } from '../qualifiers.ts';
import type { ServiceCategory } from '../thresholds.ts';

/** One row of the `cases` table as the build writes it and the case page reads it (see tables.ts). */
export interface CaseRow {
  id: string;
  fiscal_year: number;
  quarter: number;
  operator_ja: string;
  operator_en: string;
  occurred_at: string;
  occurred_precision: 'minute' | 'day' | 'month';
  started_at: string | null;
  occurred_date: string;
  duration_min: number | null;
  duration_qualifier: DurationQualifier | null;
  affected_users: number | null;
  users_qualifier: UserQualifier | null;
  affected_users_max: number | null;
  region: string | null;
  region_ja: string | null;
  service_category_ja: string | null;
  service_categories: ServiceCategory[];
  services_affected: string | null;
  services_affected_ja: string | null;
  cause: Cause;
  cause_group: CauseGroup;
  cause_ja: string | null;
  summary_en: string;
  countermeasures_en: string | null;
  countermeasures_ja: string | null;
  /** The `*_ja` columns that are jiko's translation of the English one (the rest are as published). */
  ja_translated: JaField[];
  inquiries: number | null;
  is_major: boolean | null;
  evidence: Evidence;
  source_urls: string[];
  /** Third-party copies of a source document, kept as mirrors. */
  mirror_urls: string[];
  notes: string | null;
}

export const DURATION_QUALIFIERS = ['approx', 'up_to', 'at_least'] as const;
export type DurationQualifier = (typeof DURATION_QUALIFIERS)[number];

/** Japanese columns and the English column each one renders. */
export const JA_FIELDS = {
  region_ja: 'region',
  services_affected_ja: 'services_affected',
  countermeasures_ja: 'countermeasures_en',
} as const;
export type JaField = keyof typeof JA_FIELDS;

/** The facts case_annotations.csv may state about a case (the `field` column of `case_annotations`). */
export const ANNOTATION_FIELDS = [
  'main_impact_min',
  'users_withheld',
  'alert_after_min',
  'recovered_at',
  'partly_recovered_at',
] as const;
export type AnnotationField = (typeof ANNOTATION_FIELDS)[number];
