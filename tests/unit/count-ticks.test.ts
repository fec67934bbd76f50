// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { countScale, countTicks } from '../../src/charts/count-ticks.ts';
import { logHistogramChart } from '../../src/charts/log-histogram.ts';
import { quarterlyCountsChart } from '../../src/charts/quarterly-counts.ts';
import type { ChartSpec } from '../../src/charts/spec.ts';
import { reportContext } from '../fixtures/report-context.ts';

const ctx = reportContext({ source: '出典: test' });

function yTickTexts(spec: ChartSpec): string[] {
  const svg = Plot.plot({ ...spec.plot, document }) as unknown as Element;
  const axis = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')];
  return axis.map((t) => t.textContent ?? '');
}

describe('integer ticks for counts (issue 14 defect 1)', () => {
  it('steps 1-2-5 and never below one', () => {
    expect(countTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(11)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(countTicks(1793)).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it('takes the step that just covers a sixth of the maximum, and ticks 0 and 1 for an empty chart', () => {
    // 6 / 6 = 1 exactly: a step of 1, not 2
    expect(countTicks(6)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(-2)).toEqual([0, 1]);
    expect(countTicks(Number.NaN)).toEqual([0, 1]);
  });

  it('ends the scale on the first tick at or above the maximum', () => {
    expect(countScale(1793)).toEqual({ domain: [0, 2000], ticks: [0, 500, 1000, 1500, 2000] });
    expect(countScale(0)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });

  it('labels the quarterly chart of the public record with distinct whole numbers', () => {
    const rows = [
      { fiscal_year: 2022, quarter: 1, qi: 8088, key: 'software_bug', accidents: 3 },
      { fiscal_year: 2022, quarter: 1, qi: 8088, key: 'hardware_failure', accidents: 2 },
      { fiscal_year: 2022, quarter: 2, qi: 8089, key: 'software_bug', accidents: 1 },
    ];
    const ticks = yTickTexts(quarterlyCountsChart(rows, 'cause', ctx));
    expect(ticks).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('labels a histogram of a few records with distinct whole numbers', () => {
    const ticks = yTickTexts(
      logHistogramChart(
        [
          { lo: 60, accidents: 2 },
          { lo: 120, accidents: 1 },
        ],
        'duration_min',
        ctx,
      ),
    );
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks.every((t) => /^\d+$/.test(t))).toBe(true);
  });
});
