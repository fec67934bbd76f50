import { describe, expect, it } from 'vitest';
import { medianOf, splitPanel, sumHistogram, sumKpis } from '../../src/query/quarter-sums.ts';
import type { KpiQuarterRow } from '../../src/query/reports.ts';

// Hand-made quarters; every expected figure below was worked out by hand from these lists.
const quarter = (
  qi: number,
  durations: number[],
  counts: number[],
  more: Partial<KpiQuarterRow> = {},
): KpiQuarterRow => ({
  qi,
  durations,
  counts,
  accidents: counts.reduce((s, n) => s + n, 0),
  major: 0,
  users: null,
  users_upper: 0,
  users_lower: 0,
  users_approx: 0,
  users_missing: 0,
  ...more,
});

describe('the median of several quarters, as DuckDB median() takes it', () => {
  // q1: 10, 20, 20 · q2: 15, 40 · q3: no duration published (two reports)
  const q1 = quarter(100, [10, 20], [1, 2]);
  const q2 = quarter(101, [15, 40], [1, 1]);
  const q3 = quarter(102, [], [], { accidents: 2 });
  const q4 = quarter(103, [12], [1]);
  const all = [q1, q2, q3, q4];

  it('takes the middle value of an odd count', () => {
    expect(medianOf(all, [q1])).toBe(20); // 10 20 20
    expect(medianOf(all, [q1, q2])).toBe(20); // 10 15 20 20 40
  });
  it('takes the mean of the two middle values of an even count', () => {
    expect(medianOf(all, [q2])).toBe(27.5); // 15 40
    expect(medianOf(all, [q1, q4])).toBe(16); // 10 12 20 20 → (12 + 20) / 2
  });
  it('is null when no report of the quarters has a duration', () => {
    expect(medianOf(all, [q3])).toBeNull();
    expect(medianOf(all, [])).toBeNull();
  });

  it('agrees with sorting every report out by hand, over random quarters and ranges', () => {
    // a small linear congruential generator: the same "random" quarters on every run
    let seed = 12345;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let trial = 0; trial < 200; trial++) {
      const qs = Array.from({ length: 1 + next(8) }, (_, i) => {
        const distinct = [...new Set(Array.from({ length: next(6) }, () => next(50) * 7.5))].sort((a, b) => a - b);
        return quarter(
          i,
          distinct,
          distinct.map(() => next(4)),
        ); // counts of 0 included
      });
      const from = next(qs.length);
      const picked = qs.slice(from, from + 1 + next(qs.length - from));
      const expanded = picked.flatMap((q) => q.durations.flatMap((d, i) => Array<number>(q.counts[i]!).fill(d)));
      expanded.sort((a, b) => a - b);
      const n = expanded.length;
      const expected = n === 0 ? null : (expanded[Math.floor((n - 1) / 2)]! + expanded[Math.floor(n / 2)]!) / 2;
      expect(medianOf(qs, picked)).toBe(expected);
    }
  });
});

describe('KPIs of a period and the same period a year earlier', () => {
  const rows = [
    quarter(96, [30], [1], { major: 1, users: 1_000, users_missing: 0 }),
    quarter(100, [10, 20], [1, 2], { major: 1, users: 50_000, users_upper: 1 }),
    quarter(101, [15, 40], [1, 1], { users: null, users_missing: 2 }),
    quarter(104, [60], [3], { major: 2, users: 7, users_approx: 1, users_lower: 2 }),
  ];
  it('sums each period on its own, users null when none was published', () => {
    expect(sumKpis(rows, [100, 101])).toEqual([
      {
        period: 'current',
        accidents: 5,
        major: 1,
        users: 50_000,
        duration_median: 20,
        users_upper: 1,
        users_lower: 0,
        users_approx: 0,
        users_missing: 2,
      },
      {
        period: 'previous',
        accidents: 1,
        major: 1,
        users: 1_000,
        duration_median: 30,
        users_upper: 0,
        users_lower: 0,
        users_approx: 0,
        users_missing: 0,
      },
    ]);
    expect(sumKpis(rows, [101, 101])[0]).toMatchObject({ users: null, accidents: 2, duration_median: 27.5 });
  });
  it('leaves out a period without any report, and counts a quarter in both when the periods overlap', () => {
    expect(sumKpis(rows, [104, 104]).map((r) => r.period)).toEqual(['current', 'previous']);
    expect(sumKpis(rows, [110, 111])).toEqual([]); // and 106–107 a year earlier
    const long = sumKpis(rows, [100, 104]); // previous: 96 … 100
    expect(long.map((r) => [r.period, r.accidents])).toEqual([
      ['current', 8], // 3 + 2 + 3
      ['previous', 4],
    ]);
    expect(long[1]!.duration_median).toBe(20); // 10 20 20 30
  });
});

describe('a histogram summed over a period', () => {
  const rows = [
    { qi: 100, lo: 0, n: 2 },
    { qi: 101, lo: 0, n: 3 },
    { qi: 101, lo: 120, n: 1 },
    { qi: 102, lo: 1440, n: 4 },
  ];
  it('adds the quarters of the period, bins in order, empty bins left out', () => {
    expect(sumHistogram(rows, [100, 101])).toEqual([
      { lo: 0, accidents: 5 },
      { lo: 120, accidents: 1 },
    ]);
    expect(sumHistogram(rows, [101, 101])).toEqual([
      { lo: 0, accidents: 3 },
      { lo: 120, accidents: 1 },
    ]);
    expect(sumHistogram(rows, [102, 102])).toEqual([{ lo: 1440, accidents: 4 }]);
  });
  it('adds every quarter without a period', () => {
    expect(sumHistogram(rows.toReversed())).toEqual([
      { lo: 0, accidents: 5 },
      { lo: 120, accidents: 1 },
      { lo: 1440, accidents: 4 },
    ]);
  });
});

describe('the quarterly panel split into its three charts', () => {
  it('gives the bars their fiscal year and quarter, and leaves missing figures out of the histograms', () => {
    const split = splitPanel([
      { part: 'counts', qi: 8080, key: 'software_bug', lo: null, n: 2 }, // FY2020 Q1 (April–June 2020)
      { part: 'counts', qi: 8083, key: null, lo: null, n: 1 }, // FY2020 Q4 (January–March 2021)
      { part: 'duration_min', qi: 8083, key: null, lo: 120, n: 1 },
      { part: 'duration_min', qi: 8083, key: null, lo: null, n: 5 }, // duration not published
      { part: 'affected_users', qi: 8084, key: null, lo: 30_000, n: 3 },
    ]);
    expect(split.counts).toEqual([
      { fiscal_year: 2020, quarter: 1, qi: 8080, key: 'software_bug', accidents: 2 },
      { fiscal_year: 2020, quarter: 4, qi: 8083, key: null, accidents: 1 },
    ]);
    expect(split.dur).toEqual([{ qi: 8083, lo: 120, n: 1 }]);
    expect(split.users).toEqual([{ qi: 8084, lo: 30_000, n: 3 }]);
  });
});
