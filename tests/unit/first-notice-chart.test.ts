// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { firstChannel, firstNoticeChart, type FirstNoticeRow } from '../../src/charts/first-notice.ts';
import { translator } from '../../src/i18n/t.ts';
import { attrs } from '../fixtures/drawn-svg.ts';

/**
 * The time-to-first-notice chart of the cases index: its table (what a reader and every export get), its labels
 * and which bars read "after recovery". Expected strings are literals checked by hand against the catalogues.
 */
const ctx = (lang: 'ja' | 'en') => ({ lang, t: translator(lang), datasetLabel: '公開記録', synthetic: false });

const row = (over: Partial<FirstNoticeRow>): FirstNoticeRow => ({
  id: 'JP-2022-07',
  operator_ja: '日本マイクロソフト株式会社',
  operator_en: 'Microsoft Japan',
  occurred_at: '2023-01-25T16:08+09:00',
  occurred_precision: 'minute',
  duration_min: 335,
  first_minutes: 19,
  first_channel: 'status site',
  first_channel_ja: '自社サイト',
  first_channel_ja_translated: false,
  notices: 10,
  ...over,
});

const msft = row({});
const line = row({
  id: 'JP-2022-08',
  operator_ja: 'LINEヤフー株式会社',
  operator_en: 'LY Corp.',
  duration_min: 105,
  first_minutes: 212,
  first_channel: 'official Twitter account',
  first_channel_ja: 'Twitter 公式アカウント',
  notices: 1,
});
const untimed = row({
  id: 'JP-2019-01',
  duration_min: null,
  first_minutes: null,
  first_channel: null,
  first_channel_ja: null,
  first_channel_ja_translated: null,
  notices: 2,
});
const noDuration = row({ id: 'JP-2020-01', duration_min: null, first_minutes: 45, first_channel_ja_translated: true });

describe('the first notice’s channel', () => {
  it('is the page’s language, jiko’s translation marked, 非公表 when none is timed', () => {
    expect(firstChannel(msft, ctx('ja'))).toBe('自社サイト');
    expect(firstChannel(msft, ctx('en'))).toBe('status site');
    expect(firstChannel(noDuration, ctx('ja'))).toBe('自社サイト (jiko訳)');
    expect(firstChannel(noDuration, ctx('en'))).toBe('status site');
    expect(firstChannel(untimed, ctx('ja'))).toBe('非公表');
    expect(firstChannel(untimed, ctx('en'))).toBe('not published');
  });
});

describe('the time-to-first-notice chart', () => {
  const rows = [msft, line, untimed, noDuration];

  it('gives every case a table row: first notice, duration, after recovery or not, channel, notice count', () => {
    const spec = firstNoticeChart(rows, ctx('ja'));
    expect(spec.id).toBe('first-notice');
    expect(spec.columns.map((c) => c.key)).toEqual([
      'id',
      'operator',
      'start',
      'first',
      'duration',
      'after',
      'channel',
      'notices',
    ]);
    expect(spec.rows).toEqual([
      {
        id: 'JP-2022-07',
        operator: '日本マイクロソフト株式会社',
        start: '2023/01/25 16:08',
        first: '19分',
        duration: '5時間35分',
        after: 'いいえ',
        channel: '自社サイト',
        notices: 10,
      },
      {
        id: 'JP-2022-08',
        operator: 'LINEヤフー株式会社',
        start: '2023/01/25 16:08',
        first: '3時間32分',
        duration: '1時間45分',
        after: 'はい',
        channel: 'Twitter 公式アカウント',
        notices: 1,
      },
      {
        id: 'JP-2019-01',
        operator: '日本マイクロソフト株式会社',
        start: '2023/01/25 16:08',
        first: '非公表',
        duration: '非公表',
        after: '不明',
        channel: '非公表',
        notices: 2,
      },
      {
        id: 'JP-2020-01',
        operator: '日本マイクロソフト株式会社',
        start: '2023/01/25 16:08',
        first: '45分',
        duration: '非公表',
        after: '不明',
        channel: '自社サイト (jiko訳)',
        notices: 10,
      },
    ]);
    expect(firstNoticeChart(rows, ctx('en')).rows[1]).toMatchObject({
      operator: 'LY Corp.',
      first: '3 h 32 min',
      after: 'yes',
      channel: 'official Twitter account',
    });
  });

  it('draws a bar only for a timed first notice, labelled in words, red when it came after recovery', () => {
    const spec = firstNoticeChart(rows, ctx('ja'));
    const svg = Plot.plot({ ...spec.plot, width: 800 });
    // three timed notices, two of them with a published duration (and so a recovery tick and its label)
    expect(svg.querySelectorAll('g.first-notice-bar rect')).toHaveLength(3);
    expect(svg.querySelectorAll('g.recovery-tick line')).toHaveLength(2);
    const labels = [...svg.querySelectorAll('g.first-notice-label text')].map((e) => e.textContent);
    expect(labels).toEqual(['19分', '3時間32分 (復旧後)', '45分']);
    const fills = [...svg.querySelectorAll('g.first-notice-bar rect')].map((e) => e.getAttribute('fill'));
    expect(fills[1]).not.toBe(fills[0]);
    expect(fills[2]).toBe(fills[0]);
    // the axis reaches past the longest bar or duration by a third, and never less than an hour
    const x = svg.scale('x')!;
    expect(x.domain).toEqual([0, 335 * 1.35]);
    const one = Plot.plot({ ...firstNoticeChart([row({ first_minutes: 5, duration_min: 10 })], ctx('ja')).plot });
    expect(one.scale('x')!.domain).toEqual([0, 60 * 1.35]);
  });

  it('says in its subtitle and notes how many cases have a timed notice', () => {
    const spec = firstNoticeChart(rows, ctx('en'));
    expect(spec.subtitle).toContain('公開記録');
    expect(spec.subtitle).toContain('4');
    expect(spec.notes.join(' ')).toContain('4');
    expect(spec.synthetic).toBe(false);
  });
});

describe('the first-notice chart, drawn', () => {
  it('colours bars blue, or orange after recovery, marks recovery in red and titles each bar', () => {
    const spec = firstNoticeChart([msft, line], ctx('ja'));
    expect(spec.title).toBe('最初の周知までの時間');
    expect(spec.subtitle).toBe('公開記録 · 周知の時刻が記録された2件');
    expect(spec.sources).toEqual(['出典: jiko 公開記録 case_notices.csv (電気通信事故検証会議の議事要旨)']);
    expect(spec.plot).toMatchObject({ height: 70 + 56 * 2, marginLeft: 92, marginRight: 16 });
    expect(spec.plot.y).toMatchObject({
      type: 'band',
      domain: ['JP-2022-07', 'JP-2022-08'],
      label: null,
      padding: 0.45,
    });
    expect(spec.plot.x).toMatchObject({ label: '事故発生からの時間', grid: true });
    const svg = Plot.plot({ ...spec.plot, width: 800 });
    expect([...svg.querySelectorAll('g.first-notice-bar rect')].map((r) => r.getAttribute('fill'))).toEqual([
      '#1f4e9c',
      '#e8590c',
    ]);
    expect([...svg.querySelectorAll('g.first-notice-bar title')].map((e) => e.textContent)).toEqual([
      'JP-2022-07 日本マイクロソフト株式会社\n19分\n自社サイト',
      'JP-2022-08 LINEヤフー株式会社\n3時間32分 (復旧後)\nTwitter 公式アカウント',
    ]);
    expect(attrs(svg.querySelector('g.recovery-tick'), 'stroke', 'stroke-width')).toEqual(['#c92a2a', '3']);
    const recovery = [...svg.querySelectorAll('text')].filter((e) => e.textContent?.startsWith('復旧 '));
    expect(recovery.map((e) => e.textContent)).toEqual(['復旧 5時間35分', '復旧 1時間45分']);
    const g = recovery[0]!.closest('g')!;
    expect(attrs(g, 'fill', 'stroke', 'stroke-width', 'font-size', 'paint-order')).toEqual([
      '#c92a2a',
      'white',
      '3',
      '11',
      'stroke',
    ]);
    const label = svg.querySelector('g.first-notice-label')!;
    expect(attrs(label, 'text-anchor', 'font-size', 'font-weight')).toEqual(['start', '12', 'bold']);
    expect(label.getAttribute('transform')).toMatch(/^translate\(6\.5,/);
    expect([...label.querySelectorAll('text')].map((e) => e.getAttribute('fill'))).toEqual(['#1f4e9c', '#c2410c']);
  });

  it('runs the axis to 35 % past the latest notice or recovery, at least an hour', () => {
    const x = (rows: FirstNoticeRow[]) => firstNoticeChart(rows, ctx('en')).plot.x as Plot.ScaleOptions;
    expect(x([line]).domain).toEqual([0, 212 * 1.35]);
    expect(x([row({ first_minutes: 5, duration_min: 20 })]).domain).toEqual([0, 60 * 1.35]);
    expect((x([line]).tickFormat as (m: number) => string)(90)).toBe('1 h 30 min');
  });
});
