/** performance.mark names that the browser tests and the bench read. */
export type MarkName =
  | 'app-start'
  | 'duckdb-worker-created'
  | 'duckdb-instantiated'
  | 'duckdb-ready'
  | 'data-loaded'
  | 'first-query-done'
  | 'chart-in-dom';

export function mark(name: MarkName): void {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0) performance.mark(name);
}
