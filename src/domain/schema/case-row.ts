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
  affected_users: number | null;
  users_qualifier: UserQualifier | null;
  region: string | null;
  service_category_ja: string | null;
  service_categories: ServiceCategory[];
  services_affected: string | null;
  cause: Cause;
  cause_group: CauseGroup;
  cause_ja: string | null;
  summary_en: string;
  countermeasures_en: string | null;
  inquiries: number | null;
  is_major: boolean | null;
  evidence: Evidence;
  source_urls: string[];
  notes: string | null;
}

/** The facts case_annotations.csv may state about a case (the `field` column of `case_annotations`). */
export const ANNOTATION_FIELDS = ['main_impact_min', 'users_withheld'] as const;
export type AnnotationField = (typeof ANNOTATION_FIELDS)[number];
