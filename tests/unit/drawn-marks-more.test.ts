// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { firstNoticeChart, type FirstNoticeRow } from '../../src/charts/first-notice.ts';
import { pivotChart } from '../../src/charts/pivot-chart.ts';
import { majorTotalsChart, reportedTotalsChart, type TotalRow } from '../../src/charts/published-totals.ts';
import { talliesQuarterChart } from '../../src/charts/tallies-chart.ts';
import { translator } from '../../src/i18n/t.ts';
import { pivotTable, type PivotLongRow } from '../../src/query/pivot-table.ts';
import type { QuarterCountRow } from '../../src/query/reports.ts';
import { close, draw, expectStacked, num, rects } from '../fixtures/drawn-svg.ts';
import { reportContext } from '../fixtures/report-context.ts';

/**
 * Issue 9, item 3, for the chart types drawn-marks.test.ts leaves out: the overview's published totals, the
 * tallies' stacked quarters, the pivot chart's lines and the time to first notice. Values are hand-picked literals;
 * pixel positions come from the scales' domain and range (tests/fixtures/drawn-svg.ts), not from Plot.
 */
const ctx = { lang: 'ja' as const, t: translator('ja'), datasetLabel: '公開記録', synthetic: false };

const total = (fiscal_year: number, measure: string, value: number, derived = false): TotalRow => ({
  fiscal_year,
  measure,
  value,
  value_max: value,
  sources: 's',
  uncertain: false,
  derived,
});

/** Vertices of each <path> of a line mark, one list per sub-path (a gap starts a new "M"). */
function subpaths(el: Element, cls: string): [number, number][][] {
  return [...el.querySelectorAll(`g.${cls} path, g[aria-label="line"] path`)].flatMap((p) =>
    (p.getAttribute('d') ?? '')
      .split('M')
      .filter((seg) => seg.trim() !== '')
      .map((seg) =>
        seg
          .split('L')
          .map((pt) => pt.split(',').map(Number) as [number, number])
          .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)),
      ),
  );
}

describe('drawn marks of the overview and case index charts', () => {
  it('yearly totals: each dot at its year and value, the two populations never joined, a missing year a gap', () => {
    // FY2008–09 all reported, FY2010–13 quarterly reported with FY2012 unpublished (a gap)
    const rows = [
      total(2008, 'all_reported_pre2010', 12_345),
      total(2009, 'all_reported_pre2010', 11_111),
      total(2010, 'quarterly_reported', 7_367),
      total(2011, 'quarterly_reported', 9_876),
      total(2013, 'quarterly_reported', 5_432),
    ];
    const { el, x, y } = draw(reportedTotalsChart(rows, ctx));
    const dots = [...el.querySelectorAll('g.total-dot circle')].map((c) => [num(c, 'cx'), num(c, 'cy')]);
    expect(dots).toHaveLength(5);
    for (const [i, r] of rows.entries()) {
      close(dots[i]![0]!, x(r.fiscal_year));
      close(dots[i]![1]!, y(r.value));
    }
    // lines: 2008–09, 2010–11, 2013 alone (a one-point sub-path or none); never a segment 2009 → 2010 or 2011 → 2013
    const segs = subpaths(el, 'none').filter((s) => s.length >= 2);
    const spans = segs.map((s) => [Math.round(s[0]![0]), Math.round(s.at(-1)![0])]);
    expect(spans).toEqual(
      expect.arrayContaining([
        [Math.round(x(2008)), Math.round(x(2009))],
        [Math.round(x(2010)), Math.round(x(2011))],
      ]),
    );
    for (const s of segs)
      for (let i = 1; i < s.length; i++) expect(s[i]![0] - s[i - 1]![0]).toBeLessThan(x(2010) - x(2009) + 1);
    expect(segs.some((s) => s.some(([px]) => Math.abs(px - x(2012)) < 1))).toBe(false);
  });

  it('major accidents: each bar as tall as its count and centred on its year; a derived one hollow', () => {
    const rows = [total(2017, 'major', 6), total(2018, 'major', 4, true), total(2019, 'major', 3)];
    const { el, x, y } = draw(majorTotalsChart(rows, ctx));
    const solid = rects(el, 'major-bar:not(.major-bar--derived)');
    const hollow = rects(el, 'major-bar--derived');
    expect(solid).toHaveLength(2);
    expect(hollow).toHaveLength(1);
    for (const [bar, r] of [
      [solid[0]!, rows[0]!],
      [hollow[0]!, rows[1]!],
      [solid[1]!, rows[2]!],
    ] as const) {
      close(bar.x + bar.w / 2, x(r.fiscal_year));
      close(bar.y, y(r.value));
      close(bar.y + bar.h, y(0));
    }
    const derived = el.querySelector('g.major-bar--derived')!;
    expect(derived.getAttribute('fill')).toBe('white');
  });

  it('time to first notice: each bar from the start to its first notice, the recovery tick at the duration', () => {
    const row = (id: string, first: number, duration: number): FirstNoticeRow => ({
      id,
      operator_ja: id,
      operator_en: id,
      occurred_at: '2023-01-25T16:08+09:00',
      occurred_precision: 'minute',
      duration_min: duration,
      first_minutes: first,
      first_channel: 'web',
      first_channel_ja: 'ウェブ',
      first_channel_ja_translated: false,
      notices: 1,
    });
    const rows = [row('A', 19, 335), row('B', 212, 105)];
    const { el, x } = draw(firstNoticeChart(rows, ctx));
    const bars = rects(el, 'first-notice-bar');
    expect(bars).toHaveLength(2);
    for (const [i, r] of rows.entries()) {
      close(bars[i]!.x, x(0));
      close(bars[i]!.x + bars[i]!.w, x(r.first_minutes!));
    }
    const ticks = [...el.querySelectorAll('g.recovery-tick line')].map((l) => num(l, 'x1'));
    expect(ticks).toHaveLength(2);
    close(ticks[0]!, x(335));
    close(ticks[1]!, x(105));
    // B was told after recovery: its bar passes its tick
    expect(bars[1]!.x + bars[1]!.w).toBeGreaterThan(ticks[1]!);
  });
});

describe('drawn marks of the report charts', () => {
  it('tallies: each quarter’s bands tile 0 … its total, each band as tall as its count', () => {
    const row = (qi: number, key: string, accidents: number): QuarterCountRow => ({
      fiscal_year: Math.floor(qi / 4),
      quarter: (qi % 4) + 1,
      qi,
      key,
      accidents,
    });
    // FY2022 Q1 and Q2 by MIC's duration bands (hand-picked, not round)
    const rows = [
      row(8088, '2h-5h', 37),
      row(8088, '10h-24h', 5),
      row(8088, 'ge24h', 2),
      row(8089, '2h-5h', 41),
      row(8089, 'ge24h', 3),
    ];
    const spec = talliesQuarterChart(rows, 'duration_band', reportContext());
    const { el, x, y } = draw(spec);
    const bars = rects(el, 'quarter-bar');
    expect(bars).toHaveLength(5);
    const at = (qi: number) => bars.filter((b) => Math.abs(b.x + b.w / 2 - x(qi)) < 2);
    expectStacked(at(8088), [37, 5, 2], y);
    expectStacked(at(8089), [41, 3], y);
  });

  it('pivot lines: each point at its value, a year without any record a gap', () => {
    const cell = (row_key: string, col_key: number, value: number): PivotLongRow => ({
      row_key,
      col_key,
      value,
      records: value,
      row_total: false,
      col_total: false,
    });
    const long: PivotLongRow[] = [
      cell('software_bug', 2014, 13),
      cell('software_bug', 2015, 7),
      cell('software_bug', 2017, 11),
      cell('hardware_failure', 2014, 4),
      cell('hardware_failure', 2015, 9),
      cell('hardware_failure', 2017, 2),
    ];
    // the totals as SQL returns them (per row, per year, grand), summed here by hand from the cells above
    const totals: PivotLongRow[] = [
      { row_key: 'software_bug', col_key: null, value: 31, records: 31, row_total: false, col_total: true },
      { row_key: 'hardware_failure', col_key: null, value: 15, records: 15, row_total: false, col_total: true },
      ...[
        [2014, 17],
        [2015, 16],
        [2017, 13],
      ].map(([fy, n]) => ({ row_key: null, col_key: fy!, value: n!, records: n!, row_total: true, col_total: false })),
      { row_key: null, col_key: null, value: 46, records: 46, row_total: true, col_total: true },
    ];
    const model = pivotTable([...long, ...totals], 'cause', 'fy', 'accidents');
    const { el, x, y } = draw(pivotChart(model, reportContext()));
    const dots = [...el.querySelectorAll('g.pivot-dot circle')].map((c) => [num(c, 'cx'), num(c, 'cy')] as const);
    expect(dots).toHaveLength(long.length);
    for (const c of long)
      expect(
        dots.some(([cx, cy]) => Math.abs(cx - x(c.col_key!)) < 0.51 && Math.abs(cy - y(c.value!)) < 0.51),
        `${c.row_key} ${c.col_key}`,
      ).toBe(true);
    // no record in FY2016 at all: both lines break there (a count of 0 inside a row's years would be drawn as 0)
    const segs = subpaths(el, 'pivot-line');
    const bug = segs.filter((s) => s.some(([px, py]) => Math.abs(px - x(2014)) < 1 && Math.abs(py - y(13)) < 1));
    expect(bug).toHaveLength(1);
    expect(bug[0]!.map(([px]) => Math.round(px))).toEqual([Math.round(x(2014)), Math.round(x(2015))]);
    expect(segs.every((seg) => seg.every(([px]) => Math.abs(px - x(2016)) > 1))).toBe(true);
  });
});
