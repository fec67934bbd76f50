import { useMemo } from 'react';
import type { ChartContext } from '../charts/context.ts';
import { useI18n } from '../state/i18n-context.ts';

/** The context of a chart over the public record (never synthetic), in the reader's language. */
export function usePublicChartContext(): ChartContext {
  const { lang, t } = useI18n();
  return useMemo(() => ({ lang, t, datasetLabel: t('dataset.public'), synthetic: false }), [lang, t]);
}
