import type { AnnotationItem } from '../../query/cases.ts';

export type { AnnotationItem, CaseDetailRow, CountermeasureItem, RemarkItem } from '../../query/cases.ts';

/** What the curated annotations say about a case, ready for display. */
export interface CaseAnnotations {
  mainImpactMin: number | null;
  usersWithheld: boolean;
  /** Published recovery times, JST "YYYY-MM-DDTHH:MM". */
  recoveredAt: string | null;
  partlyRecoveredAt: string | null;
  alert: { minutes: number; derived: boolean; quote: string } | null;
}

export function readAnnotations(rows: AnnotationItem[]): CaseAnnotations {
  const row = (field: string) => rows.find((r) => r.field === field);
  const main = row('main_impact_min')?.value;
  const alert = row('alert_after_min');
  return {
    mainImpactMin: main === undefined ? null : Number(main),
    usersWithheld: row('users_withheld')?.value === 'true',
    recoveredAt: row('recovered_at')?.value ?? null,
    partlyRecoveredAt: row('partly_recovered_at')?.value ?? null,
    alert: alert ? { minutes: Number(alert.value), derived: alert.derived, quote: alert.from_text } : null,
  };
}
