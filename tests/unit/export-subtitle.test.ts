import { describe, expect, it } from 'vitest';
import { filterSubtitle } from '../../src/charts/filter-subtitle.ts';
import { logHistogramChart } from '../../src/charts/log-histogram.ts';
import { pivotChart } from '../../src/charts/pivot-chart.ts';
import { pivotTable } from '../../src/query/pivot-table.ts';
import { quarterlyCountsChart } from '../../src/charts/quarterly-counts.ts';
import type { ReportChartContext } from '../../src/charts/report-context.ts';
import { translator } from '../../src/i18n/t.ts';
import { NO_FILTERS, type Filters } from '../../src/query/report-filters.ts';

// Issue 14 defects 3 and 4, and issue 12's 88,000-character subtitle.
const Q3_2022 = 2022 * 4 + 2;
const UI_WORDS = /click|drag|クリック|ドラッグ|選ぶと/i;

function ctxFor(f: Filters, lang: 'ja' | 'en'): ReportChartContext {
  const t = translator(lang);
  return {
    lang,
    t,
    datasetLabel: filterSubtitle('合成サンプル', f, t, lang),
    highlightLabel: filterSubtitle('合成サンプル', f, t, lang, 'highlight'),
    synthetic: true,
    drillHref: () => '#',
    source: 'Source: test',
    datasetNotes: ['SYNTHETIC'],
  };
}

describe('export subtitles carry every restriction', () => {
  it('names the brushed period on a histogram', () => {
    const f: Filters = { ...NO_FILTERS, period: [Q3_2022, Q3_2022] };
    const spec = logHistogramChart([{ lo: 60, accidents: 3 }], 'duration_min', ctxFor(f, 'ja'));
    expect(spec.subtitle).toBe('合成サンプル · 期間: 2022年度 第3四半期');
    const en = logHistogramChart([{ lo: 60, accidents: 3 }], 'affected_users', ctxFor(f, 'en'));
    expect(en.subtitle).toContain('period: FY2022 Q3');
  });

  it('says the brushed chart highlights the period it still shows whole', () => {
    const f: Filters = { ...NO_FILTERS, period: [Q3_2022 - 1, Q3_2022] };
    const spec = quarterlyCountsChart([], 'cause', ctxFor(f, 'en'), f.period);
    expect(spec.subtitle).toContain('period FY2022 Q2 – FY2022 Q3 highlighted');
  });

  it('lists every other filter in words, with formatted numbers', () => {
    const f: Filters = {
      ...NO_FILTERS,
      fyFrom: 2015,
      fyTo: 2022,
      quarters: [3, 1],
      causes: ['software_bug'],
      services: ['other_voice'],
      operators: ['A社'],
      majorOnly: true,
      usersMin: 30000,
      durationMin: 120,
    };
    expect(filterSubtitle('公開記録', f, translator('ja'), 'ja')).toBe(
      '公開記録 · 2015年度–2022年度 · 第1四半期・第3四半期 · ソフトウェア不具合 · ' +
        '二 その他の音声 · 事業者: A社 · 重大な事故のみ · 影響利用者数 30,000人以上 · 継続時間 2時間以上',
    );
  });

  it('summarises thousands of operators instead of listing them', () => {
    const operators = Array.from({ length: 12_000 }, (_, i) => `Operator ${i}`);
    const s = filterSubtitle('Synthetic sample', { ...NO_FILTERS, operators }, translator('en'), 'en');
    expect(s).toBe('Synthetic sample · Operator: 12,000 selected');
  });
});

describe('filter subtitles: open ends, lists and both languages', () => {
  const ja = translator('ja');
  const en = translator('en');

  it('reads an open fiscal-year range as "from" or "to", an open amount as at least or at most', () => {
    expect(filterSubtitle('公開記録', { ...NO_FILTERS, fyFrom: 2015 }, ja, 'ja')).toBe('公開記録 · 2015年度以降');
    expect(filterSubtitle('公開記録', { ...NO_FILTERS, fyTo: 2015 }, ja, 'ja')).toBe('公開記録 · 2015年度まで');
    expect(filterSubtitle('Public record', { ...NO_FILTERS, fyFrom: 2015 }, en, 'en')).toBe(
      'Public record · from FY2015',
    );
    expect(filterSubtitle('Public record', { ...NO_FILTERS, fyTo: 2015 }, en, 'en')).toBe('Public record · to FY2015');
    expect(filterSubtitle('公開記録', { ...NO_FILTERS, usersMax: 500 }, ja, 'ja')).toBe(
      '公開記録 · 影響利用者数 500人以下',
    );
    expect(filterSubtitle('Public record', { ...NO_FILTERS, usersMin: 500, usersMax: 30000 }, en, 'en')).toBe(
      'Public record · affected users 500–30,000',
    );
    expect(filterSubtitle('Public record', { ...NO_FILTERS, durationMax: 90 }, en, 'en')).toBe(
      'Public record · duration ≤ 1 h 30 min',
    );
  });

  it('lists up to three causes or services and counts four or more', () => {
    const three = filterSubtitle(
      'S',
      { ...NO_FILTERS, causes: ['software_bug', 'hardware_failure', 'unknown'] },
      en,
      'en',
    );
    expect(three).toBe('S · Software bug・Hardware failure・Unknown / not published');
    const four = filterSubtitle(
      'S',
      { ...NO_FILTERS, services: ['emergency_voice', 'other_voice', 'free_internet', 'other'] },
      ja,
      'ja',
    );
    expect(four).toBe('S · 役務区分: 4件を選択');
    expect(filterSubtitle('S', { ...NO_FILTERS, operators: ['A社', 'B社', 'C社'] }, ja, 'ja')).toBe(
      'S · 事業者: A社・B社・C社',
    );
  });

  it('sorts the quarters, names major-only and the period in English', () => {
    const f: Filters = { ...NO_FILTERS, quarters: [4, 2], majorOnly: true, period: [Q3_2022, Q3_2022 + 2] };
    expect(filterSubtitle('S', f, en, 'en')).toBe('S · Q2・Q4 · Major accidents only · period: FY2022 Q3 – FY2023 Q1');
    expect(filterSubtitle('S', f, en, 'en', 'highlight')).toBe(
      'S · Q2・Q4 · Major accidents only · period FY2022 Q3 – FY2023 Q1 highlighted',
    );
    expect(filterSubtitle('S', NO_FILTERS, en, 'en')).toBe('S');
  });
});

describe('exports carry captions, not UI instructions (defect 4)', () => {
  it('keeps drag and click hints out of the notes of every report chart', () => {
    const ctx = ctxFor(NO_FILTERS, 'ja');
    const en = ctxFor(NO_FILTERS, 'en');
    const row = { fiscal_year: 2022, quarter: 1, qi: 8088, key: 'software_bug', accidents: 1 };
    const long = [
      { row_key: 'software_bug', col_key: 2015, value: 4, records: 4, row_total: false, col_total: false },
      { row_key: 'software_bug', col_key: null, value: 4, records: 4, row_total: false, col_total: true },
      { row_key: null, col_key: 2015, value: 4, records: 4, row_total: true, col_total: false },
      { row_key: null, col_key: null, value: 4, records: 4, row_total: true, col_total: true },
    ];
    for (const c of [ctx, en]) {
      const specs = [
        quarterlyCountsChart([row], 'cause', c),
        logHistogramChart([{ lo: 60, accidents: 1 }], 'duration_min', c),
        pivotChart(pivotTable(long, 'cause', 'fy', 'accidents'), c),
      ];
      for (const s of specs)
        for (const text of [s.title, s.subtitle, ...s.notes, ...s.sources]) expect(text).not.toMatch(UI_WORDS);
      // the hints stay on screen
      expect(specs[0]!.hints?.join()).toMatch(UI_WORDS);
      expect(specs[2]!.hints?.join()).toMatch(UI_WORDS);
    }
  });
});
