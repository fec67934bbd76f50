import { useI18n } from '../state/i18n-context.ts';

export function QueryError({ error }: { error: Error }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="alert alert--error">
      <strong>{t('error.title')}</strong>
      <pre>{error.message}</pre>
    </div>
  );
}
