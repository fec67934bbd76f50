// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { casesByCauseChart, type CauseCountRow } from '../../src/charts/cases-by-cause.ts';
import { durationUsersChart, type ScatterRow } from '../../src/charts/duration-users.ts';
import { logHistogramChart } from '../../src/charts/log-histogram.ts';
import { quarterlyCountsChart, type QuarterCountRow } from '../../src/charts/quarterly-counts.ts';
import { close, draw, expectStacked, num, rects } from '../fixtures/drawn-svg.ts';
import { reportContext } from '../fixtures/report-context.ts';

/** What is drawn, read back from the rendered SVG (tests/fixtures/drawn-svg.ts): marks against their data. */
const ctx = reportContext({
  datasetLabel: '合成データ',
  synthetic: true,
  drillHref: () => '#/quarterly',
  source: 'test',
});

describe('drawn marks match the data', () => {
  it('quarterly bars are stacked: each quarter tiles 0 … its total, each bar as tall as its count', () => {
    const rows: QuarterCountRow[] = [
      { fiscal_year: 2020, quarter: 1, qi: 8080, key: 'software_bug', accidents: 37 },
      { fiscal_year: 2020, quarter: 1, qi: 8080, key: 'hardware_failure', accidents: 113 },
      { fiscal_year: 2020, quarter: 1, qi: 8080, key: 'config_change', accidents: 9 },
      { fiscal_year: 2020, quarter: 2, qi: 8081, key: 'software_bug', accidents: 61 },
      { fiscal_year: 2020, quarter: 3, qi: 8082, key: 'hardware_failure', accidents: 20 },
      { fiscal_year: 2020, quarter: 3, qi: 8082, key: null, accidents: 4 },
    ];
    const { el, x, y } = draw(quarterlyCountsChart(rows, 'cause', ctx));
    const bars = rects(el, 'quarter-bar');
    expect(bars).toHaveLength(rows.length);
    for (const qi of [8080, 8081, 8082]) {
      const mine = rows.filter((r) => r.qi === qi);
      const drawn = bars.filter((b) => Math.abs(b.x + b.w / 2 - x(qi)) < 1);
      expectStacked(
        drawn,
        mine.map((r) => r.accidents),
        y,
      );
    }
  });

  it('histogram bins sit at their threshold edges and are as tall as their counts', () => {
    // [lower edge, count, where the bar is drawn]: the bin from 0 and the open last bin get one step (×3) of width
    const bins: [number, number, number, number][] = [
      [0, 5, 100 / 3, 100],
      [500, 12, 500, 5_000],
      [30_000, 40, 30_000, 100_000],
      [1_000_000, 7, 1_000_000, 10_000_000],
      [10_000_000, 1, 10_000_000, 30_000_000],
    ];
    const chart = logHistogramChart(
      bins.map(([lo, accidents]) => ({ lo, accidents })),
      'affected_users',
      ctx,
    );
    const { el, x, y } = draw(chart);
    const bars = rects(el, 'hist-bar').sort((a, b) => a.x - b.x);
    expect(bars).toHaveLength(bins.length);
    bins.forEach(([, accidents, x1, x2], i) => {
      close(bars[i]!.x, x(x1));
      close(bars[i]!.x + bars[i]!.w, x(x2));
      close(bars[i]!.y, y(accidents));
      close(bars[i]!.y + bars[i]!.h, y(0));
    });
  });

  it('cases per fiscal year are stacked by cause, each year tiling 0 … its total', () => {
    const rows: CauseCountRow[] = [
      { fiscal_year: 2015, cause: 'software_bug', cases: 2 },
      { fiscal_year: 2015, cause: 'hardware_failure', cases: 3 },
      { fiscal_year: 2016, cause: 'config_change', cases: 1 },
      { fiscal_year: 2016, cause: 'unknown', cases: 4 },
      { fiscal_year: 2016, cause: 'human_error', cases: 1 },
    ];
    const { el, x, y } = draw(casesByCauseChart(rows, { ...ctx, synthetic: false }, 11));
    const bars = rects(el, 'cases-bar');
    expect(bars).toHaveLength(rows.length);
    for (const fy of [2015, 2016]) {
      const drawn = bars.filter((b) => Math.abs(b.x + b.w / 2 - x(fy)) < 1);
      expectStacked(
        drawn,
        rows.filter((r) => r.fiscal_year === fy).map((r) => r.cases),
        y,
      );
    }
  });

  const scatter: ScatterRow[] = [
    { id: 'A', duration: 335, users: 30_000, q: 'at_least' },
    { id: 'B', duration: 90, users: 324_000, q: 'approx' },
    { id: 'C', duration: 1441, users: 12_345, q: 'up_to' },
    { id: 'D', duration: 61, users: 4_000_000, q: 'exact' },
  ].map((r) => ({
    id: r.id,
    fiscal_year: 2020,
    operator_ja: '事業者',
    operator_en: 'Operator',
    duration_min: r.duration,
    affected_users: r.users,
    users_qualifier: r.q as ScatterRow['users_qualifier'],
    cause: 'software_bug',
    is_major: true,
  }));

  it('points of the duration × users chart sit at their values on both log scales', () => {
    const { el, x, y } = draw(durationUsersChart(scatter, { ...ctx, synthetic: false }, 0));
    const marks = [...el.querySelectorAll('g.case-dot circle, g.case-dot path')].map((m) => {
      const t = /translate\(([-\d.]+),([-\d.]+)\)/.exec(m.getAttribute('transform') ?? '');
      return t ? [Number(t[1]), Number(t[2])] : [num(m, 'cx'), num(m, 'cy')];
    });
    expect(marks).toHaveLength(scatter.length);
    const want = scatter.map((r) => [x(r.duration_min), y(r.affected_users)]);
    const key = (p: number[]) => p.map((v) => Math.round(v)).join(',');
    expect(marks.map(key).sort()).toEqual(want.map(key).sort());
  });

  /** The corners of a path "M x,y L x,y …" (Plot's line with the linear curve). */
  const corners = (d: string) => [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

  it('threshold lines turn at the ordinance’s users and durations (literals checked against the ordinance)', () => {
    const { el, x, y } = draw(durationUsersChart(scatter, { ...ctx, synthetic: false }, 0));
    // 一 1 h & 30,000; 二 2 h & 30,000 or 1 h & 100,000; 三 24 h & 100,000 or 12 h & 1,000,000;
    // 四 2 h & 30,000 or 1 h & 1,000,000 (FY2015 ordinance); before FY2015 one rule: 2 h & 30,000.
    const rules: [string, [number, number][]][] = [
      ['emergency_voice', [[60, 30_000]]],
      [
        'other_voice',
        [
          [60, 100_000],
          [120, 30_000],
        ],
      ],
      [
        'free_internet',
        [
          [720, 1_000_000],
          [1440, 100_000],
        ],
      ],
      [
        'other',
        [
          [60, 1_000_000],
          [120, 30_000],
        ],
      ],
    ];
    const paths = [...el.querySelectorAll('g.rule-fy2015 path')].map((p) => corners(p.getAttribute('d')!));
    expect(paths).toHaveLength(4);
    rules.forEach(([, alts], i) => {
      const pts = paths[i]!;
      // each alternative is a vertical step at its duration down to its users bound
      for (const [d, u] of alts) {
        expect(pts.some(([px, py]) => Math.abs(px! - x(d)) < 0.6 && Math.abs(py! - y(u)) < 0.6)).toBe(true);
      }
      // the last stretch runs right at the lowest users bound of the rule
      close(pts.at(-1)![1]!, y(Math.min(...alts.map((a) => a[1]))));
    });
    const pre = corners(el.querySelector('g.rule-pre2015 path')!.getAttribute('d')!);
    expect(pre.some(([px, py]) => Math.abs(px! - x(120)) < 0.6 && Math.abs(py! - y(30_000)) < 0.6)).toBe(true);
  });
});
