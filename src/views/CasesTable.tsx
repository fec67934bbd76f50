import { useMemo, useState } from 'react';
import { useI18n } from '../state/i18n-context.ts';
import { caseHref } from '../state/links.ts';
import { CAUSE_COLOR } from '../domain/causes.ts';
import { formatOccurred, formatMajor } from '../i18n/case-format.ts';
import { formatDurationQualified, formatUsers } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
import { sortRows, type SortDir } from './sort-rows.ts';
import type { CaseListRow } from '../query/cases.ts';
export type { CaseListRow } from '../query/cases.ts';

export type ColumnKey = 'id' | 'date' | 'operator' | 'duration' | 'users' | 'cause' | 'major' | 'evidence';
export type CaseSort = { key: ColumnKey; dir: SortDir };

const HEADERS: Record<ColumnKey, MessageKey> = {
  id: 'cases.col.id',
  date: 'table.col.date',
  operator: 'table.col.operator',
  duration: 'table.col.duration',
  users: 'table.col.users',
  cause: 'table.col.cause',
  major: 'table.col.major',
  evidence: 'table.col.evidence',
};

export const COLUMN_KEYS = Object.keys(HEADERS) as ColumnKey[];

/**
 * The cases table. The overview uses it as is; the cases view adds the id column, keeps the sort in the URL
 * (`sort` + `onSortChange`) and passes its filters on to the case links (`linkParams`), so "back" restores them.
 */
export function CasesTable({
  rows,
  caption,
  showId = false,
  linkParams = {},
  sort: controlledSort,
  onSortChange,
  importedNames,
}: {
  rows: CaseListRow[];
  caption: string;
  showId?: boolean;
  linkParams?: Record<string, string>;
  /** null: keep the rows' own order (the search's ranking). */
  sort?: CaseSort | null;
  onSortChange?: (sort: CaseSort) => void;
  /** Imported dataset id → name: such rows are marked as the user's. */
  importedNames?: ReadonlyMap<string, string>;
}) {
  const { lang, t } = useI18n();
  const [ownSort, setOwnSort] = useState<CaseSort>({ key: 'date', dir: 'asc' });
  const sort = controlledSort === null ? null : (controlledSort ?? ownSort);
  const columns = COLUMN_KEYS.filter((k) => showId || k !== 'id');
  const href = (id: string) => caseHref(id, lang, linkParams);
  const keyOf = useMemo(
    () =>
      ({
        id: (r: CaseListRow) => r.id,
        date: (r: CaseListRow) => `${r.occurred_date}${r.id}`,
        operator: (r: CaseListRow) => (lang === 'ja' ? r.operator_ja : r.operator_en),
        duration: (r: CaseListRow) => r.duration_min,
        users: (r: CaseListRow) => r.affected_users,
        cause: (r: CaseListRow) => t(`cause.${r.cause}`),
        major: (r: CaseListRow) => r.is_major,
        evidence: (r: CaseListRow) => ['primary', 'secondary', 'weak', null].indexOf(r.evidence),
      }) satisfies Record<ColumnKey, (r: CaseListRow) => unknown>,
    [lang, t],
  );
  const sorted = useMemo(() => (sort ? sortRows(rows, keyOf[sort.key], sort.dir) : rows), [rows, keyOf, sort]);
  const toggle = (key: ColumnKey) => {
    const next: CaseSort = { key, dir: sort?.key === key && sort.dir === 'asc' ? 'desc' : 'asc' };
    setOwnSort(next);
    onSortChange?.(next);
  };

  return (
    <div className="table-scroll">
      <table className="data-table cases-table" data-testid="cases-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((k) => (
              <th
                key={k}
                scope="col"
                aria-sort={sort?.key === k ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort-button" data-testid={`sort-${k}`} onClick={() => toggle(k)}>
                  {t(HEADERS[k])}
                  <span aria-hidden="true">{sort?.key === k ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr
              key={r.id}
              data-testid="case-row"
              data-case-id={r.id}
              className={[r.evidence === 'weak' ? 'is-weak' : '', r.imported_dataset ? 'is-imported' : '']
                .join(' ')
                .trim()}
              data-imported={r.imported_dataset ?? undefined}
            >
              {showId && (
                <td className="case-id">
                  <a href={href(r.id)}>{r.id}</a>
                  {r.imported_dataset && (
                    <span
                      className="imported-mark"
                      data-testid="case-imported"
                      title={t('cases.imported.title', { name: importedNames?.get(r.imported_dataset) ?? '' })}
                    >
                      {t('cases.imported')}
                    </span>
                  )}
                </td>
              )}
              <td className="case-date">
                <a href={href(r.id)} data-testid="case-link">
                  {formatOccurred(r.occurred_at, r.occurred_precision, lang)}
                </a>
              </td>
              <td>{lang === 'ja' ? r.operator_ja : r.operator_en}</td>
              <td className="num">{formatDurationQualified(r.duration_min, r.duration_qualifier ?? null, lang)}</td>
              <td className="num" data-testid="case-users">
                {r.users_withheld
                  ? t('case.usersWithheld', {
                      users: formatUsers(r.affected_users, r.users_qualifier, lang, r.affected_users_max),
                    })
                  : formatUsers(r.affected_users, r.users_qualifier, lang, r.affected_users_max)}
              </td>
              <td>
                <span className="swatch" style={{ background: CAUSE_COLOR[r.cause] }} aria-hidden="true" />
                {t(`cause.${r.cause}`)}
              </td>
              <td>{formatMajor(r.is_major, lang)}</td>
              <td className={`evidence evidence--${r.evidence}`} data-testid="case-evidence">
                {r.evidence === 'weak' && <span aria-hidden="true">⚠ </span>}
                {t(r.evidence ? `evidence.${r.evidence}` : 'evidence.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
