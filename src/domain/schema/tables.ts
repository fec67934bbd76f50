import { CAUSE_GROUPS, CAUSES } from '../causes.ts';
import { EVIDENCE_LEVELS } from '../evidence.ts';
import { USER_QUALIFIERS } from '../qualifiers.ts';
import { TALLY_DIMENSIONS } from '../tally-bands.ts';
import { SERVICE_CATEGORIES } from '../thresholds.ts';
import { ANNOTATION_FIELDS, DURATION_QUALIFIERS, JA_FIELDS } from './case-row.ts';
import { COUNTERMEASURE_KINDS, COUNTERMEASURE_STATUSES, NOTICE_JA_FIELDS, REMARK_KINDS } from './record-rows.ts';

/**
 * The tables jiko loads: their names and columns are a public interface (analysts write SQL against them).
 * data/SCHEMA.md documents the same; tests/unit/schema-doc.test.ts keeps the two in step.
 */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'TIMESTAMP' | 'DATE' | 'VARCHAR[]';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  nullable: boolean;
  allowed?: readonly string[];
  unit?: string;
}

export interface TableDef {
  name: string;
  columns: readonly ColumnDef[];
}

const col = (name: string, type: ColumnType, nullable: boolean, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type,
  nullable,
  ...extra,
});

export const CASES: TableDef = {
  name: 'cases',
  columns: [
    col('id', 'VARCHAR', false),
    col('fiscal_year', 'INTEGER', false),
    col('quarter', 'INTEGER', false),
    col('operator_ja', 'VARCHAR', false),
    col('operator_en', 'VARCHAR', false),
    col('occurred_at', 'VARCHAR', false),
    col('occurred_precision', 'VARCHAR', false, { allowed: ['minute', 'day', 'month'] }),
    col('started_at', 'TIMESTAMP', true),
    col('occurred_date', 'DATE', false),
    col('duration_min', 'DOUBLE', true, { unit: 'minutes' }),
    col('duration_qualifier', 'VARCHAR', true, { allowed: DURATION_QUALIFIERS }),
    col('affected_users', 'BIGINT', true, { unit: 'users' }),
    col('users_qualifier', 'VARCHAR', true, { allowed: USER_QUALIFIERS }),
    col('affected_users_max', 'BIGINT', true, { unit: 'users' }),
    col('region', 'VARCHAR', true),
    col('region_ja', 'VARCHAR', true),
    col('service_category_ja', 'VARCHAR', true),
    col('service_categories', 'VARCHAR[]', false, { allowed: SERVICE_CATEGORIES }),
    col('services_affected', 'VARCHAR', true),
    col('services_affected_ja', 'VARCHAR', true),
    col('cause', 'VARCHAR', false, { allowed: CAUSES }),
    col('cause_group', 'VARCHAR', false, { allowed: CAUSE_GROUPS }),
    col('cause_ja', 'VARCHAR', true),
    col('summary_en', 'VARCHAR', false),
    col('countermeasures_en', 'VARCHAR', true),
    col('countermeasures_ja', 'VARCHAR', true),
    col('ja_translated', 'VARCHAR[]', false, { allowed: Object.keys(JA_FIELDS) }),
    col('inquiries', 'INTEGER', true, { unit: 'inquiries' }),
    col('is_major', 'BOOLEAN', true),
    col('evidence', 'VARCHAR', false, { allowed: EVIDENCE_LEVELS }),
    col('source_urls', 'VARCHAR[]', false),
    col('mirror_urls', 'VARCHAR[]', false),
    col('notes', 'VARCHAR', true),
  ],
};

export const CASE_NOTICES: TableDef = {
  name: 'case_notices',
  columns: [
    col('case_id', 'VARCHAR', false),
    col('seq', 'INTEGER', false),
    col('published_at', 'TIMESTAMP', false),
    col('minutes_from_start', 'DOUBLE', true, { unit: 'minutes' }),
    col('channel', 'VARCHAR', false),
    col('summary_en', 'VARCHAR', false),
    col('channel_ja', 'VARCHAR', false),
    col('summary_ja', 'VARCHAR', false),
    col('ja_translated', 'VARCHAR[]', false, { allowed: NOTICE_JA_FIELDS }),
    col('source', 'VARCHAR', false),
  ],
};

export const CASE_COUNTERMEASURES: TableDef = {
  name: 'case_countermeasures',
  columns: [
    col('case_id', 'VARCHAR', false),
    col('seq', 'INTEGER', false),
    col('kind', 'VARCHAR', false, { allowed: COUNTERMEASURE_KINDS }),
    col('group_label', 'VARCHAR', true),
    col('group_label_ja', 'VARCHAR', true),
    col('measure_en', 'VARCHAR', false),
    col('measure_ja', 'VARCHAR', true),
    col('measure_ja_translated', 'BOOLEAN', false),
    col('status', 'VARCHAR', true, { allowed: COUNTERMEASURE_STATUSES }),
    col('status_date', 'VARCHAR', true),
    col('status_text', 'VARCHAR', true),
    col('status_text_ja', 'VARCHAR', true),
  ],
};

export const FY_FIGURES: TableDef = {
  name: 'fy_figures',
  columns: [
    col('fiscal_year', 'INTEGER', false),
    col('measure', 'VARCHAR', false),
    col('scope', 'VARCHAR', false),
    col('dimension', 'VARCHAR', false, { allowed: ['total', 'cause', 'service', 'users', 'duration'] }),
    col('category', 'VARCHAR', true),
    col('category_en', 'VARCHAR', true),
    col('count', 'INTEGER', true),
    col('percent', 'DOUBLE', true, { unit: 'percent' }),
    col('operators', 'INTEGER', true),
    col('value_as_published', 'VARCHAR', true),
    col('uncertain', 'BOOLEAN', false),
    col('derived', 'BOOLEAN', false),
    col('source_kind', 'VARCHAR', false, { allowed: ['primary', 'mirror', 'secondary', 'diet'] }),
    col('source_url', 'VARCHAR', false),
    col('mirror_url', 'VARCHAR', true),
    col('source_note', 'VARCHAR', false),
    col('source_file', 'VARCHAR', false),
    col('source_line', 'INTEGER', false),
  ],
};

export const CASE_ANNOTATIONS: TableDef = {
  name: 'case_annotations',
  columns: [
    col('case_id', 'VARCHAR', false),
    col('field', 'VARCHAR', false, { allowed: ANNOTATION_FIELDS }),
    col('value', 'VARCHAR', false),
    col('derived', 'BOOLEAN', false),
    col('from_text', 'VARCHAR', false),
  ],
};

export const CASE_REMARKS: TableDef = {
  name: 'case_remarks',
  columns: [
    col('case_id', 'VARCHAR', false),
    col('seq', 'INTEGER', false),
    col('kind', 'VARCHAR', false, { allowed: REMARK_KINDS }),
    col('viewpoint_ja', 'VARCHAR', true),
    col('viewpoint_en', 'VARCHAR', true),
    col('text_ja', 'VARCHAR', false),
    col('summary_en', 'VARCHAR', false),
    col('minutes_file', 'VARCHAR', false),
    col('source', 'VARCHAR', false),
  ],
};

export const PUBLIC_TABLES = [
  CASES,
  CASE_NOTICES,
  CASE_COUNTERMEASURES,
  FY_FIGURES,
  CASE_ANNOTATIONS,
  CASE_REMARKS,
] as const;

/**
 * Report-level records: one row per quarterly-reported accident. The synthetic sample has this shape, and so must
 * an analyst's real data to be imported.
 */
export const REPORTS: TableDef = {
  name: 'reports',
  columns: [
    col('report_id', 'VARCHAR', false),
    col('occurred_at', 'TIMESTAMP', false),
    col('fiscal_year', 'INTEGER', false),
    col('quarter', 'INTEGER', false),
    col('operator', 'VARCHAR', false),
    col('operator_type', 'VARCHAR', true, {
      allowed: ['mobile_carrier', 'fixed_carrier', 'mvno', 'isp', 'internet_service'],
    }),
    col('service_category', 'VARCHAR', true, { allowed: SERVICE_CATEGORIES }),
    col('cause', 'VARCHAR', false, { allowed: CAUSES }),
    col('cause_group', 'VARCHAR', false, { allowed: CAUSE_GROUPS }),
    col('duration_min', 'DOUBLE', false, { unit: 'minutes' }),
    col('affected_users', 'BIGINT', false, { unit: 'users' }),
    col('region', 'VARCHAR', true),
    col('is_major', 'BOOLEAN', false),
    col('is_synthetic', 'BOOLEAN', false),
  ],
};

/** Report-level records pre-aggregated by fiscal quarter, cause and service category (for fast first charts). */
export const REPORTS_QUARTERLY: TableDef = {
  name: 'reports_quarterly',
  columns: [
    col('fiscal_year', 'INTEGER', false),
    col('quarter', 'INTEGER', false),
    col('cause', 'VARCHAR', false, { allowed: CAUSES }),
    col('cause_group', 'VARCHAR', false, { allowed: CAUSE_GROUPS }),
    col('service_category', 'VARCHAR', true, { allowed: SERVICE_CATEGORIES }),
    col('accidents', 'BIGINT', false),
    col('major', 'BIGINT', false),
    col('users_sum', 'BIGINT', false, { unit: 'users' }),
    col('duration_median', 'DOUBLE', false, { unit: 'minutes' }),
    col('duration_p90', 'DOUBLE', false, { unit: 'minutes' }),
    col('duration_max', 'DOUBLE', false, { unit: 'minutes' }),
  ],
};

/**
 * Quarterly tallies as the council's papers give them: counts per fiscal quarter, by one breakdown at a time.
 * Only imported; jiko ships none (no public source gives quarter-level counts).
 */
export const REPORT_TALLIES: TableDef = {
  name: 'report_tallies',
  columns: [
    col('fiscal_year', 'INTEGER', false),
    col('quarter', 'INTEGER', false),
    col('dimension', 'VARCHAR', false, { allowed: TALLY_DIMENSIONS }),
    col('category', 'VARCHAR', true),
    col('accidents', 'BIGINT', false),
    col('major', 'BIGINT', true),
  ],
};

export const ALL_TABLES = [...PUBLIC_TABLES, REPORTS, REPORTS_QUARTERLY, REPORT_TALLIES] as const;

/** Schema definitions by name, as manifest.json refers to them. */
export const SCHEMAS: Record<string, TableDef> = Object.fromEntries(ALL_TABLES.map((t) => [t.name, t]));
