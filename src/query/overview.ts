import { casesFrom, PUBLIC_CASES } from './cases-source.ts';
import type { Cause } from '../domain/causes.ts';
import type { UserQualifier } from '../domain/qualifiers.ts';
import type { CaseListRow } from './cases.ts';
import { placeholders, q, type Query } from './sql.ts';

/** Rows of the queries below: each builder returns Query<itsRow>, so the type sits next to its SELECT. */
export interface CoverageRow {
  cases: number;
  first_fy: number;
  last_fy: number;
}

export interface CauseCountRow {
  fiscal_year: number;
  cause: Cause;
  cases: number;
}

export interface ScatterRow {
  id: string;
  fiscal_year: number;
  operator_ja: string;
  operator_en: string;
  duration_min: number;
  duration_qualifier?: string | null;
  affected_users: number;
  users_qualifier: UserQualifier | null;
  affected_users_max?: number | null;
  cause: Cause;
  is_major: boolean | null;
}

export interface TotalRow {
  fiscal_year: number;
  measure: string;
  value: number;
  value_max: number;
  sources: string;
  uncertain: boolean;
  /** No source printed it: derived from a published statement (FY2018's major count). */
  derived: boolean;
}

/** Public cases per fiscal year and cause (the stacked bars). */
export function casesByYearAndCause(): Query<CauseCountRow> {
  return q(`SELECT fiscal_year, cause, cause_group, count(*)::INTEGER AS cases
FROM cases GROUP BY fiscal_year, cause, cause_group ORDER BY fiscal_year, cause`);
}

/**
 * Yearly published totals of the given measures. Several sources may give one year's figure; they are kept
 * apart by value so a disagreement would show (min ≠ max), with every source listed. `derived` is true when no
 * source printed the figure (every row of that year is derived, like FY2018's major count).
 */
export function publishedTotals(measures: string[]): Query<TotalRow> {
  const list = placeholders(measures.length);
  return q(
    `SELECT fiscal_year, measure, min(count)::INTEGER AS value, max(count)::INTEGER AS value_max,
  count(*)::INTEGER AS source_rows, string_agg(DISTINCT source_url, ' ' ORDER BY source_url) AS sources,
  bool_or(uncertain) AS uncertain, bool_and(derived) AS derived
FROM fy_figures
WHERE dimension = 'total' AND count IS NOT NULL AND measure IN (${list})
GROUP BY fiscal_year, measure ORDER BY measure, fiscal_year`,
    measures,
  );
}

/** Cases with both a duration and a users figure: the points of the duration × users scatter. */
export function casesForScatter(): Query<ScatterRow> {
  return q(`SELECT id, fiscal_year, operator_ja, operator_en, duration_min, duration_qualifier,
  affected_users::DOUBLE AS affected_users, users_qualifier, affected_users_max::DOUBLE AS affected_users_max, cause,
  cause_group, service_categories, is_major
FROM cases WHERE duration_min IS NOT NULL AND affected_users IS NOT NULL ORDER BY id`);
}

/** The cases table of the overview. */
export function casesTable(): Query<CaseListRow> {
  return q(`SELECT id, fiscal_year, quarter, occurred_at, occurred_precision, occurred_date::VARCHAR AS occurred_date,
  operator_ja, operator_en, duration_min, duration_qualifier, affected_users::DOUBLE AS affected_users, users_qualifier,
  affected_users_max::DOUBLE AS affected_users_max, cause, cause_group, is_major, evidence
FROM cases ORDER BY occurred_date, id`);
}

/** How many cases the public record holds, and how many of them are major, per fiscal year. */
export function caseCoverage(source = PUBLIC_CASES): Query<CoverageRow> {
  return q(`SELECT count(*)::INTEGER AS cases, min(fiscal_year)::INTEGER AS first_fy, max(fiscal_year)::INTEGER AS last_fy
FROM ${casesFrom(source)}`);
}
