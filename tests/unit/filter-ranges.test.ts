import { describe, expect, it } from 'vitest';
import { pivotChart } from '../../src/charts/pivot-chart.ts';
import { pivotTable } from '../../src/query/pivot-table.ts';
import { quarterlyCountsChart } from '../../src/charts/quarterly-counts.ts';
import { checkRanges } from '../../src/query/filter-ranges.ts';
import { filtersFromParams } from '../../src/query/report-filters.ts';
import { NO_FILTERS } from '../../src/query/report-filters.ts';
import { reportContext } from '../fixtures/report-context.ts';

// Issue 14 defect 5: From 2020 / To 2012 drew an empty chart with "0年度 / 1年度" ticks; period=9999-1 read
// "0年度 第2四半期 – 2499年度 …".
const EXTENT = { fyMin: 2010, fyMax: 2024, qiMin: 2010 * 4, qiMax: 2024 * 4 + 3 };

describe('year ranges and periods are checked', () => {
  it('swaps a backwards fiscal-year range and says so', () => {
    const { filters, notices } = checkRanges(filtersFromParams({ fy: '2020-2012' }), EXTENT);
    expect([filters.fyFrom, filters.fyTo]).toEqual([2012, 2020]);
    expect(notices).toEqual([{ kind: 'swapped', filter: 'fy' }]);
  });

  it('clamps period=9999-1 to the quarters the data holds', () => {
    const { filters, notices } = checkRanges(filtersFromParams({ period: '9999-1' }), EXTENT);
    expect(filters.period).toEqual([2010 * 4, 2024 * 4 + 3]);
    expect(notices).toEqual([
      { kind: 'swapped', filter: 'period' },
      { kind: 'clamped', filter: 'period' },
    ]);
  });

  it('drops a period or year range wholly outside the data', () => {
    const r = checkRanges({ ...NO_FILTERS, fyFrom: 1990, fyTo: 1995, period: [100, 200] }, EXTENT);
    expect(r.filters.fyFrom).toBeUndefined();
    expect(r.filters.period).toBeUndefined();
    expect(r.notices.map((n) => n.kind)).toEqual(['outside', 'outside']);
  });

  it('clamps years to the data and swaps user and duration bounds', () => {
    const r = checkRanges({ ...NO_FILTERS, fyFrom: 2000, fyTo: 2030, usersMin: 50, usersMax: 10 }, EXTENT);
    expect([r.filters.fyFrom, r.filters.fyTo, r.filters.usersMin, r.filters.usersMax]).toEqual([2010, 2024, 10, 50]);
  });

  it('leaves a sound range alone', () => {
    const f = { ...NO_FILTERS, fyFrom: 2015, fyTo: 2016, period: [8062, 8063] as [number, number] };
    expect(checkRanges(f, EXTENT)).toEqual({ filters: f, notices: [] });
  });

  it('draws no "0年度" tick on an empty chart', () => {
    const ctx = reportContext({ datasetLabel: 'x' });
    const q = quarterlyCountsChart([], 'cause', ctx).plot.x as { ticks: number[] };
    expect(q.ticks).toEqual([]);
    const p = pivotChart(pivotTable([], 'cause', 'fy', 'accidents'), ctx).plot.x as { ticks: number[] };
    expect(p.ticks).toEqual([]);
  });
});
