// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chartLinks, prepareChartDom, rovingTarget, setRovingStop } from '../../src/charts/chart-a11y.ts';
import { causeColor, fiscalYearAxis, seriesBreakRows } from '../../src/charts/scales.ts';
import { chartPlan, sqlResultChart, type ResultShape } from '../../src/charts/sql-result-chart.ts';
import { fy2015Staircases, ruleStaircase, staircaseLabelPoints } from '../../src/charts/threshold-lines.ts';
import { reportContext } from '../fixtures/report-context.ts';

const ctx = reportContext();
const col = (name: string, type: string) => ({ name, type });

describe('chartPlan: what "chart this" draws for a console result', () => {
  const shape = (columns: ResultShape['columns'], rows: ResultShape['rows'] = [{}]) => ({ columns, rows });

  it('puts fiscal year and quarter on x and the first other numeric column on y', () => {
    const r = shape([col('fiscal_year', 'Int32'), col('quarter', 'Int8'), col('n', 'Int64'), col('m', 'Float64')]);
    expect(chartPlan(r)).toEqual({ x: ['fiscal_year', 'quarter'], y: 'n' });
  });

  it('recognises period names in either language and any case, and only whole names', () => {
    expect(chartPlan(shape([col('年度', 'Int32'), col('件数', 'Int64')]))).toEqual({ x: ['年度'], y: '件数' });
    expect(chartPlan(shape([col('FY', 'Int32'), col('n', 'Float32')]))).toEqual({ x: ['FY'], y: 'n' });
    expect(chartPlan(shape([col('fiscal_year_end', 'Int32'), col('n', 'Int64')]))).toBeNull();
  });

  it('falls back to the first text column when there is no period', () => {
    const r = shape([col('n', 'Decimal'), col('cause', 'Utf8'), col('op', 'Utf8')]);
    expect(chartPlan(r)).toEqual({ x: ['cause'], y: 'n' });
  });

  it('takes Uint and Decimal columns as numbers, not Utf8 or Bool', () => {
    expect(chartPlan(shape([col('cause', 'Utf8'), col('n', 'Uint32')]))).toEqual({ x: ['cause'], y: 'n' });
    expect(chartPlan(shape([col('cause', 'Utf8'), col('ok', 'Bool'), col('s', 'Utf8')]))).toBeNull();
  });

  it('draws nothing without rows, without an x, or without a numeric y besides x', () => {
    expect(chartPlan(shape([col('cause', 'Utf8'), col('n', 'Int64')], []))).toBeNull();
    expect(chartPlan(shape([col('n', 'Int64'), col('m', 'Int64')]))).toBeNull();
    expect(chartPlan(shape([col('fiscal_year', 'Int32')]))).toBeNull();
  });

  it('takes at most two period columns', () => {
    const r = shape([col('year', 'Int32'), col('quarter', 'Int32'), col('period', 'Int32'), col('n', 'Int64')]);
    expect(chartPlan(r)).toEqual({ x: ['year', 'quarter'], y: 'period' });
  });
});

describe('sqlResultChart: bars of a console result', () => {
  it('labels a fiscal year and quarter "2022 Q3", reads y as a number and a missing one as 0', () => {
    const spec = sqlResultChart(
      {
        columns: [col('fiscal_year', 'Int32'), col('quarter', 'Int32'), col('n', 'Int64')],
        rows: [
          { fiscal_year: 2022, quarter: 3, n: '12' },
          { fiscal_year: 2022, quarter: 4, n: null },
        ],
      },
      'SELECT  fiscal_year,\n quarter, count(*) AS n\tFROM t',
      ctx,
    )!;
    expect(spec.rows).toEqual([
      { x: '2022 Q3', y: 12 },
      { x: '2022 Q4', y: 0 },
    ]);
    expect(spec.subtitle).toBe('SELECT fiscal_year, quarter, count(*) AS n FROM t');
    expect(spec.title).toBe('n (fiscal_year + quarter 別)');
    expect(spec.columns).toEqual([
      { key: 'x', label: 'fiscal_year + quarter' },
      { key: 'y', label: 'n' },
    ]);
    expect(spec.sources).toEqual(['出典: SQL コンソールの問い合わせ結果']);
  });

  it('joins nothing between a single x column, keeps 160 characters of the SQL, and tilts labels past 12 bars', () => {
    const rows = (k: number) => Array.from({ length: k }, (_, i) => ({ cause: `c${i}`, n: i }));
    const long = `SELECT ${'x'.repeat(300)}`;
    const twelve = sqlResultChart({ columns: [col('cause', 'Utf8'), col('n', 'Int64')], rows: rows(12) }, long, ctx)!;
    const thirteen = sqlResultChart({ columns: [col('cause', 'Utf8'), col('n', 'Int64')], rows: rows(13) }, 'q', ctx)!;
    expect(twelve.rows[3]).toEqual({ x: 'c3', y: 3 });
    expect(twelve.subtitle).toHaveLength(160);
    expect((twelve.plot.x as { tickRotate: number }).tickRotate).toBe(0);
    expect((thirteen.plot.x as { tickRotate: number }).tickRotate).toBe(-45);
  });

  it('is null when there is nothing to chart, and carries the synthetic flag of the context', () => {
    expect(sqlResultChart({ columns: [col('n', 'Int64')], rows: [{ n: 1 }] }, 'q', ctx)).toBeNull();
    const r = { columns: [col('cause', 'Utf8'), col('n', 'Int64')], rows: [{ cause: 'a', n: 1 }] };
    expect(sqlResultChart(r, 'q', reportContext({ synthetic: true }))!.synthetic).toBe(true);
    expect(sqlResultChart(r, 'q', ctx)!.synthetic).toBe(false);
  });
});

describe('chart keyboard access: the roving stop', () => {
  it('moves one mark with the arrows, ten with Page keys, to the ends with Home and End, clamped', () => {
    const moves = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'];
    expect(moves.map((k) => rovingTarget(k, 5, 30))).toEqual([6, 6, 4, 4, 15, 0, 0, 29]);
    expect(moves.map((k) => rovingTarget(k, 0, 3))).toEqual([1, 1, 0, 0, 2, 0, 0, 2]);
    expect(rovingTarget('ArrowRight', 2, 3)).toBe(2);
  });

  it('ignores other keys and an empty group', () => {
    expect(rovingTarget('Enter', 1, 3)).toBeNull();
    expect(rovingTarget('a', 1, 3)).toBeNull();
    expect(rovingTarget('ArrowRight', 0, 0)).toBeNull();
  });

  it('puts exactly one mark in the tab order', () => {
    const links = [0, 1, 2].map(() => document.createElement('a'));
    setRovingStop(links, 1);
    expect(links.map((a) => a.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
  });
});

describe('prepareChartDom: one labelled stop per chart', () => {
  const NS = 'http://www.w3.org/2000/svg';
  function figure(withLinks: boolean): HTMLElement {
    const root = document.createElement('figure');
    const legend = document.createElementNS(NS, 'svg');
    const main = document.createElementNS(NS, 'svg');
    main.setAttribute('aria-description', 'plot says');
    const axis = document.createElementNS(NS, 'g');
    axis.setAttribute('aria-label', 'x-axis tick');
    const bars = document.createElementNS(NS, 'g');
    bars.setAttribute('aria-label', 'bar');
    bars.setAttribute('aria-description', 'bars');
    for (const name of ['2022年度: 12件', ' 2023年度: 7件 ', '']) {
      const el = withLinks ? document.createElementNS(NS, 'a') : document.createElementNS(NS, 'rect');
      const title = document.createElementNS(NS, 'title');
      title.textContent = name;
      el.append(title);
      bars.append(el);
    }
    main.append(axis, bars);
    root.append(legend, main);
    return root;
  }

  it('labels the chart with its summary, hides the legend and decoration, and names each linked mark', () => {
    const root = figure(true);
    const links = prepareChartDom(root, '件数の推移');
    const [legend, main] = [...root.querySelectorAll('svg')];
    expect(legend!.getAttribute('aria-hidden')).toBe('true');
    expect(main!.getAttribute('aria-hidden')).toBeNull();
    expect([main!.getAttribute('role'), main!.getAttribute('aria-label')]).toEqual(['group', '件数の推移']);
    expect(main!.hasAttribute('aria-description')).toBe(false);
    const [axis, bars] = [...main!.children];
    expect([axis!.getAttribute('aria-hidden'), axis!.getAttribute('data-mark')]).toEqual(['true', 'x-axis tick']);
    expect([
      bars!.getAttribute('aria-hidden'),
      bars!.getAttribute('data-mark'),
      bars!.getAttribute('aria-label'),
    ]).toEqual([null, 'bar', null]);
    expect(bars!.hasAttribute('aria-description')).toBe(false);
    expect(links.map((a) => [a.getAttribute('aria-label'), a.getAttribute('tabindex')])).toEqual([
      ['2022年度: 12件', '0'],
      ['2023年度: 7件', '-1'],
      [null, '-1'],
    ]);
    expect(chartLinks(root)).toEqual(links);
  });

  it('makes a chart without links one image', () => {
    const root = figure(false);
    expect(prepareChartDom(root, 'まとめ')).toEqual([]);
    const main = root.querySelectorAll('svg')[1]!;
    expect([main.getAttribute('role'), main.getAttribute('aria-label')]).toEqual(['img', 'まとめ']);
    expect(root.querySelectorAll('svg')[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(chartLinks(root)).toEqual([]);
  });

  it('takes an <svg> given itself, and a root without one', () => {
    const svg = document.createElementNS(NS, 'svg');
    prepareChartDom(svg, 's');
    expect(svg.getAttribute('role')).toBe('img');
    expect(prepareChartDom(document.createElement('div'), 's')).toEqual([]);
  });
});

describe('threshold staircases: where a major-accident rule is met', () => {
  it('steps down from the top at each alternative and runs to the right edge at the last bound', () => {
    const rule = [
      { minDurationMin: 720, minUsers: 1_000_000 },
      { minDurationMin: 1440, minUsers: 100_000 },
    ];
    expect(ruleStaircase('free_internet', rule, 10_000, 5e7).map((p) => [p.duration, p.users])).toEqual([
      [720, 5e7],
      [720, 1_000_000],
      [1440, 1_000_000],
      [1440, 100_000],
      [10_000, 100_000],
    ]);
  });

  it('draws the four FY2015 categories: 3 + 5 + 5 + 5 points', () => {
    const pts = fy2015Staircases(10_000, 5e7);
    expect(pts.filter((p) => p.category === 'emergency_voice').map((p) => [p.duration, p.users])).toEqual([
      [60, 5e7],
      [60, 30_000],
      [10_000, 30_000],
    ]);
    expect(pts).toHaveLength(18);
  });

  it('labels each category at its shortest-duration corner', () => {
    expect(staircaseLabelPoints().map((p) => [p.category, p.duration, p.users])).toEqual([
      ['emergency_voice', 60, 30_000],
      ['other_voice', 60, 100_000],
      ['free_internet', 720, 1_000_000],
      ['other', 60, 1_000_000],
    ]);
  });
});

describe('shared scales', () => {
  it('keeps the causes in their fixed order and colours, only those present when asked', () => {
    const all = causeColor(ctx);
    expect((all.domain as string[]).length).toBe(9);
    const some = causeColor(ctx, ['unknown', 'hardware_failure']);
    expect(some.domain).toEqual(['hardware_failure', 'unknown']);
    expect((some.range as string[])[0]).toBe('#0d1789');
    expect((some.tickFormat as (c: string) => string)('hardware_failure')).toBe('ハードウェア故障');
  });

  it('pads the fiscal-year axis by half a year, labels whole years only, at most 12 ticks', () => {
    const a = fiscalYearAxis(ctx, [2010, 2024]);
    expect([a.domain, a.ticks]).toEqual([[2009.5, 2024.5], 12]);
    expect(fiscalYearAxis(ctx, [2020, 2024]).ticks).toBe(5);
    const f = a.tickFormat as (y: number) => string;
    expect([f(2015), f(2015.5)]).toEqual(['2015', '']);
  });

  it('draws a series break at the left edge of its year, only for years inside the range', () => {
    expect(seriesBreakRows(ctx, [2008, 2015]).map((b) => [b.fiscal_year, b.x])).toEqual([
      [2008, 2007.5],
      [2010, 2009.5],
      [2015, 2014.5],
    ]);
    expect(seriesBreakRows(ctx, [2009, 2014]).map((b) => b.fiscal_year)).toEqual([2010]);
    expect(seriesBreakRows(ctx, [2016, 2024])).toEqual([]);
    expect(seriesBreakRows(ctx, [2000, 2020], [2008])[0]!.label).toBe('2008 品質低下を計上');
  });
});
