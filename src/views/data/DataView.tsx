import { useI18n } from '../../state/i18n-context.ts';
import { ImportedList } from './ImportedList.tsx';
import { ImportWizard } from './ImportWizard.tsx';
import { SchemaPage } from './SchemaPage.tsx';
import './data.css';

/** #/data: import your own data, the datasets imported so far, and the shapes jiko reads. */
export default function DataView() {
  const { t } = useI18n();
  return (
    <section className="view data-view" aria-labelledby="data-heading">
      <div className="view-head">
        <h2 id="data-heading">{t('data.heading')}</h2>
      </div>
      <p className="intro">{t('data.intro')}</p>
      <ImportWizard />
      <ImportedList />
      <SchemaPage />
    </section>
  );
}
