import { CAUSES, type Cause } from '../domain/causes.ts';
import { SERVICE_CATEGORIES, type ServiceCategory } from '../domain/thresholds.ts';
import {
  formatRange,
  formatTextList,
  parseList,
  parseRange,
  isMalformedTextList,
  parseTextList,
} from './filter-codec.ts';
import { Conditions, type Where } from './where.ts';

/**
 * The filters shared by every report-level view (Quarterly, Explore). Empty lists and undefined bounds mean "no
 * filter". `period` is the brushed range of fiscal quarters as quarter indexes (fiscalYear * 4 + quarter - 1).
 */
export interface Filters {
  fyFrom?: number;
  fyTo?: number;
  quarters: number[];
  causes: Cause[];
  services: ServiceCategory[];
  operators: string[];
  majorOnly: boolean;
  usersMin?: number;
  usersMax?: number;
  durationMin?: number;
  durationMax?: number;
  period?: [number, number];
}

export const NO_FILTERS: Filters = { quarters: [], causes: [], services: [], operators: [], majorOnly: false };

export type FilterKey = keyof Filters;

/** How many filters are set (a range counts once), for the "N filters active" badge. */
export function activeFilterCount(f: Filters): number {
  return [
    f.fyFrom !== undefined || f.fyTo !== undefined,
    f.quarters.length > 0,
    f.causes.length > 0,
    f.services.length > 0,
    f.operators.length > 0,
    f.majorOnly,
    f.usersMin !== undefined || f.usersMax !== undefined,
    f.durationMin !== undefined || f.durationMax !== undefined,
    f.period !== undefined,
  ].filter(Boolean).length;
}

/**
 * The WHERE clause for a filter state, values only as parameters. `ignore` leaves filters out, e.g. the brushed
 * chart ignores its own brush (cross-filtering filters the *other* charts).
 */
export function whereClause(f: Filters, ignore: FilterKey[] = []): Where {
  const c = new Conditions();
  const use = (k: FilterKey) => !ignore.includes(k);
  if (use('fyFrom') && f.fyFrom !== undefined) c.add('fiscal_year >= ?', f.fyFrom);
  if (use('fyTo') && f.fyTo !== undefined) c.add('fiscal_year <= ?', f.fyTo);
  if (use('quarters')) c.in('quarter', f.quarters);
  if (use('causes')) c.in('cause', f.causes);
  if (use('services')) c.in('service_category', f.services);
  if (use('operators')) c.in('operator', f.operators);
  if (use('majorOnly') && f.majorOnly) c.add('is_major IS TRUE');
  if (use('usersMin') && f.usersMin !== undefined) c.add('affected_users >= ?', f.usersMin);
  if (use('usersMax') && f.usersMax !== undefined) c.add('affected_users <= ?', f.usersMax);
  if (use('durationMin') && f.durationMin !== undefined) c.add('duration_min >= ?', f.durationMin);
  if (use('durationMax') && f.durationMax !== undefined) c.add('duration_min <= ?', f.durationMax);
  if (use('period') && f.period) c.add('fiscal_year * 4 + quarter - 1 BETWEEN ? AND ?', f.period[0], f.period[1]);
  return c.where();
}

/**
 * Filters ⇄ URL parameters: fy=2015-2022, q=1,4, cause=a,b, svc=…, op=…(URI-encoded, comma-separated),
 * major=1, users=1000-50000, dur=120-, period=8060-8063 (grammar in filter-codec.ts).
 */
export function filtersFromParams(p: Record<string, string>): Filters {
  const [fyFrom, fyTo] = parseRange(p.fy);
  const [usersMin, usersMax] = parseRange(p.users);
  const [durationMin, durationMax] = parseRange(p.dur);
  const [pa, pb] = parseRange(p.period);
  const f: Filters = {
    ...NO_FILTERS,
    quarters: parseList(p.q, ['1', '2', '3', '4']).map(Number),
    causes: parseList<Cause>(p.cause, CAUSES),
    services: parseList<ServiceCategory>(p.svc, SERVICE_CATEGORIES),
    operators: parseTextList(p.op),
    majorOnly: p.major === '1',
  };
  if (fyFrom !== undefined) f.fyFrom = fyFrom;
  if (fyTo !== undefined) f.fyTo = fyTo;
  if (usersMin !== undefined) f.usersMin = usersMin;
  if (usersMax !== undefined) f.usersMax = usersMax;
  if (durationMin !== undefined) f.durationMin = durationMin;
  if (durationMax !== undefined) f.durationMax = durationMax;
  // kept as given: checkRanges swaps a backwards period and says so
  if (pa !== undefined && pb !== undefined) f.period = [pa, pb];
  return f;
}

const FILTER_PARAMS = ['fy', 'q', 'cause', 'svc', 'op', 'major', 'users', 'dur', 'period'] as const;

/** The URL parameters of a filter state; keys of unset filters map to '' so that merging clears them. */
export function filtersToParams(f: Filters): Record<(typeof FILTER_PARAMS)[number], string> {
  return {
    fy: formatRange(f.fyFrom, f.fyTo),
    q: [...f.quarters].sort().join(','),
    cause: f.causes.join(','),
    svc: f.services.join(','),
    op: formatTextList(f.operators),
    major: f.majorOnly ? '1' : '',
    users: formatRange(f.usersMin, f.usersMax),
    dur: formatRange(f.durationMin, f.durationMax),
    period: f.period ? `${f.period[0]}-${f.period[1]}` : '',
  };
}

/** Filter parameters whose values are broken escapes (`op=100%`): they are dropped, and the link is malformed. */
export function malformedFilterParams(p: Record<string, string>): string[] {
  return isMalformedTextList(p.op) ? ['op'] : [];
}
