import { useMemo } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { useDataset } from '../../state/use-dataset.ts';
import { useQueries } from '../../state/use-queries.ts';
import { useReportState } from './use-report-state.ts';
import { formatHash } from '../../state/url-state.ts';
import { pivotChart } from '../../charts/pivot-chart.ts';
import { pivotCsvVariants } from '../../charts/pivot-csv.ts';
import { pivotTable } from '../../query/pivot-table.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import {
  ADDITIVE,
  DIMENSIONS,
  MEASURES,
  PERIODS,
  isDimension,
  type Dimension,
  type Measure,
  type Period,
} from '../../query/dimensions.ts';
import type { FilterKey } from '../../query/report-filters.ts';
import { pivotQuery } from '../../query/pivot.ts';
import { ChartCard } from '../ChartCard.tsx';
import { QueryError } from '../QueryError.tsx';
import { DatasetGate } from './DatasetGate.tsx';
import { Drilldown } from './Drilldown.tsx';
import { ExportRecords } from './ExportRecords.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { useFilterOptions } from './use-filter-options.ts';
import { RangeNotices } from './RangeNotices.tsx';
import { checkRanges } from '../../query/filter-ranges.ts';
import { PivotTable } from './PivotTable.tsx';
import { useReportChartContext } from './report-context.ts';

const ROW_CHOICES = Object.keys(DIMENSIONS) as Dimension[];
const COL_CHOICES = Object.keys(PERIODS) as Period[];
const MEASURE_CHOICES = Object.keys(MEASURES) as Measure[];

/** The pivot applies every filter, so its drill-downs ignore none. */
const NO_IGNORES: FilterKey[] = [];

/** `drill=all`: the grand total's records (a drill-down cell without any key cannot be written in the URL). */
const ALL = 'all';

function pick<T extends string>(value: string | undefined, choices: readonly T[], fallback: T): T {
  return choices.find((c) => c === value) ?? fallback;
}

/** Explore: any dimension pivoted against the fiscal year or quarter, as a chart and a linked table. */
export function ExploreView() {
  const { t } = useI18n();
  const { url, state, setParams, setFilters, drillHref } = useReportState();
  const rows: Dimension = isDimension(url.params.rows) ? url.params.rows : 'cause';
  const cols = pick(url.params.cols, COL_CHOICES, 'fy');
  const measure = pick(url.params.measure, MEASURE_CHOICES, 'accidents');
  const yoy = url.params.yoy === '1';
  const ds = useDataset(state.datasetId);
  const table = ds.reportsTable;

  const { options, error: optionsError } = useFilterOptions(table);
  const { filters, notices } = useMemo(() => checkRanges(state.filters, options), [state.filters, options]);
  const ctx = useReportChartContext(ds.dataset, filters, drillHref);
  const pivotQ = useMemo(
    () => (table ? pivotQuery(table, filters, rows, cols, measure) : null),
    [table, filters, rows, cols, measure],
  );
  // The table is built from the last complete answer with the axes it was asked for, never new axes over old rows.
  const pivot = useQueries(
    useMemo(() => (pivotQ ? { pivot: pivotQ } : null), [pivotQ]),
    { rows, cols, measure },
  );
  const last = pivot.last;
  const model = useMemo(
    () => (last ? pivotTable(last.rows.pivot, last.inputs.rows, last.inputs.cols, last.inputs.measure) : null),
    [last],
  );
  const spec = useMemo(
    () => (model ? { ...pivotChart(model, ctx), csvVariants: pivotCsvVariants(model, yoy, ctx) } : null),
    [model, ctx, yoy],
  );

  const failed = pivot.error ? { status: 'error' as const, error: pivot.error } : undefined;
  const drillAll = url.params.drill === ALL;
  const drillCell = drillAll ? [] : state.drill;
  const allHref = formatHash({ ...url, params: { ...url.params, drill: ALL, page: '' } });
  const closeHref = formatHash({ ...url, params: { ...url.params, drill: '', page: '', dsort: '' } });
  const choose = (key: string) => (ev: { target: { value: string } }) =>
    setParams({ [key]: ev.target.value, drill: '' });

  return (
    <DatasetGate
      view={ds}
      datasetId={state.datasetId}
      onDataset={(id) => setParams({ ds: id, drill: '' })}
      heading={t('explore.heading')}
    >
      {optionsError && <QueryError error={optionsError} />}
      {failed?.status === 'error' && <QueryError error={failed.error} />}
      <RangeNotices notices={notices} />
      <div className="report-layout">
        {options && <FilterPanel filters={state.filters} onChange={setFilters} options={options} />}
        <div className="report-main">
          <div className="pivot-controls">
            <label>
              {t('explore.rows')}
              <select value={rows} onChange={choose('rows')} data-testid="pivot-rows">
                {ROW_CHOICES.map((d) => (
                  <option key={d} value={d}>
                    {t(`dim.${d}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('explore.cols')}
              <select value={cols} onChange={choose('cols')} data-testid="pivot-cols">
                {COL_CHOICES.map((c) => (
                  <option key={c} value={c}>
                    {t(`explore.period.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('explore.measure')}
              <select value={measure} onChange={choose('measure')} data-testid="pivot-measure">
                {MEASURE_CHOICES.map((m) => (
                  <option key={m} value={m}>
                    {t(`explore.measure.${m}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="pivot-controls__check">
              <input
                type="checkbox"
                checked={yoy}
                onChange={() => setParams({ yoy: yoy ? '' : '1' }, { replace: true })}
                data-testid="pivot-yoy"
              />
              {t('explore.yoy')}
            </label>
          </div>
          {spec && <ChartCard spec={spec} />}
          {model && (
            <section
              className="pivot-section"
              aria-labelledby="pivot-title"
              data-testid="pivot-section"
              data-pending={pivot.busy}
            >
              <header className="pivot-section__head">
                <h3 id="pivot-title">
                  {t('explore.table.caption', {
                    measure: t(`explore.measure.${model.measure}`),
                    rows: t(`dim.${model.rows}` as MessageKey),
                    cols: t(`explore.period.${model.cols}`),
                  })}
                </h3>
                <p>
                  {t('explore.table.hint')}
                  {yoy && ` ${t('explore.yoy.note')}`}
                  {!ADDITIVE[model.measure] && ` ${t('explore.nonAdditive')}`}
                </p>
              </header>
              {model.body.length ? (
                <PivotTable
                  model={model}
                  yoy={yoy}
                  drillHref={drillHref}
                  allHref={allHref}
                  current={url.params.drill ?? null}
                />
              ) : (
                <p className="intro" data-testid="pivot-empty">
                  {t('explore.table.empty')}
                </p>
              )}
            </section>
          )}
          {table && drillCell && (
            <Drilldown
              key={url.params.drill}
              table={table}
              filters={filters}
              cell={drillCell}
              ignore={NO_IGNORES}
              linkCases={state.datasetId === 'public'}
              csvName={{ id: 'explore', synthetic: ds.dataset?.synthetic ?? false }}
              closeHref={closeHref}
            />
          )}
          <ExportRecords table={table} dataset={ds.dataset} filters={filters} />
        </div>
      </div>
    </DatasetGate>
  );
}
