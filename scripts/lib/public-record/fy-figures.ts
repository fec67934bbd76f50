import type { CsvRecord } from '../csv.ts';
import { fail, httpUrl, optionalNumber, optionalText, requiredText, type Cell, type Row } from './source-error.ts';

/** The yearly published figures of six source files in one tidy table (see data/SCHEMA.md, fy_figures). */
export interface FyFigureRow {
  fiscal_year: number;
  measure: string;
  scope: string;
  dimension: 'total' | 'cause' | 'service' | 'users' | 'duration';
  category: string | null;
  category_en: string | null;
  count: number | null;
  percent: number | null;
  operators: number | null;
  value_as_published: string | null;
  uncertain: boolean;
  /** Not printed by any source: worked out from what one says (FY2018's major count). Show only marked. */
  derived: boolean;
  source_kind: 'primary' | 'mirror' | 'secondary' | 'diet';
  source_url: string;
  /** A third-party copy of the source document, where the figure was read there. */
  mirror_url: string | null;
  source_note: string;
  source_file: string;
  source_line: number;
}

/** The population a figure counts. Figures of different measures must never be drawn as one series. */
export const MEASURES = {
  quarterly_reported: 'quarterly-reported accidents (四半期報告事故, detailed-form reports)',
  quarterly_simple: 'quarterly-reported accidents, simplified-form reports (簡易な様式)',
  major: 'major accidents (重大な事故)',
  all_reported_pre2010: 'all reported accidents, pre-FY2010 series',
  other_pre2010: 'other accidents, pre-FY2010 series (all reported minus major)',
  unclear: 'population not stated by the source',
} as const;
export type Measure = keyof typeof MEASURES;

const REPORT_COUNT_MEASURE: Record<string, Measure> = {
  all_reported_pre2010_series: 'all_reported_pre2010',
  other_accidents_pre2010_series: 'other_pre2010',
  major: 'major',
  quarterly_detailed: 'quarterly_reported',
  quarterly_simple: 'quarterly_simple',
};

function sourceKind(note: string): FyFigureRow['source_kind'] {
  if (note.startsWith('[MIC release text as mirrored')) return 'mirror';
  if (note.startsWith('[MIC official in the Diet')) return 'diet';
  if (note.startsWith('[MIC')) return 'primary';
  return 'secondary';
}

function measureOfScope(at: Cell, scope: string): Measure {
  const s = scope.toLowerCase();
  if (s.startsWith('unclear')) return 'unclear';
  if (s.includes('pre-fy2010')) return 'all_reported_pre2010';
  if (s === 'major') return 'major';
  if (s.includes('quarterly-reported')) return 'quarterly_reported';
  return fail(at, 'scope', `cannot tell which population "${scope}" counts`);
}

/** An http(s) URL, or `doc:` naming a document that has no URL; anything else (javascript:, ftp:) is refused. */
function sourceRef(at: Cell, text: string): string {
  return /^doc:\S/.test(text) ? text : httpUrl(at, 'source_url', text);
}

function fiscalYear(at: Cell, v: Row): number {
  const fy = optionalNumber(at, v, 'fiscal_year', true);
  if (fy === null || fy < 1985 || fy > 2100) fail(at, 'fiscal_year', `"${v.fiscal_year}" is not a fiscal year`);
  return fy;
}

function base(at: Cell, v: Row, file: string) {
  const note = requiredText(at, v, 'source_note');
  const source = sourceRef(at, requiredText(at, v, 'source_url'));
  const mirror = optionalText(v, 'mirror_url');
  // A document without a URL was read somewhere: without the copy, the figure would trace to nothing one can open.
  if (source.startsWith('doc:') && mirror === null) {
    fail(
      at,
      'mirror_url',
      'is empty, but source_url names a document without a URL (doc:): give the copy it was read in',
    );
  }
  return {
    fiscal_year: fiscalYear(at, v),
    uncertain: /UNCERTAIN/.test(note),
    derived: /\bDERIVED\b/.test(note),
    source_kind: sourceKind(note),
    source_url: source,
    mirror_url: mirror,
    source_note: note,
    source_file: file,
    source_line: at.line,
  };
}

/** fy_totals.csv: one row per year and source, two measures side by side. */
export function fromTotals(rec: CsvRecord, file: string): FyFigureRow[] {
  const at: Cell = { file, line: rec.line };
  const v = rec.values;
  const b = base(at, v, file);
  const out: FyFigureRow[] = [];
  for (const measure of ['quarterly_reported', 'major'] as const) {
    const count = optionalNumber(at, v, measure, true);
    if (count === null) continue;
    out.push({
      ...b,
      measure,
      scope: MEASURES[measure],
      dimension: 'total',
      category: null,
      category_en: null,
      count,
      percent: null,
      operators: null,
      value_as_published: null,
    });
  }
  return out;
}

export function fromReportCounts(rec: CsvRecord, file: string): FyFigureRow {
  const at: Cell = { file, line: rec.line };
  const v = rec.values;
  const category = requiredText(at, v, 'category');
  const measure = REPORT_COUNT_MEASURE[category];
  if (!measure) fail(at, 'category', `unknown category "${category}"`);
  return {
    ...base(at, v, file),
    measure,
    scope: requiredText(at, v, 'category_ja'),
    dimension: 'total',
    category: null,
    category_en: null,
    count: optionalNumber(at, v, 'count', true),
    percent: null,
    operators: optionalNumber(at, v, 'operators', true),
    value_as_published: null,
  };
}

const BREAKDOWN = {
  cause: { group: 'cause_group', detail: 'cause_detail', en: 'cause_group_en' },
  service: { group: 'service_group', detail: 'service_detail', en: null },
  users: { group: 'users_bucket', detail: null, en: null },
  duration: { group: 'duration_bucket', detail: null, en: null },
} as const;

/** by_cause / by_service / by_users / by_duration: breakdowns as published, each with its scope. */
export function fromBreakdown(rec: CsvRecord, file: string, dimension: keyof typeof BREAKDOWN): FyFigureRow {
  const at: Cell = { file, line: rec.line };
  const v = rec.values;
  const cols = BREAKDOWN[dimension];
  const scope = requiredText(at, v, 'scope');
  const group = requiredText(at, v, cols.group);
  const detail = cols.detail ? optionalText(v, cols.detail) : null;
  const b = base(at, v, file);
  return {
    ...b,
    measure: measureOfScope(at, scope),
    scope,
    dimension,
    category: detail ? `${group} (${detail})` : group,
    category_en: cols.en ? optionalText(v, cols.en) : null,
    count: optionalNumber(at, v, 'count', true),
    percent: optionalNumber(at, v, 'percent', false),
    operators: null,
    value_as_published: optionalText(v, 'value_as_published'),
    uncertain: b.uncertain || scope.toLowerCase().startsWith('unclear'),
  };
}
