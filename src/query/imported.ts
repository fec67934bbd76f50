import { ident, q, type Query, type Row } from './sql.ts';

/**
 * Every row of an imported table, for CSV export: the timestamp as ISO text (JST wall clock), so a re-import
 * reads back exactly the same values.
 */
export function exportRows(table: string, shape: 'reports' | 'report_tallies'): Query<Row> {
  if (shape === 'reports') {
    return q(
      `SELECT * REPLACE (strftime(occurred_at, '%Y-%m-%dT%H:%M') AS occurred_at) FROM ${ident(table)} ORDER BY report_id`,
    );
  }
  return q(`SELECT * FROM ${ident(table)} ORDER BY fiscal_year, quarter, dimension, category NULLS FIRST`);
}
