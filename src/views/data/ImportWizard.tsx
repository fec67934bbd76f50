import { useI18n } from '../../state/i18n-context.ts';
import { IMPORT_LIMITS } from '../../data/import/limits.ts';
import { formatHash } from '../../state/url-state.ts';
import { QuotaError, useImport } from '../../state/use-import.ts';
import { importErrorText } from './import-error-text.ts';
import { MappingStep } from './MappingStep.tsx';
import { ReportStep } from './ReportStep.tsx';

const MB = 1024 * 1024;

/** File → mapping → validation report → import. Errors name the problem; nothing loaded is ever touched. */
export function ImportWizard() {
  const { t, lang } = useI18n();
  const imp = useImport();
  const { state } = imp;
  const fileName = (imp.fileName || 'import').replace(/\.[^.]+$/, '');
  return (
    <section className="import-wizard" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('import.heading')}</h3>
      <p className="intro">{t('import.intro')}</p>
      <p className="import-limits" data-testid="import-limits">
        {t('import.limits', {
          text: IMPORT_LIMITS.textBytes / MB,
          xlsx: IMPORT_LIMITS.xlsxBytes / MB,
          rows: IMPORT_LIMITS.rows.toLocaleString(),
          columns: IMPORT_LIMITS.columns,
        })}
      </p>
      <label className="import-file">
        {t('import.choose')}{' '}
        <input
          type="file"
          accept=".csv,.tsv,.txt,.parquet,.xlsx,text/csv,text/tab-separated-values"
          data-testid="import-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void imp.open(f);
          }}
        />
      </label>
      {state.step === 'reading' && (
        <div className="import-progress" data-testid="import-progress" role="status">
          <progress max={state.progress?.total ?? 1} value={state.progress?.loaded ?? 0} />{' '}
          {state.progress
            ? t('import.reading', {
                pct: Math.round((100 * state.progress.loaded) / Math.max(1, state.progress.total)),
              })
            : t('import.starting')}
          <button type="button" onClick={imp.cancel} data-testid="import-cancel">
            {t('import.cancel')}
          </button>
        </div>
      )}
      {(state.step === 'mapping' || state.step === 'validating') && (
        <MappingStep
          file={state.file}
          shape={state.shape}
          mapping={state.mapping}
          busy={state.step === 'validating'}
          onShape={imp.setShape}
          onColumn={imp.setColumn}
          onEncoding={imp.reopen}
          onValidate={() => void imp.validate()}
          onCancel={imp.cancel}
        />
      )}
      {state.step === 'validating' && <p role="status">{t('import.validating')}</p>}
      {state.step === 'report' && (
        <ReportStep
          summary={state.summary}
          defaultName={fileName}
          onImport={(name) => void imp.commit(name)}
          onBack={() => imp.setShape(state.shape)}
          onCancel={imp.cancel}
        />
      )}
      {state.step === 'saving' && <p role="status">{t('import.saving')}</p>}
      {state.step === 'done' && (
        <p className="notice is-ok" data-testid="import-done" role="status">
          {t('import.done', { name: state.meta.name, n: state.meta.rows.toLocaleString() })}{' '}
          {state.meta.shape === 'cases' ? (
            <a href={formatHash({ view: 'cases', id: null, lang, params: {} })} data-testid="import-open-cases">
              {t('import.openCases')}
            </a>
          ) : (
            <a
              href={formatHash({ view: 'quarterly', id: null, lang, params: { ds: state.meta.id } })}
              data-testid="import-open-quarterly"
            >
              {t('import.openQuarterly')}
            </a>
          )}
        </p>
      )}
      {state.step === 'cancelled' && (
        <p className="notice" data-testid="import-cancelled" role="status">
          {t('import.cancelled')}
        </p>
      )}
      {state.step === 'failed' && (
        <p
          className="notice is-error"
          role="alert"
          data-testid="import-error"
          data-code={
            'code' in state.error ? String(state.error.code) : state.error instanceof QuotaError ? 'quota' : 'other'
          }
        >
          {importErrorText(state.error, t)}
        </p>
      )}
    </section>
  );
}
