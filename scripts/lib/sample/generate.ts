/** The generator: per fiscal year, major then ordinary drafts from that year's own stream, sorted and numbered. */
import { majorRecord } from './major.ts';
import { operatorPickers } from './operators.ts';
import { ordinaryRecord } from './ordinary.ts';
import { createRng } from './rng.ts';
import type { Draft, SampleRecord } from './schema.ts';
import { sampleTargets, type YearTarget } from './targets.ts';
import { wallClockText } from './when.ts';

export const DEFAULT_SAMPLE_SEED = 20260401;

export interface GenerateOptions {
  seed: number;
  fiscalYears?: readonly number[];
  /** Scale to about this many rows in total (published totals are then not met). */
  rows?: number;
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
