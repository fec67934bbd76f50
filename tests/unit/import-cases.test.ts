import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../src/data/import/read-delimited.ts';
import { parseCaseStart, parseQualifiedDuration, parseSources } from '../../src/domain/import/case-values.ts';
import { autoMap, guessShape, missingRequired } from '../../src/domain/import/mapping.ts';
import { CASES_SHAPE } from '../../src/domain/import/shapes.ts';
import { detectEncoding } from '../../src/domain/import/sniff.ts';
import { validateCases } from '../../src/domain/import/validate-cases.ts';

const v = <T>(p: { value: T } | { error: string } | null) => (p && 'value' in p ? p.value : p);

/** Cases as an analyst writes them: Japanese headers, 和暦, 全角, 約, a range, one row per problem after row 3. */
const HEADER =
  '事例番号,発生日時,事業者,継続時間,影響利用者数,影響地域,電気通信役務の区分,発生原因,重大な事故,概要,出典';
const LINES = [
  HEADER,
  'U-2023-01,令和5年1月25日 10:30,例示通信,1時間30分,約32.4万,東京都,二,ソフトウェア不具合,はい,交換機の不具合で通話がつながりにくくなった。,https://example.jp/a.pdf',
  'U-2023-02,２０２３年６月,Example Net,約3時間,3万～5万,全国,三,hardware,いいえ,Mail was delayed.,https://example.com/b ; 第3回検証会議資料',
  'U-2023-01,2023-07-01,重複通信,,,,,unknown,,同じ番号,https://example.jp/c',
  'JP-2022-07,2022-07-02 01:35,既存通信,,,,,config_change,,公開記録にある番号,https://example.jp/d',
  'U-2023-05,2023-02-30,日付通信,,,,,unknown,,二月三十日,https://example.jp/e',
  'U-2023-06,2023-04-01,負数通信,-30,,,,unknown,,負の継続時間,https://example.jp/f',
  'U-2023-07,2023-04-01,原因通信,,,,,地震,,原因コードにない,https://example.jp/g',
  'U-2023-08,2023-05-01,区分通信,,,,六,unknown,,区分にない,https://example.jp/h',
  'U-2023-09,2023-05-01,判定通信,,,,,unknown,たぶん,重大か不明,https://example.jp/i',
  'U-2023-10,2023-05-01,空欄通信,,,,,unknown,,,',
  'U-2023-11,2023-05-01,過大通信,,4億,,,unknown,,利用者が多すぎる,https://example.jp/k',
];
const CSV = LINES.join('\r\n') + '\r\n';
const PUBLIC_IDS = new Map<string, string | null>([
  ['JP-2022-07', null],
  ['U-2020-01', '前回の取込'],
]);

async function tableOf(bytes: Uint8Array, encoding: 'utf-8' | 'shift_jis') {
  return (await readDelimited(new File([bytes as BlobPart], 'cases.csv'), encoding, () => undefined)).table;
}

describe('the cases shape: Japanese headers map to the cases columns', () => {
  const headers = HEADER.split(',');

  it('maps each Japanese header to its column and needs nothing more', () => {
    const m = autoMap(headers, CASES_SHAPE);
    expect(m).toEqual({
      id: 0,
      occurred_at: 1,
      fiscal_year: null,
      quarter: null,
      operator_ja: 2,
      operator_en: null,
      duration_min: 3,
      duration_qualifier: null,
      affected_users: 4,
      users_qualifier: null,
      affected_users_max: null,
      region: 5,
      region_ja: null,
      service_category_ja: 6,
      services_affected: null,
      services_affected_ja: null,
      cause: 7,
      cause_ja: null,
      summary_en: 9,
      inquiries: null,
      is_major: 8,
      evidence: null,
      source_urls: 10,
      notes: null,
    });
    expect(missingRequired(CASES_SHAPE, m)).toEqual([]);
  });

  it('guesses cases for a case file, reports for a report file that lacks a summary and sources', () => {
    expect(guessShape(headers)).toBe('cases');
    expect(guessShape(['報告番号', '発生日時', '事業者', '継続時間', '影響利用者数', '発生原因'])).toBe('reports');
    expect(guessShape(['年度', '四半期', '区分', '項目', '件数'])).toBe('report_tallies');
  });
});

describe('cells only cases have', () => {
  it.each([
    ['2023-01-25 10:30', { y: 2023, mo: 1, d: 25, h: 10, mi: 30 }, 'minute'],
    ['令和5年1月25日', { y: 2023, mo: 1, d: 25, h: 0, mi: 0 }, 'day'],
    ['2023年1月', { y: 2023, mo: 1, d: 1, h: 0, mi: 0 }, 'month'],
    ['R4.7', { y: 2022, mo: 7, d: 1, h: 0, mi: 0 }, 'month'],
    ['2022-07', { y: 2022, mo: 7, d: 1, h: 0, mi: 0 }, 'month'],
  ])('reads the start %s as precisely as written', (raw, at, precision) => {
    expect(v(parseCaseStart(raw))).toEqual({ at, precision });
  });

  it('refuses a month that does not exist', () => {
    expect(parseCaseStart('2023-13')).toEqual({ error: 'no such month: "2023-13"' });
  });

  it.each([
    ['1時間30分', 90, null],
    ['約1.5時間', 90, 'approx'],
    ['最大3時間', 180, 'up_to'],
    ['12時間以上', 720, 'at_least'],
  ])('reads the duration %s as %d minutes, qualifier %s', (raw, min, qualifier) => {
    expect(v(parseQualifiedDuration(raw))).toEqual({ min, qualifier });
  });

  it('splits sources on lines and semicolons, keeping each as written', () => {
    expect(v(parseSources('https://a.example/x ; 第3回 検証会議資料\nhttps://b.example/y'))).toEqual([
      'https://a.example/x',
      '第3回 検証会議資料',
      'https://b.example/y',
    ]);
    expect(parseSources(' ; ')).toBeNull();
  });
});

describe('validating cases before anything changes', () => {
  async function validated() {
    const table = await tableOf(new TextEncoder().encode(CSV), 'utf-8');
    return validateCases(table, autoMap(table.headers, CASES_SHAPE), PUBLIC_IDS);
  }

  it('keeps the two good rows and lists every problem by row, column, value and why', async () => {
    const r = await validated();
    expect(r.total).toBe(11);
    expect(r.valid).toBe(2);
    expect(r.columns.id).toEqual(['U-2023-01', 'U-2023-02']);
    expect(r.problems.map((p) => [p.row, p.column, p.value, p.code, p.detail])).toEqual([
      [4, '事例番号', 'U-2023-01', 'duplicate', 'same id as row 2'],
      [5, '事例番号', 'JP-2022-07', 'id_exists', 'JP-2022-07 already exists in the public record'],
      [6, '発生日時', '2023-02-30', 'no_such_date', 'no such date: 2023-2-30'],
      [7, '継続時間', '-30', 'negative', 'a duration cannot be negative'],
      [
        8,
        '発生原因',
        '地震',
        'allowed',
        'unknown cause "地震" (allowed: hardware_failure, software_bug, capacity_overload, config_change, ' +
          'human_error, other_operator, natural_disaster, third_party, unknown)',
      ],
      [
        9,
        '電気通信役務の区分',
        '六',
        'allowed',
        'unknown service category "六" (allowed: emergency_voice, other_voice, free_internet, other)',
      ],
      [10, '重大な事故', 'たぶん', 'type', 'not yes/no: "たぶん"'],
      [11, '概要', '', 'required', 'empty'],
      [11, '出典', '', 'required', 'empty'],
      [12, '影響利用者数', '4億', 'absurd', 'more than 300,000,000 users'],
    ]);
    expect(r.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(r.period).toEqual([2022 * 4 + 3, 2023 * 4]);
  });

  it('checks inquiries, a backwards user range and every required column, and reads several categories once each', () => {
    const headers = [
      '事例番号',
      '発生日時',
      '事業者',
      '影響利用者数',
      '電気通信役務の区分',
      '発生原因',
      '問合せ件数',
      '概要',
      '出典',
    ];
    const rows = [
      ['U-2024-01', '2024-05-01', 'A社', '', '二・四、二', 'unknown', '12', '良い行', 'https://example.jp/1'],
      ['U-2024-02', '2024-05-02', 'B社', '', '', 'unknown', '-3', '負の問合せ', 'https://example.jp/2'],
      ['U-2024-03', '2024-05-03', 'C社', '', '', 'unknown', '3.5', '小数の問合せ', 'https://example.jp/3'],
      ['U-2024-04', '2024-05-04', 'D社', '8~6万', '', 'unknown', '', '逆の範囲', 'https://example.jp/4'],
      ['', '2024-05-05', 'E社', '', '', 'unknown', '', '番号なし', 'https://example.jp/5'],
      ['U-2024-06', '', 'F社', '', '', 'unknown', '', '日時なし', 'https://example.jp/6'],
      ['U-2024-07', '2024-05-07', '', '', '', 'unknown', '', '事業者なし', 'https://example.jp/7'],
    ];
    const table = { headers, columns: headers.map((_, c) => rows.map((r) => r[c]!)), rowCount: rows.length };
    const r = validateCases(table, autoMap(headers, CASES_SHAPE), new Map());
    expect(r.problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
      [3, '問合せ件数', '-3', 'negative'],
      [4, '問合せ件数', '3.5', 'type'],
      [5, '影響利用者数', '8~6万', 'type'],
      [6, '事例番号', '', 'required'],
      [7, '発生日時', '', 'required'],
      [8, '事業者', '', 'required'],
    ]);
    expect(r.valid).toBe(1);
    expect(r.columns.id).toEqual(['U-2024-01']);
    expect(r.columns.inquiries).toEqual([12]);
    // 二 and 四 once each, in the order written (the repeated 二 is not counted twice)
    expect(r.columns.service_categories).toEqual([['other_voice', 'other']]);
    // one kept report in FY2024 Q1: the period is that one quarter
    expect(r.period).toEqual([2024 * 4, 2024 * 4]);
  });

  it('names the earlier import an id collides with', () => {
    const table = {
      headers: ['事例番号', '発生日時', '事業者', '発生原因', '概要', '出典'],
      columns: [['U-2020-01'], ['2020-05-01'], ['A社'], ['unknown'], ['概要'], ['https://example.jp']],
      rowCount: 1,
    };
    const r = validateCases(table, autoMap(table.headers, CASES_SHAPE), PUBLIC_IDS);
    expect(r.problems.map((p) => p.detail)).toEqual(['U-2020-01 already exists in "前回の取込"']);
    expect(r.valid).toBe(0);
  });

  it('reads the kept rows with their meaning, qualifiers kept, and leaves what the file lacks NULL', async () => {
    const c = (await validated()).columns;
    const row = (i: number) => Object.fromEntries(Object.entries(c).map(([k, col]) => [k, col[i]]));
    expect(row(0)).toEqual({
      id: 'U-2023-01',
      fiscal_year: 2022,
      quarter: 4,
      operator_ja: '例示通信',
      operator_en: '例示通信',
      occurred_at: '2023-01-25T10:30+09:00',
      occurred_precision: 'minute',
      started_at: Date.UTC(2023, 0, 25, 10, 30),
      occurred_date: Date.UTC(2023, 0, 25),
      duration_min: 90,
      duration_qualifier: null,
      affected_users: 324000,
      users_qualifier: 'approx',
      affected_users_max: null,
      region: null,
      region_ja: '東京都',
      service_category_ja: '二',
      service_categories: ['other_voice'],
      services_affected: null,
      services_affected_ja: null,
      cause: 'software_bug',
      cause_group: 'equipment',
      cause_ja: null,
      summary_en: '交換機の不具合で通話がつながりにくくなった。',
      countermeasures_en: null,
      countermeasures_ja: null,
      ja_translated: [],
      inquiries: null,
      is_major: true,
      evidence: null,
      source_urls: ['https://example.jp/a.pdf'],
      mirror_urls: [],
      notes: null,
      imported_dataset: null,
    });
    expect(row(1)).toMatchObject({
      fiscal_year: 2023,
      quarter: 1,
      operator_en: 'Example Net',
      occurred_at: '2023-06',
      occurred_precision: 'month',
      started_at: null,
      occurred_date: Date.UTC(2023, 5, 1),
      duration_min: 180,
      duration_qualifier: 'approx',
      affected_users: 30000,
      users_qualifier: 'range',
      affected_users_max: 50000,
      region_ja: '全国',
      service_categories: ['free_internet'],
      cause: 'hardware_failure',
      is_major: false,
      source_urls: ['https://example.com/b', '第3回検証会議資料'],
    });
  });

  it("reads jiko's own export back: qualifiers, the range's upper bound and both languages from their columns", async () => {
    const exported = [
      'id,occurred_at,occurred_precision,operator_ja,operator_en,duration_min,duration_qualifier,affected_users,' +
        'users_qualifier,affected_users_max,region,region_ja,services_affected,services_affected_ja,cause,summary_en,' +
        'source_urls',
      'U-2011-08,2011-08-16,day,例示通信,Example Telecom,90,approx,60000,range,80000,Tokyo,東京都,Voice,音声,' +
        'hardware_failure,A summary.,https://example.jp/a; 第1回資料',
    ].join('\r\n');
    const table = await tableOf(new TextEncoder().encode(exported), 'utf-8');
    const r = validateCases(table, autoMap(table.headers, CASES_SHAPE), new Map());
    expect(r.problems).toEqual([]);
    const row = Object.fromEntries(Object.entries(r.columns).map(([k, col]) => [k, col[0]]));
    expect(row).toMatchObject({
      occurred_at: '2011-08-16',
      occurred_precision: 'day',
      operator_en: 'Example Telecom',
      duration_min: 90,
      duration_qualifier: 'approx',
      affected_users: 60000,
      users_qualifier: 'range',
      affected_users_max: 80000,
      region: 'Tokyo',
      region_ja: '東京都',
      services_affected: 'Voice',
      services_affected_ja: '音声',
      source_urls: ['https://example.jp/a', '第1回資料'],
    });
  });

  it('reads the same file written in Shift_JIS (Japanese Excel) to the same result', async () => {
    const sjis = new Uint8Array(iconv.encode(CSV, 'Shift_JIS'));
    expect(detectEncoding(sjis).encoding).toBe('shift_jis');
    const table = await tableOf(sjis, 'shift_jis');
    const fromSjis = validateCases(table, autoMap(table.headers, CASES_SHAPE), PUBLIC_IDS);
    expect(fromSjis).toEqual(await validated());
  });
});
