// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { casePositionChart, ruleEmphasis, type FocusCase } from '../../src/charts/case-position.ts';
import { translator } from '../../src/i18n/t.ts';

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
});
