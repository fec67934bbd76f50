import { decodeOrNull } from '../lib/safe-decode.ts';

/**
 * The URL grammar every filter model shares: comma lists of known values, `a-b` ranges of whole numbers (either
 * end may be open), fiscal years, URI-encoded free-text lists. Anything malformed is dropped, never trusted.
 */
const INT = /^\d{1,9}$/;
const YEAR = /^\d{4}$/;

/** The allowed values of a comma list, each once, in the order given. */
export function parseList<T extends string>(text: string | undefined, allowed: readonly T[]): T[] {
  if (!text) return [];
  return [...new Set(text.split(','))].filter((v): v is T => (allowed as readonly string[]).includes(v));
}

/** `1000-50000`, `120-` or `-5` as [min, max]; a malformed end is open. */
export function parseRange(text: string | undefined): [number | undefined, number | undefined] {
  if (!text) return [undefined, undefined];
  const [a = '', b = ''] = text.split('-', 2);
  return [INT.test(a) ? Number(a) : undefined, INT.test(b) ? Number(b) : undefined];
}

/** The text of a range; '' when both ends are open. */
export function formatRange(min?: number, max?: number): string {
  return min === undefined && max === undefined ? '' : `${min ?? ''}-${max ?? ''}`;
}

/** A four-digit fiscal year, or null. */
export function parseYear(text: string | undefined): number | null {
  return text && YEAR.test(text) ? Number(text) : null;
}

/** A comma list of free text, each item URI-encoded (so commas inside survive), each once, 1–199 characters. */
export function parseTextList(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(text.split(',').map(decodeOrNull))].filter(
    (s): s is string => s !== null && s.length > 0 && s.length < 200,
  );
}

/** True when some item of a free-text list is a broken escape (`100%`): it is dropped, and the link is malformed. */
export function isMalformedTextList(text: string | undefined): boolean {
  return !!text && text.split(',').some((s) => decodeOrNull(s) === null);
}

export function formatTextList(values: readonly string[]): string {
  return values.map((v) => encodeURIComponent(v)).join(',');
}
