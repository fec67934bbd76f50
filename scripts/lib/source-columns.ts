import type { SourceFile } from './public-record/index.ts';

/**
 * The exact header of every source file, in order-free form: a column that is renamed, missing, duplicated or
 * unknown stops the build (a renamed `is_major` would otherwise load as 50 NULLs). data/sources/README.md
 * documents each column; add a column here and there in the same change.
 */
export const SOURCE_COLUMNS: Record<SourceFile, readonly string[]> = {
  'cases.csv': ['id', 'operator_ja', 'operator_en', 'occurred_at', 'duration_minutes', 'affected_users', 'affected_users_qualifier', 'region', 'service_category', 'services_affected', 'cause_category', 'cause_ja', 'summary_en', 'countermeasures_en', 'inquiries', 'is_major', 'evidence', 'source_url', 'mirror_urls', 'notes', 'duration_qualifier', 'affected_users_max', 'region_ja', 'services_affected_ja', 'countermeasures_ja', 'ja_translated'],
  'case_notices.csv': ['case_id', 'seq', 'published_at', 'channel', 'summary_en', 'source'],
  'fy_totals.csv': ['fiscal_year', 'quarterly_reported', 'major', 'source_url', 'mirror_url', 'source_note'],
  'fy_report_counts.csv': ['fiscal_year', 'category', 'category_ja', 'operators', 'count', 'source_url', 'mirror_url', 'source_note'],
  'by_cause.csv': ['fiscal_year', 'scope', 'cause_group', 'cause_detail', 'count', 'source_url', 'source_note', 'cause_group_en', 'percent', 'value_as_published'],
  'by_service.csv': ['fiscal_year', 'scope', 'service_group', 'service_detail', 'count', 'percent', 'value_as_published', 'source_url', 'source_note'],
  'by_users.csv': ['fiscal_year', 'scope', 'users_bucket', 'count', 'percent', 'value_as_published', 'source_url', 'source_note'],
  'by_duration.csv': ['fiscal_year', 'scope', 'duration_bucket', 'count', 'percent', 'value_as_published', 'source_url', 'source_note'],
  'case_annotations.csv': ['case_id', 'field', 'value', 'derived', 'from_text'],
  'case_remarks.csv': ['case_id', 'seq', 'kind', 'viewpoint_ja', 'viewpoint_en', 'text_ja', 'summary_en', 'minutes_file', 'source'],
};
