import { describe, expect, it } from 'vitest';
import { parseCase, splitSources, strayInSources } from '../../scripts/lib/public-record/cases.ts';
import { SourceError } from '../../scripts/lib/public-record/source-error.ts';

// One case row of data/sources/cases.csv written by hand (shape of JP-2008-02); each test changes what it checks.
const BASE: Record<string, string> = {
  id: 'JP-2008-02',
  operator_ja: 'NTTドコモ九州',
  operator_en: 'NTT DoCoMo Kyushu',
  occurred_at: '2008-04-11T15:58+09:00',
  duration_minutes: '157',
  affected_users: '510000',
  affected_users_qualifier: 'approx',
  region: 'Nagasaki',
  region_ja: '長崎県',
  service_category: '',
  services_affected: '2G and 3G mobile',
  services_affected_ja: '2G・3G携帯電話',
  cause_category: 'hardware_failure',
  cause_ja: 'クロック供給装置の不具合',
  summary_en: 'All mobile services were down.',
  countermeasures_en: '',
  countermeasures_ja: '',
  inquiries: '',
  is_major: 'true',
  evidence: 'secondary',
  source_url: 'https://example.org/a',
  mirror_urls: '',
  notes: '',
  duration_qualifier: '',
  affected_users_max: '',
  ja_translated: 'region_ja',
};
const parse = (over: Record<string, string> = {}) => parseCase({ line: 9, values: { ...BASE, ...over } }, 'cases.csv');
function problem(over: Record<string, string>): [string, string] {
  try {
    parse(over);
  } catch (e) {
    if (e instanceof SourceError) return [e.column, e.problem];
    throw e;
  }
  throw new Error('expected a SourceError');
}

describe('public cases: each column as the source gives it', () => {
  it('passes the text columns through, empty ones as null', () => {
    const c = parse({ countermeasures_en: 'Duplicated the clock.', countermeasures_ja: '装置を二重化', notes: ' n ' });
    expect([c.region, c.services_affected, c.cause_ja, c.countermeasures_en, c.countermeasures_ja, c.notes]).toEqual([
      'Nagasaki',
      '2G and 3G mobile',
      'クロック供給装置の不具合',
      'Duplicated the clock.',
      '装置を二重化',
      'n',
    ]);
    const bare = parse({
      region: '',
      region_ja: '',
      ja_translated: '',
      cause_ja: '',
      services_affected: '',
      services_affected_ja: '',
    });
    expect([bare.region, bare.cause_ja, bare.services_affected, bare.countermeasures_en, bare.notes]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads is_major as true, false or not published', () => {
    expect(['true', 'false', '', ' true '].map((m) => parse({ is_major: m }).is_major)).toEqual([
      true,
      false,
      null,
      true,
    ]);
    expect(problem({ is_major: 'yes' })).toEqual(['is_major', '"yes" is not true, false or empty']);
  });

  it('reads inquiries as a whole number, empty as not published', () => {
    expect(parse({ inquiries: '1234' }).inquiries).toBe(1234);
    expect(parse().inquiries).toBeNull();
    expect(problem({ inquiries: '12.5' })[0]).toBe('inquiries');
  });

  it('takes a duration in minutes with decimals, and its qualifier only with a duration', () => {
    expect([
      parse({ duration_minutes: '90.5' }).duration_min,
      parse({ duration_qualifier: 'approx' }).duration_qualifier,
    ]).toEqual([90.5, 'approx']);
    expect(parse().duration_qualifier).toBeNull();
    expect(problem({ duration_minutes: '', duration_qualifier: 'approx' })).toEqual([
      'duration_qualifier',
      'given without duration_minutes',
    ]);
  });

  it('calls a users figure without qualifier exact, and refuses a qualifier without a figure', () => {
    expect(parse({ affected_users_qualifier: '' }).users_qualifier).toBe('exact');
    expect(parse({ affected_users: '', affected_users_qualifier: '' }).users_qualifier).toBeNull();
    expect(problem({ affected_users: '', affected_users_qualifier: 'approx' })).toEqual([
      'affected_users_qualifier',
      'given without affected_users',
    ]);
    expect(problem({ affected_users: '1.5' })[0]).toBe('affected_users');
  });

  it('takes an upper bound only for a range, and only above the lower bound', () => {
    const r = parse({ affected_users: '60000', affected_users_qualifier: 'range', affected_users_max: '80000' });
    expect([r.affected_users, r.users_qualifier, r.affected_users_max]).toEqual([60000, 'range', 80000]);
    expect(
      problem({ affected_users: '60000', affected_users_qualifier: 'range', affected_users_max: '60000' }),
    ).toEqual(['affected_users_max', '60000 is not above the lower bound 60000']);
    expect(problem({ affected_users_max: '900000' })).toEqual([
      'affected_users_max',
      'is given, but the qualifier is not range',
    ]);
    expect(problem({ affected_users: '60000', affected_users_qualifier: 'range', affected_users_max: '7.5' })[0]).toBe(
      'affected_users_max',
    );
  });

  it('checks the id form and its fiscal year against the date', () => {
    expect(problem({ id: 'XJP-2008-02' })).toEqual(['id', '"XJP-2008-02" is not of the form JP-<fiscal year>-<nn>']);
    expect(problem({ id: 'JP-2008-021' })[0]).toBe('id');
    expect(problem({ id: 'JP-2007-02' })).toEqual([
      'occurred_at',
      '2008-04-11T15:58+09:00 falls in FY2008, but the id says FY2007',
    ]);
    // March 2009 is still FY2008
    expect(parse({ occurred_at: '2009-03-31' }).fiscal_year).toBe(2008);
  });

  it('takes mirror URLs as a space-separated list of http(s) URLs', () => {
    expect(parse({ mirror_urls: 'https://a.example/x  http://b.example/y' }).mirror_urls).toEqual([
      'https://a.example/x',
      'http://b.example/y',
    ]);
    expect(parse().mirror_urls).toEqual([]);
    expect(problem({ mirror_urls: 'https://a.example/x ftp://b.example/y' })).toEqual([
      'mirror_urls',
      '"ftp://b.example/y" is not a URL',
    ]);
    expect(problem({ mirror_urls: 'xhttps://a.example/x' })[0]).toBe('mirror_urls');
  });

  it('parses the service categories and names a bad one', () => {
    expect(
      parse({ id: 'JP-2016-01', occurred_at: '2016-05-01', service_category: '緊急通報を取り扱う音声伝送役務' })
        .service_categories,
    ).toEqual(['emergency_voice']);
    expect(parse().service_categories).toEqual([]);
    expect(problem({ service_category: 'なにか' })[0]).toBe('service_category');
  });

  it('needs every ja_translated name to be a Japanese field that is given', () => {
    expect(parse({ ja_translated: 'region_ja  services_affected_ja' }).ja_translated).toEqual([
      'region_ja',
      'services_affected_ja',
    ]);
    expect(problem({ ja_translated: 'summary_ja' })[0]).toBe('ja_translated');
    expect(problem({ ja_translated: 'countermeasures_ja' })).toEqual([
      'ja_translated',
      'names countermeasures_ja, which is empty',
    ]);
  });

  it('needs the Japanese and English texts of a fact together, and as many countermeasures in each', () => {
    expect(problem({ region_ja: '' })[0]).toBe('region_ja');
    expect(problem({ region: '' })).toEqual(['region_ja', 'is given, but region is empty']);
    expect(problem({ countermeasures_en: 'a; b', countermeasures_ja: 'あ' })).toEqual([
      'countermeasures_ja',
      'does not have as many ;-separated items as countermeasures_en',
    ]);
    expect(parse({ countermeasures_en: 'a; b;', countermeasures_ja: 'あ;い' }).countermeasures_ja).toBe('あ;い');
  });

  it('refuses a source that is neither a URL nor a seed: document', () => {
    expect(problem({ source_url: 'https://a.example/x javascript:alert(1)' })).toEqual([
      'source_url',
      '"javascript:alert(1)" is neither an http(s) URL nor a seed: document',
    ]);
    expect(parse({ source_url: 'seed: council minutes 2023 https://a.example/x' }).source_urls).toEqual([
      'seed: council minutes 2023',
      'https://a.example/x',
    ]);
  });
});

describe('source lists', () => {
  it('splits URLs and seed: documents with spaces in them', () => {
    expect(splitSources('https://a.example/x   seed: minutes no. 3  https://b.example/y')).toEqual([
      'https://a.example/x',
      'seed: minutes no. 3',
      'https://b.example/y',
    ]);
    expect(splitSources('seed: one seed: two')).toEqual(['seed: one', 'seed: two']);
  });

  it('finds what is left over, first word only', () => {
    expect(strayInSources('https://a.example/x')).toBeNull();
    expect(strayInSources('see https://a.example/x page 3')).toBe('see');
    expect(strayInSources('https://a.example/x  ftp://b.example/y more')).toBe('ftp://b.example/y');
  });
});
