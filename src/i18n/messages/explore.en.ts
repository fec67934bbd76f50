import type { ja } from './explore.ts';

/** English for `explore.ts` (loaded only when the page is in English). */
export const en: Record<keyof typeof ja, string> = {
  'explore.heading': 'Explore: pivot table',
  'explore.rows': 'Rows',
  'explore.cols': 'Columns',
  'explore.measure': 'Measure',
  'explore.yoy': 'Show change vs a year earlier',
  'explore.period.fy': 'fiscal year',
  'explore.period.fyq': 'fiscal quarter',
  'explore.measure.accidents': 'Accidents',
  'explore.measure.major': 'Major accidents',
  'explore.measure.users': 'Affected users (sum)',
  'explore.measure.duration_median': 'Duration (median)',
  'explore.measure.duration_p90': 'Duration (90th percentile)',
  'explore.total.sum': 'Total',
  'explore.minutes': 'minutes',
  'pivot.csv.wide': 'CSV (as shown: totals and YoY)',
  'pivot.csv.long': 'CSV (long: one line per cell)',
  'pivot.csv.yoy': '{period} vs a year earlier',
  'pivot.csv.yoyShort': 'vs a year earlier',
  'explore.total.all': 'All',
  'explore.table.caption': '{measure} by {rows} and {cols}',
  'explore.table.empty': 'No reports match the filters.',
  'explore.table.hint': 'Click a cell to list the reports behind it.',
  'explore.yoy.note':
    'Change against the previous fiscal year (for quarters: the same quarter of the previous fiscal year). "—" when there is no prior value or it is 0.',
  'explore.nonAdditive':
    'Medians and percentiles cannot be added up: the "All" cells are computed from all the reports they cover, not summed from the cells.',
  'explore.yoy.none': 'no prior value',
  'chart.pivot.title': '{measure} by {rows} and {cols}',
  'chart.pivot.topValue':
    'Only the {n} {rows} values with the largest totals are drawn; {rest} others are left out (the table has them all).',
  'chart.pivot.topRecords':
    'Only the {n} {rows} values with the most reports are drawn; {rest} others are left out (the table has them all).',
  'chart.pivot.hint': 'Click a point to list the reports behind it.',
  'chart.pivot.split':
    'Report forms and the counted population changed in FY2010: lines are not joined across FY2009–FY2010.',
  'chart.pivot.gaps': 'Periods without records are gaps in the lines (nothing is interpolated).',
  'chart.pivot.noPeriod': 'Reports without a fiscal year ({n}) are not drawn (the table has them).',
  'chart.pivot.records': 'reports',
};
