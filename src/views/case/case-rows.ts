import type { AnnotationItem } from '../../query/cases.ts';

export type { AnnotationItem, CaseDetailRow, CountermeasureItem } from '../../query/cases.ts';

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
