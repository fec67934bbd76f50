/** An ordinary (non-major) quarterly-reported accident: ≥ 30,000 users or ≥ 2 h, but below the major rule. */
import { CAUSE_GROUP } from '../../../src/domain/causes.ts';
import { isMajor } from '../../../src/domain/thresholds.ts';
import { DURATION_MAX_MIN, DURATION_MODEL, LARGE_USERS_DURATION, USERS_MODEL } from './magnitudes.ts';
import { CATEGORY_PICKERS, CAUSE_PICKERS } from './mixes.ts';
import type { OperatorPickers } from './operators.ts';
import { drawRegion, NATIONWIDE_SHARE, usersCap } from './regions.ts';
import { logNormalBetween, paretoBelow, type Rng } from './rng.ts';
import type { Draft } from './schema.ts';
import { drawOccurredAt, drawQuarter } from './when.ts';

export function ordinaryRecord(rng: Rng, fy: number, ops: OperatorPickers): Draft {
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
