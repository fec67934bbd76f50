import { LoadFailure } from '../data/load-failure.ts';
import type { LoadStep } from '../data/load-dataset.ts';
import { useI18n } from '../state/i18n-context.ts';

/** Progress while DuckDB starts and the tables load: engine → decoder → each table. */
export function LoadingScreen({ step }: { step: LoadStep }) {
  const { t } = useI18n();
  let label: string;
  let value: number;
  switch (step.step) {
    case 'engine':
      label = t('loading.step.engine');
      value = 0.1;
      break;
    case 'parquet':
      label = t('loading.step.parquet');
      value = 0.4;
      break;
    case 'table':
      label = t('loading.step.table', { table: step.table });
      value = 0.5 + (0.5 * step.index) / step.total;
      break;
    default:
      label = t('loading.step.done');
      value = 1;
  }
  return (
    <div className="loading" role="status" aria-live="polite" data-testid="loading">
      <h2>{t('loading.title')}</h2>
      <progress max={1} value={value} aria-label={label} />
      <p>{label}</p>
    </div>
  );
}

/** `snapshotShown`: the view below is still drawn, from the snapshot; the message says what does not work. */
export function ErrorScreen({ error, snapshotShown = false }: { error: Error; snapshotShown?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="alert alert--error" role="alert" data-testid="load-error">
      <h2>{t('error.title')}</h2>
      {snapshotShown && <p data-testid="load-error-snapshot">{t('error.snapshotShown')}</p>}
      {error instanceof LoadFailure && (
        <>
          <p data-testid="load-error-part">{t(`fault.${error.part}`, { file: error.file })}</p>
          <p>{t(`fault.${error.part}.hint`, { file: error.file })}</p>
        </>
      )}
      <p className="alert__message">{error.message}</p>
      <details>
        <summary>{t('error.detail')}</summary>
        <pre>{error.stack}</pre>
      </details>
      <button type="button" onClick={() => window.location.reload()}>
        {t('error.retry')}
      </button>
    </div>
  );
}
