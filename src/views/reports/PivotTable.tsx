import { useI18n } from '../../state/i18n-context.ts';
import { dimensionValueLabel } from '../../charts/dimension-labels.ts';
import { formatCellValue, formatChange, formatMeasure } from '../../charts/measure-format.ts';
import { pivotDrillCell, type PivotTableModel, type PivotValue } from '../../query/pivot-table.ts';
import { formatFiscalYear, formatQuarter } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { ADDITIVE } from '../../query/dimensions.ts';
import { cellToParam } from '../../query/drill-url.ts';
import type { CellKey } from '../../query/reports.ts';
import './pivot-table.css';

/** `~` stands for a missing value, as in the drill-down URL. */
const attr = (v: string | number | null) => (v === null ? '~' : String(v));

function ColumnHeader({ col, fyq }: { col: number | null; fyq: boolean }) {
  const { t, lang } = useI18n();
  if (col === null) return <>{t('dimValue.null')}</>;
  // 2010 over 年度 keeps fifteen fiscal-year columns inside a laptop screen
  if (!fyq && lang === 'ja') {
    return (
      <>
        {col}
        <span className="pivot-table__unit">{t('dim.fiscal_year')}</span>
      </>
    );
  }
  if (!fyq) return <>{formatFiscalYear(col, lang)}</>;
  const q = (col % 4) + 1;
  return (
    <>
      <span className="pivot-table__fy">{formatFiscalYear(Math.floor(col / 4), lang)}</span>
      <span>{formatQuarter(q, lang)}</span>
    </>
  );
}

/**
 * The pivot as a table: sticky header and first column, a totals row and column taken from SQL, and every number a
 * link to the records behind it. With `yoy` each cell also shows its change against the year before.
 */
export function PivotTable(props: {
  model: PivotTableModel;
  yoy: boolean;
  drillHref: (cell: CellKey[]) => string;
  /** The grand total's drill-down: an empty cell would close the drill-down instead. */
  allHref: string;
  /** The open drill-down, as its URL parameter, to mark its cell. */
  current: string | null;
}) {
  const { t, lang } = useI18n();
  const { model, yoy } = props;
  const { rows: dim, cols, measure } = model;
  const periodDim = cols === 'fy' ? 'fiscal_year' : 'qi';
  const rowLabel = (k: string | null) => dimensionValueLabel(dim, k, t, lang);
  const colLabel = (c: number | null) => dimensionValueLabel(periodDim, c, t, lang);
  const totalLabel = t(ADDITIVE[measure] ? 'explore.total.sum' : 'explore.total.all');
  const records = t('chart.pivot.records');

  const link = (v: PivotValue & { yoy?: number | null }, cell: CellKey[] | null, what: string) => {
    const href = cell ? props.drillHref(cell) : props.allHref;
    const param = cell ? cellToParam(cell) : 'all';
    const change = v.yoy ?? null;
    return (
      <a
        href={href}
        className="pivot-table__link"
        aria-current={props.current === param ? 'true' : undefined}
        title={`${what}: ${formatCellValue(v, measure, lang)} (${records} ${formatMeasure(v.records, 'accidents', lang)})`}
      >
        <span className="pivot-table__value">{formatCellValue(v, measure, lang, 'cell')}</span>
        {yoy && v.yoy !== undefined && (
          <span
            className={`pivot-table__yoy${change === null ? '' : change > 0 ? ' is-up' : change < 0 ? ' is-down' : ''}`}
            data-testid="pivot-yoy-value"
            title={change === null ? t('explore.yoy.none') : undefined}
          >
            {formatChange(change, lang)}
          </span>
        )}
      </a>
    );
  };
  return (
    <div className="pivot-table__scroll">
      <table className="pivot-table" data-testid="pivot-table" data-rows={dim} data-cols={cols} data-measure={measure}>
        <caption className="visually-hidden">
          {t('explore.table.caption', {
            measure: t(`explore.measure.${measure}`),
            rows: t(`dim.${dim}` as MessageKey),
            cols: t(`explore.period.${cols}`),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="pivot-table__corner">
              {t(`dim.${dim}` as MessageKey)}
            </th>
            {model.columns.map((col) => (
              <th key={attr(col)} scope="col" data-col={attr(col)}>
                <ColumnHeader col={col} fyq={cols === 'fyq'} />
              </th>
            ))}
            <th scope="col" className="pivot-table__total">
              {totalLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.body.map((r) => (
            <tr key={attr(r.key)}>
              <th scope="row">{rowLabel(r.key)}</th>
              {r.cells.map((c) => (
                <td
                  key={attr(c.col)}
                  data-testid="pivot-cell"
                  data-row={attr(r.key)}
                  data-col={attr(c.col)}
                  data-value={attr(c.value)}
                >
                  {link(c, pivotDrillCell(dim, cols, r.key, c.col), `${rowLabel(r.key)} · ${colLabel(c.col)}`)}
                </td>
              ))}
              <td
                className="pivot-table__total"
                data-testid="pivot-row-total"
                data-row={attr(r.key)}
                data-value={attr(r.total.value)}
              >
                {link(r.total, pivotDrillCell(dim, cols, r.key, undefined), `${rowLabel(r.key)} · ${totalLabel}`)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{totalLabel}</th>
            {model.columnTotals.map((c) => (
              <td key={attr(c.col)} data-testid="pivot-col-total" data-col={attr(c.col)} data-value={attr(c.value)}>
                {link(c, pivotDrillCell(dim, cols, undefined, c.col), `${totalLabel} · ${colLabel(c.col)}`)}
              </td>
            ))}
            <td
              className="pivot-table__total"
              data-testid="pivot-grand-total"
              data-value={attr(model.grandTotal.value)}
            >
              {link(model.grandTotal, null, totalLabel)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
