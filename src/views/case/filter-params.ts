import { CAUSE_GROUPS, CAUSES } from '../../domain/causes.ts';
import { EVIDENCE_LEVELS } from '../../domain/evidence.ts';
import { MAJOR_STATUSES, type CaseFilters } from '../../query/cases.ts';

/**
 * The cases view's URL parameters: `q` (search text), `cause`, `group`, `major`, `evidence` (comma lists), `from`,
 * `to` (fiscal years) and `sort` (`<column>.<asc|desc>`). Unknown values are dropped, so a hand-edited link
 * cannot put anything odd into a filter.
 */
export const LIST_PARAMS = ['q', 'cause', 'group', 'from', 'to', 'major', 'evidence', 'sort'] as const;

function list<T extends string>(raw: string | undefined, allowed: readonly T[]): T[] {
  if (!raw) return [];
  return [...new Set(raw.split(','))].filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function year(raw: string | undefined): number | null {
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : null;
}

export function filtersFromParams(params: Record<string, string>): CaseFilters {
  return {
    text: params.q ?? '',
    causes: list(params.cause, CAUSES),
    groups: list(params.group, CAUSE_GROUPS),
    fyFrom: year(params.from),
    fyTo: year(params.to),
    major: list(params.major, MAJOR_STATUSES),
    evidence: list(params.evidence, EVIDENCE_LEVELS),
  };
}

/** Only the parameters that restrict something; empty ones vanish from the URL. */
export function paramsFromFilters(f: CaseFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.text.trim()) out.q = f.text;
  if (f.causes.length) out.cause = f.causes.join(',');
  if (f.groups.length) out.group = f.groups.join(',');
  if (f.fyFrom !== null) out.from = String(f.fyFrom);
  if (f.fyTo !== null) out.to = String(f.fyTo);
  if (f.major.length) out.major = f.major.join(',');
  if (f.evidence.length) out.evidence = f.evidence.join(',');
  return out;
}

/** The list's parameters out of any URL's, to carry them from the list to a case page and back. */
export function listParams(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of LIST_PARAMS) if (params[k]) out[k] = params[k];
  return out;
}

export function hasFilters(f: CaseFilters): boolean {
  return Object.keys(paramsFromFilters(f)).length > 0;
}
