/** One thing wrong (or worth a look) in an imported file, located by spreadsheet row and column. */
export type ProblemCode =
  | 'required'
  | 'type'
  | 'allowed'
  | 'no_such_date'
  | 'fy_mismatch'
  | 'quarter_mismatch'
  | 'group_mismatch'
  | 'negative'
  | 'absurd'
  | 'duplicate'
  | 'id_exists'
  | 'below_criterion'
  | 'major_differs'
  | 'major_exceeds'
  | 'band_sum'
  | 'ragged';

export interface Problem {
  /** Row as a spreadsheet shows it: the header is row 1, the first record row 2. */
  row: number;
  /** The file's column header (or the target column when the file has none). */
  column: string;
  value: string;
  code: ProblemCode;
  /** Specifics in English: the parser's reason, the expected value … */
  detail: string;
  /** Errors exclude the row; warnings keep it. */
  severity: 'error' | 'warning';
}

/** Problems as CSV for download (UTF-8 with BOM, like every CSV jiko writes). */
export function problemsCsv(problems: readonly Problem[], header: readonly string[]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [header.map(cell).join(',')];
  for (const p of problems) lines.push([p.row, p.column, p.value, p.severity, p.code, p.detail].map(cell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
