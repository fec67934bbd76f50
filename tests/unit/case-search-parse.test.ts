import { describe, expect, it } from 'vitest';
import {
  caseFiltersFromParams,
  caseFiltersToParams,
  caseListParams,
  hasCaseFilters,
  NO_CASE_FILTERS,
  parseSearch,
  searchTerms,
} from '../../src/query/case-filters.ts';

const terms = (text: string) => parseSearch(text).map((t) => [t.text, t.group?.id ?? null]);

describe('a case search read into terms', () => {
  it('keeps a multi-word operator name as one term, wherever it stands and however it is cased', () => {
    expect(terms('NTT DOCOMO 障害')).toEqual([
      ['NTT DOCOMO', 'docomo'],
      ['障害', null],
    ]);
    expect(terms('障害 ntt docomo')).toEqual([
      ['ntt docomo', 'docomo'],
      ['障害', null],
    ]);
    // full-width Latin and the ideographic space fold first (NFKC)
    expect(terms('ＮＴＴ　ＤＯＣＯＭＯ')).toEqual([['NTT DOCOMO', 'docomo']]);
    // a one-word alias is a term with its group; a word that only contains an alias is not
    expect(terms('au 通話')).toEqual([
      ['au', 'kddi'],
      ['通話', null],
    ]);
    expect(terms('NTTX DOCOMOX')).toEqual([
      ['NTTX', null],
      ['DOCOMOX', null],
    ]);
  });

  it('splits on any run of spaces, full-width too, drops empty words, keeps 8 terms of at most 100 characters', () => {
    expect(searchTerms('  LINE \u3000\u3000 障害\t\n停止 ')).toEqual(['LINE', '障害', '停止']);
    expect(searchTerms('ＬＩＮＥ')).toEqual(['LINE']);
    expect(searchTerms('a b c d e f g h i j')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(searchTerms('x'.repeat(150))[0]).toHaveLength(100);
    expect(parseSearch('1 2 3 4 5 6 7 8 9')).toHaveLength(8);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('case-list filters in the URL', () => {
  const FULL = {
    text: 'ドコモ',
    causes: ['software_bug' as const],
    groups: ['human' as const],
    fyFrom: 2015,
    fyTo: 2022,
    major: ['not_stated' as const],
    evidence: ['weak' as const],
    operators: ['kddi', 'docomo'],
  };

  it('writes only what restricts, each under its own parameter', () => {
    expect(caseFiltersToParams(NO_CASE_FILTERS)).toEqual({});
    expect(caseFiltersToParams({ ...NO_CASE_FILTERS, text: '   ' })).toEqual({});
    expect(caseFiltersToParams(FULL)).toEqual({
      q: 'ドコモ',
      cause: 'software_bug',
      group: 'human',
      from: '2015',
      to: '2022',
      major: 'not_stated',
      evidence: 'weak',
      op: 'kddi,docomo',
    });
    for (const [k, v] of Object.entries({
      causes: ['unknown'],
      groups: ['external'],
      major: ['major'],
      evidence: ['primary'],
      operators: ['kddi'],
    })) {
      expect(Object.keys(caseFiltersToParams({ ...NO_CASE_FILTERS, [k]: v })), k).toHaveLength(1);
    }
  });

  it('reads back what it writes, and drops values it does not know', () => {
    expect(caseFiltersFromParams(caseFiltersToParams(FULL))).toEqual(FULL);
    expect(caseFiltersFromParams({})).toEqual(NO_CASE_FILTERS);
    expect(caseFiltersFromParams({ op: 'kddi,evil', group: 'human,nope', major: 'maybe' })).toMatchObject({
      operators: ['kddi'],
      groups: ['human'],
      major: [],
    });
  });

  it('says whether anything restricts the list', () => {
    expect(hasCaseFilters(NO_CASE_FILTERS)).toBe(false);
    expect(hasCaseFilters({ ...NO_CASE_FILTERS, fyTo: 2020 })).toBe(true);
    expect(hasCaseFilters({ ...NO_CASE_FILTERS, evidence: ['weak'] })).toBe(true);
  });

  it('carries only the list’s own, non-empty parameters from a URL', () => {
    expect(caseListParams({ q: 'LINE', sort: 'duration', lang: 'en', page: '2', cause: '', to: '2020' })).toEqual({
      q: 'LINE',
      sort: 'duration',
      to: '2020',
    });
  });
});
