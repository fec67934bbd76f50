/** The fictitious operators of the sample, their footprints and how each type's report volume trends. */
import { range } from './range.ts';
import { Weighted } from './rng.ts';
import { OPERATOR_TYPES, type OperatorType } from './schema.ts';
import { SAMPLE_FIRST_FY } from './targets.ts';

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

export type OperatorPickers = ReturnType<typeof operatorPickers>;

export function operatorPickers(fy: number) {
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
