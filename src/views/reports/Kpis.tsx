import { useMemo } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { useQuery } from '../../state/use-query.ts';
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

interface KpiRow {
  period: 'current' | 'previous';
  accidents: number;
  major: number;
  users: number | null;
  duration_median: number | null;
}

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
  const query = useMemo(() => periodKpis(table, filters, period), [table, filters, period]);
  const result = useQuery<KpiRow>(query);
  if (result.status !== 'ok') return <div className="kpis kpis--pending" aria-busy="true" />;
  const cur = result.rows.find((r) => r.period === 'current');
  const prev = result.rows.find((r) => r.period === 'previous');
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
  const prevPeriod: [number, number] = [period[0] - 4, period[1] - 4];
  // The tiles compare two periods; say so when either stands on a synthetic year no published figure backs.
  const unbacked = synthetic
    ? unpublishedSampleYears(fromQuarterIndex(prevPeriod[0]).fiscalYear, fromQuarterIndex(period[1]).fiscalYear)
    : null;
  const years = (list: number[]) => (list.length ? list.map((fy) => formatFiscalYear(fy, lang)).join('・') : '—');
  return (
    <section
      className="kpis"
      data-testid="kpis"
      aria-busy={result.stale ?? false}
      aria-label={t('kpi.period', { period: periodLabel(period, lang) })}
    >
      <p className="kpis__period">
        <span data-testid="kpi-period">{t('kpi.period', { period: periodLabel(period, lang) })}</span>
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
