import { TALLY_DIMENSIONS, type TallyDimension } from '../domain/tally-bands.ts';
import type { QuarterCountRow } from './reports.ts';
import { ident, q, type Query } from './sql.ts';

/** Queries over an imported `report_tallies` table (quarterly counts by one breakdown at a time). */

export interface TallyYearRow {
  fiscal_year: number;
  key: string | null;
  is_total: boolean;
  accidents: number;
  major: number | null;
  quarters: number;
}

export function isTallyDimension(v: unknown): v is TallyDimension {
  return typeof v === 'string' && (TALLY_DIMENSIONS as readonly string[]).includes(v);
}

export function tallyDimensions(table: string): Query<{ dimension: string }> {
  return q(`SELECT DISTINCT dimension FROM ${ident(table)} ORDER BY dimension`);
}

/** Accidents per fiscal quarter and category of one dimension, in the shape of the quarterly chart's rows. */
export function talliesByQuarter(table: string, dimension: TallyDimension): Query<QuarterCountRow> {
  return q(
    `SELECT fiscal_year, quarter, (fiscal_year * 4 + quarter - 1)::INTEGER AS qi, category AS key,
  sum(accidents)::INTEGER AS accidents, sum(major)::INTEGER AS major
FROM ${ident(table)} WHERE dimension = ? GROUP BY ALL ORDER BY qi, key NULLS FIRST`,
    [dimension],
  );
}

/**
 * Per fiscal year and category, with the year's total over the categories (key NULL, is_total) computed in SQL.
 * Quarters a year lacks are counted as the file gives them: `quarters` says how many the year has.
 */
export function talliesByYear(table: string, dimension: TallyDimension): Query<TallyYearRow> {
  return q(
    `SELECT fiscal_year, category AS key, GROUPING(category) = 1 AS is_total,
  sum(accidents)::INTEGER AS accidents, sum(major)::INTEGER AS major, count(DISTINCT quarter)::INTEGER AS quarters
FROM ${ident(table)} WHERE dimension = ?
GROUP BY GROUPING SETS ((fiscal_year, category), (fiscal_year))
ORDER BY fiscal_year, is_total, key NULLS FIRST`,
    [dimension],
  );
}
