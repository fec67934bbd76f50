// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { casesByCauseChart, type CauseCountRow } from '../../src/charts/cases-by-cause.ts';
import { durationUsersChart, markKind, type ScatterRow } from '../../src/charts/duration-users.ts';
import { CAUSE_COLOR } from '../../src/domain/causes.ts';
import { translator } from '../../src/i18n/t.ts';
import { publicContextEn } from '../fixtures/report-context.ts';
import { attrs, svgOf } from '../fixtures/drawn-svg.ts';

/** The case charts of the overview besides their geometry (drawn-marks.test.ts): words, table, links, marks. */
const ctx = publicContextEn();

describe('cases per fiscal year by cause', () => {
  const rows: CauseCountRow[] = [
    { fiscal_year: 2016, cause: 'software_bug', cases: 2 },
    { fiscal_year: 2014, cause: 'natural_disaster', cases: 1 },
    { fiscal_year: 2014, cause: 'hardware_failure', cases: 3 },
  ];
  // built inside each test: Stryker switches mutants per test, not at collection
  const make = () => casesByCauseChart(rows, ctx, 50);

  it('names itself, counts every case in its source line and says the list is partial', () => {
    const spec = make();
    expect(spec.id).toBe('cases-by-cause');
    expect(spec.title).toBe('Accident cases per fiscal year, by cause');
    expect(spec.subtitle).toBe('Public record');
    expect(spec.sources).toEqual([
      'Source: jiko public record cases.csv (50 cases from MIC documents and news reports; each case page lists its sources)',
    ]);
    expect(spec.notes).toHaveLength(1);
    expect(spec.notes[0]).toMatch(/^Partial list: MIC counted 3–18 major accidents a year/);
    expect(spec.synthetic).toBe(false);
  });

  it('tables and exports the stacks in the causes’ fixed order, a year without cases as zeros', () => {
    const spec = make();
    expect(spec.columns).toEqual([
      { key: 'fiscal_year', label: 'FY' },
      { key: 'cause_label', label: 'Cause' },
      { key: 'cases', label: 'cases' },
    ]);
    expect(spec.rows).toEqual([
      { fiscal_year: 2014, cause: 'hardware_failure', cause_label: 'Hardware failure', cases: 3 },
      { fiscal_year: 2014, cause: 'natural_disaster', cause_label: 'Natural disaster', cases: 1 },
      { fiscal_year: 2016, cause: 'software_bug', cause_label: 'Software bug', cases: 2 },
    ]);
    expect(spec.native).toEqual({
      kind: 'bar',
      stacked: true,
      categories: ['2014', '2015', '2016'],
      series: [
        { name: 'Hardware failure', color: CAUSE_COLOR.hardware_failure, values: [3, 0, 0] },
        { name: 'Software bug', color: CAUSE_COLOR.software_bug, values: [0, 0, 2] },
        { name: 'Natural disaster', color: CAUSE_COLOR.natural_disaster, values: [1, 0, 0] },
      ],
      xTitle: 'FY',
      yTitle: 'cases',
      format: '#,##0',
    });
  });

  it('counts on whole numbers up to the tallest year and colours only the causes present', () => {
    const spec = make();
    expect(spec.plot).toMatchObject({ height: 320, marginLeft: 48 });
    expect(spec.plot.y).toMatchObject({
      label: 'cases',
      grid: true,
      tickFormat: 'd',
      domain: [0, 4],
      ticks: [0, 1, 2, 3, 4],
    });
    expect(spec.plot.color).toMatchObject({
      domain: ['hardware_failure', 'software_bug', 'natural_disaster'],
      range: [CAUSE_COLOR.hardware_failure, CAUSE_COLOR.software_bug, CAUSE_COLOR.natural_disaster],
    });
  });

  it('links each bar to the cases of its year and cause, titled with its count', () => {
    const spec = make();
    const el = svgOf(spec.plot);
    expect([...el.querySelectorAll('g.cases-bar a')].map((a) => a.getAttribute('href'))).toEqual([
      '#/cases?fy=2014&cause=hardware_failure',
      '#/cases?fy=2014&cause=natural_disaster',
      '#/cases?fy=2016&cause=software_bug',
    ]);
    expect([...el.querySelectorAll('g.cases-bar title')].map((e) => e.textContent)).toEqual([
      'FY2014 · Hardware failure: 3',
      'FY2014 · Natural disaster: 1',
      'FY2016 · Software bug: 2',
    ]);
    const ja = svgOf(casesByCauseChart(rows, { ...ctx, lang: 'ja', t: translator('ja'), links: undefined }, 50).plot);
    expect(ja.querySelectorAll('g.cases-bar a')).toHaveLength(0);
    expect(ja.querySelector('g.cases-bar title')?.textContent).toBe('2014年度 · ハードウェア故障: 3');
  });
});

describe('duration × affected users', () => {
  const row = (id: string, over: Partial<ScatterRow>): ScatterRow => ({
    id,
    fiscal_year: 2022,
    operator_ja: 'KDDI株式会社',
    operator_en: 'KDDI',
    duration_min: 120,
    duration_qualifier: null,
    affected_users: 40_000,
    users_qualifier: null,
    affected_users_max: null,
    cause: 'software_bug',
    is_major: true,
    ...over,
  });
  const rows = [
    row('JP-1', {
      duration_min: 3700,
      duration_qualifier: 'approx',
      affected_users: 30_000_000,
      users_qualifier: 'approx',
    }),
    row('JP-2', { users_qualifier: 'up_to', cause: 'hardware_failure', affected_users: 2_000_000 }),
    row('JP-3', { users_qualifier: 'range', affected_users: 100_000, affected_users_max: 200_000 }),
    row('JP-4', { users_qualifier: 'at_least', duration_min: 45 }),
  ];
  // built inside each test: Stryker switches mutants per test, not at collection
  const make = () => durationUsersChart(rows, ctx, 3);

  it('tells filled, hollow-circle and triangle marks apart by the users qualifier', () => {
    expect([null, 'approx', 'up_to', 'at_least', 'range'].map((q) => markKind(q as never))).toEqual([
      'filled',
      'filled',
      'hollow-circle',
      'hollow-triangle',
      'hollow-triangle',
    ]);
  });

  it('counts drawn and undrawn cases in its source, and says how many were left out', () => {
    const spec = make();
    expect(spec.id).toBe('duration-users');
    expect(spec.title).toBe('Duration × affected users (cases)');
    expect(spec.sources[0]).toMatch(/\(7 cases from MIC documents/);
    expect(spec.notes).toEqual([
      expect.stringMatching(/^Lines: FY2015\+ major-accident thresholds per service category/),
      'I Voice with emergency calls / II Other voice / III Free internet services / IV Other (data etc.)',
      'Hollow marks are "up to" (○) or "at least" (△) figures.',
      '3 cases without a published duration or user count are not drawn.',
    ]);
    expect(durationUsersChart(rows, ctx, 0).notes).toHaveLength(3);
  });

  it('tables each case with its qualifiers kept', () => {
    const spec = make();
    expect(spec.columns.map((c) => c.label)).toEqual([
      'ID',
      'Operator',
      'duration (minutes, log)',
      'Affected users',
      'Cause',
    ]);
    expect(spec.rows.map((r) => r.users)).toEqual([
      'approx. 30,000,000',
      'up to 2,000,000',
      '100,000–200,000',
      'at least 40,000',
    ]);
    expect(spec.rows[0]).toMatchObject({
      id: 'JP-1',
      operator: 'KDDI',
      duration_min: 3700,
      cause_label: 'Software bug',
    });
    const ja = durationUsersChart(rows, { ...ctx, lang: 'ja', t: translator('ja') }, 0);
    expect(ja.rows[0]).toMatchObject({ operator: 'KDDI株式会社', users: '約30,000,000人' });
  });

  it('draws each kind of mark as the legend says, linked and titled with its qualifiers', () => {
    const spec = make();
    const el = svgOf(spec.plot);
    const groups = [...el.querySelectorAll('g.case-dot')];
    expect(groups).toHaveLength(3);
    const [filled, circle, triangle] = groups;
    expect(attrs(filled!, 'stroke')).toEqual(['white']);
    expect(attrs(filled!.querySelector('circle'), 'r', 'fill')).toEqual(['5', CAUSE_COLOR.software_bug]);
    expect(attrs(circle!, 'fill', 'stroke-width')).toEqual(['white', '2']);
    expect(attrs(circle!.querySelector('circle'), 'r', 'stroke')).toEqual(['5', CAUSE_COLOR.hardware_failure]);
    expect(attrs(triangle!, 'fill', 'stroke-width')).toEqual(['white', '2']);
    expect(triangle!.querySelectorAll('path')).toHaveLength(2); // two triangles, not circles
    expect(triangle!.querySelectorAll('circle')).toHaveLength(0);
    expect([...el.querySelectorAll('g.case-dot a')].map((a) => a.getAttribute('href'))).toEqual([
      '#/case/JP-1',
      '#/case/JP-2',
      '#/case/JP-3',
      '#/case/JP-4',
    ]);
    expect(filled!.querySelector('title')?.textContent).toBe(
      'JP-1 KDDI\nabout 61 h 40 min · approx. 30,000,000\nSoftware bug',
    );
    expect(svgOf(durationUsersChart(rows, { ...ctx, links: undefined }, 0).plot).querySelectorAll('a')).toHaveLength(0);
  });

  it('draws the rule before FY2015 dotted, the four FY2015 staircases in their colours, each numbered', () => {
    const spec = make();
    const el = svgOf(spec.plot);
    expect(attrs(el.querySelector('g.rule-pre2015'), 'stroke', 'stroke-dasharray')).toEqual(['#868e96', '2,3']);
    const stairs = [...el.querySelectorAll('g.rule-fy2015')];
    expect(stairs.map((g) => g.getAttribute('stroke'))).toEqual(['#5f3dc4', '#ae3ec9', '#e8590c', '#343a40']);
    expect(attrs(stairs[0]!, 'stroke-width', 'stroke-opacity')).toEqual(['1.5', '0.85']);
    const numerals = [...el.querySelectorAll('g[aria-label="text"][font-weight="bold"]')];
    expect(numerals.map((g) => [g.textContent, g.getAttribute('fill'), g.getAttribute('font-size')])).toEqual([
      ['一', '#5f3dc4', '13'],
      ['二', '#ae3ec9', '13'],
      ['三', '#e8590c', '13'],
      ['四', '#343a40', '13'],
    ]);
    expect(numerals[0]!.getAttribute('transform')).toBe('translate(-8.5,-8.5)');
    expect(spec.plot).toMatchObject({
      height: 420,
      marginLeft: 64,
      marginRight: 24,
      x: { type: 'log', domain: [30, 4000], label: 'duration (minutes, log)' },
      y: { type: 'log', domain: [10_000, 50_000_000], label: 'affected users (log)' },
    });
  });
});
