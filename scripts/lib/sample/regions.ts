/** Where an accident happens: 全国 or one prefecture of the operator's footprint, weighted by population. */
import { NATIONWIDE, PREFECTURES } from '../../../src/domain/prefectures.ts';
import { USERS_MAX } from './magnitudes.ts';
import type { SampleOperator } from './operators.ts';
import { range } from './range.ts';
import { Weighted, type Rng } from './rng.ts';
import type { OperatorType } from './schema.ts';

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

const PREFECTURE_BY_CODE = new Map(PREFECTURES.map((p) => [p.code, p.ja]));
const POPULATION_BY_JA = new Map(PREFECTURES.map((p) => [p.ja, POPULATION_K[p.code - 1]! * 1000]));
const regionPickerCache = new Map<SampleOperator, Weighted<string>>();

export function regionPicker(op: SampleOperator): Weighted<string> {
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

export function drawRegion(rng: Rng, op: SampleOperator, nationwideShare: number): string {
  if (!op.footprint && rng() < nationwideShare) return NATIONWIDE.ja;
  return regionPicker(op).pick(rng);
}

export function usersCap(type: OperatorType, region: string): number {
  return Math.min(USERS_MAX[type], POPULATION_BY_JA.get(region) ?? Infinity);
}
