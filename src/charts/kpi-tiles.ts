import { fromQuarterIndex } from '../domain/fiscal.ts';
import { totalQualifier } from '../domain/qualifiers.ts';
import {
  formatDuration,
  formatFiscalQuarter,
  formatInteger,
  formatPercent,
  formatRange,
  formatUsersTotal,
} from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';

import type { KpiRow } from '../query/reports.ts';
export type { KpiRow } from '../query/reports.ts';

export interface KpiTile {
  id: 'accidents' | 'major' | 'users' | 'duration';
  label: string;
  value: string;
  delta: string;
  /** Caveats of this tile's figure (qualified sums, figures not published). */
  note?: string;
}

export interface KpiModel {
  period: [number, number];
  previous: [number, number];
  periodLabel: string;
  previousLabel: string;
  /** Said when the data ends inside the chosen period: both periods are cut at the same quarter. */
  incomplete?: string;
  tiles: KpiTile[];
}

export function periodLabel([a, b]: [number, number], lang: Lang): string {
  const f = (i: number) => {
    const { fiscalYear, quarter } = fromQuarterIndex(i);
    return formatFiscalQuarter(fiscalYear, quarter, lang);
  };
  return formatRange(f(a), f(b), lang);
}

/**
 * The period the KPIs compare: the chosen one, cut at the last quarter that holds data, so an incomplete year is
 * set against the same quarters a year earlier rather than a whole year.
 */
export function kpiPeriod(period: [number, number], dataEnd: number | undefined): [number, number] {
  if (dataEnd === undefined || period[1] <= dataEnd) return period;
  return [period[0], Math.max(period[0], dataEnd)];
}

const EMPTY = { accidents: 0, major: 0, users: null, duration_median: null };

/** Headline figures and their change on a year earlier. A year-ago 0 is data; a missing figure is not. */
export function kpiTiles(
  rows: KpiRow[],
  asked: [number, number],
  dataEnd: number | undefined,
  t: Translate,
  lang: Lang,
): KpiModel {
  const period = kpiPeriod(asked, dataEnd);
  const previous: [number, number] = [period[0] - 4, period[1] - 4];
  const cur = rows.find((r) => r.period === 'current') ?? { ...EMPTY, period: 'current' };
  const prev = rows.find((r) => r.period === 'previous') ?? { ...EMPTY, period: 'previous' };
  const change = (a: number | null, b: number | null) => {
    if (a === null) return t('kpi.noCurrent');
    if (b === null) return t('kpi.noPrevious');
    if (b === 0) return a === 0 ? t('kpi.sameZero') : t('kpi.fromZero');
    return t('kpi.vsLastYear', { change: formatPercent((a - b) / b, lang).replace('-', '−') });
  };
  const quals = (r: Partial<KpiRow>) => ({
    upper: r.users_upper ?? 0,
    lower: r.users_lower ?? 0,
    approx: r.users_approx ?? 0,
    missing: r.users_missing ?? 0,
  });
  const q = quals(cur);
  const usersNote = [
    q.upper + q.lower + q.approx > 0
      ? t('kpi.users.qualified', { upper: q.upper, lower: q.lower, approx: q.approx })
      : '',
    q.missing > 0 && cur.accidents > q.missing ? t('kpi.users.missing', { n: q.missing }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const tiles: KpiTile[] = [
    {
      id: 'accidents',
      label: t('kpi.accidents'),
      value: formatInteger(cur.accidents, lang),
      delta: change(cur.accidents, prev.accidents),
    },
    { id: 'major', label: t('kpi.major'), value: formatInteger(cur.major, lang), delta: change(cur.major, prev.major) },
    {
      id: 'users',
      label: t('kpi.users'),
      value: cur.users === null ? '—' : formatUsersTotal(cur.users, totalQualifier(q), lang),
      delta: change(cur.users, prev.users),
      ...(usersNote ? { note: usersNote } : {}),
    },
    {
      id: 'duration',
      label: t('kpi.duration'),
      value: cur.duration_median === null ? '—' : formatDuration(cur.duration_median, lang),
      delta: change(cur.duration_median, prev.duration_median),
    },
  ];
  const incomplete =
    period[1] < asked[1] ? t('kpi.incomplete', { last: periodLabel([period[1], period[1]], lang) }) : undefined;
  return {
    period,
    previous,
    periodLabel: periodLabel(period, lang),
    previousLabel: periodLabel(previous, lang),
    ...(incomplete ? { incomplete } : {}),
    tiles,
  };
}
