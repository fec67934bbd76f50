import type { Lang } from '../i18n/lang.ts';
import { caseFiltersToParams, NO_CASE_FILTERS, type CaseFilters } from '../query/case-filters.ts';
import { formatHash, type View } from './url-state.ts';

/** In-app links. Each one is a `formatHash` of a URL state, so no view spells out a hash or a parameter name. */
export function viewHref(view: View, lang: Lang, params: Record<string, string> = {}): string {
  return formatHash({ view, id: null, lang, params });
}

/** A case page; `params` carries the cases list's filters and sort along, for back / previous / next. */
export function caseHref(id: string, lang: Lang, params: Record<string, string> = {}): string {
  return formatHash({ view: 'case', id, lang, params });
}

/** The cases view with some filters set. */
export function casesHref(filters: Partial<CaseFilters>, lang: Lang): string {
  return viewHref('cases', lang, caseFiltersToParams({ ...NO_CASE_FILTERS, ...filters }));
}
