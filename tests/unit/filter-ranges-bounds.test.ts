import { describe, expect, it } from 'vitest';
import { checkRanges, type DataExtent, type RangeNotice } from '../../src/query/filter-ranges.ts';
import { NO_FILTERS, type Filters } from '../../src/query/report-filters.ts';

const F = (o: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...o });
// FY2015 Q2 … FY2024 Q3 as quarter indexes (fiscal year × 4 + quarter − 1)
const EXTENT: DataExtent = { fyMin: 2015, fyMax: 2024, qiMin: 8061, qiMax: 8098 };
const check = (o: Partial<Filters>, extent: DataExtent | null = EXTENT) => checkRanges(F(o), extent);
const none: RangeNotice[] = [];

describe('ranges checked against the data, exactly at and just past every bound (literals checked by hand)', () => {
  it.each<[string, Partial<Filters>, Partial<Filters>, RangeNotice[]]>([
    ['years on both bounds', { fyFrom: 2015, fyTo: 2024 }, { fyFrom: 2015, fyTo: 2024 }, none],
    ['from the last year', { fyFrom: 2024 }, { fyFrom: 2024 }, none],
    ['from after the last year', { fyFrom: 2025 }, {}, [{ kind: 'outside', filter: 'fy' }]],
    ['to the first year', { fyTo: 2015 }, { fyTo: 2015 }, none],
    ['to before the first year', { fyFrom: 2010, fyTo: 2014 }, {}, [{ kind: 'outside', filter: 'fy' }]],
    [
      'from a year too early',
      { fyFrom: 2014, fyTo: 2020 },
      { fyFrom: 2015, fyTo: 2020 },
      [{ kind: 'clamped', filter: 'fy' }],
    ],
    ['to a year too late', { fyTo: 2030 }, { fyTo: 2024 }, [{ kind: 'clamped', filter: 'fy' }]],
    [
      'years backwards',
      { fyFrom: 2020, fyTo: 2018 },
      { fyFrom: 2018, fyTo: 2020 },
      [{ kind: 'swapped', filter: 'fy' }],
    ],
    ['one year', { fyFrom: 2020, fyTo: 2020 }, { fyFrom: 2020, fyTo: 2020 }, none],
    [
      'users backwards',
      { usersMin: 100_000, usersMax: 30_000 },
      { usersMin: 30_000, usersMax: 100_000 },
      [{ kind: 'swapped', filter: 'users' }],
    ],
    ['users from only', { usersMin: 100_000 }, { usersMin: 100_000 }, none],
    ['users to only', { usersMax: 5 }, { usersMax: 5 }, none],
    [
      'durations backwards',
      { durationMin: 1440, durationMax: 120 },
      { durationMin: 120, durationMax: 1440 },
      [{ kind: 'swapped', filter: 'duration' }],
    ],
    ['one duration', { durationMin: 120, durationMax: 120 }, { durationMin: 120, durationMax: 120 }, none],
    ['period backwards', { period: [8070, 8065] }, { period: [8065, 8070] }, [{ kind: 'swapped', filter: 'period' }]],
    ['period of one quarter', { period: [8070, 8070] }, { period: [8070, 8070] }, none],
    ['period on both bounds', { period: [8061, 8098] }, { period: [8061, 8098] }, none],
    ['period after the data', { period: [8099, 8100] }, {}, [{ kind: 'outside', filter: 'period' }]],
    ['period before the data', { period: [8050, 8060] }, {}, [{ kind: 'outside', filter: 'period' }]],
    [
      'period past the end',
      { period: [8098, 8100] },
      { period: [8098, 8098] },
      [{ kind: 'clamped', filter: 'period' }],
    ],
    [
      'period before the start',
      { period: [8050, 8061] },
      { period: [8061, 8061] },
      [{ kind: 'clamped', filter: 'period' }],
    ],
    [
      'everything at once, in order',
      { fyFrom: 2026, fyTo: 2025, usersMin: 9, usersMax: 1, period: [8200, 8000] },
      { usersMin: 1, usersMax: 9, period: [8061, 8098] },
      [
        { kind: 'swapped', filter: 'fy' },
        { kind: 'swapped', filter: 'users' },
        { kind: 'swapped', filter: 'period' },
        { kind: 'outside', filter: 'fy' },
        { kind: 'clamped', filter: 'period' },
      ],
    ],
  ])('%s', (_, given, want, notices) => {
    expect(check(given)).toEqual({ filters: F(want), notices });
  });

  it('without quarter bounds, the period spans the whole first and last fiscal years', () => {
    const years: DataExtent = { fyMin: 2015, fyMax: 2024 };
    expect(check({ period: [8060, 8099] }, years)).toEqual({ filters: F({ period: [8060, 8099] }), notices: [] });
    expect(check({ period: [8059, 8099] }, years).filters.period).toEqual([8060, 8099]);
    expect(check({ period: [8099, 8100] }, years).filters.period).toEqual([8099, 8099]);
    expect(check({ period: [8100, 8101] }, years).notices).toEqual([{ kind: 'outside', filter: 'period' }]);
  });

  it('before the data is known, only swaps (nothing is clamped to an extent it does not have)', () => {
    expect(check({ fyFrom: 1900, period: [8200, 8100] }, null)).toEqual({
      filters: F({ fyFrom: 1900, period: [8100, 8200] }),
      notices: [{ kind: 'swapped', filter: 'period' }],
    });
    expect(check({ fyFrom: 1900 }, null)).toEqual({ filters: F({ fyFrom: 1900 }), notices: [] });
  });

  it('does not change the filters it was given', () => {
    const given = F({ fyFrom: 2020, fyTo: 2018, period: [8070, 8065] });
    const copy = structuredClone(given);
    checkRanges(given, EXTENT);
    expect(given).toEqual(copy);
  });
});
