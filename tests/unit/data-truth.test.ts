/**
 * Issue 13's fact check, kept: every corrected fact is read from the council minutes or the sources and checked
 * against what the build makes of them. Expected values are the minutes' own words or literals checked by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPublicRecord, type SourceFile } from '../../scripts/lib/public-record/index.ts';
import { messages } from '../../src/i18n/messages/index.ts';
import { formatUsers } from '../../src/i18n/format.ts';
import { MAJOR_RULE_BREAKS, SERIES_BREAKS } from '../../src/domain/thresholds.ts';

const read = (f: SourceFile) => readFileSync(join('data/sources', f), 'utf8');
const readme = readFileSync('data/sources/README.md', 'utf8');
const M16 = read('minutes/council-2016-05-13-H28-1.txt');
const M23 = read('minutes/council-2023-04-27-R5-1.txt');
const record = buildPublicRecord(read);
const kase = (id: string) => record.cases.find((c) => c.id === id)!;
const annotation = (id: string, field: string) =>
  record.case_annotations.find((a) => a.case_id === id && a.field === field);
const measures = (id: string) => record.case_countermeasures.filter((m) => m.case_id === id);
const remarks = (id: string) => record.case_remarks.filter((r) => r.case_id === id);

describe('the minutes are the seed cases’ sources, and are in the repository', () => {
  it('are the two documents the seed: sources name', () => {
    expect(M16).toContain('電気通信事故検証会議（第1回） 議事要旨');
    expect(M16).toContain('平成28年5月13日');
    expect(M23).toContain('令和5年4月27日');
    expect(kase('JP-2015-01').source_urls[0]).toBe(
      'seed:電気通信事故検証会議（平成28年度第1回）議事要旨, 総務省, 2016-05-13',
    );
  });
});

describe('corrections', () => {
  it('1. JP-2015-01 lasted 約1.5時間: an approximate duration, never shown as exact', () => {
    expect(M16).toContain('継続時間は約1.5時間');
    expect(kase('JP-2015-01')).toMatchObject({ duration_min: 90, duration_qualifier: 'approx' });
  });

  it('2. JP-2015-01: the circuit breaker is under study, partly implemented', () => {
    expect(M16).toContain('(サーキットブレーカー機能)を検討(一部においては既に実装済)');
    const breaker = measures('JP-2015-01').find((m) => m.measure_en.startsWith('circuit breaker'))!;
    expect([breaker.status, breaker.status_text_ja]).toEqual(['studying', '検討(一部においては既に実装済)']);
  });

  it('3. JP-2022-07 service categories as the minutes give them: 二 and 五, 五 filed under other', () => {
    const published = kase('JP-2022-07').service_category_ja!;
    for (const part of published.split('; ')) expect(M23.replace(/\s+/g, ' ')).toContain(part);
    expect(published).toMatch(/^二 緊急通報を取り扱わない音声伝送役務/);
    expect(published).toContain('五 一の項から四の項までに掲げる電気通信役務以外の電気通信役務');
    expect(published).not.toContain('四 その他');
    expect(kase('JP-2022-07').service_categories).toEqual(['other_voice', 'other']);
  });

  it('4. JP-2015-01 recovery at the published 19:25 (messaging) and 19:58 (everything), in its notes', () => {
    const notes = kase('JP-2015-01').notes!;
    expect(notes).toContain('messaging restored 19:25, other functions 19:58');
    expect(annotation('JP-2015-01', 'recovered_at')?.value).toBe('2016-03-11T19:58');
    expect(annotation('JP-2015-01', 'partly_recovered_at')?.value).toBe('2016-03-11T19:25');
    // Every published recovery of an exactly published duration agrees with start + duration (the build checks it)
    expect(annotation('JP-2022-04', 'recovered_at')?.value).toBe('2022-09-04T13:26');
    expect(kase('JP-2022-04').duration_min).toBe(126);
  });

  it('5. cause codes by the root cause, each choice explained in the notes', () => {
    // LINE 2016: the update program's improper specification, not capacity
    expect(M16).toContain('更新プログラムの不適切な仕様により大量の更新通知処理が実施された');
    expect(kase('JP-2015-01').cause).toBe('software_bug');
    expect(kase('JP-2015-01').notes).toContain('Cause code software_bug');
    // Microsoft 2023: an unverified procedure with wrong steps is the config_change definition
    expect(M23).toContain(
      '適切な検証が行われておらず、誤った手順が含まれており、また、適切な事前・事後のチェックも実施されなかった',
    );
    expect(kase('JP-2022-07').cause).toBe('config_change');
    expect(kase('JP-2022-07').notes).toContain('Cause code config_change, not human_error');
  });

  it('6. MIC counted 3–18 major accidents a year (FY2019: 3); FY2018’s 4 only as derived', () => {
    const majors = record.fy_figures.filter((f) => f.measure === 'major' && f.dimension === 'total');
    expect(majors.filter((f) => f.fiscal_year === 2019).map((f) => [f.count, f.derived])).toEqual([
      [3, false],
      [3, false],
    ]);
    const fy2018 = majors.filter((f) => f.fiscal_year === 2018);
    expect(fy2018.map((f) => [f.count, f.derived])).toEqual([[4, true]]);
    expect(messages.en['chart.byCause.partial']).toContain('3–18');
    expect(messages.ja['chart.byCause.partial']).toContain('3〜18');
    expect(readme).toContain('MIC counted 3–18 major accidents a year (FY2019: 3)');
  });

  it('7. the FY2010 break is on the reported-totals chart, not the major chart, and no cause is claimed', () => {
    expect(SERIES_BREAKS).toContain(2010);
    expect(MAJOR_RULE_BREAKS).not.toContain(2010);
    for (const lang of ['ja', 'en'] as const) {
      expect(messages[lang]['series.break.2010']).not.toMatch(/様式変更|new forms/);
      expect(messages[lang]['chart.totals.breaks']).not.toContain('報告様式の変更');
    }
  });

  it('8. JP-2022-05: done on 12-18 and 12-23; "(MIC guidance)" on every item of its group', () => {
    const rows = measures('JP-2022-05');
    expect(rows.slice(0, 2).map((r) => [r.status, r.status_date])).toEqual([
      ['done', '2022-12-18'],
      ['done', '2022-12-23'],
    ]);
    expect(rows.slice(2).map((r) => r.group_label)).toEqual([
      'MIC guidance',
      'MIC guidance',
      'MIC guidance',
      'MIC guidance',
    ]);
    // MIC's own actions are not the operator's countermeasures
    const mic = record.case_countermeasures
      .filter((m) => m.kind === 'mic_action')
      .map((m) => [m.case_id, m.measure_en]);
    expect(mic).toEqual([
      ['JP-2009-01', 'asked for a report by 2009-05-25'],
      ['JP-2021-01', 'ordered an emergency inspection of the other mobile operators'],
    ]);
  });

  it('9. the cause group is labelled jiko’s classification, after MIC’s groups', () => {
    expect(messages.en['case.fact.causeGroup']).toBe("Cause group (jiko's classification, after MIC's groups)");
    expect(messages.en['cases.filter.group']).toBe(messages.en['case.fact.causeGroup']);
    expect(messages.ja['case.fact.causeGroup']).toBe('原因区分 (jikoの分類、総務省の区分に準拠)');
  });

  it('10. JP-2011-08 users are 約6~8万: a range, never "60,000人以上"', () => {
    const c = kase('JP-2011-08');
    expect(c.notes).toContain('約6~8万');
    expect([c.affected_users, c.affected_users_max, c.users_qualifier]).toEqual([60000, 80000, 'range']);
    expect(formatUsers(c.affected_users, c.users_qualifier, 'ja', c.affected_users_max)).toBe('60,000〜80,000人');
    expect(formatUsers(c.affected_users, c.users_qualifier, 'en', c.affected_users_max)).toBe('60,000–80,000');
  });

  it('11. JP-2022-07’s main impact is a length only (1 h 49 min): the minutes do not say when it ended', () => {
    expect(M23).toContain('主たる影響が生じたのは1時間49分間');
    expect(annotation('JP-2022-07', 'main_impact_min')?.value).toBe('109');
    expect(kase('JP-2022-07').notes).toContain('the minutes give only its length, not when it ended');
  });

  it('12. JP-2015-01’s notes say one thing about its countermeasures', () => {
    const notes = kase('JP-2015-01').notes!;
    expect(notes).not.toMatch(/countermeasures and the exact trigger were not recorded/);
    expect(notes).toContain('Countermeasures: the six measures of the minutes');
    expect(measures('JP-2015-01')).toHaveLength(6);
    for (const m of measures('JP-2015-01')) expect(M16).toContain(m.measure_ja!);
  });

  it('13. one users rule: MIC’s figure first, the operator’s in the notes (JP-2011-03)', () => {
    const c = kase('JP-2011-03');
    expect([c.affected_users, c.users_qualifier]).toEqual([1500000, 'approx']);
    expect(c.notes).toContain("DoCoMo's CSR page gives about 1.1M");
    expect(readme).toContain("MIC's figure (its list, release or guidance, or a council document)");
  });

  it('14. JP-2019-03 is dated 2019-12-10 and hit a service carrying emergency calls', () => {
    const c = kase('JP-2019-03');
    expect([c.occurred_at, c.occurred_precision]).toEqual(['2019-12-10', 'day']);
    expect(c.services_affected).toContain('emergency calls');
    expect(c.services_affected_ja).toContain('緊急通報');
  });

  it('15. MIC’s own document is the source where a third-party copy names it; the copy is a mirror', () => {
    const copies = record.fy_figures.filter((f) => f.mirror_url?.includes('pdfslide.net'));
    // FY2012 and FY2013 totals (two figures each) and six report counts
    expect(copies.length).toBe(10);
    for (const f of copies)
      expect(f.source_url).toBe('doc:総務省「電気通信サービスの事故発生状況(平成25年度)」2014-09-01');
    expect(record.fy_figures.some((f) => f.source_url.includes('pdfslide.net'))).toBe(false);
    expect(kase('JP-2015-01').mirror_urls[0]).toMatch(/^https:\/\/happylibus\.com\//);
    expect(kase('JP-2015-01').source_urls.some((u) => u.includes('happylibus'))).toBe(false);
  });
});

describe('facts the minutes hold that the data lacked', () => {
  it('LINE 2016: the second cause factor, the improper specification and the web-form answers', () => {
    expect(M16).toContain('集中的な処理に対する分散処置が認証サーバ側においてとられていなかった');
    expect(M16).toContain('自社HP内の専用フォームによる問い合わせに対して、個別の対応を実施');
    const notes = kase('JP-2015-01').notes!;
    expect(notes).toContain('no load spreading');
    expect(notes).toContain('improper specification');
    expect(notes).toContain('dedicated form on the company website');
  });

  it('Microsoft 2023: unverified procedure, English-only notices, alert 3 minutes in (derived), why users are withheld', () => {
    expect(M23).toContain(
      '以下の情報提供（英文のみ）を実施。アラート検出後、16分後（事故発生後19分後）に情報提供を実施。',
    );
    expect(M23).toContain('金融市場に影響を与えるおそれがあることから非公表');
    const notes = kase('JP-2022-07').notes!;
    expect(notes).toContain('Notices were in English only');
    expect(notes).toContain('could affect financial markets');
    expect(kase('JP-2022-07').summary_en).toContain('had not been properly verified');
    expect(annotation('JP-2022-07', 'alert_after_min')).toMatchObject({ value: String(19 - 16), derived: true });
  });

  it('Rakuten Mobile reported on the guidance for JP-2022-04 at the 2023 meeting', () => {
    expect(M23).toContain('楽天モバイル株式会社から令和4年9月に発生した重大な事故に対する行政指導への対応状況');
    expect(kase('JP-2022-04').source_urls).toContain(
      'seed:電気通信事故検証会議（令和5年度第1回）議事要旨, 総務省, 2023-04-27',
    );
    expect(remarks('JP-2022-04').map((r) => r.kind)).toEqual(['report']);
  });

  it('LINE 2016’s first notice: 18:12 on Twitter, 27 minutes after the start', () => {
    expect(record.case_notices.filter((n) => n.case_id === 'JP-2015-01').map((n) => n.minutes_from_start)).toEqual([
      27,
    ]);
  });
});

describe('notices in Japanese', () => {
  const notices = (id: string) => record.case_notices.filter((n) => n.case_id === id);
  it('Microsoft 2023 posted in English only: the Japanese summaries are jiko’s, the channels the minutes’ words', () => {
    expect(M23).toContain('以下の情報提供（英文のみ）を実施');
    const ms = notices('JP-2022-07');
    expect(ms.every((n) => n.ja_translated.includes('summary_ja') && !n.ja_translated.includes('channel_ja'))).toBe(
      true,
    );
    // every notice but the 10th was also on the public status site
    expect(M23).toContain('（第10報を除いて）誰でも閲覧可能なウェブサイト');
    expect(ms.filter((n) => n.channel_ja.includes('誰でも閲覧可能なウェブサイト')).map((n) => n.seq)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('every Japanese field not marked as jiko’s translation is the minutes’ own words', () => {
    const minutes = (source: string) =>
      source.includes('2016-05-13') ? M16 : source.includes('2023-04-27') ? M23 : null;
    const untranslated = record.case_notices.flatMap((n) =>
      (['channel_ja', 'summary_ja'] as const)
        .filter((f) => !n.ja_translated.includes(f))
        .map((f) => ({ n, f, text: n[f] })),
    );
    expect(untranslated.length).toBeGreaterThanOrEqual(11);
    for (const { n, f, text } of untranslated) {
      const m = minutes(n.source);
      expect(m, `${n.case_id} #${n.seq} ${f}: a published wording needs the minutes as its source`).not.toBeNull();
      for (const part of text.split('、')) expect(m, `${n.case_id} #${n.seq} ${f}`).toContain(part);
    }
    // LINE 2023 (JP-2022-08): as published
    expect(notices('JP-2022-08')[0]).toMatchObject({
      channel_ja: 'Twitter 公式アカウント',
      summary_ja: '障害が発生したが復旧済みである旨を周知',
      ja_translated: [],
    });
  });
});

describe('the council’s remarks', () => {
  it('quote the minutes exactly, grouped by the two viewpoints the minutes name', () => {
    expect(M16).toContain('主に「人為ミス及び異常値等への対処」、「利用者周知」の観点について');
    const line = remarks('JP-2015-01');
    expect(line).toHaveLength(17);
    for (const r of line) expect(M16).toContain(r.text_ja);
    expect([...new Set(line.map((r) => r.viewpoint_ja))]).toEqual([null, '人為ミス及び異常値等への対処', '利用者周知']);
    // the minutes' Q&A: five questions, six answers, five remarks (one in the Q&A, four closing), one report
    const count = (k: string) => line.filter((r) => r.kind === k).length;
    expect([count('question'), count('answer'), count('remark'), count('report')]).toEqual([5, 6, 5, 1]);
  });

  it('record for the 2023 cases only that the operators reported: the minutes hold no Q&A on them', () => {
    expect(M23).not.toContain('質疑応答');
    expect(remarks('JP-2022-07').map((r) => r.kind)).toEqual(['report']);
    expect(remarks('JP-2022-08').map((r) => r.kind)).toEqual(['report']);
  });
});

describe('Japanese fields', () => {
  it('exist for every English region, service and countermeasure text, translations marked', () => {
    for (const c of record.cases) {
      expect(c.region === null).toBe(c.region_ja === null);
      expect(c.services_affected === null).toBe(c.services_affected_ja === null);
      expect(c.countermeasures_en === null).toBe(c.countermeasures_ja === null);
    }
    // the seed cases' Japanese is as published (quoted from the minutes), nothing marked translated
    for (const id of ['JP-2015-01', 'JP-2022-07', 'JP-2022-08']) expect(kase(id).ja_translated).toEqual([]);
    for (const m of measures('JP-2022-08')) expect(M23).toContain(m.measure_ja!);
    // every other case's Japanese is jiko's translation and says so
    const others = record.cases.filter((c) => !['JP-2015-01', 'JP-2022-07', 'JP-2022-08'].includes(c.id));
    for (const c of others) {
      const filled = (['region_ja', 'services_affected_ja', 'countermeasures_ja'] as const).filter(
        (f) => c[f] !== null,
      );
      expect(c.ja_translated).toEqual(filled);
    }
  });
});
