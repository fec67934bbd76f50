import type { CsvRecord } from '../csv.ts';
import { ANNOTATION_FIELDS, type AnnotationField, type CaseRow } from '../../../src/domain/schema/case-row.ts';
import { fail, oneOf, requiredText, type Cell } from './source-error.ts';

/**
 * Facts that the public record states only in a case's free-text notes, curated by hand in
 * case_annotations.csv. Each one quotes the note fragment it was read from (`from_text`), and the build
 * checks that the quote is really in the notes, so every annotation stays traceable.
 */

export interface AnnotationRow {
  case_id: string;
  field: AnnotationField;
  value: string;
  from_text: string;
}

/** Every duration written in a note fragment, in minutes: "1 h 49 min", "45 min", "2 h", "1時間49分". */
export function durationsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d+)\s*(?:h|時間)(?:\s*(\d+)\s*(?:min|分))?|(\d+)\s*(?:min|分)/g)) {
    out.push(m[3] !== undefined ? Number(m[3]) : Number(m[1]) * 60 + Number(m[2] ?? 0));
  }
  return out;
}

function checkValue(at: Cell, field: AnnotationField, value: string, quote: string, c: CaseRow): void {
  if (field === 'users_withheld') {
    if (value !== 'true') fail(at, 'value', `"${value}" must be "true" for users_withheld`);
    return;
  }
  const minutes = Number(value);
  if (!/^\d+$/.test(value)) fail(at, 'value', `"${value}" is not a whole number of minutes`);
  if (c.duration_min === null || minutes > c.duration_min) {
    fail(at, 'value', `${minutes} min is longer than the case's duration (${c.duration_min ?? 'not published'})`);
  }
  if (!durationsIn(quote).includes(minutes)) fail(at, 'from_text', `"${quote}" does not say ${minutes} min`);
}

function parseAnnotation(rec: CsvRecord, file: string, cases: Map<string, CaseRow>): AnnotationRow {
  const at: Cell = { file, line: rec.line };
  const v = rec.values;
  const caseId = requiredText(at, v, 'case_id');
  const c = cases.get(caseId);
  if (!c) fail(at, 'case_id', `no case with id "${caseId}" in cases.csv`);
  const field = oneOf(at, v, 'field', ANNOTATION_FIELDS);
  const value = requiredText(at, v, 'value');
  const quote = requiredText(at, v, 'from_text');
  if (!c.notes?.includes(quote)) fail(at, 'from_text', `"${quote}" is not in the notes of ${caseId}`);
  checkValue(at, field, value, quote, c);
  return { case_id: caseId, field, value, from_text: quote };
}

/** Validates case_annotations.csv against the cases: one value per case and field, each quoted from its notes. */
export function parseAnnotations(records: CsvRecord[], file: string, cases: Map<string, CaseRow>): AnnotationRow[] {
  const seen = new Set<string>();
  return records.map((rec) => {
    const row = parseAnnotation(rec, file, cases);
    const key = `${row.case_id}#${row.field}`;
    if (seen.has(key)) fail({ file, line: rec.line }, 'field', `duplicate ${key}`);
    seen.add(key);
    return row;
  });
}
