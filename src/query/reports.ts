import { histBinBounds, histBinSql, type HistColumn } from '../domain/hist-bins.ts';
import { dimensionSql, type Dimension } from './dimensions.ts';
import { whereClause, type FilterKey, type Filters } from './report-filters.ts';
import { ident, q, type Query, type SqlParam } from './sql.ts';

/** Rows of the queries below: each builder returns Query<itsRow>, so the type sits next to its SELECT. */
export interface KpiRow {
  period: 'current' | 'previous';
  accidents: number;
  major: number;
  users: number | null;
  duration_median: number | null;
  /** How many summed user figures are upper bounds, lower bounds, approximations or missing. */
  users_upper: number;
  users_lower: number;
  users_approx: number;
  users_missing: number;
}

export interface ExtentRow {
  qi_min: number;
  qi_max: number;
  fy_min: number;
  fy_max: number;
  rows: number;
}

export interface ValueCountRow {
  value: string;
  n: number;
}

export interface CountRow {
  n: number;
}

export interface DrillRow {
  report_id: string;
  occurred_at: string;
  fiscal_year: number;
  quarter: number;
  operator: string;
  service_category: string | null;
  cause: string;
  duration_min: number | null;
  affected_users: number | null;
  region: string | null;
  is_major: boolean | null;
}

export interface QuarterCountRow {
  fiscal_year: number;
  quarter: number;
  qi: number;
  key: string | null;
  accidents: number;
}

/** Reports per fiscal quarter and histogram bin (`lo`: the bin's lower edge). */
export interface HistQuarterRow {
  qi: number;
  lo: number;
  n: number;
}

/** periodKpis' sums for one fiscal quarter, with its durations (ascending, no NULL) and how many reports have each. */
export interface KpiQuarterRow extends Omit<KpiRow, 'period' | 'duration_median'> {
  qi: number;
  durations: number[];
  counts: number[];
}

export interface BinRow {
  /** The bin's lower edge, one of HIST_EDGES[column]. */
  lo: number;
  accidents: number;
}

/** Report-level queries over a table of the `reports` schema (the sample, the public cases, an import). */

const QI = 'fiscal_year * 4 + quarter - 1';

function and(where: string, extra: string): string {
  return where ? `${where} AND ${extra}` : `WHERE ${extra}`;
}

/** Histogram over the fixed bins of HIST_EDGES (edges on the reporting thresholds); `lo` is a bin's lower edge. */
export function logHistogram(table: string, f: Filters, column: HistColumn): Query<BinRow> {
  const w = whereClause(f);
  const col = ident(column);
  return q(
    `SELECT (${histBinSql(column)})::DOUBLE AS lo, count(*)::INTEGER AS accidents
FROM ${ident(table)} ${and(w.sql, `${col} IS NOT NULL AND ${col} >= 0`)}
GROUP BY lo ORDER BY lo`,
    w.params,
  );
}

/** One row of quarterlyPanel: `part` says which of its three groupings the row belongs to. */
export interface PanelRow {
  part: 'counts' | 'duration_min' | 'affected_users';
  qi: number;
  /** The stack key (counts only). */
  key: string | null;
  /** The bin's lower edge (histograms only). */
  lo: number | null;
  n: number;
}

/** The histogram bin of a column, NULL for a missing or negative figure (left out of the histograms). */
function binOrNull(column: HistColumn): string {
  return `CASE WHEN ${ident(column)} >= 0 THEN ${histBinSql(column)} END::DOUBLE`;
}

/**
 * The quarterly view's three charts in one scan of the reports (GROUPING SETS), for every filter but the brushed
 * period: accidents per fiscal quarter and stack key (the bars, which the brush does not filter), and each
 * histogram's counts per fiscal quarter and bin, summed in the page for the brushed range. query/quarter-sums.ts
 * splitPanel() takes them apart.
 */
export function quarterlyPanel(table: string, f: Filters, stackBy: Dimension): Query<PanelRow> {
  const w = whereClause(f, ['period']);
  return q(
    `SELECT CASE GROUPING(key, dur_lo, users_lo) WHEN 3 THEN 'counts' WHEN 5 THEN 'duration_min' ELSE 'affected_users' END AS part,
  qi, key, coalesce(dur_lo, users_lo) AS lo, count(*)::INTEGER AS n
FROM (SELECT (${QI})::INTEGER AS qi, ${dimensionSql(stackBy)} AS key, ${binOrNull('duration_min')} AS dur_lo,
    ${binOrNull('affected_users')} AS users_lo
  FROM ${ident(table)} ${w.sql})
GROUP BY GROUPING SETS ((qi, key), (qi, dur_lo), (qi, users_lo))
ORDER BY part, qi, key, lo`,
    w.params,
  );
}

/** Per aggregate, how many of the summed user figures are bounds or approximations (public cases carry them). */
export function userQualifierCounts(qualifiers: boolean): string {
  if (!qualifiers)
    return '0 AS users_upper, 0 AS users_lower, 0 AS users_approx, count(*) FILTER (WHERE affected_users IS NULL)::INTEGER AS users_missing';
  return `count(*) FILTER (WHERE users_qualifier = 'up_to')::INTEGER AS users_upper,
  count(*) FILTER (WHERE users_qualifier IN ('at_least', 'range'))::INTEGER AS users_lower,
  count(*) FILTER (WHERE users_qualifier = 'approx')::INTEGER AS users_approx,
  count(*) FILTER (WHERE affected_users IS NULL)::INTEGER AS users_missing`;
}

/**
 * KPIs for a period of fiscal quarters and for the same period a year earlier, other filters applied. The period
 * is the time window, so the fiscal-year filter does not apply: it would hide the comparison year. A report may
 * fall in both when the period is longer than a year, so each period is aggregated on its own. `qualifiers`: the
 * table has a users_qualifier column.
 */
export function periodKpis(table: string, f: Filters, period: [number, number], qualifiers = false): Query<KpiRow> {
  const w = whereClause(f, ['period', 'fyFrom', 'fyTo']);
  const [a, b] = period;
  return q(
    `SELECT p.period, count(*)::INTEGER AS accidents, (count(*) FILTER (WHERE is_major IS TRUE))::INTEGER AS major,
  sum(affected_users)::DOUBLE AS users, median(duration_min)::DOUBLE AS duration_median, ${userQualifierCounts(qualifiers)}
FROM ${ident(table)} JOIN (SELECT 'current' AS period, ?::INTEGER AS lo, ?::INTEGER AS hi
  UNION ALL SELECT 'previous', ?::INTEGER, ?::INTEGER) p ON ${QI} BETWEEN p.lo AND p.hi
${w.sql}
GROUP BY p.period`,
    [a, b, a - 4, b - 4, ...w.params],
  );
}

/**
 * periodKpis' figures per fiscal quarter, for every filter but the time window (period and fiscal years, as
 * periodKpis): asked once per filter state, then summed in the page for every brushed period
 * (query/quarter-sums.ts sumKpis). Each quarter carries its durations in ascending order with how many reports have
 * each, so the median stays exact.
 */
export function kpiQuarters(table: string, f: Filters, qualifiers = false): Query<KpiQuarterRow> {
  const w = whereClause(f, ['period', 'fyFrom', 'fyTo']);
  return q(
    `SELECT qi, coalesce(list(d ORDER BY d) FILTER (WHERE d IS NOT NULL), [])::DOUBLE[] AS durations,
  coalesce(list(n ORDER BY d) FILTER (WHERE d IS NOT NULL), [])::INTEGER[] AS counts,
  sum(n)::INTEGER AS accidents, sum(major)::INTEGER AS major, sum(users)::DOUBLE AS users,
  sum(users_upper)::INTEGER AS users_upper, sum(users_lower)::INTEGER AS users_lower,
  sum(users_approx)::INTEGER AS users_approx, sum(users_missing)::INTEGER AS users_missing
FROM (SELECT (${QI})::INTEGER AS qi, duration_min AS d, count(*)::INTEGER AS n,
    (count(*) FILTER (WHERE is_major IS TRUE))::INTEGER AS major, sum(affected_users)::DOUBLE AS users,
    ${userQualifierCounts(qualifiers)}
  FROM ${ident(table)} ${w.sql}
  GROUP BY 1, 2)
GROUP BY qi ORDER BY qi`,
    w.params,
  );
}

/** First and last quarter index present in a table, and the fiscal-year range. */
export function extent(table: string): Query<ExtentRow> {
  return q(`SELECT min(${QI})::INTEGER AS qi_min, max(${QI})::INTEGER AS qi_max,
  min(fiscal_year)::INTEGER AS fy_min, max(fiscal_year)::INTEGER AS fy_max, count(*)::INTEGER AS rows
FROM ${ident(table)}`);
}

/** Distinct values of a column with their row counts, for filter pickers. */
export function distinctValues(
  table: string,
  column: 'operator' | 'region' | 'service_category',
): Query<ValueCountRow> {
  return q(
    `SELECT ${ident(column)} AS value, count(*)::INTEGER AS n FROM ${ident(table)}
WHERE ${ident(column)} IS NOT NULL GROUP BY 1 ORDER BY n DESC, value`,
  );
}

/** One constraint of a drill-down: a dimension equal to a value (null: the value is missing). */
export interface CellKey {
  dimension: Dimension | 'fiscal_year' | 'qi' | 'log_bin';
  value: string | number | null;
  /** For log_bin: the column; the value is the bin's lower edge in HIST_EDGES. */
  column?: HistColumn;
}

function cellConditions(cell: CellKey[]): { sql: string[]; params: SqlParam[] } {
  const sql: string[] = [];
  const params: SqlParam[] = [];
  for (const c of cell) {
    let expr: string;
    if (c.dimension === 'fiscal_year') expr = 'fiscal_year';
    else if (c.dimension === 'qi') expr = `(${QI})`;
    else if (c.dimension === 'log_bin') {
      const column = c.column ?? 'duration_min';
      const bounds = histBinBounds(column, Number(c.value));
      // A bin that is not one of ours (an old or edited link) matches nothing rather than something else.
      if (!bounds) sql.push('false');
      else {
        sql.push(`${ident(column)} >= ?`);
        params.push(bounds[0]);
        if (bounds[1] !== undefined) {
          sql.push(`${ident(column)} < ?`);
          params.push(bounds[1]);
        }
      }
      continue;
    } else expr = `(${dimensionSql(c.dimension)})`;
    if (c.value === null) sql.push(`${expr} IS NULL`);
    else {
      sql.push(`${expr} = ?`);
      params.push(c.value);
    }
  }
  return { sql, params };
}

export const DRILL_COLUMNS = [
  'report_id',
  'occurred_at',
  'fiscal_year',
  'quarter',
  'operator',
  'service_category',
  'cause',
  'duration_min',
  'affected_users',
  'region',
  'is_major',
] as const;
export type DrillColumn = (typeof DRILL_COLUMNS)[number];

function drillWhere(f: Filters, cell: CellKey[], ignore: FilterKey[]) {
  const w = whereClause(f, ignore);
  const c = cellConditions(cell);
  const all = [w.sql.replace(/^WHERE /, ''), ...c.sql].filter(Boolean);
  return { sql: all.length ? `WHERE ${all.join(' AND ')}` : '', params: [...w.params, ...c.params] };
}

/** The records behind a clicked bar, bin or cell: one page, sorted by a whitelisted column. */
export function drilldownRows(
  table: string,
  f: Filters,
  cell: CellKey[],
  opts: { sort: DrillColumn; desc: boolean; page: number; pageSize: number; ignore?: FilterKey[] },
): Query<DrillRow> {
  if (!DRILL_COLUMNS.includes(opts.sort)) throw new Error(`cannot sort by ${String(opts.sort)}`);
  const w = drillWhere(f, cell, opts.ignore ?? []);
  return q(
    `SELECT report_id, strftime(occurred_at, '%Y-%m-%d %H:%M') AS occurred_at, fiscal_year, quarter, operator,
  service_category, cause, duration_min, affected_users::DOUBLE AS affected_users, region, is_major
FROM ${ident(table)} ${w.sql}
ORDER BY ${ident(opts.sort)} ${opts.desc ? 'DESC' : 'ASC'} NULLS LAST, report_id
LIMIT ? OFFSET ?`,
    [...w.params, opts.pageSize, opts.page * opts.pageSize],
  );
}

export function drilldownCount(table: string, f: Filters, cell: CellKey[], ignore: FilterKey[] = []): Query<CountRow> {
  const w = drillWhere(f, cell, ignore);
  return q(`SELECT count(*)::INTEGER AS n FROM ${ident(table)} ${w.sql}`, w.params);
}

/**
 * The public cases as report-level rows, so the quarterly and pivot views work on the public record too.
 * Missing figures stay NULL; a case's first published service category stands for it.
 */
export function createPublicReportsView(): Query {
  return q(`CREATE OR REPLACE VIEW public_reports AS
SELECT id AS report_id, coalesce(started_at, occurred_date::TIMESTAMP) AS occurred_at, fiscal_year, quarter,
  operator_ja AS operator, NULL::VARCHAR AS operator_type, service_categories[1] AS service_category, cause,
  cause_group, duration_min, affected_users, region, is_major, false AS is_synthetic, users_qualifier
FROM cases`);
}

/** The columns of an export of records: the drill-down's, and whether the row is synthetic (true for the sample). */
export const RECORD_COLUMNS = [...DRILL_COLUMNS, 'is_synthetic'] as const;

export interface RecordRow extends Omit<DrillRow, 'occurred_at'> {
  /** TIMESTAMP for Parquet; `YYYY-MM-DDTHH:MM` text for CSV (the format the Data view's import reads back). */
  occurred_at: string | number;
  is_synthetic: boolean;
}

/**
 * Every record under a filter state (the brushed period included), for export: the drill-down's columns plus
 * is_synthetic, in report_id order. `occurredAtText` writes the timestamp as ISO text for CSV, as exportRows does
 * for an imported dataset, so a re-import reads back the same values; Parquet keeps the TIMESTAMP.
 */
export function filteredRecords(table: string, f: Filters, opts: { occurredAtText?: boolean } = {}): Query<RecordRow> {
  const w = whereClause(f);
  const cols = RECORD_COLUMNS.map((c) =>
    c === 'occurred_at' && opts.occurredAtText ? `strftime(occurred_at, '%Y-%m-%dT%H:%M') AS occurred_at` : ident(c),
  );
  return q(`SELECT ${cols.join(', ')}\nFROM ${ident(table)} ${w.sql}\nORDER BY report_id`, w.params);
}
