import type { ReactNode } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import type { DatasetView } from '../../state/use-dataset.ts';
import { LoadingScreen } from '../LoadingScreen.tsx';
import { QueryError } from '../QueryError.tsx';
import { TalliesReport } from './TalliesReport.tsx';
import { talliesTableOf } from '../../data/dataset-registry.ts';
import { DatasetSwitcher, SyntheticBanner } from './DatasetSwitcher.tsx';

/**
 * Heading, dataset switcher and the dataset's banner above a report view; the view's body shows once the dataset
 * is loaded. A dataset that fails to load shows its error and leaves the others as they were.
 */
export function DatasetGate(props: {
  view: DatasetView;
  datasetId: string;
  onDataset: (id: string) => void;
  heading: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { view } = props;
  // Quarterly tallies have no report-level rows: both report views show what the tallies carry instead.
  const tallies = view.dataset ? talliesTableOf(view.dataset) : null;
  return (
    <section className="view" aria-labelledby="report-heading">
      <div className="view-head">
        <h2 id="report-heading">{props.heading}</h2>
        <DatasetSwitcher value={props.datasetId} onChange={props.onDataset} />
      </div>
      {view.dataset?.imported ? (
        <p className="intro imported-banner" role="note" data-testid="imported-banner">
          <strong>{t('dataset.imported', { name: view.dataset.imported.name })}</strong> {t('imported.note')}
        </p>
      ) : view.dataset?.synthetic ? (
        <SyntheticBanner />
      ) : (
        <p className="intro" data-testid="public-note">
          {t('public.reportsNote')}
        </p>
      )}
      {view.status.state === 'loading' && <LoadingScreen step={view.status.step} />}
      {view.status.state === 'error' && <QueryError error={view.status.error} />}
      {!view.dataset && <QueryError error={new Error(t('dataset.unknown', { id: props.datasetId }))} />}
      {view.status.state === 'ready' && tallies ? <TalliesReport view={view} table={tallies} /> : null}
      {view.status.state === 'ready' && !tallies && props.children}
    </section>
  );
}
