import { CAUSE_GROUP, CAUSES } from '../../../src/domain/causes.ts';
import { EVIDENCE_LEVELS, type Evidence } from '../../../src/domain/evidence.ts';
import { USER_QUALIFIERS, type UserQualifier } from '../../../src/domain/qualifiers.ts';
import { parseServiceCategories, type ServiceCategory } from '../../../src/domain/thresholds.ts';
import type { CaseRow } from '../../../src/domain/schema/case-row.ts';
import type { CsvRecord } from '../csv.ts';
import { parsePublishedTime } from './published-time.ts';
import { fail, oneOf, optionalNumber, optionalText, requiredText, type Cell } from './source-error.ts';

/** Sources are space-separated URLs or `seed:` document names (which contain spaces themselves). */
export function splitSources(text: string): string[] {
  return [...text.matchAll(/(https?:\/\/\S+|seed:.*?)(?=\s+https?:\/\/|\s+seed:|\s*$)/g)].map((m) => m[1]!.trim());
}

export function parseCase(rec: CsvRecord, file: string): CaseRow {
  const at: Cell = { file, line: rec.line };
  const v = rec.values;
  const id = requiredText(at, v, 'id');
  const idMatch = /^JP-(\d{4})-\d{2}$/.exec(id);
  if (!idMatch) fail(at, 'id', `"${id}" is not of the form JP-<fiscal year>-<nn>`);
  const occurredAt = requiredText(at, v, 'occurred_at');
  const time = parsePublishedTime(occurredAt);
  if (!time) fail(at, 'occurred_at', `"${occurredAt}" is not a date (YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM+09:00)`);
  if (Number(idMatch[1]) !== time.fiscalYear) {
    fail(at, 'occurred_at', `${occurredAt} falls in FY${time.fiscalYear}, but the id says FY${idMatch[1]}`);
  }
  const users = optionalNumber(at, v, 'affected_users', true);
  const qualifierText = optionalText(v, 'affected_users_qualifier');
  let qualifier: UserQualifier | null = null;
  if (qualifierText !== null) qualifier = oneOf(at, v, 'affected_users_qualifier', USER_QUALIFIERS);
  if (users === null && qualifier !== null) fail(at, 'affected_users_qualifier', 'given without affected_users');
  if (users !== null && qualifier === null) qualifier = 'exact';
  const categoryText = optionalText(v, 'service_category');
  let categories: ServiceCategory[] = [];
  try {
    categories = categoryText ? parseServiceCategories(categoryText) : [];
  } catch (e) {
    fail(at, 'service_category', (e as Error).message);
  }
  const cause = oneOf(at, v, 'cause_category', CAUSES);
  const major = (v.is_major ?? '').trim();
  if (!['true', 'false', ''].includes(major)) fail(at, 'is_major', `"${major}" is not true, false or empty`);
  const sourceText = requiredText(at, v, 'source_url');
  const sources = splitSources(sourceText);
  if (sources.length === 0) fail(at, 'source_url', `no URL or seed: document in "${sourceText}"`);
  return {
    id,
    fiscal_year: time.fiscalYear,
    quarter: time.quarter,
    operator_ja: requiredText(at, v, 'operator_ja'),
    operator_en: requiredText(at, v, 'operator_en'),
    occurred_at: occurredAt,
    occurred_precision: time.precision,
    started_at: time.startedAt,
    occurred_date: time.date,
    duration_min: optionalNumber(at, v, 'duration_minutes', false),
    affected_users: users,
    users_qualifier: qualifier,
    region: optionalText(v, 'region'),
    service_category_ja: categoryText,
    service_categories: categories,
    services_affected: optionalText(v, 'services_affected'),
    cause,
    cause_group: CAUSE_GROUP[cause],
    cause_ja: optionalText(v, 'cause_ja'),
    summary_en: requiredText(at, v, 'summary_en'),
    countermeasures_en: optionalText(v, 'countermeasures_en'),
    inquiries: optionalNumber(at, v, 'inquiries', true),
    is_major: major === '' ? null : major === 'true',
    evidence: oneOf<Evidence>(at, v, 'evidence', EVIDENCE_LEVELS),
    source_urls: sources,
    notes: optionalText(v, 'notes'),
  };
}
