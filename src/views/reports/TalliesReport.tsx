import { useMemo, useState } from 'react';
import { tallyCategoryLabel, talliesQuarterChart, tallyOrder } from '../../charts/tallies-chart.ts';
import type { TallyDimension } from '../../domain/tally-bands.ts';
import { formatFiscalYear, formatInteger, formatPercent } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { NO_FILTERS } from '../../query/report-filters.ts';
import { isTallyDimension, talliesByQuarter, talliesByYear, tallyDimensions } from '../../query/tallies.ts';
import type { DatasetView } from '../../state/use-dataset.ts';
import { useI18n } from '../../state/i18n-context.ts';
import { useQuery } from '../../state/use-query.ts';
import { ChartCard } from '../ChartCard.tsx';
import { QueryError } from '../QueryError.tsx';
import { useReportChartContext } from './report-context.ts';


const noDrill = () => '';

/**
 * The report views on quarterly tallies: the quarterly chart, KPIs of the last fiscal year against the one before,
 * and a category × fiscal year table with year-over-year change, for the dimensions the file carries. Views that
 * need report-level rows (drill-down to records, log histograms) say why they are not here.
 */
export function TalliesReport({ view, table }: { view: DatasetView; table: string }) {
  const { t, lang } = useI18n();
  const ctx = useReportChartContext(view.dataset, NO_FILTERS, noDrill);
  const dimsQ = useMemo(() => tallyDimensions(table), [table]);
  const dims = useQuery(dimsQ);
  const present = useMemo(
    () => (dims.status === 'ok' ? dims.rows.map((r) => r.dimension).filter(isTallyDimension) : []),
    [dims],
  );
  const [chosen, setChosen] = useState<TallyDimension | null>(null);
  const dim = useMemo<TallyDimension | null>(
    () => (chosen && present.includes(chosen) ? chosen : (present.find((d) => d !== 'total') ?? present[0] ?? null)),
    [chosen, present],
  );
  const quartersQ = useMemo(() => (dim ? talliesByQuarter(table, dim) : null), [table, dim]);
  const yearsQ = useMemo(() => (dim ? talliesByYear(table, dim) : null), [table, dim]);
  const quarters = useQuery(quartersQ);
  const years = useQuery(yearsQ);
  const spec = dim && quarters.status === 'ok' ? talliesQuarterChart(quarters.rows, dim, ctx) : null;
  const yearRows = years.status === 'ok' ? years.rows : [];
  const fys = [...new Set(yearRows.map((r) => r.fiscal_year))];
  const totals = yearRows.filter((r) => r.is_total);
  const last = totals.at(-1);
  const prev = totals.at(-2);
  const keys = dim
    ? tallyOrder(
        dim,
        yearRows.filter((r) => !r.is_total).map((r) => r.key),
      )
    : [];
  const cell = (fy: number, key: string | null, total = false) =>
    yearRows.find((r) => r.fiscal_year === fy && r.is_total === total && (total || r.key === key));
  const yoy = (a?: number, b?: number) => (a !== undefined && b ? formatPercent((a - b) / b, lang) : '–');
  const failed = [dims, quarters, years].find((r) => r.status === 'error');
  return (
    <div className="tallies-report" data-testid="tallies-report">
      <p className="notice" data-testid="tallies-no-rows">
        {t('tallies.note.noRows')}
      </p>
      {failed?.status === 'error' && <QueryError error={failed.error} />}
      {last && (
        <div className="kpis" data-testid="tallies-kpis">
          <div className="kpi">
            <span className="kpi__label">
              {t('tallies.kpi.accidents', { fy: formatFiscalYear(last.fiscal_year, lang) })}
            </span>
            <strong data-testid="tallies-kpi-accidents">{formatInteger(last.accidents, lang)}</strong>
            <span className="kpi__delta">{t('tallies.kpi.yoy', { pct: yoy(last.accidents, prev?.accidents) })}</span>
          </div>
          {last.major !== null && (
            <div className="kpi">
              <span className="kpi__label">
                {t('tallies.kpi.major', { fy: formatFiscalYear(last.fiscal_year, lang) })}
              </span>
              <strong data-testid="tallies-kpi-major">{formatInteger(last.major, lang)}</strong>
              <span className="kpi__delta">
                {t('tallies.kpi.yoy', { pct: yoy(last.major, prev?.major ?? undefined) })}
              </span>
            </div>
          )}
          {last.quarters < 4 && <p className="notice">{t('tallies.kpi.partial', { n: last.quarters })}</p>}
        </div>
      )}
      {present.length > 0 && (
        <label className="stack-choice">
          {t('tallies.dimension')}{' '}
          <select
            value={dim ?? ''}
            onChange={(e) => setChosen(e.target.value as TallyDimension)}
            data-testid="tallies-dimension"
          >
            {present.map((d) => (
              <option key={d} value={d}>
                {t(`tallies.dim.${d}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      )}
      {spec && <ChartCard spec={spec} />}
      {dim && fys.length > 0 && (
        <table className="pivot-table" data-testid="tallies-pivot">
          <thead>
            <tr>
              <th>{t(`tallies.dim.${dim}` as MessageKey)}</th>
              {fys.map((fy) => (
                <th key={fy}>{formatFiscalYear(fy, lang)}</th>
              ))}
              <th>{t('tallies.yoy')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={String(k)}>
                <th scope="row">{tallyCategoryLabel(dim, k, t, lang)}</th>
                {fys.map((fy) => (
                  <td key={fy}>{cell(fy, k) ? formatInteger(cell(fy, k)!.accidents, lang) : '–'}</td>
                ))}
                <td>{yoy(cell(fys.at(-1)!, k)?.accidents, cell(fys.at(-2) ?? -1, k)?.accidents)}</td>
              </tr>
            ))}
            <tr className="pivot-table__total">
              <th scope="row">{t('tallies.sum')}</th>
              {fys.map((fy) => (
                <td key={fy} data-testid={`tallies-sum-${fy}`}>
                  {cell(fy, null, true) ? formatInteger(cell(fy, null, true)!.accidents, lang) : '–'}
                </td>
              ))}
              <td>{yoy(last?.accidents, prev?.accidents)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
