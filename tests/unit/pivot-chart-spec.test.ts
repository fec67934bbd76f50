// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { pivotChart } from '../../src/charts/pivot-chart.ts';
import type { PivotTableModel } from '../../src/query/pivot-table.ts';
import { CAUSE_COLOR } from '../../src/domain/causes.ts';
import { sampleContextEn } from '../fixtures/report-context.ts';
import { svgOf } from '../fixtures/drawn-svg.ts';

/** The pivot chart besides its point positions (drawn-marks-more.test.ts): notes, native series, links, titles. */
const ctx = sampleContextEn();
const cell = (col: number | null, value: number | null, records: number) => ({ col, value, records, yoy: null });

/**
 * Median durations by operator over FY2008, FY2009 and FY2011 (no record in FY2010), 3 reports without a fiscal
 * year. KDDI's FY2011 report has no published duration; the unknown operator has one report, in FY2011.
 */
const MEDIANS: PivotTableModel = {
  rows: 'operator',
  cols: 'fy',
  measure: 'duration_median',
  columns: [2008, 2009, 2011, null],
  body: [
    {
      key: 'KDDI',
      cells: [cell(2008, 90, 2), cell(2009, 150, 3), cell(2011, null, 1)],
      total: { value: 120, records: 7 },
    },
    { key: 'NTT', cells: [cell(2009, 60, 1)], total: { value: 60, records: 1 } },
    { key: null, cells: [cell(2011, 30, 1)], total: { value: 30, records: 1 } },
  ],
  columnTotals: [cell(2008, 90, 2), cell(2009, 100, 4), cell(2011, 30, 2), cell(null, 45, 3)],
  grandTotal: { value: 90, records: 11 },
};
type Fn = (v: unknown) => string;

describe('pivot chart: what it says besides its point positions', () => {
  // built inside each test: Stryker switches mutants per test, not at collection
  const make = () => pivotChart(MEDIANS, ctx);

  it('names the measure, rows and columns, and says what is not drawn and why lines break', () => {
    const spec = make();
    expect(spec.id).toBe('explore-pivot');
    expect(spec.title).toBe('Duration (median) by operator and fiscal year');
    expect(spec.subtitle).toBe('Synthetic sample');
    expect(spec.sources).toEqual(['Source: sample']);
    expect(spec.hints).toEqual(['Click a point to list the reports behind it.']);
    expect(spec.synthetic).toBe(true);
    expect(spec.notes).toHaveLength(5);
    expect(spec.notes[0]).toBe('SYNTHETIC');
    expect(spec.notes[1]).toBe('Reports without a fiscal year (3) are not drawn (the table has them).');
    expect(spec.notes[2]).toMatch(/^Vertical rules mark series breaks/);
    expect(spec.notes[3]).toBe(
      'Report forms and the counted population changed in FY2010: lines are not joined across FY2009–FY2010.',
    );
    expect(spec.notes[4]).toBe('Periods without records are gaps in the lines (nothing is interpolated).');
  });

  it('tables every period that has a report, a figure or not', () => {
    const spec = make();
    expect(spec.columns).toEqual([
      { key: 'row', label: 'operator' },
      { key: 'period', label: 'fiscal year' },
      { key: 'value', label: 'Duration (median)' },
      { key: 'records', label: 'reports' },
    ]);
    expect(spec.rows).toEqual([
      { row: 'KDDI', period: 'FY2008', value: 90, records: 2 },
      { row: 'KDDI', period: 'FY2009', value: 150, records: 3 },
      { row: 'KDDI', period: 'FY2011', value: null, records: 1 },
      { row: 'NTT', period: 'FY2009', value: 60, records: 1 },
      { row: 'unknown', period: 'FY2011', value: 30, records: 1 },
    ]);
  });

  it('exports one native line per row over every year from the first to the last, gaps as null', () => {
    const spec = make();
    expect(spec.native).toEqual({
      kind: 'line',
      stacked: false,
      categories: ['FY2008', 'FY2009', 'FY2010', 'FY2011'],
      series: [
        { name: 'KDDI', color: '#4e79a7', values: [90, 150, null, null] },
        { name: 'NTT', color: '#f28e2c', values: [null, 60, null, null] },
        { name: 'unknown', color: '#ced4da', values: [null, null, null, 30] },
      ],
      xTitle: 'fiscal year',
      yTitle: 'Duration (median) (minutes)',
      format: '#,##0',
    });
  });

  it('lays out a year axis and duration ticks on whole half-hours up to the longest median', () => {
    const spec = make();
    const x = spec.plot.x as Plot.ScaleOptions;
    const y = spec.plot.y as Plot.ScaleOptions;
    expect(spec.plot).toMatchObject({ height: 360, marginLeft: 64 });
    expect(x).toMatchObject({
      type: 'linear',
      domain: [2007.5, 2011.5],
      ticks: [2008, 2009, 2010, 2011],
      label: 'fiscal year',
      labelAnchor: 'right',
    });
    expect((x.tickFormat as Fn)(2010)).toBe('FY2010');
    expect(y).toMatchObject({ label: 'Duration (median)', grid: true, ticks: [0, 30, 60, 90, 120, 150] });
    expect((y.tickFormat as Fn)(90)).toBe('1.5 h');
    expect(spec.plot.color).toMatchObject({
      type: 'ordinal',
      domain: ['KDDI', 'NTT', '~'],
      range: ['#4e79a7', '#f28e2c', '#ced4da'],
      legend: true,
    });
    const legend = (spec.plot.color as Plot.ScaleOptions).tickFormat as Fn;
    expect([legend('KDDI'), legend('~')]).toEqual(['KDDI', 'unknown']);
  });

  it('draws a linked, titled dot per figure, lines split at FY2010, and the break rule between FY2009 and FY2010', () => {
    const spec = make();
    const el = svgOf(spec.plot);
    expect([...el.querySelectorAll('g.pivot-dot a')].map((a) => a.getAttribute('href'))).toEqual([
      '#/drill/operator=KDDI&fiscal_year=2008',
      '#/drill/operator=KDDI&fiscal_year=2009',
      '#/drill/operator=NTT&fiscal_year=2009',
      '#/drill/operator=null&fiscal_year=2011',
    ]);
    expect([...el.querySelectorAll('g.pivot-dot title')].map((e) => e.textContent)).toEqual([
      'KDDI · FY2008: 1 h 30 min (reports 2)',
      'KDDI · FY2009: 2 h 30 min (reports 3)',
      'NTT · FY2009: 1 h (reports 1)',
      'unknown · FY2011: 30 min (reports 1)',
    ]);
    expect(
      [...el.querySelectorAll('g.pivot-dot circle')].map((c) => [c.getAttribute('r'), c.getAttribute('fill')]),
    ).toEqual([
      ['3', '#4e79a7'],
      ['3', '#4e79a7'],
      ['3', '#f28e2c'],
      ['3', '#ced4da'],
    ]);
    const line = el.querySelector('g.pivot-line')!;
    expect(line.getAttribute('stroke-width')).toBe('1.6');
    // KDDI's FY2008–FY2009 segment is one path; nothing of KDDI is drawn after the break (no figure there)
    const kddi = [...line.querySelectorAll('path')].filter((p) => p.getAttribute('stroke') === '#4e79a7');
    expect(kddi.map((p) => (p.getAttribute('d') ?? '').split('L').length)).toEqual([2]);
    const rules = el.querySelectorAll('g.series-break line');
    expect(rules).toHaveLength(1);
    const xs = (el as unknown as Plot.Plot).scale('x')!;
    const [d0, d1] = xs.domain as [number, number];
    const [r0, r1] = xs.range as [number, number];
    const px = r0 + ((2009.5 - d0) / (d1 - d0)) * (r1 - r0);
    expect(Math.abs(Number(rules[0]!.getAttribute('x1')) - px)).toBeLessThan(1);
  });

  it('keeps the rows with the most reports when the measure is not a sum, and says how many are left out', () => {
    const two = pivotChart(MEDIANS, ctx, 2);
    expect(two.native!.series.map((s) => s.name)).toEqual(['KDDI', 'NTT']);
    expect(two.notes[1]).toBe(
      'Only the 2 operator values with the most reports are drawn; 1 others are left out (the table has them all).',
    );
  });
});

describe('pivot chart by fiscal quarter, of a sum', () => {
  // users by cause in FY2009 Q4 (quarter index 8039) and FY2010 Q2 (8041): hardware has more reports, software the larger sum
  const USERS: PivotTableModel = {
    rows: 'cause',
    cols: 'fyq',
    measure: 'users',
    columns: [8039, 8041],
    body: [
      { key: 'hardware_failure', cells: [cell(8039, 100, 5)], total: { value: 100, records: 5 } },
      {
        key: 'software_bug',
        cells: [cell(8039, 500, 1), cell(8041, 12_000_000, 2)],
        total: { value: 12_000_500, records: 3 },
      },
    ],
    columnTotals: [cell(8039, 600, 6), cell(8041, 12_000_000, 2)],
    grandTotal: { value: 12_000_600, records: 8 },
  };

  it('keeps the largest sums, ticks years at their first quarter and splits the lines at FY2010 Q1', () => {
    const spec = pivotChart(USERS, ctx, 1);
    expect(spec.title).toBe('Affected users (sum) by cause and fiscal quarter');
    expect(spec.notes).toEqual([
      'SYNTHETIC',
      'Only the 1 cause values with the largest totals are drawn; 1 others are left out (the table has them all).',
      expect.stringMatching(/^Vertical rules mark series breaks/),
      'Report forms and the counted population changed in FY2010: lines are not joined across FY2009–FY2010.',
      'Periods without records are gaps in the lines (nothing is interpolated).',
    ]);
    expect(spec.native).toMatchObject({
      categories: ['FY2009 Q4', 'FY2010 Q1', 'FY2010 Q2'],
      series: [{ name: 'Software bug', color: CAUSE_COLOR.software_bug, values: [500, null, 12_000_000] }],
      xTitle: 'fiscal quarter',
      yTitle: 'Affected users (sum)',
    });
    const x = spec.plot.x as Plot.ScaleOptions;
    expect(x).toMatchObject({ domain: [8038.5, 8041.5], ticks: [8040], label: 'fiscal quarter' });
    expect((x.tickFormat as Fn)(8040)).toBe('FY2010');
    const y = spec.plot.y as Plot.ScaleOptions;
    expect(y.ticks).toBeUndefined();
    expect(y.label).toBe('Affected users (sum)');
    expect((y.tickFormat as Fn)(12_000_000)).toBe('12M');
    const el = svgOf(spec.plot);
    expect([...el.querySelectorAll('g.pivot-dot title')].map((e) => e.textContent)).toEqual([
      'Software bug · FY2009 Q4: 500 (reports 1)',
      'Software bug · FY2010 Q2: 12,000,000 (reports 2)',
    ]);
    expect([...el.querySelectorAll('g.pivot-dot circle')].map((c) => c.getAttribute('r'))).toEqual(['1.8', '1.8']);
    expect([...el.querySelectorAll('g.pivot-dot a')].map((a) => a.getAttribute('href'))).toEqual([
      '#/drill/cause=software_bug&qi=8039',
      '#/drill/cause=software_bug&qi=8041',
    ]);
  });

  it('a table without periods draws nothing and notes nothing about breaks or gaps', () => {
    const none: PivotTableModel = { ...USERS, columns: [], body: [], columnTotals: [] };
    const spec = pivotChart(none, ctx);
    expect(spec.notes).toEqual(['SYNTHETIC']);
    expect(spec.rows).toEqual([]);
    expect(spec.native).toMatchObject({ categories: [], series: [] });
    expect((spec.plot.x as Plot.ScaleOptions).ticks).toEqual([]);
  });
});
