import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { useDataset } from '../../state/use-dataset.ts';
import { useQuery } from '../../state/use-query.ts';
import { useReportState } from './use-report-state.ts';
import { formatHash } from '../../state/url-state.ts';
import { logHistogramChart, type BinRow } from '../../charts/log-histogram.ts';
import { quarterlyCountsChart, type QuarterCountRow } from '../../charts/quarterly-counts.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import type { Dimension } from '../../query/dimensions.ts';
import type { FilterKey } from '../../query/report-filters.ts';
import { logHistogram, quarterlyCounts } from '../../query/reports.ts';
import { ChartCard } from '../ChartCard.tsx';
import { QueryError } from '../QueryError.tsx';
import { DatasetGate } from './DatasetGate.tsx';
import { Drilldown } from './Drilldown.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { useFilterOptions } from './use-filter-options.ts';
import { RangeNotices } from './RangeNotices.tsx';
import { checkRanges } from '../../query/filter-ranges.ts';
import { Kpis } from './Kpis.tsx';
import { useReportChartContext } from './report-context.ts';
import { useBrush } from './use-brush.ts';

export const STACK_CHOICES: Dimension[] = [
  'cause',
  'cause_group',
  'service_category',
  'operator_type',
  'major',
  'users_bucket',
  'duration_bucket',
];

/** Which filters a drill-down ignores: a bar of the quarterly chart is drawn without the brush. */
const BAR_IGNORES: FilterKey[] = ['period'];

export function QuarterlyView() {
  const { t } = useI18n();
  const { url, state, setParams, setFilters, drillHref } = useReportState();
  const ds = useDataset(state.datasetId);
  const table = ds.reportsTable;

  const { options, error: optionsError } = useFilterOptions(table);
  const { filters, notices } = useMemo(() => checkRanges(state.filters, options), [state.filters, options]);
  const ctx = useReportChartContext(ds.dataset, filters, drillHref);
  const countsQ = useMemo(
    () => (table ? quarterlyCounts(table, filters, state.stackBy) : null),
    [table, filters, state.stackBy],
  );
  const durQ = useMemo(() => (table ? logHistogram(table, filters, 'duration_min') : null), [table, filters]);
  const usersQ = useMemo(() => (table ? logHistogram(table, filters, 'affected_users') : null), [table, filters]);
  const counts = useQuery<QuarterCountRow>(countsQ);
  const dur = useQuery<BinRow>(durQ);
  const users = useQuery<BinRow>(usersQ);

  const [chartEl, setChartEl] = useState<Element | null>(null);
  const onBrush = useCallback(
    (range: [number, number]) => setFilters({ ...filters, period: range }),
    [setFilters, filters],
  );
  useBrush(chartEl, onBrush);

  const fresh = useMemo(() => {
    const ready = [counts, dur, users].every((r) => r.status === 'ok' && !r.stale);
    if (!ready || counts.status !== 'ok' || dur.status !== 'ok' || users.status !== 'ok') return null;
    return {
      quarterly: quarterlyCountsChart(counts.rows, state.stackBy, ctx, filters.period),
      duration: logHistogramChart(dur.rows, 'duration_min', ctx),
      users: logHistogramChart(users.rows, 'affected_users', ctx),
    };
  }, [counts, dur, users, state.stackBy, filters.period, ctx]);
  // The charts on screen stay as they are until every new query has answered, then redraw once: rows of the
  // previous query under the new stack key or filters would mislabel them, and would cost a redraw.
  const [specs, setSpecs] = useState(fresh);
  if (fresh && fresh !== specs) setSpecs(fresh);

  const lastFy = filters.fyTo ?? options?.fyMax;
  const kpiPeriod: [number, number] | null =
    filters.period ?? (lastFy !== undefined ? [lastFy * 4, lastFy * 4 + 3] : null);
  const failed = [counts, dur, users].find((r) => r.status === 'error');
  // Bars ignore the brush; histogram bins and KPIs follow it.
  const drillIgnores = state.drill?.some((c) => c.dimension === 'qi') ? BAR_IGNORES : [];

  return (
    <DatasetGate
      view={ds}
      datasetId={state.datasetId}
      onDataset={(id) => setParams({ ds: id, drill: '' })}
      heading={t('quarterly.heading')}
    >
      {optionsError && <QueryError error={optionsError} />}
      {failed?.status === 'error' && <QueryError error={failed.error} />}
      <RangeNotices notices={notices} />
      <div className="report-layout">
        {options && <FilterPanel filters={state.filters} onChange={setFilters} options={options} />}
        <div className="report-main" aria-busy={[counts, dur, users].some((r) => r.status === 'ok' && r.stale)}>
          {table && kpiPeriod && (
            <Kpis
              table={table}
              filters={filters}
              period={kpiPeriod}
              {...(options?.qiMax !== undefined ? { dataEnd: options.qiMax } : {})}
              qualifiers={state.datasetId === 'public'}
              synthetic={ctx.synthetic}
            />
          )}
          <label className="stack-choice">
            {t('quarterly.stackBy')}{' '}
            <select
              value={state.stackBy}
              onChange={(ev) => setParams({ stack: ev.target.value, drill: '' })}
              data-testid="stack-by"
            >
              {STACK_CHOICES.map((d) => (
                <option key={d} value={d}>
                  {t(`dim.${d}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          {specs && (
            <>
              <ChartCard spec={specs.quarterly} onChartRender={setChartEl} />
              <div className="chart-grid">
                <ChartCard spec={specs.duration} />
                <ChartCard spec={specs.users} />
              </div>
            </>
          )}
          {table && state.drill && (
            <Drilldown
              key={url.params.drill}
              table={table}
              filters={filters}
              cell={state.drill}
              ignore={drillIgnores}
              linkCases={state.datasetId === 'public'}
              csvName={{ id: 'quarterly', synthetic: ds.dataset?.synthetic ?? false }}
              closeHref={formatHash({ ...url, params: { ...url.params, drill: '', page: '', dsort: '' } })}
            />
          )}
        </div>
      </div>
    </DatasetGate>
  );
}
