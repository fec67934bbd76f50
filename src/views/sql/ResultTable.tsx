import { useMemo, useState } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import type { SqlResult } from '../../data/sql-console.ts';

const PAGE = 50;

function compare(a: unknown, b: unknown): number {
  if (a == null) return b == null ? 0 : 1;
  if (b == null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'ja');
}

function show(v: unknown): string {
  if (v == null) return 'NULL';
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** A query's rows, 50 to a page, sorted by a click on a header (again: descending). */
export function ResultTable({ result }: { result: SqlResult }) {
  const { t } = useI18n();
  const [sort, setSort] = useState<{ key: string; desc: boolean } | null>(null);
  const [page, setPage] = useState(0);
  const rows = useMemo(() => {
    if (!sort) return result.rows;
    const out = [...result.rows].sort((a, b) => compare(a[sort.key], b[sort.key]));
    return sort.desc ? out.toReversed() : out;
  }, [result.rows, sort]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  return (
    <div className="sql-result" data-testid="sql-result">
      <p data-testid="sql-result-count">
        {t('sql.rows', { n: result.rows.length.toLocaleString(), ms: Math.round(result.ms) })}
        {result.truncated && ` ${t('sql.truncated', { n: result.rows.length.toLocaleString() })}`}
      </p>
      <table>
        <thead>
          <tr>
            {result.columns.map((c) => (
              <th key={c.name} aria-sort={sort?.key === c.name ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  data-testid={`sql-sort-${c.name}`}
                  onClick={() => {
                    setSort(sort?.key === c.name ? { key: c.name, desc: !sort.desc } : { key: c.name, desc: false });
                    setPage(0);
                  }}
                >
                  {c.name}
                </button>
                <span className="sql-result__type">{c.type}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(page * PAGE, page * PAGE + PAGE).map((r, i) => (
            <tr key={i}>
              {result.columns.map((c) => (
                <td key={c.name}>{show(r[c.name])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <div className="pager">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('import.page.prev')}
          </button>
          <span>{t('import.page.of', { page: page + 1, pages })}</span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)} data-testid="sql-next">
            {t('import.page.next')}
          </button>
        </div>
      )}
    </div>
  );
}
