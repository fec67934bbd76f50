import { useMemo } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { useQuery } from '../../state/use-query.ts';
import { kpiPeriod, kpiTiles, type KpiRow } from '../../charts/kpi-tiles.ts';
import type { Filters } from '../../query/report-filters.ts';
import { periodKpis } from '../../query/reports.ts';

/** Headline figures of a period with their change against the same period one year earlier. */
export function Kpis(props: {
  table: string;
  filters: Filters;
  period: [number, number];
  /** Last quarter index holding data: a period running past it is incomplete. */
  dataEnd?: number;
  /** The table has users_qualifier (the public cases). */
  qualifiers?: boolean;
}) {
  const { table, filters, period, dataEnd, qualifiers = false } = props;
  const { t, lang } = useI18n();
  const [a, b] = kpiPeriod(period, dataEnd);
  const query = useMemo(() => periodKpis(table, filters, [a, b], qualifiers), [table, filters, a, b, qualifiers]);
  const result = useQuery<KpiRow>(query);
  if (result.status !== 'ok') return <div className="kpis kpis--pending" aria-busy="true" />;
  const model = kpiTiles(result.rows, period, dataEnd, t, lang);
  return (
    <section
      className="kpis"
      data-testid="kpis"
      aria-busy={result.stale ?? false}
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
    </section>
  );
}
