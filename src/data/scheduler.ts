import type { Query } from '../query/sql.ts';

/** A query whose asker has moved on before it started: it was never run. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer query');
    this.name = 'SupersededError';
  }
}

interface Job {
  query: Query<unknown>;
  isCurrent: () => boolean;
  resolve: (rows: unknown[]) => void;
  reject: (e: unknown) => void;
}

export type Run = <R>(query: Query<R>) => Promise<R[]>;

/**
 * Queues queries for the one DuckDB connection and sends them in batches: everything asked for while a batch runs
 * goes out together as the next batch (one round trip per frame while brushing), and a query whose asker has a
 * newer state by then (isCurrent() false) is skipped, not run: 200 rapid filter changes run the last state's
 * queries, not 200 sets.
 */
export function createScheduler(run: Run) {
  let queue: Job[] = [];
  let running = false;

  async function drain() {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      const live = batch.filter((j) => {
        if (j.isCurrent()) return true;
        j.reject(new SupersededError());
        return false;
      });
      await Promise.all(
        live.map((j) =>
          run(j.query).then(
            (rows) => j.resolve(rows),
            (e: unknown) => j.reject(e),
          ),
        ),
      );
    }
    running = false;
  }

  return function schedule<R>(query: Query<R>, isCurrent: () => boolean = () => true): Promise<R[]> {
    return new Promise<R[]>((resolve, reject) => {
      queue.push({ query, isCurrent, resolve: resolve as (rows: unknown[]) => void, reject });
      if (running) return;
      running = true;
      // a microtask later, so every query asked for in the same React commit goes out in the first batch
      queueMicrotask(() => void drain());
    });
  };
}
