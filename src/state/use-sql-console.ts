import { useCallback, useEffect, useRef, useState } from 'react';
import { useData } from './data-context.ts';
import { cancelConsoleSql, consoleSchema, runConsoleSql, type SqlResult } from '../data/sql-console.ts';

export type SqlState =
  | { status: 'idle' }
  | { status: 'running'; sql: string }
  | { status: 'ok'; sql: string; result: SqlResult }
  | { status: 'error'; sql: string; error: Error }
  /** The reader stopped it: DuckDB interrupted the query, nothing else changed. */
  | { status: 'cancelled'; sql: string };

export type SchemaList = Awaited<ReturnType<typeof consoleSchema>>;

/** The SQL console's state: the schema beside the editor, the last run, cancel. */
export function useSqlConsole() {
  const [state, setState] = useState<SqlState>({ status: 'idle' });
  const [schema, setSchema] = useState<SchemaList>([]);
  const data = useData();
  const registry = data.status === 'ready' ? data.registry : null;
  // The console queries every table, so it loads every dataset (each on its own: one failure leaves the others).
  useEffect(() => {
    if (!registry) return;
    let live = true;
    void Promise.allSettled(registry.datasets().map((d) => registry.ensure(d.id)))
      .then(() => consoleSchema())
      .then(
        (s) => live && setSchema(s),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [registry]);
  const cancelled = useRef(false);
  const run = useCallback(async (sql: string) => {
    cancelled.current = false;
    setState({ status: 'running', sql });
    try {
      setState({ status: 'ok', sql, result: await runConsoleSql(sql) });
    } catch (e) {
      // A query stopped by cancel fails with DuckDB's "INTERRUPT Error": say that it was cancelled, not that it broke.
      if (cancelled.current) setState({ status: 'cancelled', sql });
      else setState({ status: 'error', sql, error: e instanceof Error ? e : new Error(String(e)) });
    }
  }, []);
  const cancel = useCallback(() => {
    cancelled.current = true;
    void cancelConsoleSql();
  }, []);
  return { state, schema, run, cancel };
}
