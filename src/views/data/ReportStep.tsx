import { useState } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { problemsCsv } from '../../domain/import/problems.ts';
import type { ValidationSummary } from '../../data/import/protocol.ts';
import { downloadBlob } from '../../export/download.ts';
import { formatQuarterIndex } from './period-text.ts';
import { ProblemTable } from './ProblemTable.tsx';

/** How many rows are fine, every problem by row and column, and the choice: import the valid rows, or cancel. */
export function ReportStep(props: {
  summary: ValidationSummary;
  defaultName: string;
  onImport: (name: string) => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const { summary } = props;
  const [name, setName] = useState(props.defaultName);
  const download = () => {
    const header = [
      t('import.problems.row'),
      t('import.problems.column'),
      t('import.problems.value'),
      'severity',
      'code',
      t('import.problems.why'),
    ];
    downloadBlob(
      new Blob([problemsCsv(summary.problems, header)], { type: 'text/csv;charset=utf-8' }),
      `${props.defaultName}_problems.csv`,
    );
  };
  return (
    <div className="import-report" data-testid="import-report">
      <ul className="import-summary">
        <li data-testid="import-total">{t('import.summary.total', { n: summary.total.toLocaleString() })}</li>
        <li data-testid="import-valid">{t('import.summary.valid', { n: summary.valid.toLocaleString() })}</li>
        <li data-testid="import-errors">
          {t('import.summary.errors', { n: (summary.total - summary.valid).toLocaleString() })}
        </li>
        <li data-testid="import-warnings">
          {t('import.summary.warnings', {
            n: summary.warnings.toLocaleString(),
            rows: summary.flagged.toLocaleString(),
          })}
        </li>
        {summary.period && (
          <li data-testid="import-period">
            {t('import.summary.period', {
              from: formatQuarterIndex(summary.period[0], lang),
              to: formatQuarterIndex(summary.period[1], lang),
            })}
          </li>
        )}
      </ul>
      <ProblemTable problems={summary.problems} />
      {summary.problems.length > 0 && (
        <button type="button" onClick={download} data-testid="import-problems-csv">
          {t('import.problems.download')}
        </button>
      )}
      <div className="import-actions">
        <label>
          {t('import.name')}{' '}
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="import-name" maxLength={80} />
        </label>
        <button
          type="button"
          onClick={() => props.onImport(name)}
          disabled={summary.valid === 0}
          data-testid="import-commit"
        >
          {t('import.commit', { n: summary.valid.toLocaleString() })}
        </button>
        <button type="button" onClick={props.onBack} data-testid="import-back">
          {t('import.back')}
        </button>
        <button type="button" onClick={props.onCancel} data-testid="import-cancel">
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
