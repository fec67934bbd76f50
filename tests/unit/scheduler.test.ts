import { describe, expect, it } from 'vitest';
import { createScheduler, SupersededError } from '../../src/data/scheduler.ts';
import { q } from '../../src/query/sql.ts';
import { sameRows } from '../../src/state/same-rows.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the query scheduler', () => {
  it('sends what is asked in one tick as one batch, and a query asked meanwhile in the next', async () => {
    const started: string[][] = [];
    let batch: string[] = [];
    const release: (() => void)[] = [];
    const schedule = createScheduler(async (query) => {
      batch.push(query.sql);
      if (batch.length === 1) queueMicrotask(() => (started.push(batch), (batch = [])));
      await new Promise<void>((r) => release.push(r));
      return [{ sql: query.sql }] as never;
    });
    const a = schedule(q('SELECT 1'));
    const b = schedule(q('SELECT 2'));
    await tick();
    const c = schedule(q('SELECT 3'));
    await tick();
    expect(started).toEqual([['SELECT 1', 'SELECT 2']]);
    release.splice(0).forEach((r) => r());
    await Promise.all([a, b]);
    await tick();
    expect(started).toEqual([['SELECT 1', 'SELECT 2'], ['SELECT 3']]);
    release.splice(0).forEach((r) => r());
    expect(await c).toEqual([{ sql: 'SELECT 3' }]);
  });

  it('skips a query whose asker moved on before it started: of 200 rapid states only the last runs', async () => {
    const ran: string[] = [];
    let hold!: () => void;
    const gate = new Promise<void>((r) => (hold = r));
    const schedule = createScheduler(async (query) => {
      ran.push(query.sql);
      if (query.sql === 'first') await gate;
      return [] as never;
    });
    let current = 0;
    const first = schedule(q('first'));
    await tick();
    const results = Array.from({ length: 200 }, (_, i) => {
      current = i;
      return schedule(q(`state ${i}`), () => current === i).catch((e: unknown) => e);
    });
    hold();
    await first;
    const settled = await Promise.all(results);
    expect(ran).toEqual(['first', 'state 199']);
    expect(settled.filter((r) => r instanceof SupersededError)).toHaveLength(199);
    expect(settled[199]).toEqual([]);
  });
});

describe('sameRows', () => {
  it('compares values, lists and objects, key order ignored', () => {
    expect(sameRows([{ a: 1, b: ['x'] }], [{ b: ['x'], a: 1 }])).toBe(true);
    expect(sameRows([{ a: 1 }], [{ a: 2 }])).toBe(false);
    expect(sameRows([{ a: null }], [{ a: undefined }])).toBe(false);
    expect(sameRows([{ a: 1 }], [{ a: 1, b: 2 }])).toBe(false);
    expect(sameRows([1, 2], [1, 2, 3])).toBe(false);
  });
});
