/**
 * The SYNTHETIC sample of report-level accident records: one row per 四半期報告事故, FY2010–FY2024, drawn from a
 * seeded PRNG and calibrated to MIC's published yearly totals. Pure (no Node APIs); build-time only (scripts, tests).
 * The model lives in ./sample/; data/SAMPLE.md documents every choice made there; keep the two in step.
 */
export { DEFAULT_SAMPLE_SEED, generateSample, generateYear, type GenerateOptions } from './sample/generate.ts';
export {
  DURATION_MAX_MIN,
  DURATION_MODEL,
  LARGE_USERS_DURATION,
  MAJOR_MODEL,
  USERS_MAX,
  USERS_MODEL,
} from './sample/magnitudes.ts';
export { CATEGORY_MIX, CAUSE_MIX, HOUR_MIX, MAJOR_CAUSE_MIX, MAJOR_TYPE_MIX, QUARTER_MIX } from './sample/mixes.ts';
export { SAMPLE_OPERATORS, TYPE_TREND, type SampleOperator } from './sample/operators.ts';
export { MAJOR_NATIONWIDE_MIN, NATIONWIDE_SHARE } from './sample/regions.ts';
export { createRng, type Rng } from './sample/rng.ts';
export { OPERATOR_TYPES, SAMPLE_REPORT_COLUMNS, type OperatorType, type SampleRecord } from './sample/schema.ts';
export {
  DERIVED_FY_MAJOR,
  PUBLISHED_FY_TOTALS,
  SAMPLE_FIRST_FY,
  SAMPLE_LAST_FY,
  defaultFiscalYears,
  sampleTargets,
  type TargetBasis,
  type YearTarget,
} from './sample/targets.ts';
