import { useMemo } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import type { ChartContext } from '../../charts/context.ts';
import { firstNotice, localNotice, noticeTimelineChart, type CaseNoticeRow } from '../../charts/notice-timeline.ts';
import { formatOccurred } from '../../i18n/case-format.ts';
import { formatDuration, formatDurationQualified } from '../../i18n/format.ts';
import { ChartCard } from '../ChartCard.tsx';
import type { CaseAnnotations, CaseDetailRow } from './case-rows.ts';

/** Minutes from a JST "YYYY-MM-DDTHH:MM+09:00" start to a JST "YYYY-MM-DDTHH:MM" time. */
function minutesAfter(occurredAt: string, at: string): number {
  return (Date.parse(`${at}:00Z`) - Date.parse(`${occurredAt.slice(0, 16)}:00Z`)) / 60_000;
}

/** A notice's channel and content cells in the page's language, each marked when the Japanese is jiko's. */
function NoticeText({ notice }: { notice: CaseNoticeRow }) {
  const { t, lang } = useI18n();
  const l = localNotice(notice, lang);
  const mark = (on: boolean) => on && <span className="case-fact__mark"> ({t('case.translated')})</span>;
  return (
    <>
      <td lang={lang}>
        {l.channel}
        {mark(l.channelTranslated)}
      </td>
      <td lang={lang}>
        {l.summary}
        {mark(l.summaryTranslated)}
      </td>
    </>
  );
}

/** How users were told: the number of notices, the time to the first one in words, the timeline, every notice. */
export function CaseNotices({
  row,
  notices,
  annotations,
  ctx,
}: {
  row: CaseDetailRow;
  notices: CaseNoticeRow[];
  annotations: CaseAnnotations;
  ctx: ChartContext;
}) {
  const { t, lang } = useI18n();
  const recoveredMin =
    annotations.recoveredAt && row.occurred_precision === 'minute'
      ? minutesAfter(row.occurred_at, annotations.recoveredAt)
      : null;
  const mainImpactMin = annotations.mainImpactMin;
  const markedChannel = (n: CaseNoticeRow) => {
    const l = localNotice(n, lang);
    return l.channelTranslated ? `${l.channel} (${t('case.translated')})` : l.channel;
  };
  const spec = useMemo(
    () =>
      notices.some((n) => n.minutes_from_start !== null)
        ? noticeTimelineChart({ ...row, main_impact_min: mainImpactMin, recovered_min: recoveredMin }, notices, ctx)
        : null,
    [row, notices, mainImpactMin, recoveredMin, ctx],
  );
  if (notices.length === 0)
    return (
      <p data-testid="first-notice">{t(row.imported_dataset ? 'case.notices.none.imported' : 'case.notices.none')}</p>
    );
  const first = firstNotice(notices, recoveredMin ?? row.duration_min);
  const params = first && {
    time: formatDuration(first.minutes, lang),
    duration:
      recoveredMin !== null
        ? formatDuration(recoveredMin, lang)
        : formatDurationQualified(row.duration_min, row.duration_qualifier, lang),
    channel: markedChannel(first.notice),
  };
  const firstText = !params
    ? t('case.notices.noStart')
    : first.afterRecovery === null
      ? t('case.notices.firstUnknownRecovery', params)
      : first.afterRecovery
        ? t('case.notices.after', params)
        : t('case.notices.first', params);
  return (
    <>
      <p className="case-notices__summary">
        <strong data-testid="notice-count">{t('case.notices.count', { n: notices.length })}</strong>
        {' · '}
        <span data-testid="first-notice" data-after-recovery={first?.afterRecovery ?? undefined}>
          {firstText}
        </span>
      </p>
      {spec && <ChartCard spec={spec} />}
      <div className="table-scroll notice-table">
        <table className="data-table" data-testid="notice-list">
          <caption className="visually-hidden">{t('timeline.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timeline.col.seq')}</th>
              <th scope="col">{t('timeline.col.published')}</th>
              <th scope="col">{t('timeline.col.sinceStart')}</th>
              <th scope="col">{t('timeline.col.channel')}</th>
              <th scope="col">{t('timeline.col.summary')}</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((n) => (
              <tr key={n.seq} data-testid="notice" className={n.seq === first?.seq ? 'is-first' : ''}>
                <td className="num">{n.seq}</td>
                <td className="nowrap">{formatOccurred(n.published_at, 'minute', lang)}</td>
                <td className="num">
                  {n.minutes_from_start === null
                    ? t('common.notPublished')
                    : formatDuration(n.minutes_from_start, lang)}
                </td>
                <NoticeText notice={n} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
