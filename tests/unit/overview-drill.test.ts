// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import type { ChartContext } from '../../src/charts/context.ts';
import { majorTotalsChart, reportedTotalsChart, type TotalRow } from '../../src/charts/published-totals.ts';
import { translator } from '../../src/i18n/t.ts';

// Issue 14 defect 8: two of the four overview charts could not be drilled, and none had tooltips.
const ctx: ChartContext = {
  lang: 'ja',
  t: translator('ja'),
  datasetLabel: '公開記録',
  synthetic: false,
  links: {
    caseHref: (id) => `#/case/${id}`,
    casesHref: (f) => `#/cases?from=${f.fiscalYear}&to=${f.fiscalYear}${f.major ? '&major=major' : ''}`,
  },
};
const row = (fy: number, measure: string, value: number, derived = false): TotalRow => ({
  fiscal_year: fy,
  measure,
  value,
  value_max: value,
  sources: 'https://www.soumu.go.jp/x',
  uncertain: false,
  derived,
});

describe('every overview mark leads to what is behind it', () => {
  it('links each yearly total to the cases of its year, each major bar to that year’s major cases', () => {
    const totals = reportedTotalsChart(
      [
        row(2009, 'all_reported_pre2010', 190),
        row(2010, 'quarterly_reported', 7367),
        row(2011, 'quarterly_reported', 8773),
      ],
      ctx,
    );
    const svg = Plot.plot({ ...totals.plot, document }) as unknown as Element;
    const links = [...svg.querySelectorAll('g.total-dot a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#/cases?from=2009&to=2009', '#/cases?from=2010&to=2010', '#/cases?from=2011&to=2011']);

    // FY2018's derived count is drawn hollow by its own mark, and links like the others
    const major = majorTotalsChart([row(2015, 'major', 8), row(2016, 'major', 6), row(2018, 'major', 4, true)], ctx);
    const svg2 = Plot.plot({ ...major.plot, document }) as unknown as Element;
    expect([...svg2.querySelectorAll('g.major-bar a')].map((a) => a.getAttribute('href'))).toEqual([
      '#/cases?from=2015&to=2015&major=major',
      '#/cases?from=2016&to=2016&major=major',
      '#/cases?from=2018&to=2018&major=major',
    ]);
    expect(svg2.querySelectorAll('g.major-bar--derived a')).toHaveLength(1);
  });

  it('gives the marks a Plot tip', () => {
    const major = majorTotalsChart([row(2015, 'major', 8)], ctx);
    const marks = (major.plot.marks ?? []) as { tip?: unknown; ariaLabel?: string }[];
    expect(marks.some((m) => m.tip)).toBe(true);
  });

  it('keeps the highest point clear of the break labels above the frame', () => {
    const totals = reportedTotalsChart(
      [row(2010, 'quarterly_reported', 7367), row(2011, 'quarterly_reported', 8773)],
      ctx,
    );
    expect(totals.plot.insetTop).toBeGreaterThanOrEqual(12);
  });
});
