// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { casePositionChart, ruleEmphasis, type FocusCase } from '../../src/charts/case-position.ts';
import { translator } from '../../src/i18n/t.ts';
import { attrs } from '../fixtures/drawn-svg.ts';

const ctx = { lang: 'ja' as const, t: translator('ja'), datasetLabel: '公開記録', synthetic: false };
const msft: FocusCase = {
  id: 'JP-2022-07',
  fiscal_year: 2022,
  operator_ja: '日本マイクロソフト株式会社',
  operator_en: 'Microsoft Japan',
  duration_min: 335,
  affected_users: 30_000,
  users_qualifier: 'at_least',
  cause: 'human_error',
  is_major: true,
  service_categories: ['other_voice', 'other'],
};

describe('which threshold a case is judged against', () => {
  it('is the single rule before FY2015, its own categories after, and unknown without one', () => {
    expect(ruleEmphasis(2014, ['other'])).toEqual({ kind: 'pre2015' });
    expect(ruleEmphasis(2022, ['other_voice', 'other'])).toEqual({
      kind: 'categories',
      categories: ['other_voice', 'other'],
    });
    expect(ruleEmphasis(2022, [])).toEqual({ kind: 'no-category' });
  });
});

describe('the case position chart', () => {
  const draw = (focus: FocusCase) => {
    const spec = casePositionChart([focus], focus, ctx, 49);
    return { spec, svg: Plot.plot({ ...spec.plot, width: 800 }) };
  };

  it("rings the case and draws its own categories' staircases bold", () => {
    const { spec, svg } = draw(msft);
    expect(spec.id).toBe('case-position');
    expect(svg.querySelectorAll('g.case-focus circle')).toHaveLength(1);
    expect(svg.querySelectorAll('g.rule-emphasis path')).toHaveLength(2);
    expect(svg.querySelector('g.case-focus-label')?.textContent).toBe('JP-2022-07 · 30,000人以上');
    expect(spec.notes[0]).toBe(
      'この事例の役務区分 (二 その他の音声 / 四 その他 (データ通信等)) の基準を太線で示します。',
    );
  });

  it('emphasises nothing and says so when no category was published', () => {
    const { spec, svg } = draw({ ...msft, service_categories: [] });
    expect(svg.querySelectorAll('g.rule-emphasis')).toHaveLength(0);
    expect(spec.notes[0]).toContain('役務区分が公表されていない');
  });

  it('emphasises the single pre-FY2015 rule for an older case', () => {
    const { spec, svg } = draw({ ...msft, fiscal_year: 2011, service_categories: [] });
    expect(svg.querySelectorAll('g.rule-emphasis path')).toHaveLength(1);
    expect(spec.notes[0]).toContain('2015年度より前');
  });

  it('names the case and its categories, and styles the ring, the label and the bold rules', () => {
    const { spec, svg } = draw(msft);
    expect(spec.title).toBe('この事例の位置: 継続時間 × 影響利用者数');
    expect(spec.subtitle).toBe('公開記録 · JP-2022-07');
    expect(spec.notes[0]).toBe(
      'この事例の役務区分 (二 その他の音声 / 四 その他 (データ通信等)) の基準を太線で示します。',
    );
    // then the scatter's own notes: thresholds, the category legend, hollow marks, the 49 cases not drawn
    expect(spec.notes).toHaveLength(5);
    expect(spec.notes[2]).toBe(
      '一 緊急通報を扱う音声 / 二 その他の音声 / 三 無料インターネットサービス / 四 その他 (データ通信等)',
    );
    expect(spec.notes[4]).toContain('49');
    expect([...svg.querySelectorAll('g.rule-emphasis')].map((g) => attrs(g, 'stroke', 'stroke-width'))).toEqual([
      ['#ae3ec9', '4'],
      ['#343a40', '4'],
    ]);
    expect(attrs(svg.querySelector('g.case-focus'), 'fill', 'stroke', 'stroke-width')).toEqual(['none', '#111', '2.5']);
    expect(attrs(svg.querySelector('g.case-focus circle'), 'r')).toEqual(['13']);
    const label = svg.querySelector('g.case-focus-label');
    expect(attrs(label, 'font-size', 'font-weight', 'fill', 'stroke', 'stroke-width', 'paint-order')).toEqual([
      '12',
      'bold',
      '#111',
      'white',
      '4',
      'stroke',
    ]);
    // 335 minutes and 30,000 users: mid-axis, so centred and above the ring
    expect(label?.getAttribute('text-anchor')).toBeNull();
    expect(label?.getAttribute('transform')).toBe('translate(0.5,-21.5)');
    // the pre-FY2015 rule is grey and dashed
    const old = draw({ ...msft, fiscal_year: 2011, service_categories: [] }).svg;
    expect(attrs(old.querySelector('g.rule-emphasis'), 'stroke', 'stroke-dasharray')).toEqual(['#495057', '8,4']);
  });

  it('keeps the label inside the frame near the right, left and top edges', () => {
    const label = (f: FocusCase) => draw(f).svg.querySelector('g.case-focus-label')!;
    const long = label({ ...msft, duration_min: 1501 });
    expect(long.getAttribute('text-anchor')).toBe('end');
    expect(label({ ...msft, duration_min: 1500 }).getAttribute('text-anchor')).toBeNull();
    expect(label({ ...msft, duration_min: 59 }).getAttribute('text-anchor')).toBe('start');
    expect(label({ ...msft, duration_min: 60 }).getAttribute('text-anchor')).toBeNull();
    // above 10 million users the label goes below the ring
    expect(label({ ...msft, affected_users: 10_000_001 }).getAttribute('transform')).toBe('translate(0.5,26.5)');
    expect(label({ ...msft, affected_users: 10_000_000 }).getAttribute('transform')).toBe('translate(0.5,-21.5)');
  });
});
