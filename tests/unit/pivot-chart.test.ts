import { describe, expect, it } from 'vitest';
import { durationTicks, pivotChart } from '../../src/charts/pivot-chart.ts';
import { pivotTable, type PivotLongRow } from '../../src/query/pivot-table.ts';
import type { ReportChartContext } from '../../src/charts/report-context.ts';
import { CAUSE_COLOR } from '../../src/domain/causes.ts';
import { translator } from '../../src/i18n/t.ts';
import { cellToParam } from '../../src/query/drill-url.ts';

const ctx: ReportChartContext = {
  lang: 'en',
  t: translator('en'),
  datasetLabel: 'Synthetic sample',
  synthetic: true,
  drillHref: (cell) => `#/explore?drill=${cellToParam(cell)}`,
  source: 'Source: test',
  datasetNotes: ['SYNTHETIC'],
};

/** n operators over FY2014–2016; operator i has i+1 accidents a year. */
function operators(n: number): PivotLongRow[] {
  const long: PivotLongRow[] = [];
  const base = { row_total: false, col_total: false };
  for (let i = 0; i < n; i++) {
    for (const fy of [2014, 2015, 2016])
      long.push({ ...base, row_key: `Op ${i}`, col_key: fy, value: i + 1, records: i + 1 });
    long.push({
      ...base,
      col_total: true,
      row_key: `Op ${i}`,
      col_key: null,
      value: 3 * (i + 1),
      records: 3 * (i + 1),
    });
  }
  const total = (n * (n + 1)) / 2;
  for (const fy of [2014, 2015, 2016])
    long.push({ ...base, row_total: true, row_key: null, col_key: fy, value: total, records: total });
  long.push({ row_total: true, col_total: true, row_key: null, col_key: null, value: 3 * total, records: 3 * total });
  return long;
}

describe('pivot chart', () => {
  it('draws the ten largest rows and says how many it leaves out', () => {
    const spec = pivotChart(pivotTable(operators(14), 'operator', 'fy', 'accidents'), ctx);
    const drawn = new Set(spec.rows.map((r) => r.row));
    expect(drawn.size).toBe(10);
    expect(drawn.has('Op 13')).toBe(true);
    expect(drawn.has('Op 3')).toBe(false);
    expect(spec.notes).toContain(
      'Only the 10 operator values with the largest totals are drawn; 4 others are left out (the table has them all).',
    );
    expect(spec.notes[0]).toBe('SYNTHETIC');
    expect(spec.synthetic).toBe(true);
    expect(spec.title).toBe('Accidents by operator and fiscal year');
  });

  it('keeps the cause colours and gives each point one table row', () => {
    const long: PivotLongRow[] = [
      { row_key: 'software_bug', col_key: 2015, value: 4, records: 4, row_total: false, col_total: false },
      { row_key: 'software_bug', col_key: null, value: 4, records: 4, row_total: false, col_total: true },
      { row_key: null, col_key: 2015, value: 4, records: 4, row_total: true, col_total: false },
      { row_key: null, col_key: null, value: 4, records: 4, row_total: true, col_total: true },
    ];
    const spec = pivotChart(pivotTable(long, 'cause', 'fy', 'accidents'), ctx);
    const color = spec.plot.color as { domain: string[]; range: string[] };
    expect(color.domain).toEqual(['software_bug']);
    expect(color.range).toEqual([CAUSE_COLOR.software_bug]);
    expect(spec.notes.some((n) => n.includes('left out'))).toBe(false);
    expect(spec.rows).toEqual([{ row: 'Software bug', period: 'FY2015', value: 4, records: 4 }]);
  });

  it('ticks durations on whole hours', () => {
    expect(durationTicks(500)).toEqual([0, 120, 240, 360, 480]);
    expect(durationTicks(1500)).toEqual([0, 360, 720, 1080, 1440]);
  });
});
