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

/** Every duration of a set of quarters once, ascending, and each quarter's values as positions in that list. */
interface DurationIndex {
  values: Float64Array;
  positions: Map<KpiQuarterRow, Int32Array>;
}

// Built once per answer (the rows of one filter state), then every brush frame only adds counts.
const indexes = new WeakMap<readonly KpiQuarterRow[], DurationIndex>();

function durationIndex(all: readonly KpiQuarterRow[]): DurationIndex {
  let index = indexes.get(all);
  if (index) return index;
  const values = Float64Array.from(new Set(all.flatMap((r) => r.durations))).sort();
  const at = new Map<number, number>();
  values.forEach((v, i) => at.set(v, i));
  const positions = new Map(all.map((r) => [r, Int32Array.from(r.durations, (d) => at.get(d)!)] as const));
  indexes.set(all, (index = { values, positions }));
  return index;
}

/**
 * The median of the durations of some quarters of `all`, as DuckDB's median() gives it: the middle value, or the
 * mean of the two middle ones; null when there is none.
 */
export function medianOf(all: readonly KpiQuarterRow[], quarters: readonly KpiQuarterRow[]): number | null {
  const { values, positions } = durationIndex(all);
  const tally = new Float64Array(values.length);
  let total = 0;
  for (const q of quarters) {
    const pos = positions.get(q)!;
    for (let i = 0; i < pos.length; i++) {
      const n = q.counts[i] ?? 0;
      tally[pos[i]!]! += n;
      total += n;
    }
  }
  if (total === 0) return null;
  // 0-based positions of the two middle values (the same one when the count is odd)
  const lower = Math.floor((total - 1) / 2);
  const upper = Math.floor(total / 2);
  let seen = 0;
  let low: number | null = null;
  for (let i = 0; i < values.length; i++) {
    seen += tally[i]!;
    if (low === null && seen > lower) low = values[i]!;
    if (seen > upper) return (low! + values[i]!) / 2;
  }
  return null; // not reached: `upper` < total
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
