import { CAUSES, type Cause } from '../domain/causes.ts';
import { SERVICE_CATEGORIES, type ServiceCategory } from '../domain/thresholds.ts';
import { decodeOrNull } from '../lib/safe-decode.ts';
import { NO_FILTERS, type Filters } from './filters.ts';

/**
 * Filters ⇄ URL parameters: fy=2015-2022, q=1,4, cause=a,b, svc=…, op=…(URI-encoded, comma-separated),
 * major=1, users=1000-50000, dur=120-, period=8060-8063. Anything malformed is dropped, never trusted.
 */
const INT = /^\d{1,9}$/;

function range(text: string | undefined): [number | undefined, number | undefined] {
  if (!text) return [undefined, undefined];
  const [a = '', b = ''] = text.split('-', 2);
  return [INT.test(a) ? Number(a) : undefined, INT.test(b) ? Number(b) : undefined];
}

function listOf<T extends string>(text: string | undefined, allowed: readonly T[]): T[] {
  if (!text) return [];
  return [...new Set(text.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

export function filtersFromParams(p: Record<string, string>): Filters {
  const [fyFrom, fyTo] = range(p.fy);
  const [usersMin, usersMax] = range(p.users);
  const [durationMin, durationMax] = range(p.dur);
  const [pa, pb] = range(p.period);
  const f: Filters = {
    ...NO_FILTERS,
    quarters: listOf(p.q, ['1', '2', '3', '4']).map(Number),
    causes: listOf<Cause>(p.cause, CAUSES),
    services: listOf<ServiceCategory>(p.svc, SERVICE_CATEGORIES),
    operators: p.op
      ? [...new Set(p.op.split(',').map(decodeOrNull))].filter(
          (s): s is string => s !== null && s.length > 0 && s.length < 200,
        )
      : [],
    majorOnly: p.major === '1',
  };
  if (fyFrom !== undefined) f.fyFrom = fyFrom;
  if (fyTo !== undefined) f.fyTo = fyTo;
  if (usersMin !== undefined) f.usersMin = usersMin;
  if (usersMax !== undefined) f.usersMax = usersMax;
  if (durationMin !== undefined) f.durationMin = durationMin;
  if (durationMax !== undefined) f.durationMax = durationMax;
  if (pa !== undefined && pb !== undefined) f.period = [Math.min(pa, pb), Math.max(pa, pb)];
  return f;
}

const FILTER_PARAMS = ['fy', 'q', 'cause', 'svc', 'op', 'major', 'users', 'dur', 'period'] as const;

/** The URL parameters of a filter state; keys of unset filters map to '' so that merging clears them. */
export function filtersToParams(f: Filters): Record<(typeof FILTER_PARAMS)[number], string> {
  const r = (a?: number, b?: number) => (a === undefined && b === undefined ? '' : `${a ?? ''}-${b ?? ''}`);
  return {
    fy: r(f.fyFrom, f.fyTo),
    q: [...f.quarters].sort().join(','),
    cause: f.causes.join(','),
    svc: f.services.join(','),
    op: f.operators.map((o) => encodeURIComponent(o)).join(','),
    major: f.majorOnly ? '1' : '',
    users: r(f.usersMin, f.usersMax),
    dur: r(f.durationMin, f.durationMax),
    period: f.period ? `${f.period[0]}-${f.period[1]}` : '',
  };
}

/** Filter parameters whose values are broken escapes (`op=100%`): they are dropped, and the link is malformed. */
export function malformedFilterParams(p: Record<string, string>): string[] {
  return p.op?.split(',').some((s) => decodeOrNull(s) === null) ? ['op'] : [];
}
