import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/state/url-state.ts';

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
