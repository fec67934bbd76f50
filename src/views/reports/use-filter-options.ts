import { useMemo } from 'react';
import { useQuery } from '../../state/use-query.ts';
import { distinctValues, extent } from '../../query/reports.ts';
import type { FilterOptions } from './FilterPanel.tsx';

/** What the filter panel offers for a report table: its fiscal-year range and its operators with their counts. */
export function useFilterOptions(table: string | null): { options: FilterOptions | null; error: Error | null } {
  const extentQ = useMemo(() => (table ? extent(table) : null), [table]);
  const operatorsQ = useMemo(() => (table ? distinctValues(table, 'operator') : null), [table]);
  const ext = useQuery(extentQ);
  const operators = useQuery(operatorsQ);
  const e = ext.status === 'ok' ? ext.rows[0] : undefined;
  const options = useMemo(
    () =>
      e
        ? {
            fyMin: e.fy_min,
            fyMax: e.fy_max,
            qiMin: e.qi_min,
            qiMax: e.qi_max,
            operators: operators.status === 'ok' ? operators.rows : [],
          }
        : null,
    [e, operators],
  );
  const failed = [ext, operators].find((r) => r.status === 'error');
  return { options, error: failed?.status === 'error' ? failed.error : null };
}
