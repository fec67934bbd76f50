import { CAUSE_GROUPS, CAUSES, type Cause, type CauseGroup } from '../domain/causes.ts';
import { EVIDENCE_LEVELS, type Evidence } from '../domain/evidence.ts';
import { messages } from '../i18n/messages/index.ts';
import { parseList, parseYear } from './filter-codec.ts';
import { placeholders } from './sql.ts';
import { Conditions, type Where } from './where.ts';

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

export const NO_CASE_FILTERS: CaseFilters = {
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

/** The WHERE clause of the filters over the `cases` table: fixed SQL fragments, every value a `?` parameter. */
export function caseWhere(f: CaseFilters): Where {
  const c = new Conditions();
  for (const term of searchTerms(f.text)) {
    const causes = causesLabelled(term);
    const byLabel = causes.length ? ` OR cause IN (${placeholders(causes.length)})` : '';
    c.add(
      `(${SEARCHABLE} ILIKE ? ESCAPE '\\' OR ${REMARKS_MATCH}${byLabel})`,
      containsPattern(term),
      containsPattern(term),
      ...causes,
    );
  }
  c.in('cause', f.causes).in('cause_group', f.groups).in('evidence', f.evidence);
  if (f.fyFrom !== null) c.add('fiscal_year >= ?', f.fyFrom);
  if (f.fyTo !== null) c.add('fiscal_year <= ?', f.fyTo);
  if (f.major.length > 0) c.add(`(${f.major.map((m) => MAJOR_SQL[m]).join(' OR ')})`);
  return c.where();
}

/**
 * The cases view's URL parameters: `q` (search text), `cause`, `group`, `major`, `evidence` (comma lists), `from`,
 * `to` (fiscal years) and `sort` (`<column>.<asc|desc>`, owned by the view). Unknown values are dropped, so a
 * hand-edited link cannot put anything odd into a filter (grammar in filter-codec.ts).
 */
export const CASE_LIST_PARAMS = ['q', 'cause', 'group', 'from', 'to', 'major', 'evidence', 'sort'] as const;

export function caseFiltersFromParams(params: Record<string, string>): CaseFilters {
  return {
    text: params.q ?? '',
    causes: parseList(params.cause, CAUSES),
    groups: parseList(params.group, CAUSE_GROUPS),
    fyFrom: parseYear(params.from),
    fyTo: parseYear(params.to),
    major: parseList(params.major, MAJOR_STATUSES),
    evidence: parseList(params.evidence, EVIDENCE_LEVELS),
  };
}

/** Only the parameters that restrict something; empty ones vanish from the URL. */
export function caseFiltersToParams(f: CaseFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.text.trim()) out.q = f.text;
  if (f.causes.length) out.cause = f.causes.join(',');
  if (f.groups.length) out.group = f.groups.join(',');
  if (f.fyFrom !== null) out.from = String(f.fyFrom);
  if (f.fyTo !== null) out.to = String(f.fyTo);
  if (f.major.length) out.major = f.major.join(',');
  if (f.evidence.length) out.evidence = f.evidence.join(',');
  return out;
}

/** The list's parameters out of any URL's, to carry them from the list to a case page and back. */
export function caseListParams(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of CASE_LIST_PARAMS) if (params[k]) out[k] = params[k];
  return out;
}

export function hasCaseFilters(f: CaseFilters): boolean {
  return Object.keys(caseFiltersToParams(f)).length > 0;
}
