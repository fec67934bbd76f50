import type { CaseRow } from '../../domain/schema/case-row.ts';

/** One row of caseDetail(id): a case as built from the sources, less the columns the page does not read. */
export type CaseDetailRow = Omit<CaseRow, 'started_at' | 'countermeasures_en'>;

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
