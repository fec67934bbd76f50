/** Category, cause, quarter and hour mixes (see data/SAMPLE.md) and the weighted pickers built from them. */
import { CAUSES, type Cause } from '../../../src/domain/causes.ts';
import type { Quarter } from '../../../src/domain/fiscal.ts';
import type { ServiceCategory } from '../../../src/domain/thresholds.ts';
import { range } from './range.ts';
import { Weighted } from './rng.ts';
import { OPERATOR_TYPES, type OperatorType } from './schema.ts';

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

export const CAUSE_PICKERS = Object.fromEntries(
  OPERATOR_TYPES.map((t) => [t, new Weighted(CAUSES, CAUSE_MIX[t])]),
) as Record<OperatorType, Weighted<Cause>>;
export const MAJOR_CAUSE_PICKER = new Weighted(CAUSES, MAJOR_CAUSE_MIX);
export const CATEGORY_PICKERS = Object.fromEntries(
  OPERATOR_TYPES.map((t) => [t, new Weighted(CATEGORIES, CATEGORY_MIX[t])]),
) as Record<OperatorType, Weighted<ServiceCategory>>;
export const MAJOR_TYPE_PICKER = new Weighted(
  OPERATOR_TYPES,
  OPERATOR_TYPES.map((t) => MAJOR_TYPE_MIX[t]),
);
const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];
export const QUARTER_PICKERS = {
  default: new Weighted(QUARTERS, QUARTER_MIX.default),
  natural_disaster: new Weighted(QUARTERS, QUARTER_MIX.natural_disaster),
  capacity_overload: new Weighted(QUARTERS, QUARTER_MIX.capacity_overload),
};
const HOURS = range(0, 23);
export const HOUR_PICKERS = {
  default: new Weighted(HOURS, HOUR_MIX.default),
  maintenance: new Weighted(HOURS, HOUR_MIX.maintenance),
  capacity: new Weighted(HOURS, HOUR_MIX.capacity),
};
