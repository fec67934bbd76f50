// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { majorTotalsChart, reportedTotalsChart, withGaps, type TotalRow } from '../../src/charts/published-totals.ts';
import { translator } from '../../src/i18n/t.ts';
import { publicContextEn } from '../fixtures/report-context.ts';
import { svgOf } from '../fixtures/drawn-svg.ts';

/** Everything besides the numbers that the yearly charts say: titles, sources, notes, table, native series, marks. */
const ctx = publicContextEn();

const row = (fiscal_year: number, measure: string, value: number, sources: string, derived = false): TotalRow => ({
  fiscal_year,
  measure,
  value,
  value_max: value,
  sources,
  uncertain: false,
  derived,
});

const TOTALS = [
  row(2008, 'all_reported_pre2010', 1000, 'https://www.soumu.go.jp/a.pdf'),
  row(2009, 'all_reported_pre2010', 1234, 'https://www.soumu.go.jp/a.pdf https://example.org/b'),
  row(2010, 'quarterly_reported', 5000, 'https://www.soumu.go.jp/c.pdf'),
  row(2012, 'quarterly_reported', 6100, 'doc:white-paper'),
];

const PRE = 'Reported accidents (series to FY2009)';
const QUARTERLY = 'Quarterly-reported accidents (detailed form, FY2010–)';
const GAPS = 'Gaps are years with no published figure found (nothing interpolated).';

const texts = (el: Element, sel: string) => [...el.querySelectorAll(sel)].map((e) => e.textContent);
type Fn = (v: unknown) => string;

describe('yearly totals chart: what it says besides its numbers', () => {
  // built inside each test: Stryker switches mutants per test, not at collection
  const make = () => reportedTotalsChart(TOTALS, ctx);

  it('names itself, its sources by host (the MIC site first) and its caveats', () => {
    const spec = make();
    expect(spec.id).toBe('reported-totals');
    expect(spec.title).toBe('Reported accidents per fiscal year');
    expect(spec.subtitle).toBe('Public record');
    expect(spec.sources).toEqual(['Sources: soumu.go.jp, example.org, white-paper']);
    expect(spec.notes).toHaveLength(2);
    expect(spec.notes[0]).toMatch(/^Vertical rules mark series breaks: FY2008/);
    expect(spec.notes[1]).toBe(GAPS);
    expect(spec.synthetic).toBe(false);
    expect(reportedTotalsChart(TOTALS, { ...ctx, synthetic: true }).synthetic).toBe(true);
  });

  it('tables each published figure with its series, basis and sources', () => {
    const spec = make();
    expect(spec.columns).toEqual([
      { key: 'fiscal_year', label: 'FY' },
      { key: 'series', label: 'series' },
      { key: 'value', label: 'accidents' },
      { key: 'basis', label: 'basis' },
      { key: 'sources', label: 'Source' },
    ]);
    expect(spec.rows[1]).toEqual({
      fiscal_year: 2009,
      series: PRE,
      value: 1234,
      basis: 'published',
      sources: 'https://www.soumu.go.jp/a.pdf https://example.org/b',
    });
    expect(spec.rows[3]).toMatchObject({ series: QUARTERLY, value: 6100 });
    const ja = reportedTotalsChart(TOTALS, { ...ctx, lang: 'ja', t: translator('ja') });
    expect(ja.columns[1]).toEqual({ key: 'series', label: '系列' });
  });

  it('exports as two native line series that never join, FY2011 a gap', () => {
    const spec = make();
    expect(spec.native).toEqual({
      kind: 'line',
      stacked: false,
      categories: ['2008', '2009', '2010', '2011', '2012'],
      series: [
        { name: PRE, color: '#868e96', values: [1000, 1234, null, null, null] },
        { name: QUARTERLY, color: '#1f4e9c', values: [null, null, 5000, null, 6100] },
      ],
      xTitle: 'FY',
      yTitle: 'accidents',
      format: '#,##0',
    });
  });

  it('lays out the frame: fiscal-year axis, a zero-based count axis, one legend entry per series', () => {
    const spec = make();
    const { x, y, color } = spec.plot as { x: Plot.ScaleOptions; y: Plot.ScaleOptions; color: Plot.ScaleOptions };
    expect(spec.plot).toMatchObject({ height: 320, marginLeft: 56, marginTop: 44, insetTop: 16 });
    expect(x).toMatchObject({ type: 'linear', domain: [2007.5, 2012.5], ticks: 5, label: 'fiscal year' });
    expect((x.tickFormat as Fn)(2010)).toBe('2010');
    expect((x.tickFormat as Fn)(2010.5)).toBe('');
    expect(y).toMatchObject({ label: 'accidents', grid: true, zero: true });
    expect((y.tickFormat as Fn)(12345)).toBe('12,345');
    expect(color).toMatchObject({
      type: 'ordinal',
      domain: ['all_reported_pre2010', 'quarterly_reported'],
      range: ['#868e96', '#1f4e9c'],
      legend: true,
    });
    expect((color.tickFormat as Fn)('quarterly_reported')).toBe(QUARTERLY);
    // only the series present get a legend entry
    const one = reportedTotalsChart(TOTALS.slice(2), ctx).plot.color as Plot.ScaleOptions;
    expect(one.domain).toEqual(['quarterly_reported']);
    expect(one.range).toEqual(['#1f4e9c']);
  });

  it('draws the breaks inside the years shown, labelled on two rows, and a titled, linked dot per figure', () => {
    const spec = make();
    const el = svgOf(spec.plot);
    expect(el.querySelectorAll('g.series-break line')).toHaveLength(2);
    expect(el.querySelector('g.series-break')!.getAttribute('stroke-dasharray')).toBe('4,3');
    const labels = [...el.querySelectorAll('text')].filter((t) => /^20\d\d [a-z]/.test(t.textContent ?? ''));
    expect(labels.map((t) => t.textContent)).toEqual(['2008 degradation counted', '2010 quarterly-reported series']);
    // staggered on two rows above the frame (dy −26 and −12), 2 px right of their rule, in 10 px grey
    expect(labels.map((t) => t.closest('g')!.getAttribute('transform'))).toEqual([
      'translate(2.5,-25.5)',
      'translate(2.5,-11.5)',
    ]);
    expect(labels.map((t) => t.closest('g')!.getAttribute('font-size'))).toEqual(['10', '10']);
    expect(labels[0]!.closest('g')!.getAttribute('fill')).toBe('#495057');
    expect(labels[0]!.closest('g')!.getAttribute('text-anchor')).toBe('start');
    const dots = [...el.querySelectorAll('g.total-dot circle')];
    expect(dots).toHaveLength(4);
    expect(dots.map((d) => d.getAttribute('r') ?? d.closest('g')!.getAttribute('r'))).toEqual(['4', '4', '4', '4']);
    expect(dots.map((d) => d.getAttribute('fill'))).toEqual(['#868e96', '#868e96', '#1f4e9c', '#1f4e9c']);
    expect([...el.querySelectorAll('g.total-dot a')].map((e) => e.getAttribute('href'))).toEqual([
      '#/cases?fy=2008',
      '#/cases?fy=2009',
      '#/cases?fy=2010',
      '#/cases?fy=2012',
    ]);
    expect(texts(el, 'g.total-dot title')[1]).toBe(
      `2009: 1,234 — ${PRE}\nhttps://www.soumu.go.jp/a.pdf https://example.org/b`,
    );
    const line = el.querySelector('g[aria-label="line"]')!;
    expect(line.getAttribute('stroke-width')).toBe('2');
    expect([...line.querySelectorAll('path')].map((p) => p.getAttribute('stroke'))).toEqual(['#868e96', '#1f4e9c']);
    // without links the dots are not anchors
    const plain = svgOf(reportedTotalsChart(TOTALS, { ...ctx, links: undefined }).plot);
    expect(plain.querySelectorAll('g.total-dot a')).toHaveLength(0);
    expect(plain.querySelectorAll('g.total-dot circle')).toHaveLength(4);
  });

  it('puts NaN in the years a series has no figure, and nothing for a series that is absent', () => {
    expect(withGaps(TOTALS, 'quarterly_reported')).toEqual([
      { fiscal_year: 2010, measure: 'quarterly_reported', value: 5000 },
      { fiscal_year: 2011, measure: 'quarterly_reported', value: NaN },
      { fiscal_year: 2012, measure: 'quarterly_reported', value: 6100 },
    ]);
    expect(withGaps(TOTALS, 'major')).toEqual([]);
  });
});

describe('major accidents chart: what it says besides its numbers', () => {
  const MAJOR = [
    row(2014, 'major', 10, 'https://www.soumu.go.jp/m.pdf'),
    row(2015, 'major', 12, 'https://www.soumu.go.jp/m.pdf'),
    row(2018, 'major', 4, 'doc:minutes', true),
  ];
  // built inside each test: Stryker switches mutants per test, not at collection
  const make = () => majorTotalsChart(MAJOR, ctx);

  it('names itself and notes the derived figure only when there is one', () => {
    const spec = make();
    expect(spec.id).toBe('major-totals');
    expect(spec.title).toBe('Major accidents per fiscal year');
    expect(spec.subtitle).toBe('Public record');
    expect(spec.sources).toEqual(['Sources: soumu.go.jp, minutes']);
    expect(spec.notes).toHaveLength(3);
    expect(spec.notes[0]).toMatch(/^Vertical rules mark changes of the major-accident rule/);
    expect(spec.notes[1]).toMatch(/^The hollow bar is derived, not published/);
    expect(spec.notes[2]).toBe(GAPS);
    const published = majorTotalsChart(MAJOR.slice(0, 2), ctx);
    expect(published.notes).toHaveLength(2);
    expect(published.notes[1]).toBe(GAPS);
    expect(spec.rows[2]).toEqual({
      fiscal_year: 2018,
      series: 'Major accidents',
      value: 4,
      basis: 'derived (not published)',
      sources: 'doc:minutes',
    });
  });

  it('exports as one native bar series with the years without a figure empty', () => {
    const spec = make();
    expect(spec.native).toEqual({
      kind: 'bar',
      stacked: false,
      categories: ['2014', '2015', '2016', '2017', '2018'],
      series: [{ name: 'major accidents', color: '#c92a2a', values: [10, 12, null, null, 4] }],
      xTitle: 'FY',
      yTitle: 'major accidents',
      format: '#,##0',
    });
    expect(spec.plot).toMatchObject({ height: 320, marginLeft: 48, marginTop: 44, insetTop: 16 });
    expect(spec.plot.y).toMatchObject({ label: 'major accidents', grid: true, tickFormat: 'd' });
  });

  it('draws published bars solid and the derived one hollow, each labelled, titled and linked', () => {
    const spec = make();
    const el = svgOf(spec.plot);
    const solid = el.querySelector('g.major-bar:not(.major-bar--derived)')!;
    expect(solid.getAttribute('fill')).toBe('#c92a2a');
    expect(solid.querySelectorAll('rect')).toHaveLength(2);
    const hollow = el.querySelector('g.major-bar--derived')!;
    expect(hollow.getAttribute('fill')).toBe('white');
    expect(hollow.getAttribute('stroke')).toBe('#c92a2a');
    expect(hollow.getAttribute('stroke-dasharray')).toBe('3,2');
    expect(hollow.querySelectorAll('rect')).toHaveLength(1);
    expect(texts(el, 'g.major-bar title')).toEqual([
      '2014: 10\nhttps://www.soumu.go.jp/m.pdf',
      '2015: 12\nhttps://www.soumu.go.jp/m.pdf',
      '2018: 4 (derived)\ndoc:minutes',
    ]);
    expect([...el.querySelectorAll('g.major-bar a')].map((a) => a.getAttribute('href'))).toEqual([
      '#/cases?fy=2014&major',
      '#/cases?fy=2015&major',
      '#/cases?fy=2018&major',
    ]);
    // each bar's value 7 px above it, in 10 px type
    expect(texts(el, 'g[aria-label="text"][font-size="10"][transform="translate(0.5,-6.5)"] text')).toEqual([
      '10',
      '12',
      '4 (derived)',
    ]);
    // only FY2015's rule change lies within FY2014–2018
    expect(el.querySelectorAll('g.series-break line')).toHaveLength(1);
    expect(texts(el, 'text')).toContain('2015 per-service rules');
    expect(svgOf(majorTotalsChart(MAJOR, { ...ctx, links: undefined }).plot).querySelectorAll('a')).toHaveLength(0);
  });
});
