export const ja = {
  'explore.heading': '集計・ピボット',
  'explore.rows': '行',
  'explore.cols': '列',
  'explore.measure': '集計値',
  'explore.yoy': '前年比を表示',
  'explore.period.fy': '年度',
  'explore.period.fyq': '年度・四半期',
  'explore.measure.accidents': '事故件数',
  'explore.measure.major': '重大な事故の件数',
  'explore.measure.users': '影響利用者数 (合計)',
  'explore.measure.duration_median': '継続時間 (中央値)',
  'explore.measure.duration_p90': '継続時間 (90パーセンタイル)',
  'explore.total.sum': '合計',
  'explore.total.all': '全体',
  'explore.table.caption': '{measure}: {rows}別・{cols}別',
  'explore.table.empty': '条件に合う報告はありません。',
  'explore.table.hint': 'セルをクリックすると、その集計の元になった報告を表示します。',
  'explore.yoy.note':
    '前年比は前年度 (四半期は前年度の同じ四半期) の値との比較です。前年の値がない、または0のときは「—」。',
  'explore.nonAdditive':
    '中央値と90パーセンタイルは足し合わせられません。合計欄 (全体) は各セルの合計ではなく、該当する報告すべてから計算した値です。',
  'explore.yoy.none': '前年の値なし',
  'chart.pivot.title': '{measure} ({rows}別・{cols}別)',
  'chart.pivot.topValue':
    '値の大きい上位{n}件の{rows}だけを描いています。ほかの{rest}件は省略 (表にはすべてあります)。',
  'chart.pivot.topRecords':
    '報告件数の多い上位{n}件の{rows}だけを描いています。ほかの{rest}件は省略 (表にはすべてあります)。',
  'chart.pivot.hint': '点をクリックすると、その値の元になった報告を表示します。',
  'chart.pivot.noPeriod': '年度が不明な報告 ({n}件) はグラフに描いていません (表にはあります)。',
  'chart.pivot.records': '報告件数',
} as const;

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
  'chart.pivot.noPeriod': 'Reports without a fiscal year ({n}) are not drawn (the table has them).',
  'chart.pivot.records': 'reports',
};
