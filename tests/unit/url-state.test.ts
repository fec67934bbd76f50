import { describe, expect, it } from 'vitest';
import { cellFromParam } from '../../src/query/drill-url.ts';
import { filtersFromParams } from '../../src/query/report-filters.ts';
import { formatHash, linkProblems, parseHash } from '../../src/state/url-state.ts';

describe('URL state', () => {
  it('round-trips view, id, language and parameters', () => {
    const state = parseHash('#/case/JP-2022-07?lang=en&q=%E8%A8%BC%E6%98%8E%E6%9B%B8');
    expect(state).toEqual({ view: 'case', id: 'JP-2022-07', lang: 'en', params: { q: '証明書' } });
    expect(parseHash(formatHash(state))).toEqual(state);
  });

  it('falls back to the Japanese overview for anything unknown', () => {
    expect(parseHash('')).toEqual({ view: 'overview', id: null, lang: 'ja', params: {} });
    expect(parseHash('#/nope?lang=fr')).toMatchObject({ view: 'overview', lang: 'ja' });
  });

  it('leaves the default language out of the URL', () => {
    expect(formatHash({ view: 'overview', id: null, lang: 'ja', params: {} })).toBe('#/overview');
  });
});

describe('malformed links', () => {
  it('never throws on a stray % or a broken escape, and falls back', () => {
    expect(parseHash('#/case/100%')).toMatchObject({ view: 'cases', id: null });
    expect(parseHash('#/case/%E0%A4%A')).toMatchObject({ view: 'cases', id: null });
    expect(parseHash('#/quarterly/%')).toMatchObject({ view: 'quarterly', id: null });
  });

  it('lists the malformed parts of the route, the filters and the drill-down', () => {
    expect(linkProblems('#/case/100%')).toEqual(['100%']);
    expect(linkProblems('#/quarterly/%')).toEqual(['%']);
    expect(linkProblems('#/quarterly?op=100%')).toEqual(['op=100%']);
    expect(linkProblems('#/quarterly?op=%25E0%25A4%25A')).toEqual(['op=%E0%A4%A']);
    expect(linkProblems('#/explore?drill=cause:%ZZ')).toEqual(['drill=cause:%ZZ']);
    expect(linkProblems('#/case/JP-2022-07?q=%25')).toEqual([]);
    expect(linkProblems('#/quarterly?op=%25E6%259D%25B1')).toEqual([]);
  });

  it('keeps bidi overrides and control characters of a link off the page', () => {
    expect(parseHash('#/cases?q=%E2%80%AEtxt.exe%00').params.q).toBe('txt.exe');
  });

  it('drops the malformed filter value and the malformed drill-down instead of throwing', () => {
    expect(filtersFromParams({ op: 'A%20B,100%' }).operators).toEqual(['A B']);
    expect(cellFromParam('cause:%ZZ')).toBeNull();
  });
});
