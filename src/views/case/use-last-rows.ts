import { useState } from 'react';
import type { QueryResult } from '../../state/use-query.ts';

/** The rows of the last successful run, kept while a new one is pending, so a table does not blink on each key. */
export function useLastRows<T>(result: QueryResult<T>): T[] | null {
  const [last, setLast] = useState<T[] | null>(null);
  if (result.status === 'ok' && result.rows !== last) setLast(result.rows);
  return result.status === 'ok' ? result.rows : last;
}
