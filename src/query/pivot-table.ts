import { dimensionOrder, type Dimension, type Measure, type Period } from './dimensions.ts';
import type { CellKey } from './reports.ts';

/** One row of pivotQuery: a cell, a row's total (col_total), a column's total (row_total) or the grand total. */
export interface PivotLongRow {
  row_key: string | null;
  col_key: number | null;
  value: number | null;
  records: number;
  row_total: boolean;
  col_total: boolean;
}

export interface PivotValue {
  value: number | null;
  records: number;
}

export interface PivotCell extends PivotValue {
  col: number | null;
  /** Change against the same column one year earlier, as a ratio (0.123 = +12.3%); null without a prior value. */
  yoy: number | null;
}

export interface PivotRow {
  key: string | null;
  cells: PivotCell[];
  total: PivotValue;
}

export interface PivotTableModel {
  rows: Dimension;
  cols: Period;
  measure: Measure;
  /** Column keys in order: fiscal years or quarter indexes; a missing period (null) last. */
  columns: (number | null)[];
  body: PivotRow[];
  columnTotals: PivotCell[];
  grandTotal: PivotValue;
}

/** Measures that count records: an empty cell is a true 0. */
const COUNTS: Record<Measure, boolean> = {
  accidents: true,
  major: true,
  users: false,
  duration_median: false,
  duration_p90: false,
};

/** Dimensions with a natural order (causes, groups, categories, buckets) keep it; the others sort by total. */
const FIXED_ORDER: ReadonlySet<Dimension> = new Set([
  'cause',
  'cause_group',
  'service_category',
  'major',
  'users_bucket',
  'duration_bucket',
]);

/** The column one year before: the previous FY, or the same quarter of the previous FY. */
export function priorColumn(col: number, cols: Period): number {
  return cols === 'fy' ? col - 1 : col - 4;
}

/** A change from zero has no ratio: it reads as "no prior value" too. */
export function yoyChange(value: number | null, prior: number | null): number | null {
  if (value === null || prior === null || prior === 0) return null;
  return (value - prior) / prior;
}

/** The drill-down of a cell, a row total (col undefined) or a column total (key undefined). */
export function pivotDrillCell(
  rows: Dimension,
  cols: Period,
  key: string | null | undefined,
  col: number | null | undefined,
): CellKey[] {
  const cell: CellKey[] = [];
  if (key !== undefined) cell.push({ dimension: rows, value: key });
  if (col !== undefined) cell.push({ dimension: cols === 'fy' ? 'fiscal_year' : 'qi', value: col });
  return cell;
}

const byColumn = (a: number | null, b: number | null) => (a === null ? 1 : b === null ? -1 : a - b);

/**
 * The long pivot as a wide table. Totals are the SQL totals rows, never sums of cells: a median of a row is not
 * the sum of its cells' medians. A cell without records counts 0 for additive measures and has no value otherwise.
 */
export function pivotTable(long: PivotLongRow[], rows: Dimension, cols: Period, measure: Measure): PivotTableModel {
  const rowTotals = long.filter((r) => !r.row_total && r.col_total);
  const colTotals = long.filter((r) => r.row_total && !r.col_total);
  const grand = long.find((r) => r.row_total && r.col_total);
  const columns = [...new Set(colTotals.map((r) => r.col_key))].sort(byColumn);
  // A cell without records holds 0 accidents, but no user figure and no duration: "no case", not 0.
  const empty = COUNTS[measure] ? 0 : null;

  // A hand-written reshape, not arquero: arquero compiles its expressions with Function(), which the app's CSP
  // (no 'unsafe-eval') forbids in the browser.
  const cellOf = new Map<string, PivotValue>();
  const cellKey = (row: string | null, col: number | null) => JSON.stringify([row, col]);
  for (const r of long) if (!r.row_total && !r.col_total) cellOf.set(cellKey(r.row_key, r.col_key), r);

  const line = (valueAt: (col: number | null) => PivotValue | undefined): PivotCell[] => {
    const at = (col: number | null) => {
      const v = valueAt(col);
      return v ? { value: v.value, records: v.records } : { value: empty, records: 0 };
    };
    return columns.map((col) => {
      const prior = col === null ? null : priorColumn(col, cols);
      const priorValue = prior !== null && columns.includes(prior) ? at(prior).value : null;
      return { col, ...at(col), yoy: yoyChange(at(col).value, priorValue) };
    });
  };

  const body: PivotRow[] = rowTotals.map((t) => ({
    key: t.row_key,
    cells: line((col) => cellOf.get(cellKey(t.row_key, col))),
    total: { value: t.value, records: t.records },
  }));
  const colTotalOf = new Map(colTotals.map((r) => [r.col_key, r]));

  return {
    rows,
    cols,
    measure,
    columns,
    body: orderRows(body, rows),
    columnTotals: line((col) => colTotalOf.get(col)),
    grandTotal: { value: grand?.value ?? empty, records: grand?.records ?? 0 },
  };
}

function orderRows(body: PivotRow[], dim: Dimension): PivotRow[] {
  if (FIXED_ORDER.has(dim)) {
    const order = dimensionOrder(
      dim,
      body.map((r) => r.key),
    );
    return [...body].sort((a, b) => rank(order, a.key) - rank(order, b.key));
  }
  return [...body].sort(
    (a, b) =>
      Number(a.key === null) - Number(b.key === null) ||
      (b.total.value ?? -Infinity) - (a.total.value ?? -Infinity) ||
      String(a.key).localeCompare(String(b.key)),
  );
}

/** Unknown values of a fixed order (a code the app does not know yet) go after the known ones, before null. */
function rank(order: (string | null)[], key: string | null): number {
  if (key === null) return Number.MAX_SAFE_INTEGER;
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}
