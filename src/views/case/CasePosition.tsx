import { useMemo } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { casePositionChart } from '../../charts/case-position.ts';
import type { ChartContext } from '../../charts/context.ts';
import type { ScatterRow } from '../../charts/duration-users.ts';
import { ChartCard } from '../ChartCard.tsx';
import type { CaseDetailRow } from './case-rows.ts';

/** The case on the duration × users chart against its thresholds, or why it cannot be placed there. */
export function CasePosition({
  row,
  scatter,
  totalCases,
  ctx,
}: {
  row: CaseDetailRow;
  scatter: ScatterRow[];
  totalCases: number;
  ctx: ChartContext;
}) {
  const { t } = useI18n();
  const spec = useMemo(() => {
    if (row.duration_min === null || row.affected_users === null) return null;
    const focus = { ...row, duration_min: row.duration_min, affected_users: row.affected_users };
    return casePositionChart(scatter, focus, ctx, totalCases - scatter.length);
  }, [row, scatter, totalCases, ctx]);
  if (!spec) return <p data-testid="position-missing">{t('position.missing')}</p>;
  return <ChartCard spec={spec} />;
}
