import { useCallback, useMemo } from 'react';
import { useI18n } from '../state/i18n-context.ts';
import { useQuery } from '../state/use-query.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { usePublicChartContext } from './use-public-chart-context.ts';
import {
  caseFiltersFromParams,
  caseFiltersToParams,
  caseListParams,
  parseSearch,
  type CaseFilters,
} from '../query/case-filters.ts';
import { caseList, caseYears } from '../query/cases.ts';
import { PUBLIC_CASES } from '../query/cases-source.ts';
import { caseCoverage } from '../query/overview.ts';
import { useCasesSource } from '../state/use-cases-source.ts';
import { CASE_INDEX_QUERIES } from '../query/first-views.ts';
import { CaseFilterBar } from './case/CaseFilterBar.tsx';
import { FirstNoticeSection } from './case/FirstNoticeSection.tsx';
import { CasesTable, COLUMN_KEYS, type CaseSort, type ColumnKey } from './CasesTable.tsx';
import { QueryError } from './QueryError.tsx';
import './case/case.css';

const Q_YEARS = CASE_INDEX_QUERIES.years;
const Q_TOTAL = CASE_INDEX_QUERIES.total;

function parseSort(raw: string | undefined): CaseSort | undefined {
  const [key, dir] = (raw ?? '').split('.');
  if (!COLUMN_KEYS.includes(key as ColumnKey) || (dir !== 'asc' && dir !== 'desc')) return undefined;
  return { key: key as ColumnKey, dir };
}

/** `#/cases`: every public case (and every case the user imported, marked), searchable and filterable, with the state in the URL. */
export function CasesView() {
  const { t } = useI18n();
  const [state, update] = useUrlState();
  const paramsKey = JSON.stringify(caseListParams(state.params));
  const params = useMemo(() => JSON.parse(paramsKey) as Record<string, string>, [paramsKey]);
  const filters = useMemo(() => caseFiltersFromParams(params), [params]);
  // A search naming an operator ranks that operator's cases first; an explicit sort overrides the ranking.
  const ranked = parseSearch(filters.text).some((term) => term.group);
  const sort = parseSort(params.sort) ?? (ranked ? null : { key: 'date', dir: 'asc' });
  const { source, importedNames, error: importedError } = useCasesSource();
  const list = useQuery(useMemo(() => (source ? caseList(filters, source) : null), [filters, source]));
  const rows = list.status === 'ok' ? list.rows : null;
  const isPublic = source === PUBLIC_CASES;
  const years = useQuery(useMemo(() => (isPublic ? Q_YEARS : source ? caseYears(source) : null), [isPublic, source]));
  const total = useQuery(
    useMemo(() => (isPublic ? Q_TOTAL : source ? caseCoverage(source) : null), [isPublic, source]),
  );
  const ctx = usePublicChartContext();

  const setFilters = useCallback(
    (next: CaseFilters, opts?: { replace?: boolean }) => {
      const keep: Record<string, string> = params.sort ? { sort: params.sort } : {};
      update({ params: { ...caseFiltersToParams(next), ...keep } }, opts);
    },
    [params.sort, update],
  );
  const setSort = (s: CaseSort) => update({ params: { ...params, sort: `${s.key}.${s.dir}` } }, { replace: true });

  const yearList = useMemo(() => {
    if (years.status !== 'ok' || years.rows.length === 0) return [];
    const ys = years.rows.map((r) => r.fiscal_year);
    const [first, last] = [Math.min(...ys), Math.max(...ys)];
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }, [years]);
  const failed = [list, years, total].find((r) => r.status === 'error');
  const totalCases = total.status === 'ok' ? (total.rows[0]?.cases ?? 0) : null;

  return (
    <section className="view cases-view" aria-labelledby="cases-heading" data-testid="cases-view">
      <h2 id="cases-heading">{t('cases.heading')}</h2>
      <p className="intro">{t('cases.intro')}</p>
      <CaseFilterBar filters={filters} years={yearList} onChange={setFilters} />
      {failed?.status === 'error' && <QueryError error={failed.error} />}
      {importedError && (
        <p className="alert alert--warn" data-testid="cases-imported-error">
          {t('cases.importedError', { message: importedError.message })}
        </p>
      )}
      {rows && totalCases !== null && (
        <>
          <p
            className="result-count"
            data-testid="result-count"
            data-pending={list.status === 'pending' || (list.status === 'ok' && list.busy)}
            aria-live="polite"
          >
            {t('cases.count', { shown: rows.length, total: totalCases })}
          </p>
          {rows.some((r) => r.evidence === 'weak') && <p className="table-note">{t('cases.weakNote')}</p>}
          {rows.length === 0 ? (
            <p className="empty" data-testid="cases-empty">
              {t('cases.none')}
            </p>
          ) : (
            <CasesTable
              rows={rows}
              caption={t('table.cases.title')}
              showId
              linkParams={params}
              sort={sort}
              onSortChange={setSort}
              importedNames={importedNames}
            />
          )}
        </>
      )}
      <FirstNoticeSection ctx={ctx} />
    </section>
  );
}
