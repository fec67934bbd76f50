/** performance.mark names that the browser tests and the bench read. */
export type MarkName =
  | 'app-start'
  | 'duckdb-worker-created'
  | 'duckdb-instantiated'
  | 'duckdb-ready'
  | 'data-loaded'
  | 'first-query-done'
  | 'chart-in-dom'
  | 'snapshot-loaded'
  | 'snapshot-taken-over'
  /** Every lazily loaded view's code is in: the views open without the network from then on. */
  | 'views-warm';

const waiters = new Map<MarkName, (() => void)[]>();

export function mark(name: MarkName): void {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0) performance.mark(name);
  waiters.get(name)?.forEach((w) => w());
  waiters.delete(name);
}

/** Resolves once `mark(name)` has been called (at once if it already was). */
export function whenMarked(name: MarkName): Promise<void> {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length > 0) return Promise.resolve();
  return new Promise((resolve) => waiters.set(name, [...(waiters.get(name) ?? []), resolve]));
}
