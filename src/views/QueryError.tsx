import { useI18n } from '../state/i18n-context.ts';
import { LoadFailure } from '../data/load-failure.ts';

export function QueryError({ error }: { error: Error }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="alert alert--error">
      <strong>{t('error.title')}</strong>
      {error instanceof LoadFailure && <p>{t(`fault.${error.part}.hint`, { file: error.file })}</p>}
      <pre>{error.message}</pre>
    </div>
  );
}
