import { isLang, type Lang } from '../i18n/lang.ts';
import { decodeOrNull } from '../lib/safe-decode.ts';
import { displaySafe } from '../lib/text-safety.ts';
import { isMalformedDrill } from '../query/drill-url.ts';
import { malformedFilterParams } from '../query/report-filters.ts';

/** The URL is the source of truth for view state: `#/<view>[/<id>]?lang=en&…`. */
export const VIEWS = ['overview', 'cases', 'case', 'quarterly', 'explore', 'data', 'sql'] as const;
export type View = (typeof VIEWS)[number];

export interface UrlState {
  view: View;
  /** The open case on the case view. */
  id: string | null;
  lang: Lang;
  /** Every other query parameter (filters, dataset …), kept as given so views can own their own keys. */
  params: Record<string, string>;
}

export const DEFAULT_STATE: UrlState = { view: 'overview', id: null, lang: 'ja', params: {} };

export function parseHash(hash: string): UrlState {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const [viewPart, ...idParts] = path.split('/').filter(Boolean);
  const view = (VIEWS as readonly string[]).includes(viewPart ?? '') ? (viewPart as View) : 'overview';
  const search = new URLSearchParams(query);
  const lang = search.get('lang');
  search.delete('lang');
  const params: Record<string, string> = {};
  // A link is data too: no control characters or bidi overrides from it reach the page.
  search.forEach((v, k) => (params[k] = displaySafe(v)));
  const id = idParts.length ? decodeOrNull(idParts.join('/')) : null;
  return {
    // A case link whose id cannot be decoded falls back to the list of cases.
    view: view === 'case' && id === null ? 'cases' : view,
    id,
    lang: isLang(lang) ? lang : 'ja',
    params,
  };
}

/**
 * The parts of a link that are malformed (a stray `%`, a broken UTF-8 escape) and were therefore ignored: the
 * route id, or a filter or drill-down parameter. Empty for a good link.
 */
export function linkProblems(hash: string): string[] {
  const raw = hash.replace(/^#\/?/, '');
  const [path = ''] = raw.split('?', 1);
  const problems: string[] = [];
  const idParts = path.split('/').filter(Boolean).slice(1);
  if (idParts.length && decodeOrNull(idParts.join('/')) === null) problems.push(idParts.join('/'));
  const { params } = parseHash(hash);
  for (const k of malformedFilterParams(params)) problems.push(`${k}=${params[k]}`);
  if (isMalformedDrill(params.drill)) problems.push(`drill=${params.drill}`);
  return problems;
}

export function formatHash(state: UrlState): string {
  const path = state.id ? `${state.view}/${encodeURIComponent(state.id)}` : state.view;
  const search = new URLSearchParams();
  if (state.lang !== 'ja') search.set('lang', state.lang);
  for (const k of Object.keys(state.params).sort()) {
    const v = state.params[k];
    if (v !== undefined && v !== '') search.set(k, v);
  }
  const qs = search.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}
