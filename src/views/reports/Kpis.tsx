import { useMemo } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { useQueries } from '../../state/use-queries.ts';
import { fromQuarterIndex } from '../../domain/fiscal.ts';
import { unpublishedSampleYears } from '../../domain/sample-years.ts';
import {
  formatCompact,
  formatDuration,
  formatFiscalQuarter,
  formatFiscalYear,
  formatInteger,
  formatPercent,
  formatRange,
} from '../../i18n/format.ts';
import type { Filters } from '../../query/report-filters.ts';
import { periodKpis } from '../../query/reports.ts';

function periodLabel([a, b]: [number, number], lang: 'ja' | 'en'): string {
  const f = (i: number) => {
    const { fiscalYear, quarter } = fromQuarterIndex(i);
    return formatFiscalQuarter(fiscalYear, quarter, lang);
  };
  return formatRange(f(a), f(b), lang);
}

/** Headline figures of a period with their change against the same period one year earlier. */
export function Kpis({
  table,
  filters,
  period,
  synthetic = false,
}: {
  table: string;
  filters: Filters;
  period: [number, number];
  synthetic?: boolean;
}) {
  const { t, lang } = useI18n();
  const queries = useMemo(() => ({ kpis: periodKpis(table, filters, period) }), [table, filters, period]);
  // Numbers and the period they are labelled with come from the same answer: never a new label over old numbers.
  const { last, busy } = useQueries(queries, period);
  if (!last) return <div className="kpis kpis--pending" aria-busy="true" />;
  const shown = last.inputs;
  const cur = last.rows.kpis.find((r) => r.period === 'current');
  const prev = last.rows.kpis.find((r) => r.period === 'previous');
  const change = (a?: number | null, b?: number | null) => {
    if (a == null || b == null || b === 0) return t('kpi.noPrevious');
    return t('kpi.vsLastYear', { change: formatPercent((a - b) / b, lang) });
  };
  const items: { id: string; label: string; value: string; delta: string }[] = [
    {
      id: 'accidents',
      label: t('kpi.accidents'),
      value: formatInteger(cur?.accidents ?? 0, lang),
      delta: change(cur?.accidents ?? 0, prev?.accidents),
    },
    {
      id: 'major',
      label: t('kpi.major'),
      value: formatInteger(cur?.major ?? 0, lang),
      delta: change(cur?.major ?? 0, prev?.major),
    },
    {
      id: 'users',
      label: t('kpi.users'),
      value: cur?.users == null ? '—' : formatCompact(cur.users, lang),
      delta: change(cur?.users, prev?.users),
    },
    {
      id: 'duration',
      label: t('kpi.duration'),
      value: formatDuration(cur?.duration_median ?? null, lang),
      delta: change(cur?.duration_median, prev?.duration_median),
    },
  ];
  const prevPeriod: [number, number] = [shown[0] - 4, shown[1] - 4];
  // The tiles compare two periods; say so when either stands on a synthetic year no published figure backs.
  const unbacked = synthetic
    ? unpublishedSampleYears(fromQuarterIndex(prevPeriod[0]).fiscalYear, fromQuarterIndex(shown[1]).fiscalYear)
    : null;
  const years = (list: number[]) => (list.length ? list.map((fy) => formatFiscalYear(fy, lang)).join('・') : '—');
  return (
    <section
      className="kpis"
      data-testid="kpis"
      aria-busy={busy}
      aria-label={t('kpi.period', { period: periodLabel(shown, lang) })}
    >
      <p className="kpis__period">
        <span data-testid="kpi-period">{t('kpi.period', { period: periodLabel(shown, lang) })}</span>
        <span className="kpis__prev">{t('kpi.previous', { period: periodLabel(prevPeriod, lang) })}</span>
      </p>
      <div className="kpis__grid">
        {items.map((k) => (
          <div key={k.id} className="kpi" data-testid={`kpi-${k.id}`}>
            <div className="kpi__label">{k.label}</div>
            <div className="kpi__value" data-testid={`kpi-${k.id}-value`}>
              {k.value}
            </div>
            <div className="kpi__delta" data-testid={`kpi-${k.id}-delta`}>
              {k.delta}
            </div>
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
