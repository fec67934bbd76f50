import { useMemo } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import type { ReportChartContext } from '../../charts/report-context.ts';
import type { ManifestDataset } from '../../data/manifest.ts';
import { formatDuration, formatFiscalYear, formatInteger, formatQuarter, formatRange } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { activeFilterCount, type Filters } from '../../query/report-filters.ts';
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
    const imported = dataset?.imported;
    const name = imported
      ? t('dataset.imported', { name: imported.name })
      : t(`dataset.${dataset?.id ?? 'public'}` as MessageKey);
    const parts = [synthetic ? `${name} (${t('synthetic.short')})` : name];
    const range = (lo: number | undefined, hi: number | undefined, fmt: (n: number) => string) =>
      formatRange(lo === undefined ? undefined : fmt(lo), hi === undefined ? undefined : fmt(hi), lang);
    const fy = (y: number) => formatFiscalYear(y, lang);
    if (filters.fyFrom !== undefined || filters.fyTo !== undefined) parts.push(range(filters.fyFrom, filters.fyTo, fy));
    if (filters.causes.length) parts.push(filters.causes.map((c) => t(`cause.${c}`)).join('・'));
    if (filters.services.length) parts.push(filters.services.map((s) => t(`service.${s}`)).join('・'));
    if (filters.operators.length) parts.push(filters.operators.join('・'));
    if (filters.quarters.length) parts.push(filters.quarters.map((q) => formatQuarter(q, lang)).join('・'));
    if (filters.majorOnly) parts.push(t('filters.major'));
    if (filters.usersMin !== undefined || filters.usersMax !== undefined)
      parts.push(`${t('filters.users')} ${range(filters.usersMin, filters.usersMax, (n) => formatInteger(n, lang))}`);
    if (filters.durationMin !== undefined || filters.durationMax !== undefined)
      parts.push(
        `${t('filters.duration')} ${range(filters.durationMin, filters.durationMax, (n) => formatDuration(n, lang))}`,
      );
    const rest = activeFilterCount(filters) - (filters.period ? 1 : 0);
    const seed = SEED.exec(dataset?.provenance ?? '')?.[1] ?? '';
    return {
      lang,
      t,
      datasetLabel: rest || parts.length > 1 ? parts.join(' · ') : parts[0]!,
      synthetic,
      drillHref,
      source: imported
        ? t('source.reports.imported', { file: imported.fileName })
        : synthetic
          ? t('source.reports.sample', { seed })
          : t('source.reports.public'),
      datasetNotes: imported ? [t('imported.note')] : synthetic ? [t('synthetic.banner')] : [t('public.reportsNote')],
    };
  }, [dataset, filters, drillHref, t, lang]);
}
