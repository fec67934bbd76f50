import {
  caseAnnotations,
  caseCountermeasures,
  caseDetail,
  caseIds,
  caseList,
  caseNotices,
  caseRemarks,
  caseYears,
} from './cases.ts';
import { NO_CASE_FILTERS as NO_FILTERS } from './case-filters.ts';
import { firstNotices } from './cases.ts';
import { caseCoverage, casesByYearAndCause, casesForScatter, casesTable, publishedTotals } from './overview.ts';
import type { Query } from './sql.ts';

/**
 * The queries of the views a cold link opens first: the overview, the cases index without filters, and a case
 * page. The views run exactly these, and `npm run data` answers each of them ahead of time into
 * public/data/snapshot.json, so these views draw before DuckDB-WASM is up.
 */
export const OVERVIEW_QUERIES = {
  byCause: casesByYearAndCause(),
  reported: publishedTotals(['all_reported_pre2010', 'quarterly_reported']),
  major: publishedTotals(['major']),
  scatter: casesForScatter(),
  table: casesTable(),
  coverage: caseCoverage(),
};

export const CASE_INDEX_QUERIES = {
  list: caseList(NO_FILTERS),
  years: caseYears(),
  total: caseCoverage(),
  firstNotices: firstNotices(),
  allIds: caseIds(NO_FILTERS),
  scatter: casesForScatter(),
};

/** What a case page asks about its own case (the rest comes from CASE_INDEX_QUERIES). */
export function casePageQueries(id: string) {
  return {
    detail: caseDetail(id),
    notices: caseNotices(id),
    countermeasures: caseCountermeasures(id),
    annotations: caseAnnotations(id),
    remarks: caseRemarks(id),
  };
}

/** Every query of the first views, for case ids `ids`. */
export function firstViewQueries(ids: readonly string[]): Query<unknown>[] {
  return [
    ...Object.values(OVERVIEW_QUERIES),
    ...Object.values(CASE_INDEX_QUERIES),
    ...ids.flatMap((id) => Object.values(casePageQueries(id))),
  ];
}
