import { dropQuery, materializeQuery, type Preaggregate } from '../query/preaggregate.ts';
import type { Query } from '../query/sql.ts';
import type { Run } from './scheduler.ts';

export interface PreaggregateRunner {
  /** Runs a query, first building every pre-aggregated table it needs that this page has not built yet. */
  run: Run;
  /** Forgets every table built so far (the data they were built from was replaced): each is rebuilt on next use. */
  invalidate(): void;
  /** Names of the tables built and kept, oldest first (for tests and the bench). */
  kept(): string[];
}

export interface PreaggregateOptions {
  /** How many tables to keep; the least recently used beyond that are dropped. */
  max?: number;
  /** How long an evicted table stays before it is dropped, so a query already sent can still read it. */
  dropAfterMs?: number;
}

/**
 * Mosaic-style pre-aggregation on our one connection: each table is built once (one CREATE, shared by every query
 * that needs it while it is being built), kept while it is in use, and dropped when it has not been needed for
 * the longest time among more than `max`.
 */
export function createPreaggregates(base: Run, opts: PreaggregateOptions = {}): PreaggregateRunner {
  const max = opts.max ?? 32;
  const dropAfterMs = opts.dropAfterMs ?? 10_000;
  const built = new Map<string, Promise<void>>();

  function evict() {
    while (built.size > max) {
      const oldest = built.keys().next().value!;
      built.delete(oldest);
      setTimeout(() => {
        if (!built.has(oldest)) base(dropQuery(oldest)).catch(() => undefined);
      }, dropAfterMs);
    }
  }

  function ensure(p: Preaggregate): Promise<void> {
    const made = built.get(p.name);
    if (made) {
      built.delete(p.name); // re-inserted below: the Map's order is the recency order
      built.set(p.name, made);
      return made;
    }
    const job = base(materializeQuery(p)).then(() => undefined);
    job.catch(() => {
      if (built.get(p.name) === job) built.delete(p.name);
    });
    built.set(p.name, job);
    evict();
    return job;
  }

  const run: Run = async <R>(query: Query<R>) => {
    if (query.needs?.length) await Promise.all(query.needs.map(ensure));
    return base(query);
  };
  return { run, invalidate: () => built.clear(), kept: () => [...built.keys()] };
}
