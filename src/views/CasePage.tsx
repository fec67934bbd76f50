import { useEffect, useMemo, type ReactNode } from 'react';
import { useI18n } from '../state/i18n-context.ts';
import { useQuery } from '../state/use-query.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { usePublicChartContext } from './use-public-chart-context.ts';
import type { ScatterRow } from '../charts/duration-users.ts';
import type { CaseNoticeRow } from '../charts/notice-timeline.ts';
import { caseFiltersFromParams, caseListParams, hasCaseFilters, NO_CASE_FILTERS } from '../query/case-filters.ts';
import { caseDetail, caseIds } from '../query/cases.ts';
import { PUBLIC_CASES } from '../query/cases-source.ts';
import { isJapaneseText } from '../domain/import/case-values.ts';
import { useCasesSource } from '../state/use-cases-source.ts';
import { CASE_INDEX_QUERIES, casePageQueries } from '../query/first-views.ts';
import { CaseFacts } from './case/CaseFacts.tsx';
import { CaseNav } from './case/CaseNav.tsx';
import { CaseNotes } from './case/CaseNotes.tsx';
import { CaseNotices } from './case/CaseNotices.tsx';
import { CasePosition } from './case/CasePosition.tsx';
import { CaseRemarks } from './case/CaseRemarks.tsx';
import {
  readAnnotations,
  type AnnotationItem,
  type CaseDetailRow,
  type CountermeasureItem,
  type RemarkItem,
} from './case/case-rows.ts';
import { CaseSources } from './case/CaseSources.tsx';
import { Countermeasures } from './case/Countermeasures.tsx';
import { QueryError } from './QueryError.tsx';
import './case/case.css';

const { allIds: Q_ALL_IDS, scatter: Q_SCATTER, total: Q_TOTAL } = CASE_INDEX_QUERIES;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={`case-section case-section--${id}`} aria-labelledby={`case-${id}`}>
      <h3 id={`case-${id}`}>{title}</h3>
      {children}
    </section>
  );
}

/** `#/case/<id>`: one case with everything the record (or, for an imported case, its file) says about it. */
export function CasePage() {
  const { lang, t } = useI18n();
  const [state] = useUrlState();
  const id = state.id ?? '';
  const paramsKey = JSON.stringify(caseListParams(state.params));
  const params = useMemo(() => JSON.parse(paramsKey) as Record<string, string>, [paramsKey]);
  const filters = useMemo(() => caseFiltersFromParams(params), [params]);
  const { source, importedNames } = useCasesSource();
  const queries = useMemo(() => {
    const own = casePageQueries(id);
    // With imported cases, the case, its neighbours and the list read the merged cases; the rest is the record's.
    if (source === PUBLIC_CASES) return { ...own, ids: caseIds(filters), allIds: Q_ALL_IDS };
    return {
      ...own,
      detail: source ? caseDetail(id, source) : null,
      ids: source ? caseIds(filters, source) : null,
      allIds: source ? caseIds(NO_CASE_FILTERS, source) : null,
    };
  }, [id, filters, source]);
  const detail = useQuery(queries.detail);
  const notices = useQuery(queries.notices);
  const countermeasures = useQuery(queries.countermeasures);
  const annotations = useQuery(queries.annotations);
  const remarks = useQuery(queries.remarks);
  const filteredIds = useQuery(queries.ids);
  const allIds = useQuery(queries.allIds);
  const scatter = useQuery(Q_SCATTER);
  const total = useQuery(Q_TOTAL);
  const ctx = usePublicChartContext();
  // An imported case is placed among the public ones: the chart says whose data it holds.
  const detailRow = detail.status === 'ok' ? detail.rows[0] : undefined;
  const importedName = detailRow?.imported_dataset ? (importedNames.get(detailRow.imported_dataset) ?? '') : null;
  const positionCtx = useMemo(
    () => (importedName === null ? ctx : { ...ctx, datasetLabel: t('case.position.imported', { name: importedName }) }),
    [ctx, importedName, t],
  );
  useEffect(() => {
    // A new case opens at its top, also when stepping with previous / next.
    if (id) window.scrollTo(0, 0);
  }, [id]);

  const all = [detail, notices, countermeasures, annotations, remarks, filteredIds, allIds, scatter, total];
  const failed = all.find((r) => r.status === 'error');
  if (failed?.status === 'error') return <QueryError error={failed.error} />;
  if (all.some((r) => r.status !== 'ok')) {
    return (
      <p className="case-loading" role="status" data-testid="case-loading">
        {t('case.loading')}
      </p>
    );
  }
  const ok = <T,>(r: { status: string; rows?: T[] }) => r.rows ?? [];
  const row = ok<CaseDetailRow>(detail)[0];
  const inFiltered = ok<{ id: string }>(filteredIds).map((r) => r.id);
  const filtered = hasCaseFilters(filters) && inFiltered.includes(id);
  const ids = filtered ? inFiltered : ok<{ id: string }>(allIds).map((r) => r.id);
  const nav = <CaseNav id={id} ids={ids} filtered={filtered} params={params} />;
  if (!row) {
    return (
      <section className="view case-page" data-testid="case-not-found">
        {nav}
        <p className="alert alert--warn">{t('case.notFound', { id })}</p>
      </section>
    );
  }
  const notes = ok<AnnotationItem>(annotations);
  const read = readAnnotations(notes);
  const operator = lang === 'ja' ? row.operator_ja : row.operator_en;
  return (
    <article className="view case-page" data-testid="case-page" data-case-id={row.id} aria-labelledby="case-heading">
      {nav}
      <h2 id="case-heading">
        <span className="case-page__id">{row.id}</span> {operator}
      </h2>
      <p className="case-page__lang" data-testid="page-lang">
        {t('lang.page')}
      </p>
      {row.imported_dataset && (
        <p className="alert alert--info" data-testid="case-imported">
          {t('case.imported', { name: importedNames.get(row.imported_dataset) ?? '' })}
        </p>
      )}
      {row.evidence === 'weak' && (
        <p className="alert alert--warn" data-testid="case-weak">
          {t('case.weak')}
        </p>
      )}
      <div className="case-body">
        <div className="case-grid">
          <Section id="facts" title={t('case.facts')}>
            <CaseFacts row={row} annotations={read} />
          </Section>
          <div>
            <Section id="summary" title={t(row.imported_dataset ? 'case.summary.imported' : 'case.summary')}>
              <p lang={row.imported_dataset && isJapaneseText(row.summary_en) ? 'ja' : 'en'} data-testid="case-summary">
                {row.summary_en}
              </p>
            </Section>
            <Section id="countermeasures" title={t('case.countermeasures')}>
              <Countermeasures items={ok<CountermeasureItem>(countermeasures)} imported={!!row.imported_dataset} />
            </Section>
          </div>
        </div>
        <Section id="notices" title={t('case.notices')}>
          <CaseNotices row={row} notices={ok<CaseNoticeRow>(notices)} annotations={read} ctx={ctx} />
        </Section>
        <Section id="remarks" title={t('case.remarks')}>
          <CaseRemarks items={ok<RemarkItem>(remarks)} imported={!!row.imported_dataset} />
        </Section>
        <Section id="position" title={t('case.position')}>
          <CasePosition
            row={row}
            scatter={ok<ScatterRow>(scatter)}
            totalCases={ok<{ cases: number }>(total)[0]?.cases ?? 0}
            ctx={positionCtx}
          />
        </Section>
        <Section id="notes" title={t('case.notes')}>
          <CaseNotes notes={row.notes} annotations={notes} />
        </Section>
        <Section id="sources" title={t('case.sources')}>
          <CaseSources urls={row.source_urls} mirrors={row.mirror_urls} imported={!!row.imported_dataset} />
        </Section>
      </div>
    </article>
  );
}
