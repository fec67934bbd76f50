import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { splitSources } from '../../scripts/lib/public-record/cases.ts';
import { splitCountermeasures } from '../../scripts/lib/public-record/countermeasures.ts';
import { buildPublicRecord, type SourceFile } from '../../scripts/lib/public-record/index.ts';

const SOURCES = 'data/sources';
const real = (f: SourceFile) => readFileSync(join(SOURCES, f), 'utf8');

/** The real sources with one cell of one file replaced. */
function withCell(file: SourceFile, id: string, column: string, value: string) {
  return (f: SourceFile) => {
    const text = real(f);
    if (f !== file) return text;
    const { header, records } = parseCsv(text, f);
    const rec = records.find((r) => Object.values(r.values)[0] === id);
    if (!rec) throw new Error(`no row ${id}`);
    rec.values[column] = value;
    const esc = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    return [header.join(','), ...records.map((r) => header.map((h) => esc(r.values[h]!)).join(','))].join('\n');
  };
}

describe('CSV parsing', () => {
  it('handles quotes, doubled quotes, commas and newlines inside fields, and reports start lines', () => {
    const { records } = parseCsv('a,b\n1,"x, ""y""\nz"\n2,w\n', 't.csv');
    expect(records).toEqual([
      { line: 2, values: { a: '1', b: 'x, "y"\nz' } },
      { line: 4, values: { a: '2', b: 'w' } },
    ]);
  });

  it('rejects a row with the wrong number of fields, naming the line', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 't.csv')).toThrow('t.csv:3: expected 2 fields, found 1');
  });
});

describe('the public record builds from the sources', () => {
  // built inside each test: Stryker switches mutants per test, not at collection
  const build = () => buildPublicRecord(real);

  it('keeps every source row', () => {
    const record = build();
    expect(record.cases).toHaveLength(50);
    expect(record.case_notices).toHaveLength(12);
    expect(record.case_remarks).toHaveLength(20);
    // fy_totals.csv holds two measures per row; each published value becomes one fy_figures row
    const totals = parseCsv(real('fy_totals.csv'), 'fy_totals.csv').records;
    const values = totals.reduce(
      (n, r) => n + Number(r.values.quarterly_reported !== '') + Number(r.values.major !== ''),
      0,
    );
    // 33 in the first release; + FY2018's derived major count and FY2019's two figures
    expect(values).toBe(36);
    expect(record.fy_figures.filter((f) => f.source_file === 'fy_totals.csv')).toHaveLength(values);
  });

  it('derives fiscal year and quarter from the start, and checks them against the id', () => {
    const record = build();
    const c = record.cases.find((x) => x.id === 'JP-2011-07')!;
    expect([c.fiscal_year, c.quarter, c.occurred_precision, c.started_at]).toEqual([
      2011,
      4,
      'minute',
      '2012-01-25 08:26:00',
    ]);
  });

  it('splits seed: documents (which contain spaces) from URLs', () => {
    expect(
      splitSources('https://a.example/x seed:電気通信事故検証会議（平成28年度第1回）議事要旨, 総務省, 2016-05-13'),
    ).toEqual(['https://a.example/x', 'seed:電気通信事故検証会議（平成28年度第1回）議事要旨, 総務省, 2016-05-13']);
  });

  const measures = (countermeasures_en: string, countermeasures_ja: string | null = null) =>
    splitCountermeasures({
      id: 'X',
      countermeasures_en,
      countermeasures_ja,
      ja_translated: countermeasures_ja ? ['countermeasures_ja'] : [],
      occurred_date: '2022-12-17',
    });

  it('reads done/planned/under-study status and date of each countermeasure', () => {
    const rows = measures(
      'patch (done 2023-04-04); review (planned 2023-05-19, then continuing); more servers; breaker (under study, partly implemented)',
    );
    expect(rows.map((r) => [r.measure_en, r.status, r.status_date, r.status_text])).toEqual([
      ['patch', 'done', '2023-04-04', 'done 2023-04-04'],
      ['review', 'planned', '2023-05-19', 'planned 2023-05-19, then continuing'],
      ['more servers', null, null, null],
      ['breaker', 'studying', null, 'under study, partly implemented'],
    ]);
  });

  it('reads a date written without its year ("12-18") in the year of the start, or the next one', () => {
    const rows = measures('replaced (done 12-18); detection (done 12-23); later fix (done 01-10)');
    expect(rows.map((r) => r.status_date)).toEqual(['2022-12-18', '2022-12-23', '2023-01-10']);
  });

  it("carries a group prefix to every following item, and lists MIC's own actions apart", () => {
    const rows = measures(
      'own fix; (MIC guidance) switchover; recovery; (Rakuten) patch; (MIC action) report by 2009-05-25',
      '自社の修正; (総務省の指導) 切替; 復旧; (楽天) パッチ; (総務省の措置) 報告期限',
    );
    expect(rows.map((r) => [r.group_label, r.group_label_ja, r.kind, r.measure_en, r.measure_ja])).toEqual([
      [null, null, 'measure', 'own fix', '自社の修正'],
      ['MIC guidance', '総務省の指導', 'measure', 'switchover', '切替'],
      ['MIC guidance', '総務省の指導', 'measure', 'recovery', '復旧'],
      ['Rakuten', '楽天', 'measure', 'patch', 'パッチ'],
      ['MIC action', '総務省の措置', 'mic_action', 'report by 2009-05-25', '報告期限'],
    ]);
    expect(rows.every((r) => r.measure_ja_translated)).toBe(true);
  });

  it('computes minutes from the start of the accident to each notice', () => {
    const record = build();
    const ms = record.case_notices.filter((n) => n.case_id === 'JP-2022-07');
    expect(ms).toHaveLength(10);
    expect(ms[0]!.minutes_from_start).toBe(19);
  });
});

describe('a bad source row stops the build with file, line and column', () => {
  it.each([
    [
      'cases.csv',
      'JP-2022-07',
      'cause_category',
      'gremlins',
      /cases\.csv:\d+: column "cause_category": "gremlins" is not one of/,
    ],
    [
      'cases.csv',
      'JP-2022-07',
      'affected_users',
      '3万',
      /cases\.csv:\d+: column "affected_users": "3万" is not a non-negative integer/,
    ],
    [
      'cases.csv',
      'JP-2022-07',
      'occurred_at',
      '2023-02-30',
      /cases\.csv:\d+: column "occurred_at": "2023-02-30" is not a date/,
    ],
    ['cases.csv', 'JP-2022-07', 'occurred_at', '2023-04-02', /falls in FY2023, but the id says FY2022/],
    [
      'case_notices.csv',
      'JP-2022-07',
      'case_id',
      'JP-1999-99',
      /case_notices\.csv:2: column "case_id": no case with id/,
    ],
    ['case_notices.csv', 'JP-2022-07', 'seq', '', /case_notices\.csv:2: column "seq": is empty but required/],
    [
      'case_notices.csv',
      'JP-2022-07',
      'published_at',
      '2023-01-25 16:27',
      /case_notices\.csv:2: column "published_at": "2023-01-25 16:27" is not a time of the form/,
    ],
    ['case_notices.csv', 'JP-2022-07', 'channel_ja', '', /case_notices\.csv:2: column "channel_ja": is empty/],
    ['case_notices.csv', 'JP-2022-07', 'summary_ja', '', /case_notices\.csv:2: column "summary_ja": is empty/],
    [
      'case_notices.csv',
      'JP-2022-07',
      'ja_translated',
      'summary_ja notes_ja',
      /case_notices\.csv:2: column "ja_translated": "notes_ja" is not one of channel_ja, summary_ja/,
    ],
    ['fy_totals.csv', '2015', 'major', 'eight', /fy_totals\.csv:\d+: column "major"/],
    ['cases.csv', 'JP-2022-05', 'region_ja', '', /column "region_ja": is empty, but region is given/],
    ['cases.csv', 'JP-2022-05', 'ja_translated', 'notes_ja', /column "ja_translated": "notes_ja" is not one of/],
    ['cases.csv', 'JP-2022-05', 'countermeasures_ja', '交換', /column "countermeasures_ja": does not have as many/],
    [
      'cases.csv',
      'JP-2022-05',
      'duration_qualifier',
      'roughly',
      /column "duration_qualifier": "roughly" is not one of/,
    ],
    ['cases.csv', 'JP-2011-08', 'affected_users_max', '50000', /column "affected_users_max": 50000 is not above/],
    [
      'cases.csv',
      'JP-2022-05',
      'affected_users_max',
      '3000000',
      /column "affected_users_max": is given, but the qualifier/,
    ],
    ['cases.csv', 'JP-2015-01', 'mirror_urls', 'happylibus', /column "mirror_urls": "happylibus" is not a URL/],
    [
      'fy_totals.csv',
      '2012',
      'mirror_url',
      '',
      /fy_totals\.csv:\d+: column "mirror_url": is empty, but source_url names/,
    ],
  ] as const)('%s %s %s=%s', (file, id, column, value, message) => {
    expect(() => buildPublicRecord(withCell(file, id, column, value))).toThrow(message);
  });

  it('names the exact line of the bad row', () => {
    const lines = real('cases.csv').split('\n');
    const line = lines.findIndex((l) => l.startsWith('JP-2022-08,')) + 1;
    expect(() => buildPublicRecord(withCell('cases.csv', 'JP-2022-08', 'inquiries', '-3'))).toThrow(
      `cases.csv:${line}: column "inquiries"`,
    );
  });
});
