import { describe, expect, it } from 'vitest';
import { pivotCsvVariants } from '../../src/charts/pivot-csv.ts';
import { pivotTable } from '../../src/query/pivot-table.ts';
import { toCsv } from '../../src/export/csv.ts';
import { drillCsvTable } from '../../src/export/drill-csv.ts';
import { translator } from '../../src/i18n/t.ts';
import { drillViewFromParams, drillViewToParams } from '../../src/query/drill-url.ts';
import { pivotCell } from '../fixtures/pivot-cell.ts';
import { reportContext } from '../fixtures/report-context.ts';

// Issue 14 defects 11 and 12.
const ctx = reportContext({ datasetLabel: '合成サンプル', synthetic: true });
const c = pivotCell;
// software_bug 4 → 6, hardware_failure 2 → 1; totals 6 → 7, 13 in all
const LONG = [
  c('software_bug', 2015, 4),
  c('software_bug', 2016, 6),
  c('hardware_failure', 2015, 2),
  c('hardware_failure', 2016, 1),
  c('software_bug', null, 10),
  c('hardware_failure', null, 3),
  c(null, 2015, 6),
  c(null, 2016, 7),
  c(null, null, 13),
];

describe('pivot CSV as shown (defect 12)', () => {
  it('is wide, with the totals row and column and a YoY column per year', () => {
    const [wide] = pivotCsvVariants(pivotTable(LONG, 'cause', 'fy', 'accidents'), true, ctx);
    expect(toCsv(wide!.columns, wide!.rows).split('\r\n')).toEqual([
      '原因,2015年度,2015年度 前年比,2016年度,2016年度 前年比,合計',
      'ハードウェア故障,2,,1,-0.5,3',
      'ソフトウェア不具合,4,,6,0.5,10',
      '合計,6,,7,0.1667,13',
      '',
    ]);
  });

  it('leaves YoY out when the table does not show it, and offers the long form', () => {
    const [wide, long] = pivotCsvVariants(pivotTable(LONG, 'cause', 'fy', 'accidents'), false, ctx);
    expect(wide!.columns.map((col) => col.label)).toEqual(['原因', '2015年度', '2016年度', '合計']);
    expect(long!.rows).toHaveLength(4);
    expect(long!.rows[3]).toEqual({ row: 'ソフトウェア不具合', period: '2016年度', value: 6, records: 6, yoy: 0.5 });
  });
});

describe('drill-down CSV and URL (defect 11)', () => {
  it('keeps page and sort in the URL', () => {
    expect(drillViewToParams({ sort: 'duration_min', desc: true, page: 2 })).toEqual({
      dsort: 'duration_min.desc',
      page: '3',
    });
    expect(drillViewFromParams({ dsort: 'duration_min.desc', page: '3' })).toEqual({
      sort: 'duration_min',
      desc: true,
      page: 2,
    });
    expect(drillViewToParams({ sort: 'occurred_at', desc: false, page: 0 })).toEqual({ dsort: '', page: '' });
    // anything else falls back to the default, never reaches SQL
    expect(drillViewFromParams({ dsort: 'x; DROP.desc', page: '-4' })).toEqual({
      sort: 'occurred_at',
      desc: false,
      page: 0,
    });
  });

  it('writes the drilled records with labels and raw numbers', () => {
    const t = translator('en');
    const table = drillCsvTable(
      [
        {
          report_id: 'R1',
          occurred_at: '2022-10-03 09:00',
          fiscal_year: 2022,
          quarter: 3,
          operator: 'A, Inc.',
          service_category: 'other_voice',
          cause: 'software_bug',
          duration_min: 150,
          affected_users: null,
          region: null,
          is_major: true,
        },
      ],
      t,
      'en',
    );
    const lines = toCsv(table.columns, table.rows).split('\r\n');
    expect(lines[1]).toBe(`R1,2022-10-03 09:00,2022,3,"A, Inc.",${t('service.other_voice')},Software bug,150,,,yes`);
  });
});
