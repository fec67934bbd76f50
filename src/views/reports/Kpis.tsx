import { useMemo } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { useQueries } from '../../state/use-queries.ts';
import { kpiPeriod, kpiTiles } from '../../charts/kpi-tiles.ts';
import { fromQuarterIndex } from '../../domain/fiscal.ts';
import { unpublishedSampleYears } from '../../domain/sample-years.ts';
import { formatFiscalYear } from '../../i18n/format.ts';
import type { Filters } from '../../query/report-filters.ts';
import { kpiCube, kpisOver, periodKpis } from '../../query/reports.ts';

/** Headline figures of a period with their change against the same period one year earlier. */
export function Kpis(props: {
  table: string;
  filters: Filters;
  period: [number, number];
  /** Last quarter index holding data: a period running past it is incomplete. */
  dataEnd?: number;
  /** The table has users_qualifier (the public cases). */
  qualifiers?: boolean;
  synthetic?: boolean;
  /** A brush is being dragged: read the per-quarter cube, so each step sums a small table. */
  brushing?: boolean;
}) {
  const { table, filters, period, dataEnd, qualifiers = false, synthetic = false, brushing = false } = props;
  const { t, lang } = useI18n();
  const [a, b] = kpiPeriod(period, dataEnd);
  // While a brush is dragged, the figures come from a cube per fiscal quarter and duration, built once per filter
  // state (the time window aside), so a step sums a small table instead of scanning every report. Otherwise one scan
  // of the reports is cheaper than building that cube. Both give the same rows (tests/unit/report-oracles.test.ts).
  const cubeKey = JSON.stringify({ ...filters, period: undefined, fyFrom: undefined, fyTo: undefined });
  const cube = useMemo(
    () => (brushing ? kpiCube(table, JSON.parse(cubeKey) as Filters, qualifiers) : null),
    [brushing, table, cubeKey, qualifiers],
  );
  const queries = useMemo(
    () => ({ kpis: cube ? kpisOver(cube, [a, b]) : periodKpis(table, filters, [a, b], qualifiers) }),
    [cube, table, filters, a, b, qualifiers],
  );
  // Numbers and the period they are labelled with come from the same answer: never a new label over old numbers.
  const { last, busy } = useQueries(queries, { period, dataEnd });
  if (!last) return <div className="kpis kpis--pending" aria-busy="true" />;
  const model = kpiTiles(last.rows.kpis, last.inputs.period, last.inputs.dataEnd, t, lang);
  // The tiles compare two periods; say so when either stands on a synthetic year no published figure backs.
  const unbacked = synthetic
    ? unpublishedSampleYears(fromQuarterIndex(model.previous[0]).fiscalYear, fromQuarterIndex(model.period[1]).fiscalYear)
    : null;
  const years = (list: number[]) => (list.length ? list.map((fy) => formatFiscalYear(fy, lang)).join('・') : '—');
  return (
    <section
      className="kpis"
      data-testid="kpis"
      aria-busy={busy}
      aria-label={t('kpi.period', { period: model.periodLabel })}
    >
      <p className="kpis__period">
        <span data-testid="kpi-period">{t('kpi.period', { period: model.periodLabel })}</span>
        <span className="kpis__prev">{t('kpi.previous', { period: model.previousLabel })}</span>
      </p>
      {model.incomplete && (
        <p className="kpis__incomplete" data-testid="kpi-incomplete">
          {model.incomplete}
        </p>
      )}
      <div className="kpis__grid">
        {model.tiles.map((k) => (
          <div key={k.id} className="kpi" data-testid={`kpi-${k.id}`}>
            <div className="kpi__label">{k.label}</div>
            <div className="kpi__value" data-testid={`kpi-${k.id}-value`}>
              {k.value}
            </div>
            <div className="kpi__delta" data-testid={`kpi-${k.id}-delta`}>
              {k.delta}
            </div>
            {k.note && (
              <div className="kpi__note" data-testid={`kpi-${k.id}-note`}>
                {k.note}
              </div>
            )}
          </div>
        ))}
      </div>
      {unbacked && (unbacked.interpolated.length > 0 || unbacked.carried.length > 0) && (
        <p className="kpis__synthetic" data-testid="kpi-synthetic-years">
          {t('kpi.syntheticYears', { interpolated: years(unbacked.interpolated), carried: years(unbacked.carried) })}
        </p>
      )}
    </section>
  );
}
