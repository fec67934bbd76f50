import { useMemo, useState } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { sqlResultChart } from '../../charts/sql-result-chart.ts';
import { SqlRefused } from '../../data/sql-console.ts';
import { csvBlob } from '../../export/csv.ts';
import { downloadBlob } from '../../export/download.ts';
import { useSqlConsole } from '../../state/use-sql-console.ts';
import { ChartCard } from '../ChartCard.tsx';
import { ResultTable } from './ResultTable.tsx';
import { editorText, SqlEditor } from './SqlEditor.tsx';
import './sql.css';

const EXAMPLE = `SELECT fiscal_year, quarter, count(*) AS accidents
FROM sample_reports
GROUP BY ALL
ORDER BY ALL`;

/** #/sql: DuckDB SQL over every loaded table, read-only against jiko's own tables. */
export default function SqlView() {
  const { t, lang } = useI18n();
  const { state, schema, run, cancel } = useSqlConsole();
  const [chart, setChart] = useState(false);
  const spec = useMemo(
    () =>
      state.status === 'ok' && chart
        ? sqlResultChart(state.result, state.sql, {
            lang,
            t,
            datasetLabel: 'SQL',
            synthetic: /sample_/.test(state.sql),
          })
        : null,
    [state, chart, lang, t],
  );
  const start = (sql: string) => {
    setChart(false);
    void run(sql);
  };
  return (
    <section className="view sql-view" aria-labelledby="sql-heading">
      <div className="view-head">
        <h2 id="sql-heading">{t('sql.heading')}</h2>
      </div>
      <p className="intro">{t('sql.intro')}</p>
      <div className="sql-layout">
        <aside className="sql-schema" data-testid="sql-schema" aria-label={t('sql.schema')}>
          <h3>{t('sql.schema')}</h3>
          {schema.map((tb) => (
            <details key={tb.table} data-table={tb.table}>
              <summary>
                <code>{tb.table}</code>
              </summary>
              <ul>
                {tb.columns.map((c) => (
                  <li key={c.name}>
                    <code>{c.name}</code> <span className="sql-result__type">{c.type}</span>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </aside>
        <div className="sql-main">
          <SqlEditor initial={EXAMPLE} schema={schema} onRun={start} label={t('sql.editor')} />
          <div className="import-actions">
            <button
              type="button"
              onClick={() => start(editorText())}
              disabled={state.status === 'running'}
              data-testid="sql-run"
            >
              {t('sql.run')}
            </button>
            {state.status === 'running' && (
              <button type="button" onClick={cancel} data-testid="sql-cancel">
                {t('import.cancel')}
              </button>
            )}
            {state.status === 'ok' && (
              <>
                <button type="button" onClick={() => setChart(true)} data-testid="sql-chart">
                  {t('sql.chartThis')}
                </button>
                <button
                  type="button"
                  data-testid="sql-csv"
                  onClick={() =>
                    downloadBlob(
                      csvBlob(
                        state.result.columns.map((c) => ({ key: c.name, label: c.name })),
                        state.result.rows,
                      ),
                      `jiko_sql_${new Date().toISOString().slice(0, 10).replace(/-/g, '')}.csv`,
                    )
                  }
                >
                  CSV
                </button>
              </>
            )}
            <span className="sql-note">{t('sql.readOnly')}</span>
          </div>
          {state.status === 'running' && <p role="status">{t('sql.running')}</p>}
          {state.status === 'cancelled' && (
            <p role="status" className="notice" data-testid="sql-cancelled">
              {t('sql.cancelled')}
            </p>
          )}
          {state.status === 'error' && (
            <pre className="notice is-error sql-error" role="alert" data-testid="sql-error">
              {state.error instanceof SqlRefused
                ? state.error.reason === 'refused'
                  ? t('sql.refused', { keyword: state.error.keyword ?? '' })
                  : t(state.error.reason === 'many' ? 'sql.many' : 'sql.empty')
                : state.error.message}
            </pre>
          )}
          {chart && state.status === 'ok' && !spec && <p className="notice">{t('sql.chart.none')}</p>}
          {spec && <ChartCard spec={spec} />}
          {state.status === 'ok' && <ResultTable key={state.sql + state.result.ms} result={state.result} />}
        </div>
      </div>
    </section>
  );
}
