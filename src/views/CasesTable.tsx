import { useMemo, useState } from 'react';
import { useI18n } from '../app/i18n-context.ts';
import { CAUSE_COLOR, type Cause } from '../domain/causes.ts';
import type { Evidence } from '../domain/evidence.ts';
import type { UserQualifier } from '../domain/qualifiers.ts';
import { formatOccurred, formatMajor } from '../i18n/case-format.ts';
import { formatDuration, formatUsers } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
import { sortRows, type SortDir } from './sort-rows.ts';

export interface CaseListRow {
  id: string;
  fiscal_year: number;
  occurred_at: string;
  occurred_precision: string;
  occurred_date: string;
  operator_ja: string;
  operator_en: string;
  duration_min: number | null;
  affected_users: number | null;
  users_qualifier: UserQualifier | null;
  cause: Cause;
  is_major: boolean | null;
  evidence: Evidence;
}

type ColumnKey = 'date' | 'operator' | 'duration' | 'users' | 'cause' | 'major' | 'evidence';

const HEADERS: Record<ColumnKey, MessageKey> = {
  date: 'table.col.date',
  operator: 'table.col.operator',
  duration: 'table.col.duration',
  users: 'table.col.users',
  cause: 'table.col.cause',
  major: 'table.col.major',
  evidence: 'table.col.evidence',
};

export function CasesTable({ rows, caption }: { rows: CaseListRow[]; caption: string }) {
  const { lang, t } = useI18n();
  const [sort, setSort] = useState<{ key: ColumnKey; dir: SortDir }>({ key: 'date', dir: 'asc' });
  const keyOf = useMemo(
    () =>
      ({
        date: (r: CaseListRow) => `${r.occurred_date}${r.id}`,
        operator: (r: CaseListRow) => (lang === 'ja' ? r.operator_ja : r.operator_en),
        duration: (r: CaseListRow) => r.duration_min,
        users: (r: CaseListRow) => r.affected_users,
        cause: (r: CaseListRow) => t(`cause.${r.cause}`),
        major: (r: CaseListRow) => r.is_major,
        evidence: (r: CaseListRow) => ['primary', 'secondary', 'weak'].indexOf(r.evidence),
      }) satisfies Record<ColumnKey, (r: CaseListRow) => unknown>,
    [lang, t],
  );
  const sorted = useMemo(() => sortRows(rows, keyOf[sort.key], sort.dir), [rows, keyOf, sort]);
  const toggle = (key: ColumnKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));

  return (
    <div className="table-scroll">
      <table className="data-table cases-table" data-testid="cases-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {(Object.keys(HEADERS) as ColumnKey[]).map((k) => (
              <th
                key={k}
                scope="col"
                aria-sort={sort.key === k ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort-button" data-testid={`sort-${k}`} onClick={() => toggle(k)}>
                  {t(HEADERS[k])}
                  <span aria-hidden="true">{sort.key === k ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
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
              className={r.evidence === 'weak' ? 'is-weak' : ''}
            >
              <td>
                <a href={`#/case/${encodeURIComponent(r.id)}${lang === 'en' ? '?lang=en' : ''}`}>
                  {formatOccurred(r.occurred_at, r.occurred_precision, lang)}
                </a>
              </td>
              <td>{lang === 'ja' ? r.operator_ja : r.operator_en}</td>
              <td className="num">{formatDuration(r.duration_min, lang)}</td>
              <td className="num" data-testid="case-users">
                {formatUsers(r.affected_users, r.users_qualifier, lang)}
              </td>
              <td>
                <span className="swatch" style={{ background: CAUSE_COLOR[r.cause] }} aria-hidden="true" />
                {t(`cause.${r.cause}`)}
              </td>
              <td>{formatMajor(r.is_major, lang)}</td>
              <td className={`evidence evidence--${r.evidence}`}>{t(`evidence.${r.evidence}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
