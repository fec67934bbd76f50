/** A major accident (重大な事故): placed above one alternative of its category's rule, in a region large enough. */
import { CAUSE_GROUP } from '../../../src/domain/causes.ts';
import { NATIONWIDE } from '../../../src/domain/prefectures.ts';
import { majorRule } from '../../../src/domain/thresholds.ts';
import { MAJOR_MODEL } from './magnitudes.ts';
import { CATEGORY_PICKERS, MAJOR_CAUSE_PICKER, MAJOR_TYPE_PICKER, QUARTER_PICKERS } from './mixes.ts';
import type { OperatorPickers } from './operators.ts';
import { drawRegion, MAJOR_NATIONWIDE_MIN, NATIONWIDE_SHARE, regionPicker, usersCap } from './regions.ts';
import { paretoBelow, type Rng } from './rng.ts';
import type { Draft } from './schema.ts';
import { drawOccurredAt } from './when.ts';

export function majorRecord(rng: Rng, fy: number, ops: OperatorPickers): Draft {
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
