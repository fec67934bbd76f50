import type { SpecColumn } from '../charts/spec.ts';
import { dimensionValueLabel } from '../charts/dimension-labels.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';

import type { DrillRow } from '../query/reports.ts';

/** The drilled records as exported: one row per record, numbers raw, codes as their labels. */
export type DrillRecord = DrillRow;

/** At most this many records go into one CSV; the file says when it was cut. */
export const DRILL_CSV_LIMIT = 100_000;

export function drillCsvTable(
  records: readonly DrillRecord[],
  t: Translate,
  lang: Lang,
): { columns: SpecColumn[]; rows: Record<string, unknown>[] } {
  const columns: SpecColumn[] = [
    { key: 'report_id', label: t('drill.col.id') },
    { key: 'occurred_at', label: t('drill.col.occurred') },
    { key: 'fiscal_year', label: t('table.col.fy') },
    { key: 'quarter', label: t('drill.csv.quarter') },
    { key: 'operator', label: t('drill.col.operator') },
    { key: 'service_category', label: t('drill.col.service') },
    { key: 'cause', label: t('drill.col.cause') },
    { key: 'duration_min', label: t('drill.csv.durationMin') },
    { key: 'affected_users', label: t('drill.col.users') },
    { key: 'region', label: t('drill.col.region') },
    { key: 'is_major', label: t('drill.col.major') },
  ];
  const rows = records.map((r) => ({
    ...r,
    service_category:
      r.service_category === null ? '' : dimensionValueLabel('service_category', r.service_category, t, lang),
    cause: dimensionValueLabel('cause', r.cause, t, lang),
    is_major: r.is_major === null ? '' : r.is_major ? t('common.yes') : t('common.no'),
  }));
  return { columns, rows };
}
