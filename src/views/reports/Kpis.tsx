import { useMemo, useState } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { useQueries } from '../../state/use-queries.ts';
import { kpiPeriod, kpiTiles } from '../../charts/kpi-tiles.ts';
import { fromQuarterIndex } from '../../domain/fiscal.ts';
import { unpublishedSampleYears } from '../../domain/sample-years.ts';
import { formatFiscalYear } from '../../i18n/format.ts';
import type { Filters } from '../../query/report-filters.ts';
import { kpiQuarters, periodKpis } from '../../query/reports.ts';
import { sumKpis } from '../../query/quarter-sums.ts';

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
  /** A brush is being dragged: ask for the figures per quarter, so each step is summed in the page. */
  brushing?: boolean;
}) {
  const { table, filters, period, dataEnd, qualifiers = false, synthetic = false, brushing = false } = props;
  const { t, lang } = useI18n();
  const [a, b] = kpiPeriod(period, dataEnd);
  // Once a brush is dragged, the figures per fiscal quarter are asked once for the filter state (the time window
  // aside) and every period is summed in the page (query/quarter-sums.ts), so a brush step sends nothing to DuckDB;
  // they stay in use until the filters change. Otherwise one scan of the reports per period is cheaper than asking
  // for every quarter. Both give the same rows (tests/unit/report-oracles.test.ts).
  const cubeKey = JSON.stringify({ ...filters, period: undefined, fyFrom: undefined, fyTo: undefined });
  const stateKey = JSON.stringify([table, qualifiers, cubeKey]);
  const [quartersFor, setQuartersFor] = useState<string | null>(null);
  if (brushing && quartersFor !== stateKey) setQuartersFor(stateKey);
  const perQuarter = quartersFor === stateKey;
  const quartersQ = useMemo(
    () => (perQuarter ? { quarters: kpiQuarters(table, JSON.parse(cubeKey) as Filters, qualifiers) } : null),
    [perQuarter, table, cubeKey, qualifiers],
  );
  const quarters = useQueries(quartersQ, null);
  // Only this filter state's answer: while a new one is asked, `last` still holds the previous state's rows.
  const summed = quarters.busy || quarters.error ? null : (quarters.last?.rows.quarters ?? null);
  const rawQ = useMemo(
    () => (summed ? null : { kpis: periodKpis(table, filters, [a, b], qualifiers) }),
    [summed, table, filters, a, b, qualifiers],
  );
  // Numbers and the period they are labelled with come from the same answer: never a new label over old numbers.
  const raw = useQueries(rawQ, { period, dataEnd });
  const local = useMemo(
    () => (summed ? { rows: { kpis: sumKpis(summed, [a, b]) }, inputs: { period, dataEnd } } : null),
    [summed, a, b, period, dataEnd],
  );
  // When the filters change after a brush, the summed figures stay shown, with their label, until the scan for
  // the new filters answers (not the figures from before the brush).
  const [prevSummed, setPrevSummed] = useState(summed);
  const [stay, setStay] = useState<typeof local>(null);
  if (summed !== prevSummed) {
    setPrevSummed(summed);
    if (!summed && prevSummed) setStay({ rows: { kpis: sumKpis(prevSummed, [a, b]) }, inputs: { period, dataEnd } });
  }
  if (stay && !raw.busy && raw.last) setStay(null);
  const last = local ?? (raw.busy && stay ? stay : raw.last);
  const busy = local ? false : raw.busy;
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
