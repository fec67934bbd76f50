import { useState } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import type { Problem } from '../../domain/import/problems.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';

const PAGE = 50;

/** The validation report's problems, 50 to a page: row, column, value and why. */
export function ProblemTable({ problems }: { problems: readonly Problem[] }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(problems.length / PAGE));
  const shown = problems.slice(page * PAGE, page * PAGE + PAGE);
  if (problems.length === 0) return null;
  return (
    <div className="problem-table" data-testid="problem-table">
      <table>
        <thead>
          <tr>
            <th>{t('import.problems.row')}</th>
            <th>{t('import.problems.column')}</th>
            <th>{t('import.problems.value')}</th>
            <th>{t('import.problems.why')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={`${p.row}-${p.column}-${i}`} className={`is-${p.severity}`} data-code={p.code}>
              <td>{p.row}</td>
              <td>{p.column}</td>
              <td className="problem-table__value">{p.value}</td>
              <td>
                {t(`import.problem.${p.code}` as MessageKey)}
                <span className="problem-table__detail"> ({p.detail})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <div className="pager">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('import.page.prev')}
          </button>
          <span data-testid="problem-page">{t('import.page.of', { page: page + 1, pages })}</span>
          <button
            type="button"
            disabled={page + 1 >= pages}
            onClick={() => setPage(page + 1)}
            data-testid="problem-next"
          >
            {t('import.page.next')}
          </button>
        </div>
      )}
    </div>
  );
}
