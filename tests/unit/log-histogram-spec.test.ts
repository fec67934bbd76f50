// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { binExtent, logHistogramChart } from '../../src/charts/log-histogram.ts';
import { sampleContextEn } from '../fixtures/report-context.ts';

/** The histograms besides their bar geometry (drawn-marks.test.ts): labels, native bins, links and titles. */
const ctx = sampleContextEn();
const rows = [
  { lo: 0, accidents: 4 },
  { lo: 120, accidents: 9 },
  { lo: 10_080, accidents: 1 },
];

describe('log histograms: what they say besides their bar geometry', () => {
  // built inside each test: Stryker switches mutants per test, not at collection
  const make = () => logHistogramChart(rows, 'duration_min', ctx);

  it('names the duration histogram, its dataset and its caveat, and redraws in place', () => {
    const spec = make();
    expect(spec.id).toBe('hist-duration');
    expect(spec.title).toBe('Distribution of duration');
    expect(spec.subtitle).toBe('Synthetic sample');
    expect(spec.sources).toEqual(['Source: sample']);
    expect(spec.notes).toHaveLength(2);
    expect(spec.notes[0]).toBe('SYNTHETIC');
    expect(spec.synthetic).toBe(true);
    expect(spec.drawInPlace).toBe(true);
    expect(spec.columns).toEqual([
      { key: 'bin', label: 'duration (minutes, log scale)' },
      { key: 'accidents', label: 'accidents' },
    ]);
    expect(spec.rows).toEqual([
      { bin: '< 5 min', accidents: 4 },
      { bin: '2 h–6 h', accidents: 9 },
      { bin: '≥ 7 d', accidents: 1 },
    ]);
  });

  it('exports every bin as a native category, empty bins as 0', () => {
    const spec = make();
    expect(spec.native).toEqual({
      kind: 'bar',
      stacked: false,
      categories: [
        '< 5 min',
        '5 min–15 min',
        '15 min–30 min',
        '30 min–1 h',
        '1 h–2 h',
        '2 h–6 h',
        '6 h–12 h',
        '12 h–1 d',
        '1 d–3 d',
        '3 d–7 d',
        '≥ 7 d',
      ],
      series: [{ name: 'accidents', color: '#1f4e9c', values: [4, 0, 0, 0, 0, 9, 0, 0, 0, 0, 1] }],
      xTitle: 'duration bin',
      yTitle: 'accidents',
      format: '#,##0',
    });
  });

  it('spans the log axis from a third of the first edge to three times the last, counts on whole numbers', () => {
    const spec = make();
    expect(binExtent('duration_min', 0)).toEqual([5 / 3, 5]);
    expect(binExtent('duration_min', 10_080)).toEqual([10_080, 30_240]);
    expect(binExtent('affected_users', 500)).toEqual([500, 5_000]);
    expect(spec.plot).toMatchObject({ height: 260, marginLeft: 56 });
    expect(spec.plot.x).toEqual({ type: 'log', domain: [5 / 3, 30_240], label: 'duration (minutes, log scale)' });
    expect(spec.plot.y).toMatchObject({ label: 'accidents', grid: true, domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] });
    expect(((spec.plot.y as Plot.ScaleOptions).tickFormat as (v: number) => string)(1234)).toBe('1,234');
  });

  it('links each bar to its bin’s reports and titles it with its count', () => {
    const spec = make();
    const el = Plot.plot({ ...spec.plot, width: 800, document }) as unknown as Element;
    expect(el.querySelector('g.hist-bar')!.getAttribute('fill')).toBe('#1f4e9c');
    expect([...el.querySelectorAll('g.hist-bar a')].map((a) => a.getAttribute('href'))).toEqual([
      '#/drill/log_bin=0:duration_min',
      '#/drill/log_bin=120:duration_min',
      '#/drill/log_bin=10080:duration_min',
    ]);
    expect([...el.querySelectorAll('g.hist-bar title')].map((e) => e.textContent)).toEqual([
      '< 5 min: 4',
      '2 h–6 h: 9',
      '≥ 7 d: 1',
    ]);
  });

  it('names the users histogram and colours it green, users compact', () => {
    const spec = make();
    const users = logHistogramChart([{ lo: 30_000, accidents: 12_345 }], 'affected_users', ctx);
    expect(users.id).toBe('hist-users');
    expect(users.title).toBe('Distribution of affected users');
    expect(users.plot.x).toEqual({ type: 'log', domain: [100 / 3, 30_000_000], label: 'affected users (log scale)' });
    expect(users.native).toMatchObject({ xTitle: 'affected-users bin' });
    expect(users.native!.categories[0]).toBe('< 100');
    expect(users.native!.categories.at(-1)).toBe('≥ 10M');
    expect(users.native!.series[0]).toMatchObject({ color: '#2b8a3e', values: [0, 0, 0, 0, 12_345, 0, 0, 0, 0] });
    expect(users.rows).toEqual([{ bin: '30K–100K', accidents: 12_345 }]);
    const el = Plot.plot({ ...users.plot, width: 800, document }) as unknown as Element;
    expect(el.querySelector('g.hist-bar')!.getAttribute('fill')).toBe('#2b8a3e');
    expect(el.querySelector('g.hist-bar title')?.textContent).toBe('30K–100K: 12,345');
    expect(users.notes[1]).not.toBe(spec.notes[1]);
  });
});
