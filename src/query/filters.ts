import type { Cause } from '../domain/causes.ts';
import type { ServiceCategory } from '../domain/thresholds.ts';
import { placeholders, type SqlParam } from './sql.ts';

/**
 * The filters shared by every report-level view. Empty lists and undefined bounds mean "no filter".
 * `period` is the brushed range of fiscal quarters as quarter indexes (fiscalYear * 4 + quarter - 1).
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

export interface Where {
  sql: string;
  params: SqlParam[];
}

/**
 * The WHERE clause for a filter state, values only as parameters. `ignore` leaves filters out, e.g. the brushed
 * chart ignores its own brush (cross-filtering filters the *other* charts).
 */
export function whereClause(f: Filters, ignore: FilterKey[] = []): Where {
  const parts: string[] = [];
  const params: SqlParam[] = [];
  const use = (k: FilterKey) => !ignore.includes(k);
  const add = (sql: string, ...values: SqlParam[]) => {
    parts.push(sql);
    params.push(...values);
  };
  const list = (column: string, values: readonly SqlParam[]) => {
    if (values.length > 0) add(`${column} IN (${placeholders(values.length)})`, ...values);
  };
  if (use('fyFrom') && f.fyFrom !== undefined) add('fiscal_year >= ?', f.fyFrom);
  if (use('fyTo') && f.fyTo !== undefined) add('fiscal_year <= ?', f.fyTo);
  if (use('quarters')) list('quarter', f.quarters);
  if (use('causes')) list('cause', f.causes);
  if (use('services')) list('service_category', f.services);
  if (use('operators')) list('operator', f.operators);
  if (use('majorOnly') && f.majorOnly) add('is_major IS TRUE');
  if (use('usersMin') && f.usersMin !== undefined) add('affected_users >= ?', f.usersMin);
  if (use('usersMax') && f.usersMax !== undefined) add('affected_users <= ?', f.usersMax);
  if (use('durationMin') && f.durationMin !== undefined) add('duration_min >= ?', f.durationMin);
  if (use('durationMax') && f.durationMax !== undefined) add('duration_min <= ?', f.durationMax);
  if (use('period') && f.period) add('fiscal_year * 4 + quarter - 1 BETWEEN ? AND ?', f.period[0], f.period[1]);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}
