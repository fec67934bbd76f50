import { useMemo } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import type { ReportChartContext } from '../../charts/report-context.ts';
import type { ManifestDataset } from '../../data/manifest.ts';
import { formatFiscalYear } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { activeFilterCount, type Filters } from '../../query/filters.ts';
import type { CellKey } from '../../query/reports.ts';

const SEED = /seed (\d+)/;

/** The context every report chart gets: dataset label with active filters, source line and dataset caveats. */
export function useReportChartContext(
  dataset: ManifestDataset | undefined,
  filters: Filters,
  drillHref: (cell: CellKey[]) => string,
): ReportChartContext {
  const { t, lang } = useI18n();
  return useMemo(() => {
    const synthetic = dataset?.synthetic ?? false;
    const name = t(`dataset.${dataset?.id ?? 'public'}` as MessageKey);
    const parts = [synthetic ? `${name} (${t('synthetic.short')})` : name];
    if (filters.fyFrom !== undefined || filters.fyTo !== undefined) {
      parts.push(
        `${filters.fyFrom ? formatFiscalYear(filters.fyFrom, lang) : ''}–${filters.fyTo ? formatFiscalYear(filters.fyTo, lang) : ''}`,
      );
    }
    if (filters.causes.length) parts.push(filters.causes.map((c) => t(`cause.${c}`)).join('・'));
    if (filters.services.length) parts.push(filters.services.map((s) => t(`service.${s}`)).join('・'));
    if (filters.operators.length) parts.push(filters.operators.join('・'));
    if (filters.quarters.length)
      parts.push(filters.quarters.map((q) => (lang === 'ja' ? `第${q}四半期` : `Q${q}`)).join('・'));
    if (filters.majorOnly) parts.push(t('filters.major'));
    if (filters.usersMin !== undefined || filters.usersMax !== undefined)
      parts.push(`${t('filters.users')} ${filters.usersMin ?? ''}–${filters.usersMax ?? ''}`);
    if (filters.durationMin !== undefined || filters.durationMax !== undefined)
      parts.push(`${t('filters.duration')} ${filters.durationMin ?? ''}–${filters.durationMax ?? ''}`);
    const rest = activeFilterCount(filters) - (filters.period ? 1 : 0);
    const seed = SEED.exec(dataset?.provenance ?? '')?.[1] ?? '';
    return {
      lang,
      t,
      datasetLabel: rest || parts.length > 1 ? parts.join(' · ') : parts[0]!,
      synthetic,
      drillHref,
      source: synthetic ? t('source.reports.sample', { seed }) : t('source.reports.public'),
      datasetNotes: synthetic ? [t('synthetic.banner')] : [t('public.reportsNote')],
    };
  }, [dataset, filters, drillHref, t, lang]);
}
