import type { ShapeId } from '../domain/import/shapes.ts';
import { ident, q, type Query, type Row } from './sql.ts';

/**
 * Every row of an imported table, for CSV export: the timestamp as ISO text (JST wall clock), so a re-import
 * reads back exactly the same values.
 */
export function exportRows(table: string, shape: ShapeId): Query<Row> {
  if (shape === 'cases') {
    // Lists as `; `-separated text, which the import reads back (sources are split on `;`).
    return q(
      `SELECT * EXCLUDE (imported_dataset) REPLACE (strftime(started_at, '%Y-%m-%dT%H:%M') AS started_at,
  occurred_date::VARCHAR AS occurred_date, array_to_string(service_categories, '; ') AS service_categories,
  array_to_string(ja_translated, '; ') AS ja_translated, array_to_string(source_urls, '; ') AS source_urls,
  array_to_string(mirror_urls, '; ') AS mirror_urls)
FROM ${ident(table)} ORDER BY id`,
    );
  }
  if (shape === 'reports') {
    return q(
      `SELECT * REPLACE (strftime(occurred_at, '%Y-%m-%dT%H:%M') AS occurred_at) FROM ${ident(table)} ORDER BY report_id`,
    );
  }
  return q(`SELECT * FROM ${ident(table)} ORDER BY fiscal_year, quarter, dimension, category NULLS FIRST`);
}
