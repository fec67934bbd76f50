import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../state/i18n-context.ts';
import { useQueries } from '../../state/use-queries.ts';
import { QueryError } from '../QueryError.tsx';
import { caseHref } from '../../state/links.ts';
import { cellLabel, dimensionValueLabel } from '../../charts/dimension-labels.ts';
import { regionLabel } from '../../domain/prefectures.ts';
import { formatDuration, formatFiscalQuarter, formatInteger } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import type { FilterKey, Filters } from '../../query/report-filters.ts';
import { drillViewFromParams, drillViewToParams, type DrillView } from '../../query/drill-url.ts';
import { drilldownCount, drilldownRows, type CellKey, type DrillColumn } from '../../query/reports.ts';
import { useUrlState } from '../../state/use-url-state.ts';
import { useData } from '../../state/data-context.ts';
import { csvBlob } from '../../export/csv.ts';
import { DRILL_CSV_LIMIT, drillCsvTable } from '../../export/drill-csv.ts';
import { downloadBlob } from '../../export/download.ts';
import { exportFileName } from '../../export/filename.ts';

const PAGE_SIZE = 50;

const COLUMNS: [DrillColumn, MessageKey][] = [
  ['report_id', 'drill.col.id'],
  ['occurred_at', 'drill.col.occurred'],
  ['operator', 'drill.col.operator'],
  ['service_category', 'drill.col.service'],
  ['cause', 'drill.col.cause'],
  ['duration_min', 'drill.col.duration'],
  ['affected_users', 'drill.col.users'],
  ['region', 'drill.col.region'],
  ['is_major', 'drill.col.major'],
];

/** The records behind a clicked mark: paged, sortable, and for public cases linked to the case page. */
export function Drilldown(props: {
  table: string;
  filters: Filters;
  cell: CellKey[];
  ignore: FilterKey[];
  linkCases: boolean;
  closeHref: string;
  /** File name stem and provenance of the CSV download. */
  csvName: { id: string; synthetic: boolean };
}) {
  const { t, lang } = useI18n();
  const [url, update] = useUrlState();
  const view = drillViewFromParams(url.params);
  const sort = useMemo(() => ({ col: view.sort, desc: view.desc }), [view.sort, view.desc]);
  const page = view.page;
  const setView = (next: DrillView) => update({ params: { ...url.params, ...drillViewToParams(next) } });
  const setPage = (p: number) => setView({ ...view, page: p });
  const setSort = (col: DrillColumn) => setView({ sort: col, desc: view.sort === col ? !view.desc : false, page: 0 });
  // The CSV holds every record of the cell, not just this page: its query runs only when asked for.
  const data = useData();
  const [csvBusy, setCsvBusy] = useState(false);
  const [csvStatus, setCsvStatus] = useState('');
  const downloadCsv = () => {
    if (data.status !== 'ready') return;
    const askedAt = new Date();
    setCsvBusy(true);
    setCsvStatus(t('drill.csv.working'));
    const query = drilldownRows(props.table, props.filters, props.cell, {
      sort: view.sort,
      desc: view.desc,
      page: 0,
      pageSize: DRILL_CSV_LIMIT,
      ignore: props.ignore,
    });
    data
      .run(query)
      .then((records) => {
        const table = drillCsvTable(records, t, lang);
        const file = exportFileName(
          { id: `${props.csvName.id}-records`, synthetic: props.csvName.synthetic },
          'csv',
          askedAt,
        );
        downloadBlob(csvBlob(table.columns, table.rows), file);
        const cut =
          records.length >= DRILL_CSV_LIMIT
            ? ` ${t('drill.csv.cut', { limit: formatInteger(DRILL_CSV_LIMIT, lang) })}`
            : '';
        setCsvStatus(t('drill.csv.saved', { file, n: formatInteger(records.length, lang) }) + cut);
      })
      .catch((e: unknown) => setCsvStatus(e instanceof Error ? e.message : String(e)))
      .finally(() => setCsvBusy(false));
  };
  const countQ = useMemo(
    () => drilldownCount(props.table, props.filters, props.cell, props.ignore),
    [props.table, props.filters, props.cell, props.ignore],
  );
  const rowsQ = useMemo(
    () =>
      drilldownRows(props.table, props.filters, props.cell, {
        sort: sort.col,
        desc: sort.desc,
        page,
        pageSize: PAGE_SIZE,
        ignore: props.ignore,
      }),
    [props.table, props.filters, props.cell, props.ignore, sort, page],
  );
  // Count and page arrive together: the badge never announces records the table does not show yet.
  const queries = useMemo(() => ({ count: countQ, rows: rowsQ }), [countQ, rowsQ]);
  const { last, error } = useQueries(queries, null);
  const n = last ? (last.rows.count[0]?.n ?? 0) : null;
  const ref = useRef<HTMLElement>(null);
  // Mounted afresh for each cell (the parent keys it), so this runs once per drill-down.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const pages = n === null ? 1 : Math.max(1, Math.ceil(n / PAGE_SIZE));

  return (
    <section ref={ref} className="drilldown" aria-labelledby="drill-title" data-testid="drilldown">
      <header className="drilldown__head">
        <h3 id="drill-title">{t('drill.title', { cell: cellLabel(props.cell, t, lang) })}</h3>
        {n !== null && (
          <span className="badge badge--on" data-testid="drill-count">
            {t('drill.count', { n: formatInteger(n, lang) })}
          </span>
        )}
        <button
          type="button"
          className="link-button"
          data-testid="drill-csv"
          disabled={csvBusy || data.status !== 'ready'}
          onClick={downloadCsv}
        >
          {t('drill.csv')}
        </button>
        <a className="link-button" href={props.closeHref} data-testid="drill-close">
          {t('drill.close')}
        </a>
      </header>
      {error && <QueryError error={error} />}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {COLUMNS.map(([col, label]) => (
                <th
                  key={col}
                  scope="col"
                  aria-sort={sort.col === col ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    data-testid={`drill-sort-${col}`}
                    onClick={() => setSort(col)}
                  >
                    {t(label)}
                    <span aria-hidden="true">{sort.col === col ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {last &&
              last.rows.rows.map((r) => (
                <tr key={r.report_id} data-testid="drill-row">
                  <td>{props.linkCases ? <a href={caseHref(r.report_id, lang)}>{r.report_id}</a> : r.report_id}</td>
                  <td>
                    {r.occurred_at}
                    <br />
                    <small>{formatFiscalQuarter(r.fiscal_year, r.quarter, lang)}</small>
                  </td>
                  <td>{r.operator}</td>
                  <td>{dimensionValueLabel('service_category', r.service_category, t, lang)}</td>
                  <td>{dimensionValueLabel('cause', r.cause, t, lang)}</td>
                  <td className="num">{formatDuration(r.duration_min, lang)}</td>
                  <td className="num">
                    {r.affected_users === null ? t('common.notPublished') : formatInteger(r.affected_users, lang)}
                  </td>
                  <td>{r.region ? regionLabel(r.region, lang) : t('dimValue.null')}</td>
                  <td>{r.is_major === null ? t('dimValue.null') : r.is_major ? t('common.yes') : t('common.no')}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <p role="status" aria-live="polite" className="drilldown__status" data-testid="drill-csv-status">
        {csvStatus}
      </p>
      <nav className="pager" aria-label="pages">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)} data-testid="drill-prev">
          {t('drill.prev')}
        </button>
        <span data-testid="drill-page">{t('drill.page', { page: page + 1, pages })}</span>
        <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)} data-testid="drill-next">
          {t('drill.next')}
        </button>
      </nav>
    </section>
  );
}
