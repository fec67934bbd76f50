// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { formatCellValue } from '../../src/charts/measure-format.ts';
import { pivotChart } from '../../src/charts/pivot-chart.ts';
import { pivotTable, type PivotLongRow } from '../../src/query/pivot-table.ts';
import { pivotCell } from '../fixtures/pivot-cell.ts';
import { reportContext } from '../fixtures/report-context.ts';

// Issue 14 defect 6: Explore over the public record read "0" users in empty cells and joined lines across
// missing years and across the FY2010 break.
const ctx = reportContext({ source: '出典' });
const cell = pivotCell;

// software_bug: FY2008 (users 500), FY2009 (users not published), FY2012 (800); hardware_failure: FY2012 only
const LONG: PivotLongRow[] = [
  cell('software_bug', 2008, 500, 1),
  cell('software_bug', 2009, null, 1),
  cell('software_bug', 2012, 800, 2),
  cell('hardware_failure', 2012, 40, 1),
  cell('software_bug', null, 1300, 4),
  cell('hardware_failure', null, 40, 1),
  cell(null, 2008, 500, 1),
  cell(null, 2009, null, 1),
  cell(null, 2012, 840, 3),
  cell(null, null, 1340, 5),
];

describe('explore over sparse public data', () => {
  it('reads 該当なし for an empty cell and 非公表 for unpublished figures, never 0', () => {
    const model = pivotTable(LONG, 'cause', 'fy', 'users');
    const hw = model.body.find((r) => r.key === 'hardware_failure')!;
    const c2008 = hw.cells.find((c) => c.col === 2008)!;
    expect(formatCellValue(c2008, 'users', 'ja', 'cell')).toBe('該当なし');
    const sb = model.body.find((r) => r.key === 'software_bug')!;
    expect(
      formatCellValue(
        sb.cells.find((c) => c.col === 2009)!,
        'users',
        'en',
      ),
    ).toBe('not published');
    // counts stay true zeros
    const counts = pivotTable(LONG, 'cause', 'fy', 'accidents');
    expect(counts.body.find((r) => r.key === 'hardware_failure')!.cells[0]!.value).toBe(0);
  });

  it('breaks lines at missing years and at FY2010', () => {
    const spec = pivotChart(pivotTable(LONG, 'cause', 'fy', 'users'), ctx);
    const svg = Plot.plot({ ...spec.plot, document }) as unknown as Element;
    const paths = [...svg.querySelectorAll('g.pivot-line path')].map((p) => p.getAttribute('d') ?? '');
    // software_bug: 2008 alone (2009 unpublished), and 2012 alone after the break; a line segment needs two
    // adjacent points, so nothing is drawn between 2008 and 2012
    const segments = paths.flatMap((d) => d.split('M').filter((s) => s.includes('L')));
    expect(segments).toEqual([]);
    expect(spec.notes.some((n) => n.includes('2010年度'))).toBe(true);
    expect(spec.notes.some((n) => n.includes('補間しません'))).toBe(true);
  });

  it('joins adjacent years on the same side of the break', () => {
    const long = [
      cell('software_bug', 2012, 1, 1),
      cell('software_bug', 2013, 2, 1),
      cell('software_bug', null, 3, 2),
      cell(null, 2012, 1, 1),
      cell(null, 2013, 2, 1),
      cell(null, null, 3, 2),
    ];
    const spec = pivotChart(pivotTable(long, 'cause', 'fy', 'accidents'), ctx);
    const svg = Plot.plot({ ...spec.plot, document }) as unknown as Element;
    const d = [...svg.querySelectorAll('g.pivot-line path')].map((p) => p.getAttribute('d') ?? '').join('');
    expect(d.split('M').filter((s) => s.includes('L'))).toHaveLength(1);
    // FY2009 and FY2010 are adjacent but on either side of the break
    const across = long.map((c) =>
      c.col_key === 2012 ? { ...c, col_key: 2009 } : c.col_key === 2013 ? { ...c, col_key: 2010 } : c,
    );
    const spec2 = pivotChart(pivotTable(across, 'cause', 'fy', 'accidents'), ctx);
    const svg2 = Plot.plot({ ...spec2.plot, document }) as unknown as Element;
    const d2 = [...svg2.querySelectorAll('g.pivot-line path')].map((p) => p.getAttribute('d') ?? '').join('');
    expect(d2.split('M').filter((s) => s.includes('L'))).toHaveLength(0);
  });
});
