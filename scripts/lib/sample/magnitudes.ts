/** How many users an accident affects and how long it lasts: the distributions of both (see data/SAMPLE.md). */
import type { Cause } from '../../../src/domain/causes.ts';
import type { OperatorType } from './schema.ts';

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
