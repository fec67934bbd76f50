import { useMemo } from 'react';
import { caseHref } from '../../state/links.ts';
import { useQuery } from '../../state/use-query.ts';
import type { ChartContext } from '../../charts/context.ts';
import { firstChannel, firstNoticeChart, type FirstNoticeRow } from '../../charts/first-notice.ts';
import { isAfterRecovery } from '../../charts/notice-timeline.ts';
import { formatDuration } from '../../i18n/format.ts';
import { CASE_INDEX_QUERIES } from '../../query/first-views.ts';
import { ChartCard } from '../ChartCard.tsx';
import { QueryError } from '../QueryError.tsx';

const QUERY = CASE_INDEX_QUERIES.firstNotices;

/** Time to first public notice across every case whose notices are timed: a chart, and the same in words. */
export function FirstNoticeSection({ ctx }: { ctx: ChartContext }) {
  const { t, lang } = ctx;
  const result = useQuery(QUERY);
  const spec = useMemo(() => (result.status === 'ok' ? firstNoticeChart(result.rows, ctx) : null), [result, ctx]);
  if (result.status === 'error') return <QueryError error={result.error} />;
  if (result.status !== 'ok' || !spec) return null;
  const operator = (r: FirstNoticeRow) => (lang === 'ja' ? r.operator_ja : r.operator_en);
  return (
    <section className="first-notices" aria-labelledby="first-notices-heading" data-testid="first-notices">
      <h3 id="first-notices-heading">{t('case.notices')}</h3>
      <ul className="first-notice-list">
        {result.rows.map((r) => {
          if (r.first_minutes === null) return null;
          const params = {
            id: r.id,
            operator: operator(r),
            time: formatDuration(r.first_minutes, lang),
            duration: formatDuration(r.duration_min, lang),
            channel: firstChannel(r, ctx),
          };
          const after = isAfterRecovery(r.first_minutes, r.duration_min);
          return (
            <li key={r.id} data-testid="first-notice-summary" data-case-id={r.id}>
              <a href={caseHref(r.id, lang)}>
                {after ? t('notices.summary.after', params) : t('notices.summary.first', params)}
              </a>
            </li>
          );
        })}
      </ul>
      <ChartCard spec={spec} />
    </section>
  );
}
