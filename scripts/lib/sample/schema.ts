/** A row of the synthetic `sample_reports` table and its column types. */
import type { Cause, CauseGroup } from '../../../src/domain/causes.ts';
import type { Quarter } from '../../../src/domain/fiscal.ts';
import type { ServiceCategory } from '../../../src/domain/thresholds.ts';

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

export type Draft = Omit<SampleRecord, 'report_id' | 'occurred_at'> & { at: number };
