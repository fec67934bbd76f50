import type { MessageKey } from '../i18n/messages/index.ts';
import { ADDITIVE } from '../query/dimensions.ts';
import { dimensionValueLabel } from './dimension-labels.ts';
import type { PivotCell, PivotTableModel } from '../query/pivot-table.ts';
import type { ReportChartContext } from './report-context.ts';
import type { CsvVariant, SpecColumn } from './spec.ts';

const ratio = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

/**
 * The pivot as CSV: wide as the table shows it (a column per period, a YoY column after each when shown, the row
 * totals and the totals row, all from SQL), and the long form (one line per cell, with its record count) for
 * tools that want tidy data. Numbers stay raw; an empty value is an empty field.
 */
export function pivotCsvVariants(model: PivotTableModel, yoy: boolean, ctx: ReportChartContext): CsvVariant[] {
  const { t, lang } = ctx;
  const periodDim = model.cols === 'fy' ? 'fiscal_year' : 'qi';
  const colLabel = (c: number | null) => dimensionValueLabel(periodDim, c, t, lang);
  const rowLabel = (k: string | null) => dimensionValueLabel(model.rows, k, t, lang);
  const totalLabel = t(ADDITIVE[model.measure] ? 'explore.total.sum' : 'explore.total.all');
  const dimName = t(`dim.${model.rows}` as MessageKey);
  const colKey = (c: number | null) => `c_${c ?? 'none'}`;

  const columns: SpecColumn[] = [{ key: 'row', label: dimName }];
  for (const c of model.columns) {
    columns.push({ key: colKey(c), label: colLabel(c) });
    if (yoy && c !== null)
      columns.push({ key: `${colKey(c)}_yoy`, label: t('pivot.csv.yoy', { period: colLabel(c) }) });
  }
  columns.push({ key: 'total', label: totalLabel });
  const line = (label: string, cells: PivotCell[], total: number | null) => {
    const row: Record<string, unknown> = { row: label, total };
    for (const c of cells) {
      row[colKey(c.col)] = c.value;
      if (yoy && c.col !== null) row[`${colKey(c.col)}_yoy`] = ratio(c.yoy);
    }
    return row;
  };
  const wideRows = [
    ...model.body.map((r) => line(rowLabel(r.key), r.cells, r.total.value)),
    line(totalLabel, model.columnTotals, model.grandTotal.value),
  ];

  const longRows = model.body.flatMap((r) =>
    r.cells.map((c) => ({
      row: rowLabel(r.key),
      period: colLabel(c.col),
      value: c.value,
      records: c.records,
      yoy: ratio(c.yoy),
    })),
  );
  return [
    { key: 'wide', label: t('pivot.csv.wide'), columns, rows: wideRows },
    {
      key: 'long',
      label: t('pivot.csv.long'),
      columns: [
        { key: 'row', label: dimName },
        { key: 'period', label: t(`explore.period.${model.cols}`) },
        { key: 'value', label: t(`explore.measure.${model.measure}`) },
        { key: 'records', label: t('chart.pivot.records') },
        { key: 'yoy', label: t('pivot.csv.yoyShort') },
      ],
      rows: longRows,
    },
  ];
}
