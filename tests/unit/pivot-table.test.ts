import { describe, expect, it } from 'vitest';
import { pivotTable, priorColumn, yoyChange, type PivotLongRow } from '../../src/query/pivot-table.ts';

const cell = (row_key: string | null, col_key: number | null, value: number | null, records = value ?? 1) => ({
  row_key,
  col_key,
  value,
  records,
  row_total: false,
  col_total: false,
});
const rowTotal = (row_key: string | null, value: number | null, records: number): PivotLongRow => ({
  ...cell(row_key, null, value, records),
  col_total: true,
});
const colTotal = (col_key: number | null, value: number | null, records: number): PivotLongRow => ({
  ...cell(null, col_key, value, records),
  row_total: true,
});
const grand = (value: number | null, records: number): PivotLongRow => ({
  ...cell(null, null, value, records),
  row_total: true,
  col_total: true,
});

// accidents by operator and FY; "Op B" has nothing in FY2016, an operator is unknown (null)
const COUNTS: PivotLongRow[] = [
  cell('Op A', 2015, 10),
  cell('Op A', 2016, 12),
  cell('Op A', 2017, 9),
  cell('Op B', 2015, 20),
  cell('Op B', 2017, 30),
  cell(null, 2016, 100),
  rowTotal('Op A', 31, 31),
  rowTotal('Op B', 50, 50),
  rowTotal(null, 100, 100),
  colTotal(2015, 30, 30),
  colTotal(2016, 112, 112),
  colTotal(2017, 39, 39),
  grand(181, 181),
];

describe('pivot table model', () => {
  it('reshapes long rows to a wide table with the SQL totals', () => {
    const m = pivotTable(COUNTS, 'operator', 'fy', 'accidents');
    expect(m.columns).toEqual([2015, 2016, 2017]);
    expect(m.body.map((r) => r.key)).toEqual(['Op B', 'Op A', null]);
    const opA = m.body.find((r) => r.key === 'Op A')!;
    expect(opA.cells.map((c) => c.value)).toEqual([10, 12, 9]);
    expect(opA.total).toEqual({ value: 31, records: 31 });
    expect(m.columnTotals.map((c) => c.value)).toEqual([30, 112, 39]);
    expect(m.grandTotal).toEqual({ value: 181, records: 181 });
  });

  it('counts an empty cell of a count measure as 0, and a change from 0 has no ratio', () => {
    const opB = pivotTable(COUNTS, 'operator', 'fy', 'accidents').body.find((r) => r.key === 'Op B')!;
    expect(opB.cells.map((c) => [c.value, c.records])).toEqual([
      [20, 20],
      [0, 0],
      [30, 30],
    ]);
    expect(opB.cells.map((c) => c.yoy)).toEqual([null, -1, null]);
  });

  it('puts the change against the previous FY on every cell and column total', () => {
    const m = pivotTable(COUNTS, 'operator', 'fy', 'accidents');
    const opA = m.body.find((r) => r.key === 'Op A')!;
    expect(opA.cells[0]!.yoy).toBeNull(); // no FY2014 in the table
    expect(opA.cells[1]!.yoy).toBeCloseTo(0.2);
    expect(opA.cells[2]!.yoy).toBeCloseTo(-0.25);
    expect(m.columnTotals[1]!.yoy).toBeCloseTo(112 / 30 - 1);
  });

  it('compares a fiscal quarter with the same quarter of the previous FY', () => {
    // quarter indexes 8060..8068 = FY2015 Q1 .. FY2017 Q1
    const long: PivotLongRow[] = [];
    for (let qi = 8060; qi <= 8068; qi++) long.push(cell('x', qi, qi - 8059), colTotal(qi, qi - 8059, qi - 8059));
    long.push(rowTotal('x', 45, 45), grand(45, 45));
    const m = pivotTable(long, 'cause', 'fyq', 'accidents');
    const yoy = m.body[0]!.cells.map((c) => c.yoy);
    expect(yoy.slice(0, 4)).toEqual([null, null, null, null]);
    expect(yoy[4]).toBeCloseTo(5 / 1 - 1); // FY2016 Q1 vs FY2015 Q1
    expect(yoy[8]).toBeCloseTo(9 / 5 - 1);
    expect(priorColumn(8064, 'fyq')).toBe(8060);
    expect(priorColumn(2016, 'fy')).toBe(2015);
  });

  it('takes the totals of a median from SQL, not from the cells', () => {
    // medians of duration: the row's median (90) is neither the sum (210) nor the mean of its cells
    const long: PivotLongRow[] = [
      cell('software_bug', 2015, 60, 3),
      cell('software_bug', 2016, 150, 2),
      cell('hardware_failure', 2015, 200, 4),
      cell('hardware_failure', 2016, null, 2), // records whose duration is not published
      rowTotal('software_bug', 90, 5),
      rowTotal('hardware_failure', 200, 6),
      colTotal(2015, 120, 7),
      colTotal(2016, 150, 4),
      grand(125, 11),
    ];
    const m = pivotTable(long, 'cause', 'fy', 'duration_median');
    expect(m.body.map((r) => r.key)).toEqual(['hardware_failure', 'software_bug']); // the causes' fixed order
    const bug = m.body.find((r) => r.key === 'software_bug')!;
    expect(bug.total.value).toBe(90);
    expect(bug.cells.reduce((s, c) => s + (c.value ?? 0), 0)).not.toBe(bug.total.value);
    expect(m.columnTotals.map((c) => c.value)).toEqual([120, 150]);
    expect(m.grandTotal.value).toBe(125);
    const hw = m.body.find((r) => r.key === 'hardware_failure')!;
    // a cell with records but no value stays null (not 0) and has no change
    expect(hw.cells[1]).toEqual({ col: 2016, value: null, records: 2, yoy: null });
    expect(bug.cells[1]!.yoy).toBeCloseTo(1.5);
  });

  it('leaves an empty cell of a median without a value', () => {
    const long: PivotLongRow[] = [
      cell('a', 2015, 60, 3),
      cell('b', 2016, 30, 1),
      rowTotal('a', 60, 3),
      rowTotal('b', 30, 1),
      colTotal(2015, 60, 3),
      colTotal(2016, 30, 1),
      grand(60, 4),
    ];
    const m = pivotTable(long, 'region', 'fy', 'duration_p90');
    expect(m.body[0]!.cells.map((c) => c.value)).toEqual([60, null]);
    expect(m.body.map((r) => r.key)).toEqual(['a', 'b']);
  });

  it('keeps a missing period as the last column and handles an empty result', () => {
    const long: PivotLongRow[] = [
      cell('a', null, 2),
      cell('a', 2015, 3),
      rowTotal('a', 5, 5),
      colTotal(null, 2, 2),
      colTotal(2015, 3, 3),
      grand(5, 5),
    ];
    const m = pivotTable(long, 'cause', 'fy', 'accidents');
    expect(m.columns).toEqual([2015, null]);
    expect(m.body[0]!.cells.map((c) => c.value)).toEqual([3, 2]);
    const none = pivotTable([grand(0, 0)], 'cause', 'fy', 'accidents');
    expect(none.body).toEqual([]);
    expect(none.columns).toEqual([]);
    expect(none.grandTotal.value).toBe(0);
  });

  it('computes a change only against a real prior value', () => {
    expect(yoyChange(110, 100)).toBeCloseTo(0.1);
    expect(yoyChange(5, 0)).toBeNull();
    expect(yoyChange(null, 5)).toBeNull();
    expect(yoyChange(5, null)).toBeNull();
  });
});

describe('the wide reshape agrees with arquero', () => {
  // arquero cannot run in the page (its expressions compile with Function(), which the CSP forbids), so it serves
  // here as an independent reference for the hand-written reshape.
  it('has the same cell values as arquero pivot()', async () => {
    const aq = await import('arquero');
    const model = pivotTable(COUNTS, 'operator', 'fy', 'accidents');
    const cells = COUNTS.filter((r) => !r.row_total && !r.col_total).map((r) => ({
      row: r.row_key ?? '(null)',
      col: String(r.col_key),
      value: r.value,
    }));
    const wide = aq.from(cells).groupby('row').pivot('col', 'value').objects() as Record<string, unknown>[];
    for (const row of model.body) {
      const ref = wide.find((w) => w.row === (row.key ?? '(null)'))!;
      for (const c of row.cells) {
        expect(c.value ?? 0).toBe((ref[String(c.col)] as number | undefined) ?? 0);
      }
    }
    expect(wide).toHaveLength(model.body.length);
  });
});
