import type { Cause, CauseGroup } from '../../domain/causes.ts';
import type { Evidence } from '../../domain/evidence.ts';
import type { UserQualifier } from '../../domain/qualifiers.ts';
import type { ServiceCategory } from '../../domain/thresholds.ts';

/** One row of caseDetail(id). */
export interface CaseDetailRow {
  id: string;
  fiscal_year: number;
  quarter: number;
  operator_ja: string;
  operator_en: string;
  occurred_at: string;
  occurred_precision: 'minute' | 'day' | 'month';
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
  inquiries: number | null;
  is_major: boolean | null;
  evidence: Evidence;
  source_urls: string[];
  notes: string | null;
}

export interface CountermeasureItem {
  seq: number;
  measure_en: string;
  status: 'done' | 'planned' | null;
  status_date: string | null;
  status_text: string | null;
}

export interface AnnotationItem {
  field: string;
  value: string;
  from_text: string;
}

/** What the curated annotations say about a case, ready for display. */
export interface CaseAnnotations {
  mainImpactMin: number | null;
  usersWithheld: boolean;
}

export function readAnnotations(rows: AnnotationItem[]): CaseAnnotations {
  const value = (field: string) => rows.find((r) => r.field === field)?.value;
  const main = value('main_impact_min');
  return { mainImpactMin: main === undefined ? null : Number(main), usersWithheld: value('users_withheld') === 'true' };
}
