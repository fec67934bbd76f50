import { CAUSE_GROUPS, CAUSES, type Cause, type CauseGroup } from '../domain/causes.ts';
import { EVIDENCE_LEVELS, type Evidence } from '../domain/evidence.ts';
import * as labels from '../i18n/messages/common.ts';
import { parseList, parseYear } from './filter-codec.ts';
import { OPERATOR_GROUPS, operatorGroup, operatorGroupNamed, type OperatorGroup } from '../domain/operator-groups.ts';
import { placeholders, type SqlParam } from './sql.ts';
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
  /** Operator groups (domain/operator-groups.ts ids). */
  operators: string[];
}

export const NO_CASE_FILTERS: CaseFilters = {
  text: '',
  causes: [],
  groups: [],
  fyFrom: null,
  fyTo: null,
  major: [],
  evidence: [],
  operators: [],
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

/** The council's remarks on a case, both languages, joined like SEARCHABLE. */
const REMARKS_TEXT = `concat_ws(' ', r.viewpoint_ja, r.viewpoint_en, r.text_ja, r.summary_en)`;

/**
 * Causes whose label, in Japanese or English, contains the term: a search for 作業ミス or "human error" finds the
 * cases of that cause, whose own text may not use those words.
 */
export function causesLabelled(term: string): Cause[] {
  const t = term.toLowerCase();
  return CAUSES.filter((c) =>
    [labels.ja[`cause.${c}`], labels.en[`cause.${c}`]].some((label) => label.toLowerCase().includes(t)),
  );
}

/** One word of a search, or an operator's name that takes several words ("NTT DOCOMO"). */
export interface SearchTerm {
  text: string;
  group?: OperatorGroup;
}

/** Multi-word operator names are taken out first so they stay one term; every other word is a term of its own. */
export function parseSearch(text: string): SearchTerm[] {
  let rest = ` ${text.normalize('NFKC').replace(/\u3000/g, ' ')} `;
  const terms: SearchTerm[] = [];
  for (const g of OPERATOR_GROUPS)
    for (const alias of g.aliases.filter((a) => a.includes(' '))) {
      const at = rest.toLowerCase().indexOf(` ${alias} `);
      if (at >= 0) {
        terms.push({ text: rest.slice(at + 1, at + 1 + alias.length), group: g });
        rest = `${rest.slice(0, at)} ${rest.slice(at + 1 + alias.length)}`;
      }
    }
  for (const w of searchTerms(rest)) {
    const group = operatorGroupNamed(w);
    terms.push(group ? { text: w, group } : { text: w });
  }
  return terms.slice(0, MAX_TERMS);
}

const ASCII_WORD = /^(?=.*[0-9A-Za-z])[0-9A-Za-z_.'-]+$/;
const RE2_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * How one word is looked for in the text: a Latin word as a whole word (so "line" does not hit "online"),
 * Japanese (no spaces between words) as a substring. `asWritten`: an operator's name in capitals matches only in
 * capitals (LINE, not "line card").
 */
export function wordMatch(word: string, asWritten = false, text = SEARCHABLE): { sql: string; params: SqlParam[] } {
  if (!ASCII_WORD.test(word)) return { sql: `${text} ILIKE ? ESCAPE '\\'`, params: [containsPattern(word)] };
  const capitals = asWritten && word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word);
  const pattern = `(?:^|[^0-9A-Za-z_])${word.replace(RE2_SPECIAL, (c) => `\\${c}`)}(?:[^0-9A-Za-z_]|$)`;
  return { sql: `regexp_matches(${text}, ?${capitals ? '' : ", 'i'"})`, params: [pattern] };
}

/**
 * The council's remarks on a case, matched like the case's own text: "利用者周知" finds every case where the
 * council raised user communication, whatever the case's own text says.
 */
export function remarksMatch(word: string, asWritten = false): { sql: string; params: SqlParam[] } {
  const m = wordMatch(word, asWritten, REMARKS_TEXT);
  return { sql: `EXISTS (SELECT 1 FROM case_remarks r WHERE r.case_id = cases.id AND ${m.sql})`, params: m.params };
}

/** Whether a case's operator belongs to a group, on the published names in both languages. */
export function operatorMatch(g: OperatorGroup): { sql: string; params: SqlParam[] } {
  return {
    sql: `(${g.names.map(() => `lower(concat_ws(' ', operator_ja, operator_en)) LIKE ? ESCAPE '\\'`).join(' OR ')})`,
    params: g.names.map(containsPattern),
  };
}

/** How many of the search's operator names a case's operator answers: the cases of that operator come first. */
export function operatorRank(f: CaseFilters): { sql: string; params: SqlParam[] } {
  const groups = parseSearch(f.text).flatMap((t) => (t.group ? [t.group] : []));
  if (!groups.length) return { sql: '0', params: [] };
  const m = groups.map(operatorMatch);
  return {
    sql: m.map((o) => `(CASE WHEN ${o.sql} THEN 1 ELSE 0 END)`).join(' + '),
    params: m.flatMap((o) => o.params),
  };
}

const MAJOR_SQL: Record<MajorStatus, string> = {
  major: 'is_major IS TRUE',
  not_major: 'is_major IS FALSE',
  not_stated: 'is_major IS NULL',
};

/** The WHERE clause of the filters over the `cases` table: fixed SQL fragments, every value a `?` parameter. */
export function caseWhere(f: CaseFilters): Where {
  const c = new Conditions();
  for (const term of parseSearch(f.text)) {
    const ors: { sql: string; params: SqlParam[] }[] = [];
    if (term.group)
      ors.push(
        operatorMatch(term.group),
        ...term.group.words.flatMap((w) => [wordMatch(w, true), remarksMatch(w, true)]),
      );
    else ors.push(wordMatch(term.text), remarksMatch(term.text));
    const causes = causesLabelled(term.text);
    if (causes.length) ors.push({ sql: `cause IN (${placeholders(causes.length)})`, params: causes });
    c.add(`(${ors.map((o) => o.sql).join(' OR ')})`, ...ors.flatMap((o) => o.params));
  }
  const groups = f.operators.map(operatorGroup).filter((g): g is OperatorGroup => g !== undefined);
  if (groups.length) {
    const m = groups.map(operatorMatch);
    c.add(`(${m.map((o) => o.sql).join(' OR ')})`, ...m.flatMap((o) => o.params));
  }
  c.in('cause', f.causes).in('cause_group', f.groups).in('evidence', f.evidence);
  if (f.fyFrom !== null) c.add('fiscal_year >= ?', f.fyFrom);
  if (f.fyTo !== null) c.add('fiscal_year <= ?', f.fyTo);
  if (f.major.length > 0) c.add(`(${f.major.map((m) => MAJOR_SQL[m]).join(' OR ')})`);
  return c.where();
}

/**
 * The cases view's URL parameters: `q` (search text), `cause`, `group`, `op` (operator groups), `major`, `evidence` (comma lists), `from`,
 * `to` (fiscal years) and `sort` (`<column>.<asc|desc>`, owned by the view). Unknown values are dropped, so a
 * hand-edited link cannot put anything odd into a filter (grammar in filter-codec.ts).
 */
export const CASE_LIST_PARAMS = ['q', 'cause', 'group', 'op', 'from', 'to', 'major', 'evidence', 'sort'] as const;

export function caseFiltersFromParams(params: Record<string, string>): CaseFilters {
  return {
    text: params.q ?? '',
    causes: parseList(params.cause, CAUSES),
    groups: parseList(params.group, CAUSE_GROUPS),
    fyFrom: parseYear(params.from),
    fyTo: parseYear(params.to),
    major: parseList(params.major, MAJOR_STATUSES),
    evidence: parseList(params.evidence, EVIDENCE_LEVELS),
    operators: parseList(
      params.op,
      OPERATOR_GROUPS.map((g) => g.id),
    ),
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
  if (f.operators.length) out.op = f.operators.join(',');
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
