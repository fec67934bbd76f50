import { parseCsv } from '../csv.ts';
import { parseAnnotations, type AnnotationRow } from './annotations.ts';
import type { CaseRow } from '../../../src/domain/schema/case-row.ts';
import { parseCase } from './cases.ts';
import { splitCountermeasures, type CountermeasureRow } from './countermeasures.ts';
import { fromBreakdown, fromReportCounts, fromTotals, type FyFigureRow } from './fy-figures.ts';
import { parseNotice, type NoticeRow } from './notices.ts';
import { parseRemarks, type RemarkRow } from './remarks.ts';
import { SourceError } from './source-error.ts';

export interface PublicRecord {
  cases: CaseRow[];
  case_notices: NoticeRow[];
  case_countermeasures: CountermeasureRow[];
  fy_figures: FyFigureRow[];
  case_annotations: AnnotationRow[];
  case_remarks: RemarkRow[];
}

export const SOURCE_FILES = [
  'cases.csv',
  'case_notices.csv',
  'fy_totals.csv',
  'fy_report_counts.csv',
  'by_cause.csv',
  'by_service.csv',
  'by_users.csv',
  'by_duration.csv',
  'case_annotations.csv',
  'case_remarks.csv',
] as const;
/** A source CSV, or a council minutes text under `minutes/` that case_remarks.csv quotes. */
export type SourceFile = (typeof SOURCE_FILES)[number] | `minutes/${string}`;

/** Validates every source file and turns them into jiko's public tables. Throws SourceError at the first bad value. */
export function buildPublicRecord(read: (file: SourceFile) => string): PublicRecord {
  const csv = (file: SourceFile) => parseCsv(read(file), file).records;

  const cases = csv('cases.csv').map((r) => parseCase(r, 'cases.csv'));
  const byId = new Map<string, CaseRow>();
  csv('cases.csv').forEach((r, i) => {
    const c = cases[i]!;
    if (byId.has(c.id)) throw new SourceError('cases.csv', r.line, 'id', `duplicate id ${c.id}`);
    byId.set(c.id, c);
  });

  const noticeRecords = csv('case_notices.csv');
  const case_notices = noticeRecords.map((r) => parseNotice(r, 'case_notices.csv', byId));
  const seen = new Set<string>();
  case_notices.forEach((n, i) => {
    const key = `${n.case_id}#${n.seq}`;
    if (seen.has(key)) throw new SourceError('case_notices.csv', noticeRecords[i]!.line, 'seq', `duplicate ${key}`);
    seen.add(key);
  });

  const fy_figures = [
    ...csv('fy_totals.csv').flatMap((r) => fromTotals(r, 'fy_totals.csv')),
    ...csv('fy_report_counts.csv').map((r) => fromReportCounts(r, 'fy_report_counts.csv')),
    ...csv('by_cause.csv').map((r) => fromBreakdown(r, 'by_cause.csv', 'cause')),
    ...csv('by_service.csv').map((r) => fromBreakdown(r, 'by_service.csv', 'service')),
    ...csv('by_users.csv').map((r) => fromBreakdown(r, 'by_users.csv', 'users')),
    ...csv('by_duration.csv').map((r) => fromBreakdown(r, 'by_duration.csv', 'duration')),
  ];

  const case_annotations = parseAnnotations(csv('case_annotations.csv'), 'case_annotations.csv', byId);

  const case_remarks = parseRemarks(csv('case_remarks.csv'), 'case_remarks.csv', byId, (f) =>
    read(f as `minutes/${string}`),
  );

  return {
    cases,
    case_notices,
    case_countermeasures: cases.flatMap(splitCountermeasures),
    fy_figures,
    case_annotations,
    case_remarks,
  };
}
