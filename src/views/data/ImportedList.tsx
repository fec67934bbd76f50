import { useState, useSyncExternalStore } from 'react';
import { useData } from '../../state/data-context.ts';
import { useI18n } from '../../state/i18n-context.ts';
import { formatHash } from '../../state/url-state.ts';
import { importedDatasets, tableNameOf } from '../../data/imported/imported-datasets.ts';
import type { ImportedMeta } from '../../data/imported/store.ts';
import { csvBlob } from '../../export/csv.ts';
import { downloadBlob } from '../../export/download.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { exportRows } from '../../query/imported.ts';
import { formatQuarterIndex } from './period-text.ts';

const noop = () => () => undefined;
const zero = () => 0;
const safe = (s: string) => s.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60);
const stamp = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

/** The user's imported datasets: name, shape, rows, period, source file; rename, remove, re-export. */
export function ImportedList() {
  const { t, lang } = useI18n();
  const data = useData();
  const store = importedDatasets();
  useSyncExternalStore(store?.subscribe ?? noop, store?.getVersion ?? zero);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!store) return null;
  const metas = store.metas;

  const exportCsv = async (m: ImportedMeta) => {
    if (data.status !== 'ready') return;
    try {
      // A dataset restored from storage loads into DuckDB on first use.
      await data.registry.ensure(m.id);
      const rows = await data.run(exportRows(tableNameOf(m.id), m.shape));
      const keys = rows[0] ? Object.keys(rows[0]) : [];
      downloadBlob(
        csvBlob(
          keys.map((k) => ({ key: k, label: k })),
          rows,
        ),
        `jiko_imported_${safe(m.name)}_${stamp()}.csv`,
      );
    } catch (e) {
      setError(String(e));
    }
  };
  const exportParquet = async (m: ImportedMeta) => {
    const bytes = await store.parquetOf(m.id);
    downloadBlob(
      new Blob([bytes as BlobPart], { type: 'application/vnd.apache.parquet' }),
      `jiko_imported_${safe(m.name)}_${stamp()}.parquet`,
    );
  };

  return (
    <section className="imported-list" aria-labelledby="imported-heading">
      <h3 id="imported-heading">{t('imported.heading')}</h3>
      {metas.length === 0 && <p data-testid="imported-empty">{t('imported.none')}</p>}
      {error && <p className="notice is-error">{error}</p>}
      {metas.length > 0 && (
        <table data-testid="imported-table">
          <thead>
            <tr>
              <th>{t('imported.name')}</th>
              <th>{t('imported.shape')}</th>
              <th>{t('imported.rows')}</th>
              <th>{t('imported.period')}</th>
              <th>{t('imported.source')}</th>
              <th>{t('imported.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {metas.map((m) => (
              <tr key={m.id} data-testid={`imported-${m.id}`} data-name={m.name}>
                <td>
                  {editing?.id === m.id ? (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        if (editing.name.trim())
                          void store.rename(m.id, editing.name.trim()).then(() => setEditing(null));
                      }}
                    >
                      <input
                        value={editing.name}
                        onChange={(e) => setEditing({ id: m.id, name: e.target.value })}
                        aria-label={t('imported.name')}
                        data-testid="imported-rename-input"
                        maxLength={80}
                      />
                      <button type="submit" data-testid="imported-rename-save">
                        {t('imported.save')}
                      </button>
                    </form>
                  ) : (
                    <a
                      href={
                        m.shape === 'cases'
                          ? formatHash({ view: 'cases', id: null, lang, params: {} })
                          : formatHash({ view: 'quarterly', id: null, lang, params: { ds: m.id } })
                      }
                      data-testid="imported-open"
                    >
                      {m.name}
                    </a>
                  )}
                </td>
                <td>{t(`import.shape.${m.shape}` as MessageKey)}</td>
                <td data-testid="imported-rows">{m.rows.toLocaleString()}</td>
                <td>
                  {m.period
                    ? `${formatQuarterIndex(m.period[0], lang)} – ${formatQuarterIndex(m.period[1], lang)}`
                    : ''}
                </td>
                <td className="imported-list__file">
                  {m.file.name} ({(m.file.size / 1024).toFixed(1)} KB, sha256{' '}
                  <code title={m.file.sha256}>{m.file.sha256.slice(0, 12)}</code>)
                  <br />
                  {t('imported.at', {
                    at: new Date(m.importedAt).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
                      timeZone: 'Asia/Tokyo',
                    }),
                  })}
                  {m.skipped > 0 && ` · ${t('imported.skipped', { n: m.skipped })}`}
                </td>
                <td className="imported-list__actions">
                  <button
                    type="button"
                    onClick={() => setEditing({ id: m.id, name: m.name })}
                    data-testid="imported-rename"
                  >
                    {t('imported.rename')}
                  </button>
                  <button type="button" onClick={() => void exportCsv(m)} data-testid="imported-export-csv">
                    CSV
                  </button>
                  <button type="button" onClick={() => void exportParquet(m)} data-testid="imported-export-parquet">
                    Parquet
                  </button>
                  {confirming === m.id ? (
                    <span
                      role="alertdialog"
                      aria-label={t('imported.confirm', { name: m.name })}
                      data-testid="imported-confirm"
                    >
                      {t('imported.confirm', { name: m.name })}{' '}
                      <button
                        type="button"
                        onClick={() =>
                          void store.remove(m.id).then(
                            () => setConfirming(null),
                            (e: unknown) => setError(String(e)),
                          )
                        }
                        data-testid="imported-remove-yes"
                      >
                        {t('imported.remove.yes')}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)} data-testid="imported-remove-no">
                        {t('imported.remove.no')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" onClick={() => setConfirming(m.id)} data-testid="imported-remove">
                      {t('imported.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
