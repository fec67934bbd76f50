import { useEffect, useMemo, useRef, useState } from 'react';
import { useData, type DataState } from './data-context.ts';
import { mark } from '../lib/perf.ts';
import { lookupSnapshot } from '../query/snapshot.ts';
import type { Query } from '../query/sql.ts';
import { useWaitForEngine } from './engine-wait.ts';
import { sameRows } from './same-rows.ts';
import { useSnapshot } from './snapshot-context.ts';

export type QueryMap = Record<string, Query<unknown>>;
export type RowsOf<Q extends QueryMap> = { [K in keyof Q]: Q[K] extends Query<infer R> ? R[] : never };

/** A complete set of answers, with the inputs (filters, period, stack key…) they were asked for. */
export interface AnswerSet<Q extends QueryMap, I> {
  rows: RowsOf<Q>;
  inputs: I;
}

export interface QueriesState<Q extends QueryMap, I> {
  /** The last set whose every query answered; null until the first one did. */
  last: AnswerSet<Q, I> | null;
  /** A newer set than `last` is being answered. */
  busy: boolean;
  error: Error | null;
}

/**
 * Runs a set of queries and returns the last complete set of answers, with the inputs they belong to: a view
 * draws and labels from `last` alone, so it never shows a new label over old numbers, never blanks out while new
 * answers come, and redraws once per set. Only the newest set is run: queries of a set superseded before they
 * started are skipped (data/scheduler.ts), answers of a superseded set are dropped.
 *
 * A set the snapshot answers completely (query/snapshot.ts) is there at once, before DuckDB is up; DuckDB answers it
 * again once ready, and the snapshot's set stays (the same object, so nothing redraws) when the rows agree.
 */
export function useQueries<Q extends QueryMap, I>(queries: Q | null, inputs: I): QueriesState<Q, I> {
  const data = useData();
  const snapshot = useSnapshot();
  const key = queries ? JSON.stringify(queries) : '';
  const inputsRef = useRef(inputs);
  inputsRef.current = inputs;
  const fromSnapshot = useMemo((): AnswerSet<Q, I> | null => {
    if (!queries || !snapshot) return null;
    const rows: Record<string, unknown[]> = {};
    for (const [name, query] of Object.entries(queries)) {
      const found = lookupSnapshot(snapshot, query);
      if (!found) return null;
      rows[name] = found;
    }
    return { rows: rows as RowsOf<Q>, inputs: inputsRef.current };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the queries' content
  }, [snapshot, key]);
  const [state, setState] = useState<{ key: string; last: AnswerSet<Q, I> | null; error: Error | null }>({
    key: '',
    last: null,
    error: null,
  });
  const latest = useRef(key);
  latest.current = key;
  const answered = state.key === key && key !== '';
  useWaitForEngine(data.status === 'loading' && key !== '' && !fromSnapshot && !answered);
  // Answers of the last complete set by query, kept while the data is the same: a new set that repeats a query
  // (the quarterly bars while the brush moves) takes its answer instead of running it again.
  const kept = useRef<{ data: DataState; version: number; answers: Map<string, unknown[]> } | null>(null);

  useEffect(() => {
    if (data.status !== 'ready' || !queries) return;
    const isCurrent = () => latest.current === key;
    const names = Object.keys(queries);
    const askedWith = inputsRef.current;
    const version = data.registry.getVersion();
    const reuse = kept.current?.data === data && kept.current.version === version ? kept.current.answers : null;
    const keys = names.map((n) => JSON.stringify(queries[n]));
    Promise.all(names.map((n, i) => reuse?.get(keys[i]!) ?? data.run(queries[n]!, isCurrent)))
      .then((answers) => {
        kept.current = { data, version, answers: new Map(keys.map((k, i) => [k, answers[i]!])) };
        mark('first-query-done');
        if (!isCurrent()) return;
        const rows = Object.fromEntries(names.map((n, i) => [n, answers[i]])) as RowsOf<Q>;
        if (fromSnapshot) {
          mark('snapshot-taken-over');
          if (sameRows(fromSnapshot.rows, rows)) return setState({ key, last: fromSnapshot, error: null });
          console.warn(`snapshot differs from DuckDB for ${names.join(', ')}`);
        }
        setState({ key, last: { rows, inputs: askedWith }, error: null });
      })
      .catch((e: unknown) => {
        if (!isCurrent() || (e instanceof Error && e.name === 'SupersededError')) return;
        setState((s) => ({ key, last: s.last, error: e instanceof Error ? e : new Error(String(e)) }));
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the queries' content
  }, [data, key]);

  if (answered) return { last: state.last, busy: false, error: state.error };
  if (fromSnapshot) return { last: fromSnapshot, busy: false, error: null };
  // DuckDB could not start: a query the snapshot cannot answer never will be, so say so instead of waiting.
  if (data.status === 'error' && key !== '') return { last: state.last, busy: false, error: data.error };
  return { last: key === '' ? null : state.last, busy: key !== '', error: null };
}
