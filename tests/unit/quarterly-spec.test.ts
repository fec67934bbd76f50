// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { quarterlyCountsChart, type QuarterCountRow } from '../../src/charts/quarterly-counts.ts';
import { talliesQuarterChart, tallyCategoryLabel, tallyOrder } from '../../src/charts/tallies-chart.ts';
import { CAUSE_COLOR } from '../../src/domain/causes.ts';
import { translator } from '../../src/i18n/t.ts';
import { sampleContextEn } from '../fixtures/report-context.ts';
import { svgOf } from '../fixtures/drawn-svg.ts';

/** The quarterly charts besides their bar heights (drawn-marks*.test.ts): labels, table, native series, links. */
const ctx = sampleContextEn();

// FY2009 Q4 is quarter index 2009·4+3 = 8039; FY2010 Q1 is 8040, Q2 8041
const ROWS: QuarterCountRow[] = [
  { fiscal_year: 2010, quarter: 1, qi: 8040, key: 'software_bug', accidents: 3 },
  { fiscal_year: 2009, quarter: 4, qi: 8039, key: 'software_bug', accidents: 5 },
  { fiscal_year: 2010, quarter: 1, qi: 8040, key: 'hardware_failure', accidents: 7 },
  { fiscal_year: 2010, quarter: 2, qi: 8041, key: null, accidents: 2 },
];
type Fn = (v: unknown) => string;

describe('quarterly chart: what it says besides its bar heights', () => {
  // built inside each test: Stryker switches mutants per test, not at collection
  const make = () => quarterlyCountsChart(ROWS, 'cause', ctx);

  it('names itself, the dimension it stacks by, its dataset and how to brush', () => {
    const spec = make();
    expect(spec.id).toBe('quarterly-counts');
    expect(spec.title).toBe('Accidents per fiscal quarter, by cause');
    expect(spec.subtitle).toBe('Synthetic sample');
    expect(quarterlyCountsChart(ROWS, 'cause', { ...ctx, highlightLabel: 'Brushed: FY2010' }).subtitle).toBe(
      'Brushed: FY2010',
    );
    expect(spec.sources).toEqual(['Source: sample']);
    expect(spec.notes).toEqual(['SYNTHETIC']);
    expect(spec.hints).toHaveLength(1);
    expect(spec.hints![0]).toMatch(/drag/i);
    expect(spec.synthetic).toBe(true);
  });

  it('tables each bar in stack order: quarters in time, causes in their fixed order, unknown last', () => {
    const spec = make();
    expect(spec.columns).toEqual([
      { key: 'period', label: 'fiscal quarter' },
      { key: 'key_label', label: 'cause' },
      { key: 'accidents', label: 'accidents' },
    ]);
    expect(spec.rows).toEqual([
      { period: 'FY2009 Q4', key: 'software_bug', key_label: 'Software bug', accidents: 5 },
      { period: 'FY2010 Q1', key: 'hardware_failure', key_label: 'Hardware failure', accidents: 7 },
      { period: 'FY2010 Q1', key: 'software_bug', key_label: 'Software bug', accidents: 3 },
      { period: 'FY2010 Q2', key: null, key_label: 'unknown', accidents: 2 },
    ]);
  });

  it('exports native stacked bars with a zero, not a gap, where a cause has no accident', () => {
    const spec = make();
    expect(spec.native).toEqual({
      kind: 'bar',
      stacked: true,
      categories: ['09Q4', '10Q1', '10Q2'],
      series: [
        { name: 'Hardware failure', color: CAUSE_COLOR.hardware_failure, values: [0, 7, 0] },
        { name: 'Software bug', color: CAUSE_COLOR.software_bug, values: [5, 3, 0] },
        { name: 'unknown', color: '#ced4da', values: [0, 0, 2] },
      ],
      xTitle: 'fiscal quarter',
      yTitle: 'accidents',
      format: '#,##0',
    });
  });

  it('lays out the axes: a year tick at each fiscal year’s Q1, whole-number counts to the tallest stack', () => {
    const spec = make();
    const x = spec.plot.x as Plot.ScaleOptions;
    const y = spec.plot.y as Plot.ScaleOptions;
    expect(spec.plot).toMatchObject({ height: 340, marginLeft: 56 });
    const [d0, d1] = x.domain as number[];
    expect(d0).toBeCloseTo(8038.4, 9);
    expect(d1).toBeCloseTo(8041.6, 9);
    expect(x).toMatchObject({ type: 'linear', ticks: [8040], label: 'fiscal quarter', labelAnchor: 'right' });
    expect((x.tickFormat as Fn)(8040)).toBe('FY2010');
    // the tallest stack is FY2010 Q1's 7 + 3 = 10
    expect(y).toMatchObject({ label: 'accidents', grid: true, domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] });
    expect((y.tickFormat as Fn)(1234)).toBe('1,234');
    expect(spec.plot.color).toMatchObject({
      type: 'ordinal',
      domain: ['hardware_failure', 'software_bug', null],
      legend: true,
    });
    expect(((spec.plot.color as Plot.ScaleOptions).tickFormat as Fn)(null)).toBe('unknown');
  });

  it('an empty chart has no year ticks, no categories and no "0年度"', () => {
    const empty = quarterlyCountsChart([], 'cause', ctx);
    expect((empty.plot.x as Plot.ScaleOptions).ticks).toEqual([]);
    expect(empty.native!.categories).toEqual([]);
    expect(empty.native!.series).toEqual([]);
    expect(empty.rows).toEqual([]);
  });

  it('links each bar to its quarter and cause, titles it, marks the FY2010 break and the brushed period', () => {
    const spec = make();
    const el = svgOf(quarterlyCountsChart(ROWS, 'cause', ctx, [8040, 8041]).plot);
    const links = [...el.querySelectorAll('g.quarter-bar a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '#/drill/qi=8039&cause=software_bug',
      '#/drill/qi=8040&cause=hardware_failure',
      '#/drill/qi=8040&cause=software_bug',
      '#/drill/qi=8041&cause=null',
    ]);
    expect([...el.querySelectorAll('g.quarter-bar title')].map((e) => e.textContent)).toEqual([
      'FY2009 Q4 · Software bug: 5',
      'FY2010 Q1 · Hardware failure: 7',
      'FY2010 Q1 · Software bug: 3',
      'FY2010 Q2 · unknown: 2',
    ]);
    expect([...el.querySelectorAll('g.quarter-bar rect')].map((r) => r.getAttribute('fill'))).toEqual([
      CAUSE_COLOR.software_bug,
      CAUSE_COLOR.hardware_failure,
      CAUSE_COLOR.software_bug,
      '#ced4da',
    ]);
    const xs = (Plot.plot({ ...spec.plot, width: 800, document }) as unknown as Plot.Plot).scale('x')!;
    const px = (v: number) => {
      const [a, b] = (xs.domain as number[]).map(Number) as [number, number];
      const [r0, r1] = xs.range as [number, number];
      return r0 + ((v - a) / (b - a)) * (r1 - r0);
    };
    // the break is drawn between FY2009 Q4 and FY2010 Q1
    const rule = el.querySelector('g.series-break line')!;
    expect(el.querySelectorAll('g.series-break line')).toHaveLength(1);
    expect(Math.abs(Number(rule.getAttribute('x1')) - px(8039.5))).toBeLessThan(1);
    expect(el.querySelector('g.series-break')!.getAttribute('stroke-dasharray')).toBe('4,3');
    // the brushed quarters are shaded from the left edge of the first to the right edge of the last
    const shade = el.querySelector('g.brush-selection rect')!;
    expect(el.querySelector('g.brush-selection')!.getAttribute('fill')).toBe('#4dabf7');
    expect(el.querySelector('g.brush-selection')!.getAttribute('fill-opacity')).toBe('0.15');
    expect(Math.abs(Number(shade.getAttribute('x')) - px(8039.5))).toBeLessThan(1);
    expect(Math.abs(Number(shade.getAttribute('x')) + Number(shade.getAttribute('width')) - px(8041.5))).toBeLessThan(
      1,
    );
    expect(svgOf(spec.plot).querySelector('g.brush-selection')).toBeNull();
  });
});

describe('tallies chart: categories in band order, named as MIC names them, never linked', () => {
  it('names bands in either language, the total, and falls back to the key or "unknown"', () => {
    const en = translator('en');
    expect(tallyCategoryLabel('users_band', 'lt500', en, 'en')).toBe('< 500');
    expect(tallyCategoryLabel('users_band', 'lt500', translator('ja'), 'ja')).toBe('500人未満');
    expect(tallyCategoryLabel('duration_band', 'ge24h', en, 'en')).toBe('≥ 24 h');
    expect(tallyCategoryLabel('total', null, en, 'en')).toBe('Total');
    expect(tallyCategoryLabel('duration_band', '7h-9h', en, 'en')).toBe('7h-9h');
    expect(tallyCategoryLabel('users_band', null, en, 'en')).toBe('unknown');
    expect(tallyCategoryLabel('cause', 'software_bug', en, 'en')).toBe('Software bug');
  });

  it('orders banded keys as the bands run, others alphabetically', () => {
    expect(tallyOrder('users_band', ['ge1000000', 'lt500', '30000-100000', 'lt500'])).toEqual([
      'lt500',
      '30000-100000',
      'ge1000000',
    ]);
    expect(tallyOrder('operator', ['KDDI', 'au', 'NTT東日本', 'KDDI'])).toEqual(['au', 'KDDI', 'NTT東日本']);
  });

  const rows: QuarterCountRow[] = [
    { fiscal_year: 2021, quarter: 1, qi: 8084, key: 'ge30000', accidents: 4 },
    { fiscal_year: 2021, quarter: 1, qi: 8084, key: 'lt500', accidents: 9 },
    { fiscal_year: 2021, quarter: 3, qi: 8086, key: 'lt500', accidents: 1 },
  ];
  // built inside each test: Stryker switches mutants per test, not at collection
  const make = () => talliesQuarterChart(rows, 'users_band', ctx);

  it('says it has no records behind it and stacks the bands smallest first', () => {
    const spec = make();
    expect(spec.id).toBe('tallies-quarterly');
    expect(spec.title).toBe('Accidents per fiscal quarter, by Affected users (band)');
    expect(spec.subtitle).toBe('Synthetic sample');
    expect(spec.sources).toEqual(['Source: sample']);
    expect(spec.notes).toHaveLength(2);
    expect(spec.notes[0]).toBe('SYNTHETIC');
    expect(spec.notes[1]).toMatch(/^This dataset is quarterly tallies: without report-level rows/);
    expect(spec.synthetic).toBe(true);
    expect(spec.native).toBeUndefined();
    expect(spec.columns).toEqual([
      { key: 'period', label: 'fiscal quarter' },
      { key: 'key_label', label: 'Affected users (band)' },
      { key: 'accidents', label: 'accidents' },
    ]);
    expect(spec.rows).toEqual([
      { period: 'FY2021 Q1', key: 'lt500', key_label: '< 500', accidents: 9 },
      { period: 'FY2021 Q1', key: 'ge30000', key_label: '≥ 30,000', accidents: 4 },
      { period: 'FY2021 Q3', key: 'lt500', key_label: '< 500', accidents: 1 },
    ]);
  });

  it('lays out years in either language and one colour per band present', () => {
    const spec = make();
    const x = spec.plot.x as Plot.ScaleOptions;
    expect(spec.plot).toMatchObject({ height: 340, marginLeft: 56 });
    expect(x).toMatchObject({ type: 'linear', ticks: [8084], label: 'fiscal quarter', labelAnchor: 'right' });
    expect((x.domain as number[])[0]).toBeCloseTo(8083.4, 9);
    expect((x.domain as number[])[1]).toBeCloseTo(8086.6, 9);
    expect((x.tickFormat as Fn)(8084)).toBe('FY2021');
    const ja = talliesQuarterChart(rows, 'users_band', { ...ctx, lang: 'ja', t: translator('ja') });
    expect(((ja.plot.x as Plot.ScaleOptions).tickFormat as Fn)(8084)).toBe('2021年度');
    expect(((spec.plot.y as Plot.ScaleOptions).tickFormat as Fn)(12000)).toBe('12,000');
    expect(spec.plot.y).toMatchObject({ label: 'accidents', grid: true });
    expect(spec.plot.color).toMatchObject({
      type: 'ordinal',
      domain: ['lt500', 'ge30000'],
      range: ['#1f4e9c', '#4f8fdb'],
      legend: true,
    });
    expect(((spec.plot.color as Plot.ScaleOptions).tickFormat as Fn)('ge30000')).toBe('≥ 30,000');
    const empty = talliesQuarterChart([], 'total', ctx);
    expect((empty.plot.color as Plot.ScaleOptions).range).toEqual(['#1f4e9c']);
    expect((empty.plot.x as Plot.ScaleOptions).ticks).toEqual([]); // not 'FY0'
  });

  it('draws titled bars that link nowhere', () => {
    const spec = make();
    const el = svgOf(spec.plot);
    expect(el.querySelectorAll('g.quarter-bar rect')).toHaveLength(3);
    expect(el.querySelectorAll('a')).toHaveLength(0);
    expect([...el.querySelectorAll('g.quarter-bar title')].map((e) => e.textContent)).toEqual([
      'FY2021 Q1 · < 500: 9',
      'FY2021 Q1 · ≥ 30,000: 4',
      'FY2021 Q3 · < 500: 1',
    ]);
  });
});
