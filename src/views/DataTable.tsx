import type { SpecColumn } from '../charts/spec.ts';

/** The rows behind a chart, as a plain table ("show as table"). */
export function DataTable({
  columns,
  rows,
  caption,
}: {
  columns: SpecColumn[];
  rows: Record<string, unknown>[];
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.key}>{r[c.key] == null ? '—' : String(r[c.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
