import type { BinRow, HistQuarterRow, KpiQuarterRow, KpiRow, PanelRow, QuarterCountRow } from './reports.ts';

/**
 * The brushed views' figures summed in the page from rows per fiscal quarter (quarterlyPanel, kpiQuarters), asked
 * once per filter state: a brush frame adds up a few hundred numbers instead of a worker round trip. They give the
 * rows logHistogram and periodKpis give for the same filters and period (tests/unit/report-oracles.test.ts).
 */

const inside = (qi: number, period: readonly [number, number] | undefined) =>
  !period || (qi >= period[0] && qi <= period[1]);

/** logHistogram's rows: reports per bin over the quarters of `period` (all when none), bins without any left out. */
export function sumHistogram(rows: readonly HistQuarterRow[], period?: readonly [number, number]): BinRow[] {
  const byBin = new Map<number, number>();
  for (const r of rows) if (inside(r.qi, period)) byBin.set(r.lo, (byBin.get(r.lo) ?? 0) + r.n);
  return [...byBin].map(([lo, accidents]) => ({ lo, accidents })).sort((a, b) => a.lo - b.lo);
}

/**
 * Every duration of a set of quarters once, ascending; each quarter's values as positions in that list, and how
 * many of its reports have each value or a smaller one.
 */
interface DurationIndex {
  values: Float64Array;
  positions: Map<KpiQuarterRow, Int32Array>;
  cumulative: Map<KpiQuarterRow, Float64Array>;
}

// Built once per answer (the rows of one filter state); a brush frame then only searches it.
const indexes = new WeakMap<readonly KpiQuarterRow[], DurationIndex>();

function durationIndex(all: readonly KpiQuarterRow[]): DurationIndex {
  let index = indexes.get(all);
  if (index) return index;
  const values = Float64Array.from(new Set(all.flatMap((r) => r.durations))).sort();
  const at = new Map<number, number>();
  values.forEach((v, i) => at.set(v, i));
  const positions = new Map(all.map((r) => [r, Int32Array.from(r.durations, (d) => at.get(d)!)] as const));
  const cumulative = new Map(
    all.map((r) => {
      let run = 0;
      return [r, Float64Array.from(r.durations, (_, i) => (run += r.counts[i] ?? 0))] as const;
    }),
  );
  indexes.set(all, (index = { values, positions, cumulative }));
  return index;
}

/** How many reports of one quarter have a value at position `m` of the index or before it. */
function countAtMost(pos: Int32Array, cum: Float64Array, m: number): number {
  let lo = 0;
  let hi = pos.length; // first position whose value is past m
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos[mid]! <= m) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : cum[lo - 1]!;
}

/**
 * The median of the durations of some quarters of `all`, as DuckDB's median() gives it: the middle value, or the
 * mean of the two middle ones; null when there is none. Each middle value is found by a binary search over the
 * distinct values (counting, per quarter, the reports at or below a candidate): a few thousand steps a brush
 * frame at a million reports, where a tally over every distinct value took milliseconds.
 */
export function medianOf(all: readonly KpiQuarterRow[], quarters: readonly KpiQuarterRow[]): number | null {
  const { values, positions, cumulative } = durationIndex(all);
  const parts = quarters.map((q) => [positions.get(q)!, cumulative.get(q)!] as const);
  const total = parts.reduce((s, [, cum]) => s + (cum.length > 0 ? cum[cum.length - 1]! : 0), 0);
  if (total === 0) return null;
  const atMost = (m: number) => parts.reduce((s, [pos, cum]) => s + countAtMost(pos, cum, m), 0);
  // the value at 0-based rank k: the first position with more than k reports at or below it
  const ranked = (k: number) => {
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (atMost(mid) > k) hi = mid;
      else lo = mid + 1;
    }
    return values[lo]!;
  };
  // 0-based ranks of the two middle values (the same one when the count is odd)
  const lower = Math.floor((total - 1) / 2);
  const upper = Math.floor(total / 2);
  return lower === upper ? ranked(lower) : (ranked(lower) + ranked(upper)) / 2;
}

function periodRow(
  period: KpiRow['period'],
  all: readonly KpiQuarterRow[],
  rows: readonly KpiQuarterRow[],
): KpiRow | null {
  if (rows.length === 0) return null;
  let users: number | null = null;
  const sum = (k: 'accidents' | 'major' | 'users_upper' | 'users_lower' | 'users_approx' | 'users_missing') =>
    rows.reduce((s, r) => s + r[k], 0);
  for (const r of rows) if (r.users !== null) users = (users ?? 0) + r.users;
  return {
    period,
    accidents: sum('accidents'),
    major: sum('major'),
    users,
    duration_median: medianOf(all, rows),
    users_upper: sum('users_upper'),
    users_lower: sum('users_lower'),
    users_approx: sum('users_approx'),
    users_missing: sum('users_missing'),
  };
}

/**
 * periodKpis' rows: the period and the same period a year earlier (4 quarters back), each only when it holds a
 * report. A period longer than a year overlaps its comparison; each is summed on its own.
 */
export function sumKpis(rows: readonly KpiQuarterRow[], period: readonly [number, number]): KpiRow[] {
  const [a, b] = period;
  return [
    periodRow(
      'current',
      rows,
      rows.filter((r) => inside(r.qi, [a, b])),
    ),
    periodRow(
      'previous',
      rows,
      rows.filter((r) => inside(r.qi, [a - 4, b - 4])),
    ),
  ].filter((r): r is KpiRow => r !== null);
}

/**
 * quarterlyPanel's rows taken apart: the bars per quarter and stack key, and each histogram's counts per quarter
 * and bin, without the reports whose figure is missing or negative (as logHistogram leaves them out).
 */
export function splitPanel(rows: readonly PanelRow[]): {
  counts: QuarterCountRow[];
  dur: HistQuarterRow[];
  users: HistQuarterRow[];
} {
  const counts: QuarterCountRow[] = [];
  const dur: HistQuarterRow[] = [];
  const users: HistQuarterRow[] = [];
  for (const r of rows) {
    if (r.part === 'counts') {
      const quarter = (r.qi % 4) + 1;
      counts.push({ fiscal_year: (r.qi - quarter + 1) / 4, quarter, qi: r.qi, key: r.key, accidents: r.n });
    } else if (r.lo !== null) (r.part === 'duration_min' ? dur : users).push({ qi: r.qi, lo: r.lo, n: r.n });
  }
  return { counts, dur, users };
}
