import { useEffect, useState } from 'react';
import type { Query, Row } from '../query/sql.ts';
import { useData } from './data-context.ts';
import { mark } from '../lib/perf.ts';

export type QueryResult<T> =
  | { status: 'pending' }
  | { status: 'error'; error: Error }
  /** `stale`: these are the previous query's rows, shown while the new query runs. */
  | { status: 'ok'; rows: T[]; stale?: boolean };

/**
 * Runs a query built by query/ once the data is ready; re-runs when its SQL or parameters change. While a new query
 * runs, the previous rows stay (marked stale), so charts update in place instead of blanking out.
 */
export function useQuery<T = Row>(query: Query | null): QueryResult<T> {
  const data = useData();
  const key = query ? JSON.stringify(query) : '';
  const [state, setState] = useState<{ key: string; result: QueryResult<T> }>({
    key: '',
    result: { status: 'pending' },
  });
  useEffect(() => {
    if (data.status !== 'ready' || !query) return;
    let live = true;
    data
      .run(query)
      .then((rows) => {
        mark('first-query-done');
        if (live) setState({ key, result: { status: 'ok', rows: rows as T[] } });
      })
      .catch(
        (e: unknown) =>
          live && setState({ key, result: { status: 'error', error: e instanceof Error ? e : new Error(String(e)) } }),
      );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the query's content
  }, [data, key]);
  if (state.key === key && key !== '') return state.result;
  return state.result.status === 'ok' ? { ...state.result, stale: true } : { status: 'pending' };
}
