import type { Cause } from '../domain/causes.ts';
import type { Evidence } from '../domain/evidence.ts';
import type { CaseRow } from '../domain/schema/case-row.ts';
import type { UserQualifier } from '../domain/qualifiers.ts';
import type { CountermeasureRow, NoticeRow, RemarkRow } from '../domain/schema/record-rows.ts';
import { caseWhere, operatorRank, type CaseFilters } from './case-filters.ts';
import { casesFrom, importedColumn, PUBLIC_CASES } from './cases-source.ts';
import { q, type Query } from './sql.ts';

/** Queries over the public cases; their filter model and WHERE clause are in case-filters.ts. */

/** Rows of the queries below: each builder returns Query<itsRow>, so the type sits next to its SELECT. */
export interface IdRow {
  id: string;
}

export interface YearRow {
  fiscal_year: number;
}

/**
 * One case as caseDetail() selects it: the built case row less the columns the page does not read; an imported
 * case has no rating of its evidence unless its file gave one, and names the dataset it was imported with.
 */
export type CaseDetailRow = Omit<CaseRow, 'started_at' | 'countermeasures_en' | 'countermeasures_ja' | 'evidence'> & {
  evidence: Evidence | null;
  imported_dataset?: string | null;
};

export type CountermeasureItem = Omit<CountermeasureRow, 'case_id'>;

export type RemarkItem = Omit<RemarkRow, 'case_id'>;

export interface AnnotationItem {
  field: string;
  value: string;
  derived: boolean;
  from_text: string;
}

/** One case with public notices, as the firstNotices query returns it. */
export interface FirstNoticeRow {
  id: string;
  operator_ja: string;
  operator_en: string;
  occurred_at: string;
  occurred_precision: string;
  duration_min: number | null;
  first_minutes: number | null;
  first_channel: string | null;
  first_channel_ja: string | null;
  first_channel_ja_translated: boolean | null;
  notices: number;
}

/** One public notice of a case, as the case_notices query returns it. */
export type CaseNoticeRow = Omit<NoticeRow, 'case_id'>;

export interface CaseListRow {
  id: string;
  fiscal_year: number;
  occurred_at: string;
  occurred_precision: string;
  occurred_date: string;
  operator_ja: string;
  operator_en: string;
  duration_min: number | null;
  duration_qualifier?: string | null;
  affected_users: number | null;
  users_qualifier: UserQualifier | null;
  affected_users_max?: number | null;
  cause: Cause;
  is_major: boolean | null;
  /** NULL only for an imported case whose file did not rate its evidence. */
  evidence: Evidence | null;
  /** The imported dataset the case comes from; absent or NULL for the public record. */
  imported_dataset?: string | null;
  /** The exact figure was withheld (case_annotations); only the cases view asks for it. */
  users_withheld?: boolean | null;
  /** 1 when the search matched the operator's name, so those cases come first. */
  operator_rank?: number;
}

/** The cases matching the filters, operator matches of the search first, then in date order. */
export function caseList(f: CaseFilters, source = PUBLIC_CASES): Query<CaseListRow> {
  const where = caseWhere(f);
  const rank = operatorRank(f);
  return q(
    `SELECT id, fiscal_year, quarter, occurred_at, occurred_precision, occurred_date::VARCHAR AS occurred_date,
  operator_ja, operator_en, duration_min, duration_qualifier, affected_users::DOUBLE AS affected_users,
  users_qualifier, affected_users_max::DOUBLE AS affected_users_max, cause, cause_group, is_major, evidence,
  EXISTS (SELECT 1 FROM case_annotations a WHERE a.case_id = cases.id AND a.field = 'users_withheld') AS users_withheld,
  (${rank.sql})::INTEGER AS operator_rank${importedColumn(source)}
FROM ${casesFrom(source)}
${where.sql}
ORDER BY operator_rank DESC, occurred_date, id`,
    [...rank.params, ...where.params],
  );
}

/** Only the ids of the matching cases, in date order: previous / next on a case page. */
export function caseIds(f: CaseFilters, source = PUBLIC_CASES): Query<IdRow> {
  const where = caseWhere(f);
  return q(`SELECT id FROM ${casesFrom(source)}\n${where.sql}\nORDER BY occurred_date, id`, where.params);
}

/** Every column of one case. */
export function caseDetail(id: string, source = PUBLIC_CASES): Query<CaseDetailRow> {
  return q(
    `SELECT id, fiscal_year, quarter, operator_ja, operator_en, occurred_at, occurred_precision,
  occurred_date::VARCHAR AS occurred_date, duration_min, duration_qualifier, affected_users::DOUBLE AS affected_users,
  users_qualifier, affected_users_max::DOUBLE AS affected_users_max, region, region_ja, service_category_ja,
  service_categories, services_affected, services_affected_ja, cause, cause_group, cause_ja, summary_en, ja_translated,
  inquiries, is_major, evidence, source_urls, mirror_urls, notes${importedColumn(source)}
FROM ${casesFrom(source)} WHERE id = ?`,
    [id],
  );
}

/** A case's public notices; times as "YYYY-MM-DDTHH:MM" on the JST wall clock. */
export function caseNotices(id: string): Query<CaseNoticeRow> {
  return q(
    `SELECT seq, strftime(published_at, '%Y-%m-%dT%H:%M') AS published_at, minutes_from_start, channel, summary_en,
  channel_ja, summary_ja, ja_translated, source
FROM case_notices WHERE case_id = ? ORDER BY seq`,
    [id],
  );
}

export function caseCountermeasures(id: string): Query<CountermeasureItem> {
  return q(
    `SELECT seq, kind, group_label, group_label_ja, measure_en, measure_ja, measure_ja_translated, status, status_date,
  status_text, status_text_ja
FROM case_countermeasures WHERE case_id = ? ORDER BY seq`,
    [id],
  );
}

/** Facts curated from a case's notes, each with the note fragment it was read from. */
export function caseAnnotations(id: string): Query<AnnotationItem> {
  return q(`SELECT field, value, derived, from_text FROM case_annotations WHERE case_id = ? ORDER BY field`, [id]);
}

/** The council's questions, answers and remarks on a case, in the minutes' order. */
export function caseRemarks(id: string): Query<RemarkItem> {
  return q(
    `SELECT seq, kind, viewpoint_ja, viewpoint_en, text_ja, summary_en, minutes_file, source
FROM case_remarks WHERE case_id = ? ORDER BY seq`,
    [id],
  );
}

/** Per case with notices: how long after the start the first one came, and how long the accident lasted. */
export function firstNotices(): Query<FirstNoticeRow> {
  return q(`SELECT c.id, c.operator_ja, c.operator_en, c.occurred_at, c.occurred_precision, c.duration_min,
  min(n.minutes_from_start) AS first_minutes, arg_min(n.channel, n.minutes_from_start) AS first_channel,
  arg_min(n.channel_ja, n.minutes_from_start) AS first_channel_ja,
  arg_min(list_contains(n.ja_translated, 'channel_ja'), n.minutes_from_start) AS first_channel_ja_translated,
  count(*)::INTEGER AS notices
FROM case_notices n JOIN cases c ON c.id = n.case_id
GROUP BY c.id, c.operator_ja, c.operator_en, c.occurred_at, c.occurred_precision, c.duration_min, c.occurred_date
ORDER BY c.occurred_date, c.id`);
}

/** The fiscal years that hold cases: bounds of the year-range filter. */
export function caseYears(source = PUBLIC_CASES): Query<YearRow> {
  return q(`SELECT DISTINCT fiscal_year FROM ${casesFrom(source)} ORDER BY fiscal_year`);
}
