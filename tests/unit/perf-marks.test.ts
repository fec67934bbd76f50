import { beforeEach, describe, expect, it } from 'vitest';
import { mark, whenMarked } from '../../src/lib/perf.ts';

// The bench and the browser tests read these marks; a mark set twice or a waiter never woken would skew or hang them.
describe('performance marks', () => {
  beforeEach(() => performance.clearMarks());

  it('sets a mark once, however often it is called', () => {
    mark('chart-in-dom');
    mark('chart-in-dom');
    expect(performance.getEntriesByName('chart-in-dom')).toHaveLength(1);
    expect(performance.getEntriesByName('duckdb-ready')).toHaveLength(0);
  });

  it('resolves a wait at once when the mark is already set', async () => {
    mark('duckdb-ready');
    let done = false;
    void whenMarked('duckdb-ready').then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('wakes every waiter when the mark comes, and only for that mark', async () => {
    const woke: string[] = [];
    void whenMarked('data-loaded').then(() => woke.push('a'));
    void whenMarked('data-loaded').then(() => woke.push('b'));
    void whenMarked('views-warm').then(() => woke.push('other'));
    await Promise.resolve();
    expect(woke).toEqual([]);
    mark('data-loaded');
    await Promise.resolve();
    expect(woke).toEqual(['a', 'b']);
    mark('views-warm');
    await Promise.resolve();
    expect(woke).toEqual(['a', 'b', 'other']);
  });

  it('wakes a waiter once: a later mark of the same name does not call it again', async () => {
    let calls = 0;
    void whenMarked('app-start').then(() => calls++);
    mark('app-start');
    performance.clearMarks();
    mark('app-start');
    await Promise.resolve();
    expect(calls).toBe(1);
  });
});
