import { useI18n } from '../../state/i18n-context.ts';
import type { RangeNotice } from '../../query/filter-ranges.ts';

/** What checkRanges changed in the ranges asked for, said once above the charts. */
export function RangeNotices({ notices }: { notices: RangeNotice[] }) {
  const { t } = useI18n();
  if (notices.length === 0) return null;
  return (
    <div className="range-notices" role="status" data-testid="range-notice">
      {notices.map((n) => (
        <p key={`${n.kind}-${n.filter}`}>{t(`range.${n.kind}`, { filter: t(`range.filter.${n.filter}`) })}</p>
      ))}
    </div>
  );
}
