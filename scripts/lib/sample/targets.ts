/** Rows and major accidents per fiscal year: MIC's published totals, interpolated, carried forward or scaled. */

export const SAMPLE_FIRST_FY = 2010;
export const SAMPLE_LAST_FY = 2024;

/** MIC's published figures (data/sources/fy_totals.csv): quarterly-reported accidents and, of those, major. */
export const PUBLISHED_FY_TOTALS: Readonly<Record<number, { accidents: number; major: number }>> = {
  2010: { accidents: 7367, major: 15 },
  2011: { accidents: 8773, major: 17 },
  2012: { accidents: 8201, major: 17 },
  2013: { accidents: 7243, major: 14 },
  2014: { accidents: 7030, major: 6 },
  2015: { accidents: 6188, major: 8 },
  2019: { accidents: 6301, major: 3 },
  2022: { accidents: 7500, major: 10 },
};

/**
 * Major counts no source printed but one implies: FY2019's 3 was "one fewer than the year before", so FY2018 had 4
 * (fy_totals.csv marks the row DERIVED). The sample uses it for FY2018's majors and says so.
 */
export const DERIVED_FY_MAJOR: Readonly<Record<number, number>> = { 2018: 4 };

export type TargetBasis = 'published' | 'interpolated' | 'carried_forward' | 'scaled';

export interface YearTarget {
  fiscalYear: number;
  accidents: number;
  major: number;
  basis: TargetBasis;
  /** How the major count was set, when it differs from `basis` (FY2018: derived from a published statement). */
  majorBasis?: 'derived';
}

function unscaledTarget(fy: number): YearTarget {
  if (fy < SAMPLE_FIRST_FY || fy > SAMPLE_LAST_FY || !Number.isInteger(fy)) {
    throw new Error(`the synthetic sample covers FY${SAMPLE_FIRST_FY}–FY${SAMPLE_LAST_FY}, not ${fy}`);
  }
  const published = PUBLISHED_FY_TOTALS[fy];
  if (published) return { fiscalYear: fy, ...published, basis: 'published' };
  const years = Object.keys(PUBLISHED_FY_TOTALS).map(Number);
  const before = Math.max(...years.filter((y) => y < fy));
  const afterYears = years.filter((y) => y > fy);
  const a = PUBLISHED_FY_TOTALS[before]!;
  if (afterYears.length === 0) return { fiscalYear: fy, ...a, basis: 'carried_forward' };
  const after = Math.min(...afterYears);
  const b = PUBLISHED_FY_TOTALS[after]!;
  const t = (fy - before) / (after - before);
  const derived = DERIVED_FY_MAJOR[fy];
  return {
    fiscalYear: fy,
    accidents: Math.round(a.accidents + (b.accidents - a.accidents) * t),
    major: derived ?? Math.round(a.major + (b.major - a.major) * t),
    basis: 'interpolated',
    ...(derived !== undefined ? { majorBasis: 'derived' as const } : {}),
  };
}

export function defaultFiscalYears(): number[] {
  const out: number[] = [];
  for (let fy = SAMPLE_FIRST_FY; fy <= SAMPLE_LAST_FY; fy++) out.push(fy);
  return out;
}

/**
 * Rows and major accidents per year. With `rows`, the yearly totals are scaled so they sum to exactly `rows`
 * (largest remainder) and major counts by the same factor; published figures are then no longer met.
 */
export function sampleTargets(opts: { fiscalYears?: readonly number[]; rows?: number } = {}): YearTarget[] {
  const years = [...new Set(opts.fiscalYears ?? defaultFiscalYears())].sort((x, y) => x - y);
  const base = years.map(unscaledTarget);
  if (opts.rows === undefined) return base;
  const rows = opts.rows;
  if (!Number.isSafeInteger(rows) || rows < 0) throw new Error(`rows must be a non-negative integer, got ${rows}`);
  const sum = base.reduce((s, t) => s + t.accidents, 0);
  const factor = rows / sum;
  const exact = base.map((t) => t.accidents * factor);
  const counts = exact.map(Math.floor);
  let left = rows - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => ({ r: x - Math.floor(x), i })).sort((p, q) => q.r - p.r || p.i - q.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return base.map((t, i) => {
    const accidents = counts[i]!;
    return {
      fiscalYear: t.fiscalYear,
      accidents,
      major: Math.min(accidents, Math.round(t.major * factor)),
      basis: 'scaled',
    };
  });
}
