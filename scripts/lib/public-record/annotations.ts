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
  /** The value is worked out from what the source says (19 − 16 minutes), not printed by it. */
  derived: boolean;
  from_text: string;
}

const MINUTE_FIELDS: readonly AnnotationField[] = ['main_impact_min', 'alert_after_min'];
const TIME_FIELDS: readonly AnnotationField[] = ['recovered_at', 'partly_recovered_at'];

/** Minutes between two JST wall-clock times written "YYYY-MM-DDTHH:MM". */
function minutesFrom(start: string, end: string): number {
  return (Date.parse(`${end}:00Z`) - Date.parse(`${start.slice(0, 16)}:00Z`)) / 60_000;
}

/** Every duration written in a note fragment, in minutes: "1 h 49 min", "45 min", "2 h", "1時間49分". */
export function durationsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d+)\s*(?:h|時間)(?:\s*(\d+)\s*(?:min|分))?|(\d+)\s*(?:min|分)/g)) {
    out.push(m[3] !== undefined ? Number(m[3]) : Number(m[1]) * 60 + Number(m[2] ?? 0));
  }
  return out;
}

function checkTime(at: Cell, field: AnnotationField, value: string, quote: string, c: CaseRow): void {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value))
    fail(at, 'value', `"${value}" is not a JST time YYYY-MM-DDTHH:MM`);
  if (!quote.includes(value.slice(11))) fail(at, 'from_text', `"${quote}" does not contain ${value.slice(11)}`);
  if (!c.started_at) fail(at, 'value', `${c.id} has no published start time to recover from`);
  const after = minutesFrom(c.started_at.replace(' ', 'T'), value);
  if (!(after > 0)) fail(at, 'value', `${value} is not after the start ${c.started_at}`);
  // A computed recovery must agree with a published one whenever both figures are exact.
  if (
    field === 'recovered_at' &&
    c.duration_min !== null &&
    c.duration_qualifier === null &&
    after !== c.duration_min
  ) {
    fail(at, 'value', `${value} is ${after} min after the start, but the duration is ${c.duration_min} min`);
  }
}

function checkValue(at: Cell, field: AnnotationField, value: string, quote: string, c: CaseRow): void {
  if (field === 'users_withheld') {
    if (value !== 'true') fail(at, 'value', `"${value}" must be "true" for users_withheld`);
    return;
  }
  if (TIME_FIELDS.includes(field)) return checkTime(at, field, value, quote, c);
  if (!MINUTE_FIELDS.includes(field)) return;
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
  const derivedText = (v.derived ?? '').trim();
  if (!['true', 'false'].includes(derivedText)) fail(at, 'derived', `"${derivedText}" is not true or false`);
  if (!c.notes?.includes(quote)) fail(at, 'from_text', `"${quote}" is not in the notes of ${caseId}`);
  checkValue(at, field, value, quote, c);
  return { case_id: caseId, field, value, derived: derivedText === 'true', from_text: quote };
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
