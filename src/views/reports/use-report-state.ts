import { useCallback, useMemo } from 'react';
import { isDimension, type Dimension } from '../../query/dimensions.ts';
import { cellFromParam, cellToParam } from '../../query/drill-url.ts';
import { filtersFromParams, filtersToParams, type Filters } from '../../query/report-filters.ts';
import type { CellKey } from '../../query/reports.ts';
import { formatHash } from '../../state/url-state.ts';
import { useUrlState } from '../../state/use-url-state.ts';

export interface ReportState {
  datasetId: string;
  filters: Filters;
  stackBy: Dimension;
  drill: CellKey[] | null;
  params: Record<string, string>;
}

/** Dataset, filters, stack dimension and open drill-down of the report views, all living in the URL. */
export function useReportState(defaultStack: Dimension = 'cause') {
  const [url, update] = useUrlState();
  const state: ReportState = useMemo(
    () => ({
      datasetId: url.params.ds ?? 'public',
      filters: filtersFromParams(url.params),
      stackBy: isDimension(url.params.stack) ? url.params.stack : defaultStack,
      drill: cellFromParam(url.params.drill),
      params: url.params,
    }),
    [url.params, defaultStack],
  );
  const setParams = useCallback(
    (patch: Record<string, string>, opts?: { replace?: boolean }) => {
      const params = { ...url.params, ...patch };
      for (const k of Object.keys(params)) if (params[k] === '') delete params[k];
      update({ params }, opts);
    },
    [url.params, update],
  );
  const setFilters = useCallback(
    (f: Filters, opts?: { replace?: boolean }) => setParams({ ...filtersToParams(f), drill: '', page: '' }, opts),
    [setParams],
  );
  const drillHref = useCallback(
    (cell: CellKey[]) => formatHash({ ...url, params: { ...url.params, drill: cellToParam(cell), page: '' } }),
    [url],
  );
  return { url, state, setParams, setFilters, drillHref };
}
