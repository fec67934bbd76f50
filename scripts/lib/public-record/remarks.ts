import type { CsvRecord } from '../csv.ts';
import type { CaseRow } from '../../../src/domain/schema/case-row.ts';
import { REMARK_KINDS, type RemarkRow } from '../../../src/domain/schema/record-rows.ts';
import { fail, oneOf, optionalNumber, optionalText, requiredText, type Cell } from './source-error.ts';

/**
 * The council's questions, the operators' answers and the members' remarks, quoted from the council minutes
 * (case_remarks.csv). The build checks every quote and viewpoint against the minutes file it names, so the table
 * never holds a word the minutes do not.
 */

export type { RemarkRow };

function parseRemark(rec: CsvRecord, file: string, cases: Map<string, CaseRow>, minutes: (f: string) => string) {
  const at: Cell = { file, line: rec.line };
  const v = rec.values;
  const caseId = requiredText(at, v, 'case_id');
  if (!cases.has(caseId)) fail(at, 'case_id', `no case with id "${caseId}" in cases.csv`);
  const seq = optionalNumber(at, v, 'seq', true);
  if (seq === null) fail(at, 'seq', 'is empty but required');
  const kind = oneOf(at, v, 'kind', REMARK_KINDS);
  const viewpoint = optionalText(v, 'viewpoint_ja');
  const viewpointEn = optionalText(v, 'viewpoint_en');
  if (kind !== 'report' && viewpoint === null) fail(at, 'viewpoint_ja', `is empty, but a ${kind} needs its viewpoint`);
  if ((viewpoint === null) !== (viewpointEn === null))
    fail(at, 'viewpoint_en', 'must be given exactly with viewpoint_ja');
  const minutesFile = requiredText(at, v, 'minutes_file');
  if (!/^minutes\/[\w.-]+\.txt$/.test(minutesFile))
    fail(at, 'minutes_file', `"${minutesFile}" is not minutes/<name>.txt`);
  let text: string;
  try {
    text = minutes(minutesFile);
  } catch {
    return fail(at, 'minutes_file', `cannot read ${minutesFile}`);
  }
  const quote = requiredText(at, v, 'text_ja');
  if (!text.includes(quote)) fail(at, 'text_ja', `"${quote.slice(0, 40)}…" is not in ${minutesFile}`);
  if (viewpoint !== null && !text.includes(viewpoint)) {
    fail(at, 'viewpoint_ja', `"${viewpoint}" is not in ${minutesFile}`);
  }
  return {
    case_id: caseId,
    seq,
    kind,
    viewpoint_ja: viewpoint,
    viewpoint_en: viewpointEn,
    text_ja: quote,
    summary_en: requiredText(at, v, 'summary_en'),
    minutes_file: minutesFile,
    source: requiredText(at, v, 'source'),
  };
}

/** Validates case_remarks.csv: every case exists, (case, seq) is unique, every quote is in its minutes. */
export function parseRemarks(
  records: CsvRecord[],
  file: string,
  cases: Map<string, CaseRow>,
  minutes: (f: string) => string,
): RemarkRow[] {
  const seen = new Set<string>();
  return records.map((rec) => {
    const row = parseRemark(rec, file, cases, minutes);
    const key = `${row.case_id}#${row.seq}`;
    if (seen.has(key)) fail({ file, line: rec.line }, 'seq', `duplicate ${key}`);
    seen.add(key);
    return row;
  });
}
