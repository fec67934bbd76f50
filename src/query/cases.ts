import { CAUSES, type Cause, type CauseGroup } from '../domain/causes.ts';
import { messages } from '../i18n/messages/index.ts';
import type { Evidence } from '../domain/evidence.ts';
import { placeholders, q, type Query, type SqlParam } from './sql.ts';

/** `major`: is_major true; `not_major`: false; `not_stated`: NULL (no source says). */
export const MAJOR_STATUSES = ['major', 'not_major', 'not_stated'] as const;
export type MajorStatus = (typeof MAJOR_STATUSES)[number];

/** The cases view's filters. Empty lists and nulls mean "no restriction". */
export interface CaseFilters {
  text: string;
  causes: Cause[];
  groups: CauseGroup[];
  fyFrom: number | null;
  fyTo: number | null;
  major: MajorStatus[];
  evidence: Evidence[];
}

export const NO_FILTERS: CaseFilters = {
  text: '',
  causes: [],
  groups: [],
  fyFrom: null,
  fyTo: null,
  major: [],
  evidence: [],
};

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 100;

/**
 * The words of a search, each matched on its own (AND). NFKC folds full-width Latin and digits and half-width
 * kana into their usual forms, so ＬＩＮＥ finds LINE; the ideographic space separates words too.
 */
export function searchTerms(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s\u3000]+/)
    .filter((w) => w !== '')
    .slice(0, MAX_TERMS)
    .map((w) => w.slice(0, MAX_TERM_LENGTH));
}

/** A LIKE pattern that matches `term` literally anywhere: %, _ and the escape character itself are escaped. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every text column a search looks in, Japanese and English, joined so one parameter covers them all. */
const SEARCHABLE = `concat_ws(' ', id, operator_ja, operator_en, cause_ja, summary_en, services_affected, region,
  service_category_ja, countermeasures_en, notes, region_ja, services_affected_ja, countermeasures_ja)`;

/**
 * The council's remarks on a case, searched in both languages: "利用者周知" finds every case where the council
 * raised user communication, whatever the case's own text says.
 */
const REMARKS_MATCH = `EXISTS (SELECT 1 FROM case_remarks r WHERE r.case_id = cases.id
    AND concat_ws(' ', r.viewpoint_ja, r.viewpoint_en, r.text_ja, r.summary_en) ILIKE ? ESCAPE '\\')`;

/**
 * Causes whose label, in Japanese or English, contains the term: a search for 作業ミス or "human error" finds the
 * cases of that cause, whose own text may not use those words.
 */
export function causesLabelled(term: string): Cause[] {
  const t = term.toLowerCase();
  return CAUSES.filter((c) =>
    [messages.ja[`cause.${c}`], messages.en[`cause.${c}`]].some((label) => label.toLowerCase().includes(t)),
  );
}

const MAJOR_SQL: Record<MajorStatus, string> = {
  major: 'is_major IS TRUE',
  not_major: 'is_major IS FALSE',
  not_stated: 'is_major IS NULL',
};

/** The WHERE clause of the filters: fixed SQL fragments, every value a `?` parameter. */
export function caseWhere(f: CaseFilters): { sql: string; params: SqlParam[] } {
  const parts: string[] = [];
  const params: SqlParam[] = [];
  for (const term of searchTerms(f.text)) {
    const causes = causesLabelled(term);
    const byLabel = causes.length ? ` OR cause IN (${placeholders(causes.length)})` : '';
    parts.push(`(${SEARCHABLE} ILIKE ? ESCAPE '\\' OR ${REMARKS_MATCH}${byLabel})`);
    params.push(containsPattern(term), containsPattern(term), ...causes);
  }
  const inList = (column: string, values: readonly string[]) => {
    if (values.length === 0) return;
    parts.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  inList('cause', f.causes);
  inList('cause_group', f.groups);
  inList('evidence', f.evidence);
  if (f.fyFrom !== null) {
    parts.push('fiscal_year >= ?');
    params.push(f.fyFrom);
  }
  if (f.fyTo !== null) {
    parts.push('fiscal_year <= ?');
    params.push(f.fyTo);
  }
  if (f.major.length > 0) parts.push(`(${f.major.map((m) => MAJOR_SQL[m]).join(' OR ')})`);
  return { sql: parts.length ? `WHERE ${parts.join('\n  AND ')}` : '', params };
}

/** The cases matching the filters, in date order, with what the cases table shows. */
export function caseList(f: CaseFilters): Query {
  const where = caseWhere(f);
  return q(
    `SELECT id, fiscal_year, quarter, occurred_at, occurred_precision, occurred_date::VARCHAR AS occurred_date,
  operator_ja, operator_en, duration_min, duration_qualifier, affected_users::DOUBLE AS affected_users,
  users_qualifier, affected_users_max::DOUBLE AS affected_users_max, cause, cause_group, is_major, evidence,
  EXISTS (SELECT 1 FROM case_annotations a WHERE a.case_id = cases.id AND a.field = 'users_withheld') AS users_withheld
FROM cases
${where.sql}
ORDER BY occurred_date, id`,
    where.params,
  );
}

/** Only the ids of the matching cases, in date order: previous / next on a case page. */
export function caseIds(f: CaseFilters): Query {
  const where = caseWhere(f);
  return q(`SELECT id FROM cases\n${where.sql}\nORDER BY occurred_date, id`, where.params);
}

/** Every column of one case. */
export function caseDetail(id: string): Query {
  return q(
    `SELECT id, fiscal_year, quarter, operator_ja, operator_en, occurred_at, occurred_precision,
  occurred_date::VARCHAR AS occurred_date, duration_min, duration_qualifier, affected_users::DOUBLE AS affected_users,
  users_qualifier, affected_users_max::DOUBLE AS affected_users_max, region, region_ja, service_category_ja,
  service_categories, services_affected, services_affected_ja, cause, cause_group, cause_ja, summary_en, ja_translated,
  inquiries, is_major, evidence, source_urls, mirror_urls, notes
FROM cases WHERE id = ?`,
    [id],
  );
}

/** A case's public notices; times as "YYYY-MM-DDTHH:MM" on the JST wall clock. */
export function caseNotices(id: string): Query {
  return q(
    `SELECT seq, strftime(published_at, '%Y-%m-%dT%H:%M') AS published_at, minutes_from_start, channel, summary_en,
  source
FROM case_notices WHERE case_id = ? ORDER BY seq`,
    [id],
  );
}

export function caseCountermeasures(id: string): Query {
  return q(
    `SELECT seq, kind, group_label, group_label_ja, measure_en, measure_ja, measure_ja_translated, status, status_date,
  status_text, status_text_ja
FROM case_countermeasures WHERE case_id = ? ORDER BY seq`,
    [id],
  );
}

/** Facts curated from a case's notes, each with the note fragment it was read from. */
export function caseAnnotations(id: string): Query {
  return q(`SELECT field, value, derived, from_text FROM case_annotations WHERE case_id = ? ORDER BY field`, [id]);
}

/** The council's questions, answers and remarks on a case, in the minutes' order. */
export function caseRemarks(id: string): Query {
  return q(
    `SELECT seq, kind, viewpoint_ja, viewpoint_en, text_ja, summary_en, minutes_file, source
FROM case_remarks WHERE case_id = ? ORDER BY seq`,
    [id],
  );
}

/** Per case with notices: how long after the start the first one came, and how long the accident lasted. */
export function firstNotices(): Query {
  return q(`SELECT c.id, c.operator_ja, c.operator_en, c.occurred_at, c.occurred_precision, c.duration_min,
  min(n.minutes_from_start) AS first_minutes, arg_min(n.channel, n.minutes_from_start) AS first_channel,
  count(*)::INTEGER AS notices
FROM case_notices n JOIN cases c ON c.id = n.case_id
GROUP BY c.id, c.operator_ja, c.operator_en, c.occurred_at, c.occurred_precision, c.duration_min, c.occurred_date
ORDER BY c.occurred_date, c.id`);
}

/** The fiscal years that hold cases: bounds of the year-range filter. */
export function caseYears(): Query {
  return q(`SELECT DISTINCT fiscal_year FROM cases ORDER BY fiscal_year`);
}
