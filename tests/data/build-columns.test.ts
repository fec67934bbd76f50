import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../src/query/sql.ts';
import { openBuiltData } from './duckdb.ts';

/**
 * Every row and column of every built table against the source CSVs, read here by native DuckDB's read_csv and
 * turned into the expected columns by rules written from data/SCHEMA.md and data/sources/README.md, not by the
 * build code. Values compare as native DuckDB returns them as JSON (BIGINT as text, TIMESTAMP as "YYYY-MM-DD HH:MM:SS").
 */
let data: Awaited<ReturnType<typeof openBuiltData>>;
beforeAll(async () => (data = await openBuiltData()));
afterAll(() => data?.close());

const csv = (file: string) =>
  data.run({
    sql: `SELECT * FROM read_csv(?, header = true, all_varchar = true, quote = '"', escape = '"', strict_mode = true)`,
    params: [`data/sources/${file}`],
  }) as Promise<Record<string, string | null>[]>;
const table = (name: string, order: string) => data.run({ sql: `SELECT * FROM ${name} ORDER BY ${order}`, params: [] });

const text = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === '' ? null : v.trim());
const num = (v: string | null | undefined) => (text(v) === null ? null : Number(text(v)));
const JA_COLUMNS = ['region_ja', 'services_affected_ja', 'countermeasures_ja'];

/** A space-separated list (data/sources/README.md: ja_translated, mirror_urls); empty = none. */
const words = (v: string | null | undefined) => text(v)?.split(/\s+/) ?? [];
const bigint = (v: string | null | undefined) => (text(v) === null ? null : String(BigInt(text(v)!)));

const GROUP: Record<string, string> = {
  hardware_failure: 'equipment',
  software_bug: 'equipment',
  capacity_overload: 'equipment',
  config_change: 'human',
  human_error: 'human',
  other_operator: 'external',
  natural_disaster: 'external',
  third_party: 'external',
  unknown: 'unknown',
};

/** 役務区分 by meaning (data/SCHEMA.md): the four categories of the ordinance's table. */
function categories(published: string | null): string[] {
  if (!published) return [];
  const out: string[] = [];
  for (const part of published.split(';')) {
    const c = part.includes('緊急通報を取り扱う音声')
      ? 'emergency_voice'
      : part.includes('緊急通報を取り扱わない音声')
        ? 'other_voice'
        : part.includes('無料') || part.includes('料金の支払を受けない')
          ? 'free_internet'
          : 'other';
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** Fiscal year and quarter of a calendar month: the year starts in April. */
const fiscal = (y: number, m: number) => ({ fy: m >= 4 ? y : y - 1, q: m >= 4 ? Math.ceil((m - 3) / 3) : 4 });

function expectedCase(s: Record<string, string | null>): Row {
  const at = text(s.occurred_at)!;
  const y = Number(at.slice(0, 4));
  const m = Number(at.slice(5, 7));
  const precision = at.length === 7 ? 'month' : at.length === 10 ? 'day' : 'minute';
  const users = bigint(s.affected_users);
  return {
    id: text(s.id),
    fiscal_year: fiscal(y, m).fy,
    quarter: fiscal(y, m).q,
    operator_ja: text(s.operator_ja),
    operator_en: text(s.operator_en),
    occurred_at: at,
    occurred_precision: precision,
    started_at: precision === 'minute' ? `${at.slice(0, 10)} ${at.slice(11, 16)}:00` : null,
    occurred_date: precision === 'month' ? `${at}-01` : at.slice(0, 10),
    duration_min: num(s.duration_minutes),
    duration_qualifier: text(s.duration_qualifier),
    affected_users: users,
    users_qualifier: text(s.affected_users_qualifier) ?? (users === null ? null : 'exact'),
    affected_users_max: bigint(s.affected_users_max),
    region: text(s.region),
    region_ja: text(s.region_ja),
    service_category_ja: text(s.service_category),
    service_categories: categories(text(s.service_category)),
    services_affected: text(s.services_affected),
    services_affected_ja: text(s.services_affected_ja),
    cause: text(s.cause_category),
    cause_group: GROUP[text(s.cause_category)!],
    cause_ja: text(s.cause_ja),
    summary_en: text(s.summary_en),
    countermeasures_en: text(s.countermeasures_en),
    countermeasures_ja: text(s.countermeasures_ja),
    ja_translated: words(s.ja_translated),
    inquiries: num(s.inquiries),
    is_major: text(s.is_major) === null ? null : text(s.is_major) === 'true',
    evidence: text(s.evidence),
    source_urls: text(s.source_url)!.split(/\s+(?=https?:\/\/|seed:)/),
    mirror_urls: words(s.mirror_urls),
    notes: text(s.notes),
  };
}

/** Countermeasure items (data/sources/README.md, "Countermeasures text"): separated by `;`. */
const items = (v: string | null | undefined) =>
  (text(v) ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** A parenthesised prefix names the group of the item and of every following one until the next prefix. */
function prefixed(item: string): { group: string | null; rest: string } {
  const m = /^\(([^)]*)\)\s*(.*)$/.exec(item);
  return m ? { group: m[1]!.trim(), rest: m[2]! } : { group: null, rest: item };
}

/** A status in parentheses at the end of an English item: `(done 2023-02)`, `(planned 12-18 …)`, `(under study …)`. */
function statusEn(item: string) {
  const m = /^(.*?)\s*\((((done|planned) (\d{4}-\d{2}(?:-\d{2})?|\d{2}-\d{2}))[^)]*|under study[^)]*)\)$/.exec(item);
  if (!m) return { measure: item, status: null, date: null, text: null };
  return { measure: m[1]!, status: m[4] ?? 'studying', date: m[5] ?? null, text: m[2]! };
}

/** The Japanese status note is in 【】 (a footnote after the closing 】, JP-2022-08's ※, belongs to it). */
function statusJa(item: string) {
  const m = /^(.*?)\s*【([^】]*)】\s*(.*)$/.exec(item);
  if (!m) return { measure: item, text: null };
  return { measure: m[1]!, text: [m[2]!.trim(), m[3]!.trim()].filter(Boolean).join(' ') };
}

/** A status date without its year (`12-18`) takes the year of the start, or the next if it falls before the start. */
function fullDate(date: string, start: string): string {
  if (/^\d{4}-/.test(date)) return date;
  const year = Number(start.slice(0, 4));
  return `${date < start.slice(5, 10) ? year + 1 : year}-${date}`;
}

describe('the built tables equal the sources, row by row and column by column', () => {
  it('cases, with the Japanese columns, the qualifiers and the mirrors', async () => {
    const want = (await csv('cases.csv')).map(expectedCase).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    // What data/SCHEMA.md promises of the sources themselves: a *_ja column is given whenever its English one is,
    // ja_translated names only those columns, and an upper bound of the users figure belongs to a range.
    const broken = want.filter(
      (w) =>
        (w.region_ja === null) !== (w.region === null) ||
        (w.services_affected_ja === null) !== (w.services_affected === null) ||
        (w.countermeasures_ja === null) !== (w.countermeasures_en === null) ||
        (w.ja_translated as string[]).some((c) => !JA_COLUMNS.includes(c)) ||
        (w.affected_users_max !== null &&
          (w.users_qualifier !== 'range' ||
            BigInt(w.affected_users_max as string) <= BigInt(w.affected_users as string))),
    );
    expect(broken.map((w) => w.id)).toEqual([]);
    expect(want.filter((w) => w.duration_qualifier !== null).map((w) => [w.id, w.duration_qualifier])).toContainEqual([
      'JP-2015-01',
      'approx',
    ]);
    const got = await table('cases', 'id');
    expect(got).toHaveLength(want.length);
    for (const [i, row] of got.entries()) expect(row).toEqual(want[i]);
  });

  it('case_notices, with minutes from the case start', async () => {
    const starts = new Map((await csv('cases.csv')).map((c) => [text(c.id), text(c.occurred_at)!]));
    const jst = (t: string) => Date.parse(t);
    const want = (await csv('case_notices.csv'))
      .map((n) => {
        const pub = text(n.published_at)!;
        const start = starts.get(text(n.case_id))!;
        return {
          case_id: text(n.case_id),
          seq: Number(n.seq),
          published_at: `${pub.slice(0, 10)} ${pub.slice(11, 16)}:00`,
          minutes_from_start: start.length > 10 ? (jst(pub) - jst(start)) / 60_000 : null,
          channel: text(n.channel),
          summary_en: text(n.summary_en),
          channel_ja: text(n.channel_ja),
          summary_ja: text(n.summary_ja),
          ja_translated: String(n.ja_translated ?? '')
            .split(' ')
            .filter((f) => f !== ''),
          source: text(n.source),
        };
      })
      .sort((a, b) => String(a.case_id).localeCompare(String(b.case_id)) || a.seq - b.seq);
    expect(await table('case_notices', 'case_id, seq')).toEqual(want);
  });

  it('case_countermeasures, one per measure with its group and status read out, in English and Japanese', async () => {
    const want = (await csv('cases.csv'))
      .flatMap((c) => {
        const ja = items(c.countermeasures_ja);
        if (ja.length > 0) expect([text(c.id), ja.length]).toEqual([text(c.id), items(c.countermeasures_en).length]);
        const translated = words(c.ja_translated).includes('countermeasures_ja');
        let group: string | null = null;
        let groupJa: string | null = null;
        return items(c.countermeasures_en).map((item, i) => {
          const en = prefixed(item);
          const jp = prefixed(ja[i] ?? '');
          if (en.group !== null) group = en.group;
          if (jp.group !== null) groupJa = jp.group;
          const st = statusEn(en.rest);
          const stJa = statusJa(jp.rest);
          return {
            case_id: text(c.id),
            seq: i + 1,
            kind: group === 'MIC action' ? 'mic_action' : 'measure',
            group_label: group,
            group_label_ja: groupJa,
            measure_en: st.measure,
            measure_ja: text(stJa.measure),
            measure_ja_translated: translated,
            status: st.status,
            status_date: st.date === null ? null : fullDate(st.date, text(c.occurred_at)!),
            status_text: st.text,
            status_text_ja: stJa.text,
          };
        });
      })
      .sort((a, b) => String(a.case_id).localeCompare(String(b.case_id)) || a.seq - b.seq);
    for (const s of ['done', 'planned', 'studying']) expect(want.some((w) => w.status === s)).toBe(true);
    expect(want.some((w) => w.kind === 'mic_action')).toBe(true);
    expect(await table('case_countermeasures', 'case_id, seq')).toEqual(want);
  });

  it('case_annotations', async () => {
    const want = (await csv('case_annotations.csv'))
      .map((a) => ({
        case_id: text(a.case_id),
        field: text(a.field),
        value: text(a.value),
        derived: text(a.derived) === 'true',
        from_text: text(a.from_text),
      }))
      .sort((a, b) => `${a.case_id}|${a.field}`.localeCompare(`${b.case_id}|${b.field}`));
    expect(await table('case_annotations', 'case_id, field')).toEqual(want);
  });
});

/** What kind of source a note names (data/sources/README.md: notes start with the source in brackets). */
const kind = (note: string) =>
  note.startsWith('[MIC release text as mirrored')
    ? 'mirror'
    : note.startsWith('[MIC official in the Diet')
      ? 'diet'
      : note.startsWith('[MIC')
        ? 'primary'
        : 'secondary';

/** The line on which each record of a CSV starts, counted over the raw text (quoted newlines included). */
function recordLines(file: string): number[] {
  const raw = readFileSync(`data/sources/${file}`, 'utf8');
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atStart = true;
  for (const ch of raw) {
    if (atStart && ch !== '\n') {
      starts.push(line);
      atStart = false;
    }
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n') {
      line++;
      if (!quoted) atStart = true;
    }
  }
  return starts.slice(1); // the header
}

const TOTAL_SCOPE: Record<string, string> = {
  quarterly_reported: 'quarterly-reported accidents (四半期報告事故, detailed-form reports)',
  major: 'major accidents (重大な事故)',
};
const REPORT_COUNT: Record<string, string> = {
  all_reported_pre2010_series: 'all_reported_pre2010',
  other_accidents_pre2010_series: 'other_pre2010',
  major: 'major',
  quarterly_detailed: 'quarterly_reported',
  quarterly_simple: 'quarterly_simple',
};
const scopeMeasure = (scope: string) => {
  const s = scope.toLowerCase();
  if (s.startsWith('unclear')) return 'unclear';
  if (s.includes('pre-fy2010')) return 'all_reported_pre2010';
  if (s === 'major') return 'major';
  return 'quarterly_reported';
};

async function expectedFigures(): Promise<Row[]> {
  const out: Row[] = [];
  const common = (s: Record<string, string | null>, file: string, line: number) => ({
    fiscal_year: Number(s.fiscal_year),
    uncertain: text(s.source_note)!.includes('UNCERTAIN'),
    derived: text(s.source_note)!.includes('DERIVED'),
    source_kind: kind(text(s.source_note)!),
    source_url: text(s.source_url),
    mirror_url: text(s.mirror_url),
    source_note: text(s.source_note),
    source_file: file,
    source_line: line,
  });
  const none = { category: null, category_en: null, percent: null, operators: null, value_as_published: null };
  const lines = recordLines('fy_totals.csv');
  for (const [i, s] of (await csv('fy_totals.csv')).entries()) {
    for (const measure of ['quarterly_reported', 'major']) {
      if (num(s[measure]) === null) continue;
      out.push({
        ...common(s, 'fy_totals.csv', lines[i]!),
        ...none,
        measure,
        scope: TOTAL_SCOPE[measure],
        dimension: 'total',
        count: num(s[measure]),
      });
    }
  }
  const rcLines = recordLines('fy_report_counts.csv');
  for (const [i, s] of (await csv('fy_report_counts.csv')).entries()) {
    out.push({
      ...common(s, 'fy_report_counts.csv', rcLines[i]!),
      ...none,
      measure: REPORT_COUNT[text(s.category)!],
      scope: text(s.category_ja),
      dimension: 'total',
      count: num(s.count),
      operators: num(s.operators),
    });
  }
  const breakdowns = [
    ['by_cause.csv', 'cause', 'cause_group', 'cause_detail', 'cause_group_en'],
    ['by_service.csv', 'service', 'service_group', 'service_detail', null],
    ['by_users.csv', 'users', 'users_bucket', null, null],
    ['by_duration.csv', 'duration', 'duration_bucket', null, null],
  ] as const;
  for (const [file, dimension, group, detail, en] of breakdowns) {
    const bl = recordLines(file);
    for (const [i, s] of (await csv(file)).entries()) {
      const scope = text(s.scope)!;
      const d = detail ? text(s[detail]) : null;
      const c = common(s, file, bl[i]!);
      out.push({
        ...c,
        measure: scopeMeasure(scope),
        scope,
        dimension,
        category: d ? `${text(s[group])} (${d})` : text(s[group]),
        category_en: en ? text(s[en]) : null,
        count: num(s.count),
        percent: num(s.percent),
        operators: null,
        value_as_published: text(s.value_as_published),
        uncertain: c.uncertain || scope.toLowerCase().startsWith('unclear'),
      });
    }
  }
  return out;
}

describe('fy_figures equals its six source files', () => {
  it('has every figure of every file, row by row and column by column', async () => {
    const key = (r: Row) => `${r.source_file}|${String(r.source_line).padStart(5, '0')}|${r.measure}`;
    const want = (await expectedFigures()).sort((a, b) => key(a).localeCompare(key(b)));
    // A figure read in a third-party copy names the MIC document (doc:) and keeps the copy as its mirror.
    const copies = want.filter((w) => w.source_kind === 'mirror');
    expect(copies.length).toBeGreaterThan(0);
    expect(want.filter((w) => String(w.source_url).startsWith('doc:'))).toEqual(copies);
    expect(want.filter((w) => w.mirror_url !== null)).toEqual(copies);
    // The one derived figure (data/sources/README.md): FY2018's 4 major accidents.
    expect(want.filter((w) => w.derived).map((w) => [w.fiscal_year, w.measure, w.count])).toEqual([[2018, 'major', 4]]);
    const got = (await table('fy_figures', 'source_file, source_line, measure')).sort((a, b) =>
      key(a).localeCompare(key(b)),
    );
    expect(got.map(key)).toEqual(want.map(key));
    for (const [i, row] of got.entries()) expect(row).toEqual(want[i]);
  });
});
