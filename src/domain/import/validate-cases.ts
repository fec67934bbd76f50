import { CAUSE_GROUP, type Cause } from '../causes.ts';
import { CASES } from '../schema/tables.ts';
import { parseCause, parseRegion, parseServiceCategory } from './codes.ts';
import {
  isJapaneseText,
  parseCaseStart,
  parseDurationQualifier,
  parseEvidence,
  parseQualifiedDuration,
  parseSources,
} from './case-values.ts';
import type { Mapping } from './mapping.ts';
import type { Problem } from './problems.ts';
import { checkDuration, checkFiscalPeriod, checkUsers, readGivenPeriod, readUsersQualifier } from './row-checks.ts';
import { RowReader, stringCell, textCell } from './row-reader.ts';
import type { RawTable } from './table.ts';
import { parseBoolean, parseCount, type WallTime } from './values.ts';
import type { ValidationResult } from './validate-reports.ts';

/** The `cases` table's columns, plus `imported_dataset` (the dataset's id, filled when the table is built). */
export interface CaseColumns {
  id: string[];
  fiscal_year: number[];
  quarter: number[];
  operator_ja: string[];
  operator_en: string[];
  occurred_at: string[];
  occurred_precision: string[];
  /** Wall-clock JST as epoch ms of the same fields in UTC; only for a start given to the minute. */
  started_at: (number | null)[];
  /** Epoch ms of the start's date (UTC midnight). */
  occurred_date: number[];
  duration_min: (number | null)[];
  duration_qualifier: (string | null)[];
  affected_users: (number | null)[];
  users_qualifier: (string | null)[];
  affected_users_max: (number | null)[];
  region: (string | null)[];
  region_ja: (string | null)[];
  service_category_ja: (string | null)[];
  service_categories: string[][];
  services_affected: (string | null)[];
  services_affected_ja: (string | null)[];
  cause: string[];
  cause_group: string[];
  cause_ja: (string | null)[];
  summary_en: string[];
  countermeasures_en: (string | null)[];
  countermeasures_ja: (string | null)[];
  ja_translated: string[][];
  inquiries: (number | null)[];
  is_major: (boolean | null)[];
  evidence: (string | null)[];
  source_urls: string[][];
  mirror_urls: string[][];
  notes: (string | null)[];
  imported_dataset: (string | null)[];
}

/** Ids a new case may not take: the public record's (null) and earlier imports' (the dataset's name). */
export type KnownCaseIds = ReadonlyMap<string, string | null>;

const p2 = (n: number) => String(n).padStart(2, '0');

/** The start as the `cases` table writes it: as precise as the file gave it. */
function occurredText(at: WallTime, precision: 'minute' | 'day' | 'month'): string {
  const month = `${at.y}-${p2(at.mo)}`;
  if (precision === 'month') return month;
  if (precision === 'day') return `${month}-${p2(at.d)}`;
  return `${month}-${p2(at.d)}T${p2(at.h)}:${p2(at.mi)}+09:00`;
}

/** A text in the file's language: Japanese to the `*_ja` column, anything else to the English one. */
const byLanguage = (text: string | null): [string | null, string | null] =>
  text === null ? [null, null] : isJapaneseText(text) ? [null, text] : [text, null];

/** 一、二 or 一・二: each numeral its category; the text itself is kept as written. */
function serviceCategories(raw: string) {
  const parts = raw.split(/[、,，;；・/／]/).filter((p) => p.trim() !== '');
  const codes: string[] = [];
  for (const p of parts) {
    const res = parseServiceCategory(p);
    if (res && 'error' in res) return res;
    if (res && !codes.includes(res.value)) codes.push(res.value);
  }
  return codes.length ? { value: { text: raw.trim(), codes } } : null;
}

/** One empty list per column of the `cases` table (so the two cannot drift), and imported_dataset. */
const emptyColumns = (): CaseColumns =>
  Object.fromEntries(
    [...CASES.columns.map((c) => c.name), 'imported_dataset'].map((n) => [n, []]),
  ) as unknown as CaseColumns;

/**
 * Reads and checks every record against the `cases` shape. An id may appear once in the file and must not be one
 * the public record (or an earlier import) already has. What the file does not give stays NULL (shown as
 * 非公表 / "not published"): nothing is filled in from a rule or a default.
 */
export function validateCases(table: RawTable, mapping: Mapping, known: KnownCaseIds): ValidationResult<CaseColumns> {
  const out = emptyColumns();
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  let flagged = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let r = 0; r < table.rowCount; r++) {
    const rr = new RowReader(table, mapping, problems, r);
    const id = rr.read('id', textCell, true);
    const start = rr.read('occurred_at', (c) => parseCaseStart(c as string | Date | null), true);
    const { fyGiven, qGiven } = readGivenPeriod(rr);
    const operatorJa = rr.read('operator_ja', textCell, true);
    const operatorEn = rr.read('operator_en', textCell, false);
    const duration = rr.read('duration_min', (c) => parseQualifiedDuration(c as string | number | null), false);
    const users = rr.read('affected_users', (c) => parseCount(c as string | number | null), false);
    const qualifierGiven = readUsersQualifier(rr);
    const durationQualifier = rr.read('duration_qualifier', (c) => parseDurationQualifier(textCell(c)), false);
    const usersMax = rr.read('affected_users_max', (c) => parseCount(c as string | number | null), false);
    const region = rr.read('region', (c) => parseRegion(stringCell(c)), false);
    const regionJaGiven = rr.read('region_ja', (c) => parseRegion(stringCell(c)), false);
    const service = rr.read('service_category_ja', (c) => serviceCategories(stringCell(c) ?? ''), false);
    const services = rr.read('services_affected', textCell, false);
    const servicesJaGiven = rr.read('services_affected_ja', textCell, false);
    const cause = rr.read('cause', (c) => parseCause(stringCell(c)), true) as Cause | null;
    const causeJa = rr.read('cause_ja', textCell, false);
    const summary = rr.read('summary_en', textCell, true);
    const inquiries = rr.read('inquiries', (c) => parseCount(c as string | number | null), false);
    const major = rr.read('is_major', (c) => parseBoolean(c as string | boolean | null), false);
    const evidence = rr.read('evidence', (c) => parseEvidence(stringCell(c)), false);
    const sources = rr.read('source_urls', (c) => parseSources(stringCell(c)), true);
    const notes = rr.read('notes', textCell, false);

    const { fy, quarter } = checkFiscalPeriod(rr, start?.at ?? null, fyGiven, qGiven);
    checkDuration(rr, duration?.min ?? null);
    checkUsers(rr, users?.n ?? null);
    const max = usersMax?.n ?? users?.max ?? null;
    if (users && max !== null && max < users.n)
      rr.report(
        usersMax ? 'affected_users_max' : 'affected_users',
        'type',
        `the range ends below its start (${users.n})`,
      );
    if (inquiries && (inquiries.n < 0 || !Number.isInteger(inquiries.n)))
      rr.report('inquiries', inquiries.n < 0 ? 'negative' : 'type', 'inquiries are a whole number, not negative');
    if (id !== null) {
      const first = seen.get(id);
      if (first !== undefined) rr.report('id', 'duplicate', `same id as row ${first}`);
      else seen.set(id, rr.row);
      if (known.has(id)) {
        const where = known.get(id);
        rr.report(
          'id',
          'id_exists',
          `${id} already exists ${where == null ? 'in the public record' : `in "${where}"`}`,
        );
      }
    }

    if (rr.errors > 0 || !id || !start || fy === null || quarter === null || !operatorJa || !cause || !summary)
      continue;
    if (!sources) continue;
    // A file with both columns (jiko's export) gives each language; one column goes by the language it is in.
    const [regionEn, regionJa] = regionJaGiven ? [region, regionJaGiven] : byLanguage(region);
    const [servicesEn, servicesJa] = servicesJaGiven ? [services, servicesJaGiven] : byLanguage(services);
    const { at, precision } = start;
    out.id.push(id);
    out.fiscal_year.push(fy);
    out.quarter.push(quarter);
    out.operator_ja.push(operatorJa);
    // One name given: it is the operator's name in either language (a name, not a translation).
    out.operator_en.push(operatorEn ?? operatorJa);
    out.occurred_at.push(occurredText(at, precision));
    out.occurred_precision.push(precision);
    out.started_at.push(precision === 'minute' ? Date.UTC(at.y, at.mo - 1, at.d, at.h, at.mi) : null);
    out.occurred_date.push(Date.UTC(at.y, at.mo - 1, at.d));
    out.duration_min.push(duration?.min ?? null);
    out.duration_qualifier.push(duration ? (durationQualifier ?? duration.qualifier) : null);
    out.affected_users.push(users?.n ?? null);
    out.users_qualifier.push(users ? (qualifierGiven ?? users.qualifier) : null);
    out.affected_users_max.push(users ? max : null);
    out.region.push(regionEn);
    out.region_ja.push(regionJa);
    out.service_category_ja.push(service?.text ?? null);
    out.service_categories.push(service?.codes ?? []);
    out.services_affected.push(servicesEn);
    out.services_affected_ja.push(servicesJa);
    out.cause.push(cause);
    out.cause_group.push(CAUSE_GROUP[cause]);
    out.cause_ja.push(causeJa);
    out.summary_en.push(summary);
    out.countermeasures_en.push(null);
    out.countermeasures_ja.push(null);
    out.ja_translated.push([]);
    out.inquiries.push(inquiries?.n ?? null);
    out.is_major.push(major);
    out.evidence.push(evidence);
    out.source_urls.push(sources);
    out.mirror_urls.push([]);
    out.notes.push(notes);
    out.imported_dataset.push(null);
    lo = Math.min(lo, fy * 4 + quarter - 1);
    hi = Math.max(hi, fy * 4 + quarter - 1);
    if (rr.warnings > 0) flagged++;
  }
  return {
    total: table.rowCount,
    valid: out.id.length,
    problems,
    columns: out,
    flagged,
    period: lo <= hi ? [lo, hi] : null,
  };
}
