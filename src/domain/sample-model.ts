/**
 * The SYNTHETIC sample of report-level accident records: one row per 四半期報告事故, FY2010–FY2024, drawn from a
 * seeded PRNG and calibrated to MIC's published yearly totals. Pure (no Node APIs), so the browser can import it.
 * data/SAMPLE.md documents every choice made here; keep the two in step.
 */
import { CAUSE_GROUP, CAUSES, type Cause, type CauseGroup } from './causes.ts';
import { quarterMonths, type Quarter } from './fiscal.ts';
import { NATIONWIDE, PREFECTURES } from './prefectures.ts';
import { isMajor, majorRule, type ServiceCategory } from './thresholds.ts';

export const OPERATOR_TYPES = ['mobile_carrier', 'fixed_carrier', 'mvno', 'isp', 'internet_service'] as const;
export type OperatorType = (typeof OPERATOR_TYPES)[number];

/** One row of `sample_reports`; keys are the column names. occurred_at is JST wall-clock 'YYYY-MM-DD HH:MM:SS'. */
export interface SampleRecord {
  report_id: string;
  occurred_at: string;
  fiscal_year: number;
  quarter: Quarter;
  operator: string;
  operator_type: OperatorType;
  service_category: ServiceCategory;
  cause: Cause;
  cause_group: CauseGroup;
  duration_min: number;
  affected_users: number;
  region: string;
  is_major: boolean;
  is_synthetic: true;
}

export const SAMPLE_REPORT_COLUMNS = [
  { name: 'report_id', type: 'VARCHAR' },
  { name: 'occurred_at', type: 'TIMESTAMP' },
  { name: 'fiscal_year', type: 'INTEGER' },
  { name: 'quarter', type: 'INTEGER' },
  { name: 'operator', type: 'VARCHAR' },
  { name: 'operator_type', type: 'VARCHAR' },
  { name: 'service_category', type: 'VARCHAR' },
  { name: 'cause', type: 'VARCHAR' },
  { name: 'cause_group', type: 'VARCHAR' },
  { name: 'duration_min', type: 'DOUBLE' },
  { name: 'affected_users', type: 'BIGINT' },
  { name: 'region', type: 'VARCHAR' },
  { name: 'is_major', type: 'BOOLEAN' },
  { name: 'is_synthetic', type: 'BOOLEAN' },
] as const satisfies readonly { name: keyof SampleRecord; type: string }[];

export const DEFAULT_SAMPLE_SEED = 20260401;
export const SAMPLE_FIRST_FY = 2010;
export const SAMPLE_LAST_FY = 2024;

// ---------------------------------------------------------------------------------------------------------------
// Yearly targets

/** MIC's published figures (data/sources/fy_totals.csv): quarterly-reported accidents and, of those, major. */
export const PUBLISHED_FY_TOTALS: Readonly<Record<number, { accidents: number; major: number }>> = {
  2010: { accidents: 7367, major: 15 },
  2011: { accidents: 8773, major: 17 },
  2012: { accidents: 8201, major: 17 },
  2013: { accidents: 7243, major: 14 },
  2014: { accidents: 7030, major: 6 },
  2015: { accidents: 6188, major: 8 },
  2022: { accidents: 7500, major: 10 },
};

export type TargetBasis = 'published' | 'interpolated' | 'carried_forward' | 'scaled';

export interface YearTarget {
  fiscalYear: number;
  accidents: number;
  major: number;
  basis: TargetBasis;
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
  return {
    fiscalYear: fy,
    accidents: Math.round(a.accidents + (b.accidents - a.accidents) * t),
    major: Math.round(a.major + (b.major - a.major) * t),
    basis: 'interpolated',
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

// ---------------------------------------------------------------------------------------------------------------
// PRNG: sfc32 seeded through splitmix32; one independent stream per fiscal year.

export type Rng = () => number;

function splitmix32(state: number): () => number {
  let s = state | 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Uniform [0, 1) numbers; `stream` selects an independent sequence for the same seed. */
export function createRng(seed: number, stream = 0): Rng {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  const hi = Math.floor(seed / 2 ** 32);
  const init = splitmix32(seed ^ Math.imul(hi, 0x27d4eb2f) ^ Math.imul(stream, 0x165667b1));
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Log-normal with the given median and log-sd, redrawn until inside [lo, hi]. */
function logNormalBetween(rng: Rng, median: number, sigma: number, lo: number, hi: number): number {
  for (;;) {
    const x = median * Math.exp(sigma * normal(rng));
    if (x >= lo && x <= hi) return x;
  }
}

/** Pareto with minimum xMin and tail index alpha, redrawn until ≤ hi. */
function paretoBelow(rng: Rng, xMin: number, alpha: number, hi: number): number {
  for (;;) {
    const x = xMin * (1 - rng()) ** (-1 / alpha);
    if (x <= hi) return x;
  }
}

class Weighted<T> {
  private readonly cum: number[] = [];
  private readonly total: number;
  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    let s = 0;
    for (const w of weights) this.cum.push((s += w));
    this.total = s;
  }
  /** The first item whose cumulative weight exceeds a uniform draw. */
  pick(rng: Rng): T {
    const x = rng() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cum[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Model parameters (see data/SAMPLE.md)

export interface SampleOperator {
  name: string;
  type: OperatorType;
  /** Relative report volume in FY2010, before the type's yearly trend. */
  weight: number;
  /** First fiscal year with reports. */
  from?: number;
  /** Prefecture codes served; absent = nationwide footprint. */
  footprint?: readonly number[];
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const EAST = [...range(1, 15), 19, 20];
const WEST = range(16, 47).filter((c) => c !== 19 && c !== 20);

export const SAMPLE_OPERATORS: readonly SampleOperator[] = [
  { name: 'Fixed A', type: 'fixed_carrier', weight: 22, footprint: EAST },
  { name: 'Fixed B', type: 'fixed_carrier', weight: 20, footprint: WEST },
  { name: 'Fixed C', type: 'fixed_carrier', weight: 7 },
  { name: 'Fixed D', type: 'fixed_carrier', weight: 5 },
  { name: 'Fixed E', type: 'fixed_carrier', weight: 3, footprint: range(25, 30) },
  { name: 'Fixed F', type: 'fixed_carrier', weight: 2, footprint: range(40, 47) },
  { name: 'Mobile A', type: 'mobile_carrier', weight: 9 },
  { name: 'Mobile B', type: 'mobile_carrier', weight: 7 },
  { name: 'Mobile C', type: 'mobile_carrier', weight: 6 },
  { name: 'Mobile D', type: 'mobile_carrier', weight: 2, from: 2020 },
  { name: 'MVNO A', type: 'mvno', weight: 2 },
  { name: 'MVNO B', type: 'mvno', weight: 1.5 },
  { name: 'MVNO C', type: 'mvno', weight: 1 },
  { name: 'MVNO D', type: 'mvno', weight: 0.7, from: 2014 },
  { name: 'MVNO E', type: 'mvno', weight: 0.5, from: 2016 },
  { name: 'ISP A', type: 'isp', weight: 4 },
  { name: 'ISP B', type: 'isp', weight: 3 },
  { name: 'ISP C', type: 'isp', weight: 2 },
  { name: 'ISP D', type: 'isp', weight: 1.5 },
  { name: 'ISP E', type: 'isp', weight: 1 },
  { name: 'ISP F', type: 'isp', weight: 0.5 },
  { name: 'App A', type: 'internet_service', weight: 1.5 },
  { name: 'App B', type: 'internet_service', weight: 1 },
  { name: 'App C', type: 'internet_service', weight: 0.8 },
  { name: 'App D', type: 'internet_service', weight: 0.5, from: 2013 },
  { name: 'App E', type: 'internet_service', weight: 0.4, from: 2018 },
];

/** Multiplicative change of an operator type's report volume per fiscal year after FY2010. */
export const TYPE_TREND: Record<OperatorType, number> = {
  fixed_carrier: 0.98,
  mobile_carrier: 1.0,
  mvno: 1.08,
  isp: 0.99,
  internet_service: 1.05,
};

/** Service-category mix per operator type: [emergency_voice, other_voice, free_internet, other]. */
export const CATEGORY_MIX: Record<OperatorType, readonly number[]> = {
  mobile_carrier: [0.3, 0.05, 0, 0.65],
  fixed_carrier: [0.18, 0.07, 0, 0.75],
  mvno: [0.02, 0.13, 0, 0.85],
  isp: [0.02, 0.12, 0.03, 0.83],
  internet_service: [0, 0.15, 0.55, 0.3],
};
const CATEGORIES: readonly ServiceCategory[] = ['emergency_voice', 'other_voice', 'free_internet', 'other'];

/** Cause mix per operator type, in CAUSES order (hardware … unknown). */
export const CAUSE_MIX: Record<OperatorType, readonly number[]> = {
  //                [hw, sw, cap, cfg, hum, oth, nat, 3rd, unk]
  fixed_carrier: [41, 8, 1, 3, 3, 11, 12, 19, 2],
  mobile_carrier: [30, 13, 3, 3, 3, 21, 13, 12, 2],
  mvno: [5, 8, 4, 3, 3, 72, 2, 1, 2],
  isp: [18, 10, 4, 5, 4, 50, 3, 3, 3],
  internet_service: [15, 30, 12, 12, 8, 15, 1, 3, 4],
};

/** Major accidents: mostly large mobile carriers and internet services, causes skewed to software and changes. */
export const MAJOR_TYPE_MIX: Record<OperatorType, number> = {
  mobile_carrier: 0.42,
  internet_service: 0.3,
  fixed_carrier: 0.15,
  isp: 0.08,
  mvno: 0.05,
};
export const MAJOR_CAUSE_MIX: readonly number[] = [20, 28, 10, 18, 10, 6, 5, 2, 1];

/** Share of each quarter (Q1 Apr–Jun … Q4 Jan–Mar). */
export const QUARTER_MIX = {
  default: [0.245, 0.26, 0.25, 0.245],
  natural_disaster: [0.17, 0.4, 0.23, 0.2],
  capacity_overload: [0.22, 0.24, 0.24, 0.3],
} as const;

/** Relative weight of each start hour 0–23 (JST). */
export const HOUR_MIX = {
  default: [3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 3, 3],
  maintenance: [10, 12, 12, 10, 8, 6, 3, 2, 3, 4, 4, 4, 3, 4, 4, 4, 3, 3, 2, 2, 2, 3, 5, 8],
  capacity: [4, 2, 1, 1, 1, 1, 2, 4, 6, 6, 5, 6, 7, 6, 5, 5, 5, 6, 7, 8, 9, 9, 8, 6],
} as const;

/** Probability that an accident is nationwide (全国) rather than in one prefecture, by operator type. */
export const NATIONWIDE_SHARE: Record<OperatorType, number> = {
  fixed_carrier: 0.03,
  mobile_carrier: 0.12,
  mvno: 0.75,
  isp: 0.35,
  internet_service: 0.92,
};
export const MAJOR_NATIONWIDE_MIN = 0.4;

/** Approximate population by prefecture code (thousands, 2020 census, rounded); used only as sampling weights. */
const POPULATION_K = [
  5225, 1238, 1211, 2302, 960, 1068, 1833, 2867, 1933, 1939, 7345, 6284, 14048, 9237, 2201, 1035, 1133, 767, 810, 2048,
  1979, 3633, 7542, 1770, 1414, 2578, 8838, 5465, 1324, 923, 553, 671, 1888, 2800, 1342, 720, 950, 1335, 692, 5135, 811,
  1312, 1738, 1124, 1070, 1588, 1467,
];

/** Affected users of ordinary (non-major) reports. */
export const USERS_MODEL = {
  /** Share of reports with ≥ 30,000 users; the rest qualify by lasting ≥ 2 h. */
  largeShare: 0.01,
  /** Below 30,000: log-normal truncated to [1, 29,999]. */
  smallMedian: 25,
  smallSigma: 2.3,
  /** From 30,000: Pareto tail, capped by USERS_MAX. */
  largeAlpha: 1.2,
} as const;

/** Most users one report can affect, by operator type; within one prefecture also at most its population. */
export const USERS_MAX: Record<OperatorType, number> = {
  mobile_carrier: 40_000_000,
  fixed_carrier: 20_000_000,
  internet_service: 40_000_000,
  isp: 5_000_000,
  mvno: 3_000_000,
};

/** Durations (minutes) of ordinary reports under 30,000 users: log-normal by cause, truncated to [120, 43,200]. */
export const DURATION_MODEL: Record<Cause, { median: number; sigma: number }> = {
  hardware_failure: { median: 300, sigma: 0.9 },
  software_bug: { median: 200, sigma: 0.9 },
  capacity_overload: { median: 180, sigma: 0.9 },
  config_change: { median: 180, sigma: 0.9 },
  human_error: { median: 180, sigma: 0.9 },
  other_operator: { median: 240, sigma: 0.9 },
  natural_disaster: { median: 900, sigma: 1.2 },
  third_party: { median: 420, sigma: 0.9 },
  unknown: { median: 240, sigma: 0.9 },
};
export const DURATION_MAX_MIN = 30 * 24 * 60;
/** Large-user ordinary reports are short (a long one would be major): log-normal, redrawn while major. */
export const LARGE_USERS_DURATION = { median: 35, sigma: 0.9, min: 1 } as const;
/** Major accidents: above one alternative of their category's rule; Pareto durations, log-uniform users. */
export const MAJOR_MODEL = { durationAlpha: 0.43, durationMax: 7 * 24 * 60 } as const;

// ---------------------------------------------------------------------------------------------------------------
// Generator

export interface GenerateOptions {
  seed: number;
  fiscalYears?: readonly number[];
  /** Scale to about this many rows in total (published totals are then not met). */
  rows?: number;
}

const CAUSE_PICKERS = Object.fromEntries(OPERATOR_TYPES.map((t) => [t, new Weighted(CAUSES, CAUSE_MIX[t])])) as Record<
  OperatorType,
  Weighted<Cause>
>;
const MAJOR_CAUSE_PICKER = new Weighted(CAUSES, MAJOR_CAUSE_MIX);
const CATEGORY_PICKERS = Object.fromEntries(
  OPERATOR_TYPES.map((t) => [t, new Weighted(CATEGORIES, CATEGORY_MIX[t])]),
) as Record<OperatorType, Weighted<ServiceCategory>>;
const MAJOR_TYPE_PICKER = new Weighted(
  OPERATOR_TYPES,
  OPERATOR_TYPES.map((t) => MAJOR_TYPE_MIX[t]),
);
const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];
const QUARTER_PICKERS = {
  default: new Weighted(QUARTERS, QUARTER_MIX.default),
  natural_disaster: new Weighted(QUARTERS, QUARTER_MIX.natural_disaster),
  capacity_overload: new Weighted(QUARTERS, QUARTER_MIX.capacity_overload),
};
const HOURS = range(0, 23);
const HOUR_PICKERS = {
  default: new Weighted(HOURS, HOUR_MIX.default),
  maintenance: new Weighted(HOURS, HOUR_MIX.maintenance),
  capacity: new Weighted(HOURS, HOUR_MIX.capacity),
};
const PREFECTURE_BY_CODE = new Map(PREFECTURES.map((p) => [p.code, p.ja]));
const POPULATION_BY_JA = new Map(PREFECTURES.map((p) => [p.ja, POPULATION_K[p.code - 1]! * 1000]));
const regionPickerCache = new Map<SampleOperator, Weighted<string>>();

function regionPicker(op: SampleOperator): Weighted<string> {
  let picker = regionPickerCache.get(op);
  if (!picker) {
    const codes = op.footprint ?? range(1, 47);
    picker = new Weighted(
      codes.map((c) => PREFECTURE_BY_CODE.get(c)!),
      codes.map((c) => POPULATION_K[c - 1]!),
    );
    regionPickerCache.set(op, picker);
  }
  return picker;
}

function operatorPickers(fy: number) {
  const active = SAMPLE_OPERATORS.filter((o) => fy >= (o.from ?? 0));
  const weight = (o: SampleOperator) => o.weight * TYPE_TREND[o.type] ** (fy - SAMPLE_FIRST_FY);
  const byType = Object.fromEntries(
    OPERATOR_TYPES.map((t) => {
      const ops = active.filter((o) => o.type === t);
      return [t, new Weighted(ops, ops.map(weight))];
    }),
  ) as Record<OperatorType, Weighted<SampleOperator>>;
  return { all: new Weighted(active, active.map(weight)), byType };
}

/** JST wall-clock start as milliseconds on the UTC axis (so that UTC getters read the wall clock). */
function drawOccurredAt(rng: Rng, fy: number, quarter: Quarter, cause: Cause): number {
  const { year, months } = quarterMonths(fy, quarter);
  const start = Date.UTC(year, months[0] - 1, 1);
  const days = Math.round((Date.UTC(year, months[2], 1) - start) / 86_400_000);
  const day = start + Math.floor(rng() * days) * 86_400_000;
  const hours =
    cause === 'config_change' || cause === 'human_error'
      ? HOUR_PICKERS.maintenance
      : cause === 'capacity_overload'
        ? HOUR_PICKERS.capacity
        : HOUR_PICKERS.default;
  const hour = hours.pick(rng);
  const minute = Math.floor(rng() * 60);
  return day + (hour * 60 + minute) * 60_000;
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

function wallClockText(ms: number): string {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${PAD2[d.getUTCMonth() + 1]}-${PAD2[d.getUTCDate()]}`;
  return `${date} ${PAD2[d.getUTCHours()]}:${PAD2[d.getUTCMinutes()]}:00`;
}

function drawQuarter(rng: Rng, cause: Cause): Quarter {
  if (cause === 'natural_disaster' || cause === 'capacity_overload') return QUARTER_PICKERS[cause].pick(rng);
  return QUARTER_PICKERS.default.pick(rng);
}

function drawRegion(rng: Rng, op: SampleOperator, nationwideShare: number): string {
  if (!op.footprint && rng() < nationwideShare) return NATIONWIDE.ja;
  return regionPicker(op).pick(rng);
}

function usersCap(type: OperatorType, region: string): number {
  return Math.min(USERS_MAX[type], POPULATION_BY_JA.get(region) ?? Infinity);
}

type Draft = Omit<SampleRecord, 'report_id' | 'occurred_at'> & { at: number };

function ordinaryRecord(rng: Rng, fy: number, ops: ReturnType<typeof operatorPickers>): Draft {
  const op = ops.all.pick(rng);
  const category = CATEGORY_PICKERS[op.type].pick(rng);
  const cause = CAUSE_PICKERS[op.type].pick(rng);
  const quarter = drawQuarter(rng, cause);
  const region = drawRegion(rng, op, NATIONWIDE_SHARE[op.type]);
  let users: number;
  let duration: number;
  if (rng() < USERS_MODEL.largeShare) {
    users = Math.round(paretoBelow(rng, 30_000, USERS_MODEL.largeAlpha, usersCap(op.type, region)));
    const { median, sigma, min } = LARGE_USERS_DURATION;
    duration = Math.round(logNormalBetween(rng, median, sigma, min, DURATION_MAX_MIN));
    for (let tries = 0; isMajor(fy, category, duration, users); tries++) {
      duration = tries < 50 ? Math.round(logNormalBetween(rng, median, sigma, min, DURATION_MAX_MIN)) : 30;
    }
  } else {
    users = Math.floor(logNormalBetween(rng, USERS_MODEL.smallMedian, USERS_MODEL.smallSigma, 1, 29_999.999));
    const { median, sigma } = DURATION_MODEL[cause];
    duration = Math.round(logNormalBetween(rng, median, sigma, 120, DURATION_MAX_MIN));
  }
  return {
    at: drawOccurredAt(rng, fy, quarter, cause),
    fiscal_year: fy,
    quarter,
    operator: op.name,
    operator_type: op.type,
    service_category: category,
    cause,
    cause_group: CAUSE_GROUP[cause],
    duration_min: duration,
    affected_users: users,
    region,
    is_major: false,
    is_synthetic: true,
  };
}

function majorRecord(rng: Rng, fy: number, ops: ReturnType<typeof operatorPickers>): Draft {
  const op = ops.byType[MAJOR_TYPE_PICKER.pick(rng)].pick(rng);
  const category = CATEGORY_PICKERS[op.type].pick(rng);
  const cause = MAJOR_CAUSE_PICKER.pick(rng);
  const quarter = QUARTER_PICKERS.default.pick(rng);
  const rule = majorRule(fy, category);
  const alt = rule[Math.floor(rng() * rule.length)]!;
  const maxDuration = Math.max(MAJOR_MODEL.durationMax, 3 * alt.minDurationMin);
  const duration = Math.ceil(paretoBelow(rng, alt.minDurationMin, MAJOR_MODEL.durationAlpha, maxDuration));
  // A major accident needs room above the rule's minimum users: a prefecture too small is redrawn (regional
  // operators) or replaced by 全国.
  let region = drawRegion(rng, op, Math.max(NATIONWIDE_SHARE[op.type], MAJOR_NATIONWIDE_MIN));
  for (let tries = 0; usersCap(op.type, region) < 2 * alt.minUsers; tries++) {
    region = op.footprint && tries < 100 ? regionPicker(op).pick(rng) : NATIONWIDE.ja;
  }
  const lo = Math.log10(alt.minUsers);
  const hi = Math.log10(Math.max(usersCap(op.type, region), alt.minUsers));
  const users = Math.ceil(10 ** (lo + rng() * (hi - lo)));
  return {
    at: drawOccurredAt(rng, fy, quarter, cause),
    fiscal_year: fy,
    quarter,
    operator: op.name,
    operator_type: op.type,
    service_category: category,
    cause,
    cause_group: CAUSE_GROUP[cause],
    duration_min: duration,
    affected_users: users,
    region,
    is_major: true,
    is_synthetic: true,
  };
}

/** Records of one fiscal year, sorted by occurred_at and numbered S<FY>-000001…; a year's rows depend only on the seed. */
export function generateYear(seed: number, target: YearTarget): SampleRecord[] {
  const fy = target.fiscalYear;
  const rng = createRng(seed, fy);
  const ops = operatorPickers(fy);
  const drafts: Draft[] = [];
  for (let i = 0; i < target.major; i++) drafts.push(majorRecord(rng, fy, ops));
  for (let i = target.major; i < target.accidents; i++) drafts.push(ordinaryRecord(rng, fy, ops));
  drafts.sort((x, y) => x.at - y.at);
  const digits = Math.max(6, String(drafts.length).length);
  return drafts.map((d, i) => ({
    report_id: `S${fy}-${String(i + 1).padStart(digits, '0')}`,
    occurred_at: wallClockText(d.at),
    fiscal_year: d.fiscal_year,
    quarter: d.quarter,
    operator: d.operator,
    operator_type: d.operator_type,
    service_category: d.service_category,
    cause: d.cause,
    cause_group: d.cause_group,
    duration_min: d.duration_min,
    affected_users: d.affected_users,
    region: d.region,
    is_major: d.is_major,
    is_synthetic: true,
  }));
}

export function generateSample(opts: GenerateOptions): SampleRecord[] {
  const out: SampleRecord[] = [];
  for (const target of sampleTargets(opts)) {
    for (const r of generateYear(opts.seed, target)) out.push(r);
  }
  return out;
}
