import { isLang, type Lang } from '../i18n/lang.ts';

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
  search.forEach((v, k) => (params[k] = v));
  return {
    view,
    id: idParts.length ? decodeURIComponent(idParts.join('/')) : null,
    lang: isLang(lang) ? lang : 'ja',
    params,
  };
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
