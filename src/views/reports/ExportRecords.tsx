import { formatInteger } from '../../i18n/format.ts';
import type { ManifestDataset } from '../../data/manifest.ts';
import type { Filters } from '../../query/report-filters.ts';
import { useI18n } from '../../state/i18n-context.ts';
import { useExportRecords, type ExportRecordsStatus } from '../../state/use-export-records.ts';
import './export-records.css';

const FORMAT_NAME = { csv: 'CSV', parquet: 'Parquet' } as const;

/** The records under the current filters (brushed period included) as CSV or Parquet, with the export's status. */
export function ExportRecords({
  table,
  dataset,
  filters,
}: {
  table: string | null;
  dataset: ManifestDataset | undefined;
  filters: Filters;
}) {
  const { t, lang } = useI18n();
  const label = dataset?.synthetic
    ? t('export.synthetic')
    : dataset?.imported
      ? t('dataset.imported', { name: dataset.imported.name })
      : dataset?.id === 'public'
        ? t('dataset.public')
        : (dataset?.id ?? '');
  const { status, start, busy } = useExportRecords(table, dataset, filters, label);
  if (!table || !dataset) return null;
  const n = (rows: number) => formatInteger(rows, lang);
  const text = (s: ExportRecordsStatus): string => {
    switch (s.state) {
      case 'idle':
        return '';
      case 'query':
        return t('records.query');
      case 'encode':
        return t('records.encode', {
          n: n(s.rows),
          format: FORMAT_NAME[s.format],
          pct: Math.round(s.done * 100),
        });
      case 'done':
        return t('records.done', { n: n(s.rows), file: s.fileName });
      case 'failed':
        return t('records.failed', { message: s.error });
    }
  };
  return (
    <section className="export-records" aria-labelledby="export-records-heading" data-testid="export-records">
      <h3 id="export-records-heading" className="export-records__heading">
        {t('records.heading')}
      </h3>
      <button
        type="button"
        onClick={() => void start('csv')}
        disabled={busy}
        aria-label={t('records.csvLabel')}
        data-testid="export-records-csv"
      >
        {t('records.csv')}
      </button>
      <button
        type="button"
        onClick={() => void start('parquet')}
        disabled={busy}
        aria-label={t('records.parquetLabel')}
        data-testid="export-records-parquet"
      >
        {t('records.parquet')}
      </button>
      <p className="export-records__help">{t('records.help')}</p>
      <p
        className={`export-records__status${status.state === 'failed' ? ' notice is-error' : ''}`}
        role="status"
        data-testid="export-records-status"
        data-state={status.state}
      >
        {text(status)}
      </p>
    </section>
  );
}
