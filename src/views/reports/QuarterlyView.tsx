import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../../state/i18n-context.ts';
import { useDataset } from '../../state/use-dataset.ts';
import { useQueries } from '../../state/use-queries.ts';
import { useStableSpec } from '../../state/use-stable-spec.ts';
import { useReportState } from './use-report-state.ts';
import { formatHash } from '../../state/url-state.ts';
import { logHistogramChart } from '../../charts/log-histogram.ts';
import { quarterlyCountsChart } from '../../charts/quarterly-counts.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import type { Dimension } from '../../query/dimensions.ts';
import type { FilterKey, Filters } from '../../query/report-filters.ts';
import { quarterlyPanel } from '../../query/reports.ts';
import { splitPanel, sumHistogram } from '../../query/quarter-sums.ts';
import { ChartCard } from '../ChartCard.tsx';
import { QueryError } from '../QueryError.tsx';
import { DatasetGate } from './DatasetGate.tsx';
import { Drilldown } from './Drilldown.tsx';
import { ExportRecords } from './ExportRecords.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { useFilterOptions } from './use-filter-options.ts';
import { RangeNotices } from './RangeNotices.tsx';
import { checkRanges } from '../../query/filter-ranges.ts';
import { Kpis } from './Kpis.tsx';
import { useReportChartContext } from './report-context.ts';
import { useBrush, type BrushPhase } from './use-brush.ts';

export const STACK_CHOICES: Dimension[] = [
  'cause',
  'cause_group',
  'service_category',
  'operator_type',
  'major',
  'users_bucket',
  'duration_bucket',
];

/** While a brush is dragged, how often its period is written to the URL (it always is on release). */
const URL_EVERY_MS = 250;

/** Which filters a drill-down ignores: a bar of the quarterly chart is drawn without the brush. */
const BAR_IGNORES: FilterKey[] = ['period'];

export function QuarterlyView() {
  const { t } = useI18n();
  const { url, state, setParams, setFilters, drillHref } = useReportState();
  const ds = useDataset(state.datasetId);
  const table = ds.reportsTable;

  const { options, error: optionsError } = useFilterOptions(table);
  // While a brush is dragged, its period lives here and reaches the URL at most every URL_EVERY_MS and on release:
  // every URL write re-renders each part of the page that reads the hash, and costs Chromium a history update.
  const [live, setLive] = useState<[number, number] | null>(null);
  const given = useMemo(() => (live ? { ...state.filters, period: live } : state.filters), [state.filters, live]);
  // Ranges a link or the panel got wrong (From after To, a period outside the data) are swapped or clamped, and said.
  const { filters, notices } = useMemo(() => checkRanges(given, options), [given, options]);
  // No query depends on the brushed period: the bars ignore the brush, and the histograms are asked per fiscal
  // quarter and bin once per filter state and summed in the page for every brushed range (query/quarter-sums.ts),
  // so a brush frame sends nothing to DuckDB. Keyed without the period on purpose: the queries stay the same
  // objects while brushing.
  const cubeKey = JSON.stringify({ ...filters, period: undefined });
  const cubeFilters = useMemo(() => JSON.parse(cubeKey) as Filters, [cubeKey]);
  // The three charts come from one scan (GROUPING SETS), split in the page.
  const queries = useMemo(
    () => (table ? { panel: quarterlyPanel(table, cubeFilters, state.stackBy) } : null),
    [table, cubeFilters, state.stackBy],
  );
  const answer = useQueries(queries, { stackBy: state.stackBy, filters: cubeFilters });
  const { busy, error } = answer;
  const last = useMemo(
    () => answer.last && { rows: splitPanel(answer.last.rows.panel), inputs: answer.last.inputs },
    [answer.last],
  );
  // What is drawn: the last answer's filters with the brushed period of now (the sums follow it at once). Every
  // chart is labelled with these, not with filters whose answer has not come yet.
  const period = filters.period;
  const shown = useMemo(() => last && { ...last.inputs.filters, period }, [last, period]);
  const ctx = useReportChartContext(ds.dataset, shown ?? filters, drillHref);
  const durRows = useMemo(() => last && sumHistogram(last.rows.dur, period), [last, period]);
  const usersRows = useMemo(() => last && sumHistogram(last.rows.users, period), [last, period]);

  const [chartEl, setChartEl] = useState<Element | null>(null);
  // While dragging, the other charts and the KPIs follow the brush live; the first step of a drag is a history entry
  // (Back undoes the brush), the following ones replace it. The brushed chart itself is not redrawn meanwhile: its
  // bars ignore the brush, and a redraw would drop the drag.
  const [held, setHeld] = useState<{ period: Filters['period'] } | null>(null);
  const latest = useRef({ filters, setFilters });
  useEffect(() => {
    latest.current = { filters, setFilters };
  });
  const urlWrite = useRef<{ timer: number; range: [number, number] | null }>({ timer: 0, range: null });
  useEffect(() => () => clearTimeout(urlWrite.current.timer), []);
  const onBrush = useCallback(
    (range: [number, number], phase: BrushPhase) => {
      const w = urlWrite.current;
      if (phase === 'move') {
        // drawn within this frame: a pointermove's update would otherwise wait for a later task
        flushSync(() => setLive(range));
        w.range = range;
        w.timer ||= window.setTimeout(() => {
          w.timer = 0;
          const { filters: f, setFilters: set } = latest.current;
          if (w.range) set({ ...f, period: w.range }, { replace: true });
        }, URL_EVERY_MS);
        return;
      }
      clearTimeout(w.timer);
      w.timer = 0;
      w.range = null;
      setLive(phase === 'end' ? null : range);
      setHeld(phase === 'start' ? { period: filters.period } : null);
      setFilters({ ...filters, period: range }, { replace: phase === 'end' });
    },
    [setFilters, filters],
  );
  useBrush(chartEl, onBrush);

  // The charts on screen stay as they are until every new query has answered, then redraw once, each from the
  // answers and the stack key they were asked with. A chart whose rows did not change keeps its spec, so Plot does
  // not redraw it (the brush changes the histograms, never the quarterly chart's bars): a brush step redraws the
  // two histograms once, in the same render as the period changes.
  const base = [state.datasetId, JSON.stringify(shown), ctx.lang];
  const { period: _period, ...notPeriod } = shown ?? {};
  const quarterly = useStableSpec(
    () => last && quarterlyCountsChart(last.rows.counts, last.inputs.stackBy, ctx, held ? held.period : period),
    [
      last?.rows.counts,
      last?.inputs.stackBy,
      state.datasetId,
      JSON.stringify(notPeriod),
      ctx.lang,
      held ? held.period : period,
    ],
  );
  const duration = useStableSpec(() => durRows && logHistogramChart(durRows, 'duration_min', ctx), [durRows, ...base]);
  const usersSpec = useStableSpec(
    () => usersRows && logHistogramChart(usersRows, 'affected_users', ctx),
    [usersRows, ...base],
  );
  const specs = quarterly && duration && usersSpec ? { quarterly, duration, users: usersSpec } : null;

  const lastFy = filters.fyTo ?? options?.fyMax;
  const kpiPeriod: [number, number] | null =
    filters.period ?? (lastFy !== undefined ? [lastFy * 4, lastFy * 4 + 3] : null);
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
      {error && <QueryError error={error} />}
      <RangeNotices notices={notices} />
      <div className="report-layout">
        {options && <FilterPanel filters={given} onChange={setFilters} options={options} />}
        <div className="report-main" aria-busy={busy}>
          {table && kpiPeriod && (
            <Kpis
              table={table}
              brushing={held !== null}
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
          <ExportRecords table={table} dataset={ds.dataset} filters={filters} />
        </div>
      </div>
    </DatasetGate>
  );
}
