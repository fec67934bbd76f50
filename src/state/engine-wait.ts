import { useEffect, useSyncExternalStore } from 'react';

/**
 * Queries that the snapshot cannot answer and that wait for DuckDB to start. While any is waiting, the shell shows
 * DuckDB's start-up progress above the view, so a view drawn from the snapshot never sits silently half-empty.
 */
const waiting = new Set<object>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Resolves as soon as anything waits for DuckDB (at once if something already does). */
export function whenSomethingWaits(): Promise<void> {
  if (waiting.size > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const l = () => {
      if (waiting.size === 0) return;
      listeners.delete(l);
      resolve();
    };
    listeners.add(l);
  });
}

export function useWaitForEngine(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const token = {};
    waiting.add(token);
    notify();
    return () => {
      waiting.delete(token);
      notify();
    };
  }, [active]);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useAnyWaitingForEngine(): boolean {
  return useSyncExternalStore(subscribe, () => waiting.size > 0);
}
