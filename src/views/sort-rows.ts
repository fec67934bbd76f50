export type SortDir = 'asc' | 'desc';

/** Sorts by one key; empty values (null, undefined, NaN) always go last, whichever the direction. */
export function sortRows<T>(rows: readonly T[], key: (r: T) => unknown, dir: SortDir): T[] {
  const empty = (v: unknown) => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (empty(x) || empty(y)) return Number(empty(x)) - Number(empty(y));
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    if (typeof x === 'boolean' && typeof y === 'boolean') return sign * (Number(x) - Number(y));
    return sign * String(x).localeCompare(String(y), 'ja');
  });
}
