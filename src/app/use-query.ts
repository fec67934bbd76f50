import { useEffect, useState } from 'react';
import type { Query, Row } from '../query/sql.ts';
import { useData } from './data-context.ts';

export type QueryResult<T> = { status: 'pending' } | { status: 'error'; error: Error } | { status: 'ok'; rows: T[] };

/** Runs a query built by query/ once the data is ready; re-runs when its SQL or parameters change. */
export function useQuery<T = Row>(query: Query | null): QueryResult<T> {
  const data = useData();
  const [result, setResult] = useState<QueryResult<T>>({ status: 'pending' });
  const key = query ? JSON.stringify(query) : '';
  useEffect(() => {
    if (data.status !== 'ready' || !query) return;
    let live = true;
    setResult({ status: 'pending' });
    data
      .run(query)
      .then((rows) => live && setResult({ status: 'ok', rows: rows as T[] }))
      .catch(
        (e: unknown) => live && setResult({ status: 'error', error: e instanceof Error ? e : new Error(String(e)) }),
      );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the query's content
  }, [data, key]);
  return result;
}
