import type { Cause } from '../domain/causes.ts';
import { useMemo } from 'react';
import { useI18n } from '../state/i18n-context.ts';
import { useQuery } from '../state/use-query.ts';
import { caseHref, casesHref } from '../state/links.ts';
import { casesByCauseChart } from '../charts/cases-by-cause.ts';
import type { ChartContext } from '../charts/context.ts';
import { usePublicChartContext } from './use-public-chart-context.ts';
import { durationUsersChart } from '../charts/duration-users.ts';
import { majorTotalsChart, reportedTotalsChart } from '../charts/published-totals.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { OVERVIEW_QUERIES as Q } from '../query/first-views.ts';
import { CasesTable } from './CasesTable.tsx';
import { ChartCard } from './ChartCard.tsx';
import { QueryError } from './QueryError.tsx';

export function Overview() {
  const { lang, t } = useI18n();
  const base = usePublicChartContext();
  const ctx: ChartContext = useMemo(
    () => ({
      ...base,
      links: {
        caseHref: (id) => caseHref(id, lang),
        casesHref: ({ cause, fiscalYear, major }) =>
          casesHref(
            {
              ...(cause ? { causes: [cause as Cause] } : {}),
              ...(major ? { major: ['major' as const] } : {}),
              fyFrom: fiscalYear,
              fyTo: fiscalYear,
            },
            lang,
          ),
      },
    }),
    [base, lang],
  );
  const byCause = useQuery(Q.byCause);
  const reported = useQuery(Q.reported);
  const major = useQuery(Q.major);
  const scatter = useQuery(Q.scatter);
  const table = useQuery(Q.table);
  const coverage = useQuery(Q.coverage);
  const total = coverage.status === 'ok' ? (coverage.rows[0]?.cases ?? 0) : 0;

  const specs = useMemo(() => {
    const out: ChartSpec[] = [];
    if (byCause.status === 'ok' && total) out.push(casesByCauseChart(byCause.rows, ctx, total));
    if (reported.status === 'ok') out.push(reportedTotalsChart(reported.rows, ctx));
    if (major.status === 'ok') out.push(majorTotalsChart(major.rows, ctx));
    if (scatter.status === 'ok' && total) out.push(durationUsersChart(scatter.rows, ctx, total - scatter.rows.length));
    return out;
  }, [byCause, reported, major, scatter, total, ctx]);

  const failed = [byCause, reported, major, scatter, table, coverage].find((r) => r.status === 'error');
  const cov = coverage.status === 'ok' ? coverage.rows[0] : undefined;

  return (
    <section className="view" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('overview.heading')}</h2>
      {cov && (
        <p className="intro">{t('overview.intro', { cases: cov.cases, first: cov.first_fy, last: cov.last_fy })}</p>
      )}
      {failed?.status === 'error' && <QueryError error={failed.error} />}
      <div className="chart-grid">
        {specs.map((s) => (
          <ChartCard key={s.id} spec={s} />
        ))}
      </div>
      {table.status === 'ok' && <CasesTable rows={table.rows} caption={t('table.cases.title')} />}
    </section>
  );
}
