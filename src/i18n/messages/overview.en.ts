import type { ja } from './overview.ts';

/** English for `overview.ts` (loaded only when the page is in English). */
export const en: Record<keyof typeof ja, string> = {
  'overview.heading': 'Overview — public record',
  'overview.intro':
    '{cases} individual accidents (FY{first}–FY{last}) collected from MIC documents and news reports, and the yearly figures MIC published. MIC counted more major accidents than this list holds: the case list is partial.',
  'chart.byCause.title': 'Accident cases per fiscal year, by cause',
  'chart.byCause.y': 'cases',
  'chart.byCause.partial':
    'Partial list: MIC counted 3–18 major accidents a year (FY2019: 3); this record holds 0–10 a year.',
  'chart.totals.title': 'Reported accidents per fiscal year',
  'chart.totals.y': 'accidents',
  'chart.totals.breaks':
    'Vertical rules mark series breaks: FY2008 quality degradation counted, FY2010 the quarterly-reported series (detailed-form reports) begins (it counts a different population from the "reported accidents" series to FY2009 and is not comparable with it; the sources do not say why the count rose), FY2015 per-service thresholds.',
  'chart.major.breaks':
    "Vertical rules mark changes of the major-accident rule: FY2008 quality degradation counted, FY2015 per-service thresholds. There is no break at FY2010 (MIC compares FY2010's 15 directly with FY2008–09's 18).",
  'chart.major.derived':
    "The hollow bar is derived, not published: FY2018's 4 comes from the article on FY2019 saying its 3 were one fewer than the year before.",
  'chart.major.derivedLabel': '{n} (derived)',
  'chart.basis': 'basis',
  'chart.basis.published': 'published',
  'chart.basis.derived': 'derived (not published)',
  'chart.totals.gaps': 'Gaps are years with no published figure found (nothing interpolated).',
  'chart.major.title': 'Major accidents per fiscal year',
  'chart.major.y': 'major accidents',
  'chart.scatter.title': 'Duration × affected users (cases)',
  'chart.scatter.x': 'duration (minutes, log)',
  'chart.scatter.y': 'affected users (log)',
  'chart.scatter.thresholds':
    'Lines: FY2015+ major-accident thresholds per service category. Dotted: the rule before FY2015 (≥ 2 h and ≥ 30,000 users).',
  'chart.scatter.hollow': 'Hollow marks are "up to" (○) or "at least" (△) figures.',
  'chart.scatter.missing': '{n} cases without a published duration or user count are not drawn.',
  'chart.scatter.rulePre2015': 'before FY2015',
  'qualifier.exact': 'exact',
  'qualifier.approx': 'approx.',
  'qualifier.up_to': 'up to',
  'qualifier.at_least': 'at least',
  'qualifier.range': 'range (lower bound)',
  'series.quarterly_reported': 'Quarterly-reported accidents (detailed form, FY2010–)',
  'series.all_reported_pre2010': 'Reported accidents (series to FY2009)',
  'series.major': 'Major accidents',
  'series.break.2008': 'degradation counted',
  'series.break.2010': 'quarterly-reported series',
  'series.break.2015': 'per-service rules',
  'source.cases':
    'Source: jiko public record cases.csv ({n} cases from MIC documents and news reports; each case page lists its sources)',
  'source.fyFigures': 'Sources: {sources}',
  'table.cases.title': 'Accident cases',
  'table.col.date': 'Date',
  'table.col.fy': 'FY',
  'table.col.operator': 'Operator',
  'table.col.duration': 'Duration',
  'table.col.users': 'Affected users',
  'table.col.cause': 'Cause',
  'table.col.major': 'Major',
  'table.col.evidence': 'Evidence',
  'evidence.primary': 'primary',
  'evidence.secondary': 'news report',
  'evidence.weak': 'weak — verify',
  'evidence.none': 'not stated',
  'sort.asc': 'ascending',
  'sort.desc': 'descending',
};
