// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import type { ChartContext } from '../../src/charts/context.ts';
import {
  firstNotice,
  isAfterRecovery,
  minuteTicks,
  noticeTimelineChart,
  type CaseNoticeRow,
  type TimelineCase,
} from '../../src/charts/notice-timeline.ts';
import { translator } from '../../src/i18n/t.ts';
import { attrs } from '../fixtures/drawn-svg.ts';

const ctx = (lang: 'ja' | 'en'): ChartContext => ({
  lang,
  t: translator(lang),
  datasetLabel: '公開記録',
  synthetic: false,
});
const SEED = 'seed:電気通信事故検証会議（令和5年度第1回）議事要旨, 総務省, 2023-04-27';
const notice = (seq: number, at: string, minutes: number | null): CaseNoticeRow => ({
  seq,
  published_at: at,
  minutes_from_start: minutes,
  channel: 'status site and admin center',
  summary_en: `notice ${seq}`,
  channel_ja: 'Admin Centerのサービスヘルスダッシュボード',
  summary_ja: `第${seq}報`,
  ja_translated: ['summary_ja'],
  source: SEED,
});

// The Microsoft 2023 notices as case_notices holds them: ten, two at the same minute.
const MSFT_TIMES: [string, number][] = [
  ['16:27', 19],
  ['16:51', 43],
  ['17:49', 101],
  ['18:19', 131],
  ['18:51', 163],
  ['18:51', 163],
  ['20:00', 232],
  ['20:30', 262],
  ['20:58', 290],
  ['21:44', 336],
];
const msftNotices = MSFT_TIMES.map(([hm, m], i) => notice(i + 1, `2023-01-25T${hm}`, m));
const msft: TimelineCase = {
  id: 'JP-2022-07',
  occurred_at: '2023-01-25T16:08+09:00',
  duration_min: 335,
  main_impact_min: 109,
};
const line2023: TimelineCase = {
  id: 'JP-2022-08',
  occurred_at: '2023-02-08T08:34+09:00',
  duration_min: 105,
  main_impact_min: null,
};
const lineNotices = [{ ...notice(1, '2023-02-08T12:06', 212), channel: 'official Twitter account' }];

function render(c: TimelineCase, notices: CaseNoticeRow[], lang: 'ja' | 'en' = 'ja') {
  const spec = noticeTimelineChart(c, notices, ctx(lang));
  const svg = Plot.plot({ ...spec.plot, width: 800 });
  const x = svg.scale('x')!;
  const cx = (sel: string) => [...svg.querySelectorAll(`${sel} circle`)].map((e) => Number(e.getAttribute('cx')));
  const ruleX = (sel: string) => [...svg.querySelectorAll(`${sel} line`)].map((e) => Number(e.getAttribute('x1')));
  return { spec, svg, x: (v: number) => x.apply(v) as number, cx, ruleX };
}

describe('the first notice', () => {
  it('is the earliest timed notice, told apart from recovery', () => {
    expect(firstNotice(msftNotices, 335)).toEqual({
      seq: 1,
      minutes: 19,
      notice: expect.objectContaining({ seq: 1, channel: 'status site and admin center' }),
      afterRecovery: false,
    });
    expect(firstNotice(lineNotices, 105)).toMatchObject({ minutes: 212, afterRecovery: true });
  });

  it('takes the lower number on a tie, skips notices without a time, and cannot judge without a duration', () => {
    const notices = [notice(3, '2023-01-25T18:51', 163), notice(2, '2023-01-25T18:51', 163), notice(1, 'x', null)];
    expect(firstNotice(notices, null)).toEqual({
      seq: 2,
      minutes: 163,
      notice: notices[1],
      afterRecovery: null,
    });
    expect(firstNotice([notice(1, 'x', null)], 100)).toBeNull();
    expect(firstNotice([], 100)).toBeNull();
  });
});

describe('minute ticks', () => {
  it('uses round steps and at most eight ticks', () => {
    expect(minuteTicks(363)).toEqual([0, 60, 120, 180, 240, 300, 360]);
    expect(minuteTicks(100)).toEqual([0, 15, 30, 45, 60, 75, 90]);
    expect(minuteTicks(3000).length).toBeLessThanOrEqual(8);
  });
});

describe('the notice timeline chart', () => {
  it('describes every Microsoft notice as rows, with its sources and notes', () => {
    const spec = noticeTimelineChart(msft, msftNotices, ctx('ja'));
    expect(spec.id).toBe('notice-timeline');
    expect(spec.rows).toHaveLength(10);
    // a Japanese page shows the Japanese fields, jiko's translation marked; an English one the English
    expect(spec.rows[0]).toEqual({
      seq: 1,
      published: '2023/01/25 16:27',
      minutes: 19,
      channel: 'Admin Centerのサービスヘルスダッシュボード',
      summary: '第1報 (jiko訳)',
    });
    expect(noticeTimelineChart(msft, msftNotices, ctx('en')).rows[0]).toMatchObject({
      channel: 'status site and admin center',
      summary: 'notice 1',
    });
    expect(spec.sources).toEqual(['出典: 電気通信事故検証会議（令和5年度第1回）議事要旨, 総務省, 2023-04-27']);
    expect(spec.notes.join(' ')).toContain('継続時間');
  });

  it('highlights the Microsoft first notice 19 minutes in, well before the recovery rule', () => {
    const { svg, x, cx, ruleX } = render(msft, msftNotices);
    expect(cx('g.first-notice')).toEqual([x(19)]);
    expect(cx('g.notice-dot')).toHaveLength(9);
    expect(ruleX('g.recovery-rule')).toEqual([x(335)]);
    // the minutes give only the main impact's length (1 h 49 min), not when it ended: no mark at +109 min
    expect(svg.querySelectorAll('g.main-impact-rule')).toHaveLength(0);
    expect([...svg.querySelectorAll('g.rule-label text')].map((e) => e.textContent)).not.toContain(
      expect.stringContaining('主な影響'),
    );
    expect(render(msft, msftNotices).spec.notes).toContain(
      '主な影響が生じたのは1時間49分間です。資料は長さだけを記し、いつ終わったかは記していないため、図には置いていません。',
    );
    expect(cx('g.first-notice')[0]!).toBeLessThan(ruleX('g.recovery-rule')[0]!);
    expect(svg.querySelector('g.first-notice-label')?.textContent).toBe('最初の周知 (19分後)');
    const gap = svg.querySelector('g.first-gap line')!;
    expect([Number(gap.getAttribute('x1')), Number(gap.getAttribute('x2'))]).toEqual([x(0), x(19)]);
  });

  it('puts the only LINE 2023 notice after the recovery rule and says so', () => {
    const { svg, cx, ruleX } = render(line2023, lineNotices, 'en');
    expect(cx('g.notice-dot')).toEqual([]);
    expect(cx('g.first-notice')[0]!).toBeGreaterThan(ruleX('g.recovery-rule')[0]!);
    expect(svg.querySelector('g.first-notice-label')?.textContent).toBe('first told after recovery (3 h 32 min in)');
    expect(svg.querySelectorAll('g.main-impact-rule')).toHaveLength(0);
  });

  it('puts the recovery rule at a published recovery time, not at start + a rounded duration', () => {
    // LINE 2016: 17:45 start, 約1.5時間 (90 min) per MIC, all functions back at 19:58 (133 min) per LINE
    const line2016 = { ...line2023, duration_min: 90, duration_qualifier: 'approx', recovered_min: 133 };
    const { spec, ruleX, x } = render(line2016, lineNotices);
    expect(ruleX('g.recovery-rule')).toEqual([x(133)]);
    expect(spec.notes).toContain('復旧の線は公表された復旧時刻の位置です (発生時刻+継続時間の計算ではありません)。');
  });

  it('draws no recovery rule when the duration is not published, and says why', () => {
    const { spec, svg } = render({ ...line2023, duration_min: null }, lineNotices);
    expect(svg.querySelectorAll('g.recovery-rule, g.outage-band')).toHaveLength(0);
    expect(spec.notes).toContain('継続時間が非公表のため、復旧の時刻は示せません。');
  });
});

describe('the timeline’s labels, notes and axis (literals from the catalogue, checked by hand)', () => {
  const labels = (c: TimelineCase, notices: CaseNoticeRow[]) =>
    [...render(c, notices).svg.querySelectorAll('g.rule-label text')].map((e) => e.textContent);

  it('labels the start and the recovery: published time, approximate duration, or start + duration', () => {
    expect(labels(msft, msftNotices)).toEqual(['発生 2023/01/25 16:08', '復旧 (5時間35分)']);
    expect(labels({ ...msft, duration_qualifier: 'approx' }, msftNotices)).toEqual([
      '発生 2023/01/25 16:08',
      '復旧 (約5時間35分)',
    ]);
    expect(labels({ ...msft, recovered_min: 330 }, msftNotices)).toEqual([
      '発生 2023/01/25 16:08',
      '復旧 (5時間30分、公表された時刻)',
    ]);
    expect(labels({ ...msft, duration_min: null }, msftNotices)).toEqual(['発生 2023/01/25 16:08']);
  });

  it('says in its notes what the band, the recovery rule and untimed notices mean', () => {
    const notes = (c: TimelineCase, n: CaseNoticeRow[]) => noticeTimelineChart(c, n, ctx('ja')).notes;
    expect(notes(line2023, [notice(1, '2023-02-08T12:06', 212)])).toEqual([
      '横軸は事故の発生 (0) からの経過時間、行は周知1件ずつ (番号と日本時間の時刻)。',
      '薄い赤の帯は事故の継続時間 (発生から復旧まで)。',
    ]);
    const untimed = [notice(1, '2023-02-08T12:06', 212), notice(2, 'x', null), notice(3, 'y', null)];
    const noDuration = notes({ ...line2023, duration_min: null }, untimed);
    expect(noDuration).toContain('継続時間が非公表のため、復旧の時刻は示せません。');
    expect(noDuration).toContain('発生時刻が非公表のため、2件の周知は図に置けません。');
    expect(noDuration).not.toContain('薄い赤の帯は事故の継続時間 (発生から復旧まで)。');
    // a published recovery time draws the band even without a duration, and says where its rule comes from
    const published = notes({ ...line2023, duration_min: null, recovered_min: 100 }, untimed);
    expect(published).toContain('薄い赤の帯は事故の継続時間 (発生から復旧まで)。');
    expect(published).toContain('復旧の線は公表された復旧時刻の位置です (発生時刻+継続時間の計算ではありません)。');
  });

  it('runs the axis from the start to 8 % past the last notice or the recovery, at least half an hour', () => {
    const x = (c: TimelineCase, n: CaseNoticeRow[]) => render(c, n).svg.scale('x')!.domain;
    expect(x(msft, msftNotices)).toEqual([0, 336 * 1.08]);
    expect(x(line2023, [notice(1, '2023-02-08T12:06', 212)])).toEqual([0, 212 * 1.08]);
    expect(x({ ...line2023, duration_min: 10 }, [notice(1, 'a', 5)])).toEqual([0, 30]);
  });

  it('a notice exactly at the recovery is not after it; ties keep the lower number whatever their order', () => {
    expect(isAfterRecovery(105, 105)).toBe(false);
    expect(isAfterRecovery(106, 105)).toBe(true);
    const tied = [notice(2, '2023-01-25T18:51', 163), notice(3, '2023-01-25T18:51', 163)];
    expect(firstNotice(tied, 335)?.seq).toBe(2);
    expect(firstNotice([tied[1]!, tied[0]!], 335)?.seq).toBe(2);
  });
});

describe('notice timeline: how each part is drawn and labelled', () => {
  it('sizes the frame by its notices and names the table’s columns', () => {
    const { spec } = render(msft, msftNotices, 'en');
    expect(spec.subtitle).toBe('公開記録 · JP-2022-07');
    expect(spec.title).toBe('Public notices over time');
    expect(spec.plot).toMatchObject({ height: 84 + 26 * 10, marginTop: 44, marginLeft: 84, marginRight: 24 });
    expect(noticeTimelineChart(line2023, lineNotices, ctx('en')).plot.height).toBe(84 + 26 * 2);
    expect(spec.columns.map((c) => c.label)).toEqual(['No.', 'time (JST)', 'minutes from start', 'channel', 'content']);
    const x = spec.plot.x as Plot.ScaleOptions;
    expect(x).toMatchObject({
      ticks: [0, 60, 120, 180, 240, 300, 360],
      label: 'time since the start of the accident',
      grid: true,
    });
    expect((x.tickFormat as (m: number) => string)(90)).toBe('1 h 30 min');
    expect(spec.plot.y).toMatchObject({ type: 'band', label: null, padding: 0.2 });
    expect(((spec.plot.y as Plot.ScaleOptions).domain as string[]).slice(0, 2)).toEqual(['#1 16:27', '#2 16:51']);
  });

  it('marks jiko’s own translations in Japanese, and only those', () => {
    const { spec } = render(msft, msftNotices, 'ja');
    expect(spec.rows[0]).toMatchObject({
      channel: 'Admin Centerのサービスヘルスダッシュボード',
      summary: '第1報 (jiko訳)',
    });
    expect(render(msft, msftNotices, 'en').spec.rows[0]).toMatchObject({
      channel: 'status site and admin center',
      summary: 'notice 1',
    });
  });

  it('colours the outage, the rules, the notices and the first notice, and titles every notice', () => {
    const { svg } = render(msft, msftNotices, 'en');
    expect(attrs(svg.querySelector('g.outage-band'), 'fill', 'fill-opacity')).toEqual(['#fa5252', '0.1']);
    expect(attrs(svg.querySelector('g.recovery-rule'), 'stroke', 'stroke-width')).toEqual(['#c92a2a', '2']);
    expect(attrs(svg.querySelector('g.first-gap'), 'stroke', 'stroke-width')).toEqual(['#e8590c', '3']);
    expect(attrs(svg.querySelector('g.notice-dot'), 'fill')).toEqual(['#1f4e9c']);
    expect(attrs(svg.querySelector('g.notice-dot circle'), 'r')).toEqual(['4.5']);
    expect(attrs(svg.querySelector('g.first-notice'), 'fill', 'stroke', 'stroke-width')).toEqual([
      '#e8590c',
      'white',
      '1.5',
    ]);
    expect(attrs(svg.querySelector('g.first-notice circle'), 'r')).toEqual(['7']);
    expect(svg.querySelector('g.notice-dot title')?.textContent).toBe(
      '#2 2023-01-25 16:51 JST (+43 min)\nstatus site and admin center\nnotice 2',
    );
    expect(svg.querySelector('g.first-notice title')?.textContent).toBe(
      '#1 2023-01-25 16:27 JST (+19 min)\nstatus site and admin center\nnotice 1',
    );
  });

  it('puts the start label right of the start, the recovery label left of a rule near the end, and the first-notice label beside it', () => {
    const { svg } = render(msft, msftNotices, 'en');
    const labels = [...svg.querySelectorAll('g.rule-label')];
    expect(labels.map((g) => attrs(g, 'text-anchor', 'font-size', 'fill', 'transform'))).toEqual([
      ['start', '11', '#495057', 'translate(0.5,-21.5)'],
      ['end', '11', '#495057', 'translate(0.5,-21.5)'],
    ]);
    // the first notice (19 min) is in the left part of the axis: its label reads to the right of it
    expect(
      attrs(svg.querySelector('g.first-notice-label'), 'text-anchor', 'fill', 'font-weight', 'font-size', 'transform'),
    ).toEqual(['start', '#c2410c', 'bold', '12', 'translate(11.5,11)']);
    // LINE 2023: the only notice is at the right end, so its label reads to the left and above; recovery mid-axis
    const line = render(line2023, lineNotices, 'en').svg;
    const early = render(line2023, [{ ...lineNotices[0]!, minutes_from_start: 10 }], 'en').svg;
    const shift = (el: Element) =>
      (el.querySelector('g.first-notice-label')?.getAttribute('transform') ?? '').match(/-?[\d.]+/g)!.map(Number);
    expect(line.querySelector('g.first-notice-label')?.getAttribute('text-anchor')).toBe('end');
    const [lx, ly] = shift(line);
    const [rx, ry] = shift(early);
    expect([lx, rx]).toEqual([-10.5, 11.5]); // 11 px left of the dot, or right of it
    expect(ly! - ry!).toBe(-11); // and 11 px higher when on the left, clear of the line to the dot
    // the recovery at 105 of 229 min is mid-axis: centred on its rule (Plot's default, no attribute)
    expect([...line.querySelectorAll('g.rule-label')].map((g) => g.getAttribute('text-anchor'))).toEqual([
      'start',
      null,
    ]);
  });
});
