import { useMemo } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import type { ReportChartContext } from '../../charts/report-context.ts';
import type { ManifestDataset } from '../../data/manifest.ts';
import { filterSubtitle } from '../../charts/filter-subtitle.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import type { Filters } from '../../query/report-filters.ts';
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
    const label = synthetic ? `${name} (${t('synthetic.short')})` : name;
    const seed = SEED.exec(dataset?.provenance ?? '')?.[1] ?? '';
    return {
      lang,
      t,
      datasetLabel: filterSubtitle(label, filters, t, lang),
      highlightLabel: filterSubtitle(label, filters, t, lang, 'highlight'),
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
