import { useMemo } from 'react';
import type { Query } from '../query/sql.ts';
import { useQueries } from './use-queries.ts';

export type QueryResult<T> =
  | { status: 'pending' }
  | { status: 'error'; error: Error }
  /** `busy`: a newer query is being answered; these rows are the last complete answer. */
  | { status: 'ok'; rows: T[]; busy: boolean };

/**
 * One query: useQueries() with a set of one. The rows have the type the query's builder declared; while a new
 * query runs, the last answer stays, so a table or chart updates in place instead of blanking out.
 */
export function useQuery<T>(query: Query<T> | null): QueryResult<T> {
  const set = useMemo(() => (query ? { q: query } : null), [query]);
  const { last, busy, error } = useQueries(set, null);
  return useMemo((): QueryResult<T> => {
    if (error) return { status: 'error', error };
    if (!last) return { status: 'pending' };
    return { status: 'ok', rows: last.rows.q, busy };
  }, [last, busy, error]);
}
