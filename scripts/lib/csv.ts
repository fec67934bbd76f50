/** RFC 4180 CSV with the 1-based line each record starts on, so validation errors can point at file:line. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export class CsvError extends Error {}

export function parseCsv(text: string, file: string): { header: string[]; records: CsvRecord[] } {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new CsvError(`${file}:${rowLine}: unterminated quoted field`);
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  const [head, ...body] = nonEmpty;
  if (!head) throw new CsvError(`${file}: empty file`);
  const header = head.cells;
  const records = body.map((r) => {
    if (r.cells.length !== header.length) {
      throw new CsvError(`${file}:${r.line}: expected ${header.length} fields, found ${r.cells.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = r.cells[i]!));
    return { line: r.line, values };
  });
  return { header, records };
}
