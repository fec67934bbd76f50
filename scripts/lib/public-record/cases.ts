import { CAUSE_GROUP, CAUSES } from '../../../src/domain/causes.ts';
import { EVIDENCE_LEVELS, type Evidence } from '../../../src/domain/evidence.ts';
import { USER_QUALIFIERS, type UserQualifier } from '../../../src/domain/qualifiers.ts';
import { parseServiceCategories, type ServiceCategory } from '../../../src/domain/thresholds.ts';
import {
  DURATION_QUALIFIERS,
  JA_FIELDS,
  type CaseRow,
  type DurationQualifier,
  type JaField,
} from '../../../src/domain/schema/case-row.ts';
import type { CsvRecord } from '../csv.ts';
import { parsePublishedTime } from './published-time.ts';
import { fail, httpUrl, oneOf, optionalNumber, optionalText, requiredText, type Cell } from './source-error.ts';

const JA_FIELD_NAMES = Object.keys(JA_FIELDS) as JaField[];

const countItems = (s: string | null) => (s ?? '').split(';').filter((x) => x.trim() !== '').length;

function parseJaFields(
  at: Cell,
  v: Record<string, string>,
): { ja: Record<JaField, string | null>; translated: JaField[] } {
  const ja = Object.fromEntries(JA_FIELD_NAMES.map((f) => [f, optionalText(v, f)])) as Record<JaField, string | null>;
  for (const f of JA_FIELD_NAMES) {
    const en = optionalText(v, JA_FIELDS[f]);
    // A Japanese page must never fall back to an unmarked English text, so a fact in English needs its Japanese.
    if (en !== null && ja[f] === null) fail(at, f, `is empty, but ${JA_FIELDS[f]} is given: add the Japanese text`);
    if (en === null && ja[f] !== null) fail(at, f, `is given, but ${JA_FIELDS[f]} is empty`);
  }
  if (countItems(ja.countermeasures_ja) !== countItems(optionalText(v, 'countermeasures_en'))) {
    fail(at, 'countermeasures_ja', 'does not have as many ;-separated items as countermeasures_en');
  }
  const translated = (optionalText(v, 'ja_translated') ?? '').split(/\s+/).filter((s) => s !== '');
  for (const f of translated) {
    if (!(JA_FIELD_NAMES as string[]).includes(f))
      fail(at, 'ja_translated', `"${f}" is not one of ${JA_FIELD_NAMES.join(', ')}`);
    if (ja[f as JaField] === null) fail(at, 'ja_translated', `names ${f}, which is empty`);
  }
  return { ja, translated: translated as JaField[] };
}

/**
 * A source: an http(s) URL (up to the next space), or a `seed:` document name, which contains spaces itself and so
 * runs up to the next URL or `seed:`, or the end.
 */
const SOURCE = /(https?:\/\/\S+|seed:.*?(?=\s+https?:\/\/|\s+seed:|\s*$))/g;

/** Sources are space-separated URLs or `seed:` document names (which contain spaces themselves). */
export function splitSources(text: string): string[] {
  return [...text.matchAll(SOURCE)].map((m) => m[1]!.trim());
}

/** Whatever of the source text is neither an http(s) URL nor a `seed:` document, e.g. `javascript:alert(1)`. */
export function strayInSources(text: string): string | null {
  const rest = text.replace(SOURCE, ' ').trim();
  return rest === '' ? null : (rest.split(/\s+/)[0] ?? rest);
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
  const usersMax = optionalNumber(at, v, 'affected_users_max', true);
  if (usersMax !== null && qualifier !== 'range')
    fail(at, 'affected_users_max', 'is given, but the qualifier is not range');
  if (usersMax !== null && users !== null && usersMax <= users) {
    fail(at, 'affected_users_max', `${usersMax} is not above the lower bound ${users}`);
  }
  const duration = optionalNumber(at, v, 'duration_minutes', false);
  let durationQualifier: DurationQualifier | null = null;
  if (optionalText(v, 'duration_qualifier') !== null) {
    durationQualifier = oneOf(at, v, 'duration_qualifier', DURATION_QUALIFIERS);
    if (duration === null) fail(at, 'duration_qualifier', 'given without duration_minutes');
  }
  const { ja, translated } = parseJaFields(at, v);
  const mirrors = (optionalText(v, 'mirror_urls') ?? '').split(/\s+/).filter((s) => s !== '');
  for (const m of mirrors) if (!/^https?:\/\/\S+$/.test(m)) fail(at, 'mirror_urls', `"${m}" is not a URL`);
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
  const stray = strayInSources(sourceText);
  if (stray !== null) fail(at, 'source_url', `"${stray}" is neither an http(s) URL nor a seed: document`);
  const sources = splitSources(sourceText);
  if (sources.length === 0) fail(at, 'source_url', `no URL or seed: document in "${sourceText}"`);
  for (const s of sources) if (!s.startsWith('seed:')) httpUrl(at, 'source_url', s);
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
    duration_min: duration,
    duration_qualifier: durationQualifier,
    affected_users: users,
    users_qualifier: qualifier,
    affected_users_max: usersMax,
    region: optionalText(v, 'region'),
    region_ja: ja.region_ja,
    service_category_ja: categoryText,
    service_categories: categories,
    services_affected: optionalText(v, 'services_affected'),
    services_affected_ja: ja.services_affected_ja,
    cause,
    cause_group: CAUSE_GROUP[cause],
    cause_ja: optionalText(v, 'cause_ja'),
    summary_en: requiredText(at, v, 'summary_en'),
    countermeasures_en: optionalText(v, 'countermeasures_en'),
    countermeasures_ja: ja.countermeasures_ja,
    ja_translated: translated,
    inquiries: optionalNumber(at, v, 'inquiries', true),
    is_major: major === '' ? null : major === 'true',
    evidence: oneOf<Evidence>(at, v, 'evidence', EVIDENCE_LEVELS),
    source_urls: sources,
    mirror_urls: mirrors,
    notes: optionalText(v, 'notes'),
  };
}
