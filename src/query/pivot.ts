import { MEASURES, PERIODS, dimensionSql, type Dimension, type Measure, type Period } from './dimensions.ts';
import { whereClause, type Filters } from './report-filters.ts';
import type { PivotLongRow } from './pivot-table.ts';
import { ident, q, type Query } from './sql.ts';

/**
 * A pivot in long form: one row per (row key, column key) cell plus the row totals (col_total), column totals
 * (row_total) and the grand total, all aggregated in SQL — medians and percentiles of totals are computed, not
 * summed. Reshaping to a wide table happens in pivot-table.ts.
 */
export function pivotQuery(
  table: string,
  f: Filters,
  rows: Dimension,
  cols: Period,
  measure: Measure,
): Query<PivotLongRow> {
  const w = whereClause(f);
  if (!Object.hasOwn(PERIODS, cols) || !Object.hasOwn(MEASURES, measure)) throw new Error('bad pivot axis');
  return q(
    `SELECT row_key, col_key, ${MEASURES[measure]} AS value, count(*)::INTEGER AS records,
  GROUPING(row_key)::INTEGER = 1 AS row_total, GROUPING(col_key)::INTEGER = 1 AS col_total
FROM (SELECT *, ${dimensionSql(rows)} AS row_key, (${PERIODS[cols]})::INTEGER AS col_key FROM ${ident(table)} ${w.sql})
GROUP BY GROUPING SETS ((row_key, col_key), (row_key), (col_key), ())
ORDER BY row_total, col_total, row_key NULLS LAST, col_key`,
    w.params,
  );
}
